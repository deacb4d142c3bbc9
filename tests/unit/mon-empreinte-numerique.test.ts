import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeFootprint, deviceLine, savingKg, useLine, WEEKS_PER_YEAR } from '../../src/lib/activities/mon-empreinte-numerique/footprint.ts';
import { footprintFactorsSchema, type FootprintFactor } from '../../src/schemas/mon-empreinte-numerique.ts';

const source = { title: 'Impact CO2', author: 'ADEME', year: 2025, url: 'https://impactco2.fr/' };
const phone: FootprintFactor = { id: 'smartphone', kind: 'device', label: 'Smartphone', value: 80, unit: 'kgCO2e/appareil', covers: 'fabrication', checked: true, source };
const laptop: FootprintFactor = { id: 'ordinateur-portable', kind: 'device', label: 'Ordinateur', value: 180, unit: 'kgCO2e/appareil', covers: 'fabrication', checked: true, source };
const video: FootprintFactor = { id: 'video', kind: 'use', label: 'Vidéo', value: 30, unit: 'gCO2e/heure', quantity: 'heures par semaine', covers: 'une heure', checked: true, source };
const factors = [phone, laptop, video];

describe('footprint lines', () => {
  it('spreads a device over the years it is kept', () => {
    const line = deviceLine(phone, { factorId: 'smartphone', count: 1, years: 2 });
    expect(line.kgPerYear).toBe(40);
    expect(line.computation).toBe('80 kg × 1 ÷ 2 ans = 40 kg/an');
    expect(line.factor.source).toEqual(source);
  });
  it('turns a weekly use into a yearly footprint', () => {
    const line = useLine(video, { factorId: 'video', perWeek: 10 });
    expect(line.kgPerYear).toBeCloseTo((30 * 10 * WEEKS_PER_YEAR) / 1000);
    expect(line.computation).toBe('30 g × 10 par semaine × 52 semaines ÷ 1 000 = 15,6 kg/an');
  });
  it('refuses a device kept zero years and a factor of the wrong kind', () => {
    expect(() => deviceLine(phone, { factorId: 'smartphone', count: 1, years: 0 })).toThrow();
    expect(() => useLine(phone, { factorId: 'smartphone', perWeek: 1 })).toThrow();
  });
});

describe('footprint totals', () => {
  const base = { devices: [{ factorId: 'smartphone', count: 1, years: 2 }, { factorId: 'ordinateur-portable', count: 1, years: 4 }], uses: [{ factorId: 'video', perWeek: 10 }] };
  it('sums devices and uses', () => {
    const f = computeFootprint(factors, base);
    expect(f.devicesKg).toBe(40 + 45);
    expect(f.usesKg).toBeCloseTo(15.6);
    expect(f.totalKg).toBeCloseTo(100.6);
    expect(f.lines).toHaveLength(3);
  });
  it('shows that keeping a phone 4 years instead of 2 halves its yearly share', () => {
    const after = { ...base, devices: [{ factorId: 'smartphone', count: 1, years: 4 }, base.devices[1]!] };
    expect(savingKg(factors, base, after)).toBe(20);
  });
  it('rejects an unknown factor', () => {
    expect(() => computeFootprint(factors, { devices: [{ factorId: 'grille-pain', count: 1, years: 1 }], uses: [] })).toThrow(/unknown/);
  });
});

describe('factor schema', () => {
  it('rejects a factor without a source, and duplicate ids', () => {
    const { source: _s, ...noSource } = phone;
    expect(footprintFactorsSchema.safeParse({ checkedOn: '2026-12-02', factors: [noSource] }).success).toBe(false);
    expect(footprintFactorsSchema.safeParse({ checkedOn: '2026-12-02', factors: [phone, phone] }).success).toBe(false);
    expect(footprintFactorsSchema.safeParse({ checkedOn: '2026-12-02', factors: [phone, video] }).success).toBe(true);
  });
  const paths = ['content/modules/poids-du-numerique/activites/mon-empreinte-numerique/facteurs.yaml', 'drafts/poids-du-numerique/activites/mon-empreinte-numerique/facteurs.yaml'];
  const file = paths.find((p) => existsSync(p));
  it.skipIf(!file)('validates the published factors, each with its source', () => {
    const data = footprintFactorsSchema.parse(parse(readFileSync(file!, 'utf8')));
    for (const f of data.factors) expect(f.source.url).toMatch(/^https:\/\//);
    expect(data.factors.some((f) => f.id === 'smartphone')).toBe(true);
  });
});
