/**
 * The one-name rule of src/lib/activities/registry.ts, checked file by file: an activity's URL slug
 * names its page, its island folder, its logic, its strings (file and key prefix), its data's schema
 * and its tests. A file named otherwise (the footprint activity's strings were `footprint.…` in
 * src/i18n/fr/footprint.ts) fails here with the path it expected.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_NAMES, islandFile, type ActivityName, type ActivitySpec } from '../../src/lib/activities/registry.ts';
import { ACTIVITY_DATA } from '../../src/lib/content/activity-data.ts';
import { ROOT } from '../helpers/island-strings.ts';

/** The strings modules of src/i18n/fr/, by file name, each with the keys it defines. */
const STRING_FILES = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, Record<string, string>>>('../../src/i18n/fr/*.ts', { eager: true })).map(([path, module]) => [
    path.replace(/^.*\/fr\/(.*)\.ts$/, '$1'),
    Object.values(module).flatMap((strings) => Object.keys(strings)),
  ]),
);

/** Files of src/lib/activities/ that belong to no single activity. */
const SHARED_LOGIC = ['registry.ts', 'storage.ts'];

const exists = (path: string) => existsSync(join(ROOT, path));
const isDir = (path: string) => exists(path) && statSync(join(ROOT, path)).isDirectory();

/** What the rule asks of the activity `name`, as a list of broken expectations (empty when it holds). */
function nameProblems(name: string, spec: ActivitySpec, stringFiles: Record<string, string[]> = STRING_FILES): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  need(spec.strings[0] === `${name}.`, `first strings prefix « ${spec.strings[0]} » instead of « ${name}. »`);
  const keys = stringFiles[name];
  need(keys !== undefined, `src/i18n/fr/${name}.ts missing`);
  const stray = (keys ?? []).filter((key) => !key.startsWith(`${name}.`));
  need(stray.length === 0, `src/i18n/fr/${name}.ts defines keys outside « ${name}. »: ${stray.slice(0, 3).join(', ')}`);
  const elsewhere = Object.entries(stringFiles).filter(([file, fileKeys]) => file !== name && fileKeys.some((key) => key.startsWith(`${name}.`)));
  need(elsewhere.length === 0, `keys « ${name}.… » defined outside src/i18n/fr/${name}.ts: ${elsewhere.map(([file]) => file).join(', ')}`);
  need(exists(`content/modules/${spec.module}/activites/${name}.mdx`), `content/modules/${spec.module}/activites/${name}.mdx missing`);
  need(isDir(`src/components/activities/${name}`), `src/components/activities/${name}/ missing`);
  need(exists(`src/components/activities/${name}/${spec.island}.svelte`), `src/components/activities/${name}/${spec.island}.svelte missing`);
  const logicFile = exists(`src/lib/activities/${name}.ts`);
  const logicDir = isDir(`src/lib/activities/${name}`);
  need(logicFile !== logicDir, `logic: src/lib/activities/${name}.ts or src/lib/activities/${name}/ (exactly one of them)`);
  // An activity with data (content/…/activites/<name>/) checks it with src/schemas/<name>.ts.
  const hasData = isDir(`content/modules/${spec.module}/activites/${name}`) || name in ACTIVITY_DATA;
  need(!hasData || exists(`src/schemas/${name}.ts`), `its data has no schema src/schemas/${name}.ts`);
  need(exists(`tests/unit/${name}.test.ts`), `tests/unit/${name}.test.ts missing`);
  need(exists(`tests/e2e/${name}.spec.ts`), `tests/e2e/${name}.spec.ts missing`);
  return problems;
}

describe('one name per activity (src/lib/activities/registry.ts)', () => {
  it.each(ACTIVITY_NAMES)('%s: page, island, logic, strings, schema and tests all carry its name', (name) => {
    expect(nameProblems(name, ACTIVITIES[name])).toEqual([]);
    expect(islandFile(name)).toBe(`src/components/activities/${name}/${ACTIVITIES[name].island}.svelte`);
  });

  it('its page asks for the island of that name', () => {
    for (const name of ACTIVITY_NAMES) {
      const page = readFileSync(join(ROOT, `content/modules/${ACTIVITIES[name].module}/activites/${name}.mdx`), 'utf8');
      expect(page, name).toMatch(new RegExp(`^island: ${name}$`, 'm'));
    }
  });

  it('src/lib/activities/ and src/components/activities/ hold only registered activities', () => {
    const registered = new Set<string>(ACTIVITY_NAMES);
    const logic = readdirSync(join(ROOT, 'src/lib/activities')).filter((entry) => !SHARED_LOGIC.includes(entry) && !registered.has(entry.replace(/\.ts$/, '')));
    expect(logic, 'name a logic file src/lib/activities/<name>.ts, or put several in src/lib/activities/<name>/').toEqual([]);
    const islands = readdirSync(join(ROOT, 'src/components/activities')).filter((entry) => isDir(`src/components/activities/${entry}`) && !registered.has(entry));
    expect(islands).toEqual([]);
  });

  it('the check can fail: a strings prefix, a strings file or a test named otherwise is reported', () => {
    const name: ActivityName = 'mon-empreinte-numerique';
    const renamed = { ...ACTIVITIES[name], strings: ['footprint.'] };
    const { [name]: keys, ...others } = STRING_FILES;
    const movedStrings = { ...others, footprint: (keys ?? []).map((key) => key.replace(`${name}.`, 'footprint.')) };
    expect(nameProblems(name, renamed, movedStrings)).toEqual([`first strings prefix « footprint. » instead of « ${name}. »`, `src/i18n/fr/${name}.ts missing`]);
    const straying = { ...STRING_FILES, [name]: [...(keys ?? []), 'footprint.title'], other: [`${name}.x`] };
    expect(nameProblems(name, ACTIVITIES[name], straying)).toEqual([
      `src/i18n/fr/${name}.ts defines keys outside « ${name}. »: footprint.title`,
      `keys « ${name}.… » defined outside src/i18n/fr/${name}.ts: other`,
    ]);
    expect(nameProblems('footprint', { ...ACTIVITIES[name], strings: ['footprint.'] }, movedStrings)).toEqual([
      'content/modules/poids-du-numerique/activites/footprint.mdx missing',
      'src/components/activities/footprint/ missing',
      'src/components/activities/footprint/MonEmpreinte.svelte missing',
      'logic: src/lib/activities/footprint.ts or src/lib/activities/footprint/ (exactly one of them)',
      'tests/unit/footprint.test.ts missing',
      'tests/e2e/footprint.spec.ts missing',
    ]);
  });
});
