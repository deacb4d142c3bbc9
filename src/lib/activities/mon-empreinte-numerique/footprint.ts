/**
 * « Mon empreinte numérique »: the yearly carbon footprint of a pupil's devices and uses, line by line,
 * each line with its factor, its source and the computation written out. Pure; no DOM.
 *
 * - a device: manufacturing footprint (kg CO2e) × number of devices ÷ years kept;
 * - a use: factor (g CO2e per hour or per item) × weekly quantity × 52 weeks ÷ 1000.
 */
import { LOCALE } from '../../../i18n/locale.ts';
import type { FootprintFactor } from '../../../schemas/mon-empreinte-numerique.ts';

export const WEEKS_PER_YEAR = 52;

export interface DeviceChoice {
  factorId: string;
  count: number;
  /** Years the pupil keeps the device (> 0). */
  years: number;
}
export interface UseChoice {
  factorId: string;
  /** Hours or items per week. */
  perWeek: number;
}
export interface Situation {
  devices: DeviceChoice[];
  uses: UseChoice[];
}

export interface FootprintLine {
  factor: FootprintFactor;
  /** kg CO2e per year, unrounded. */
  kgPerYear: number;
  /** The computation in French, e.g. « 79,27 kg × 1 ÷ 2 ans = 39,6 kg/an ». */
  computation: string;
}
export interface Footprint {
  lines: FootprintLine[];
  /** kg CO2e per year, sum of the lines. */
  totalKg: number;
  devicesKg: number;
  usesKg: number;
}

const fr = (n: number, digits = 1) => n.toLocaleString(LOCALE, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
/** A number in French with up to `digits` decimals (exported for the island's tables). */
export const formatKg = (kg: number) => fr(kg, kg < 1 ? 2 : 1);

function findFactor(factors: readonly FootprintFactor[], id: string): FootprintFactor {
  const factor = factors.find((f) => f.id === id);
  if (!factor) throw new Error(`unknown footprint factor: ${id}`);
  return factor;
}

export function deviceLine(factor: FootprintFactor, choice: DeviceChoice): FootprintLine {
  if (factor.kind !== 'device') throw new Error(`${factor.id} is not a device factor`);
  if (!(choice.years > 0)) throw new Error('years must be positive');
  const count = Math.max(0, choice.count);
  const kgPerYear = (factor.value * count) / choice.years;
  const computation = `${fr(factor.value, 2)} kg × ${fr(count, 0)} ÷ ${fr(choice.years)} an${choice.years >= 2 ? 's' : ''} = ${formatKg(kgPerYear)} kg/an`;
  return { factor, kgPerYear, computation };
}

export function useLine(factor: FootprintFactor, choice: UseChoice): FootprintLine {
  if (factor.kind !== 'use') throw new Error(`${factor.id} is not a use factor`);
  const perWeek = Math.max(0, choice.perWeek);
  const kgPerYear = (factor.value * perWeek * WEEKS_PER_YEAR) / 1000;
  const computation = `${fr(factor.value, 3)} g × ${fr(perWeek)} par semaine × ${WEEKS_PER_YEAR} semaines ÷ 1 000 = ${formatKg(kgPerYear)} kg/an`;
  return { factor, kgPerYear, computation };
}

export function computeFootprint(factors: readonly FootprintFactor[], situation: Situation): Footprint {
  const devices = situation.devices.map((d) => deviceLine(findFactor(factors, d.factorId), d));
  const uses = situation.uses.map((u) => useLine(findFactor(factors, u.factorId), u));
  const devicesKg = devices.reduce((s, l) => s + l.kgPerYear, 0);
  const usesKg = uses.reduce((s, l) => s + l.kgPerYear, 0);
  return { lines: [...devices, ...uses], totalKg: devicesKg + usesKg, devicesKg, usesKg };
}

/** The effect of a change: kg CO2e per year saved (positive) or added (negative). */
export function savingKg(factors: readonly FootprintFactor[], before: Situation, after: Situation): number {
  return computeFootprint(factors, before).totalKg - computeFootprint(factors, after).totalKg;
}
