/**
 * Which dictionary keys an island's code uses, read from its source files (the root and every file
 * it imports, sub-components and modules included), to check they are all in the set its page picks
 * (src/i18n/island.ts). Reading the sources catches what types cannot: a key behind a cast, a
 * sub-component naming the wrong island, a module handed the wrong `t`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** src/i18n/island.ts lists prefixes (some are whole keys): it is the registry, not a user of keys. */
const REGISTRY = join(ROOT, 'src', 'i18n', 'island.ts');

/** Relative imports and re-exports of a source (values only: `import type` is erased from the bundle). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of source.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Every project file an island root reaches through its imports (paths relative to the project). */
export function reachable(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = roots.map((r) => resolve(ROOT, r));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file) || !/\.(svelte|ts)$/.test(file) || file === REGISTRY) continue;
    seen.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), spec));
  }
  return [...seen].map((f) => relative(ROOT, f)).sort();
}

export interface KeyUse {
  /** A full key, or a prefix when the code builds the key (`mon-fil-d-actualite.stance.${stance}`). */
  key: string;
  prefix: boolean;
}

/**
 * Keys a source uses: every string literal that is a key (or, for tn(), a key without `.one`), the
 * literal part of template-literal keys, and every literal passed to t()/tn() even when it is not a
 * key at all (a typo must be reported, not skipped).
 */
export function keysUsed(source: string, dictionary: Readonly<Record<string, string>>): KeyUse[] {
  const keys = Object.keys(dictionary);
  const uses = new Map<string, KeyUse>();
  const add = (use: KeyUse) => uses.set(`${use.prefix}:${use.key}`, use);
  for (const m of source.matchAll(/(['"])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)) {
    const literal = m[2]!;
    if (literal in dictionary) add({ key: literal, prefix: false });
    else if (`${literal}.one` in dictionary) {
      add({ key: `${literal}.one`, prefix: false });
      add({ key: `${literal}.other`, prefix: false });
    }
  }
  for (const m of source.matchAll(/\btn?\(\s*(['"])([^'"]*)\1/g)) {
    const literal = m[2]!;
    if (!(literal in dictionary) && !(`${literal}.one` in dictionary)) add({ key: literal, prefix: false });
  }
  for (const m of source.matchAll(/`([A-Za-z][\w-]*\.[\w.-]*)\$\{/g)) {
    const head = m[1]!;
    if (keys.some((k) => k.startsWith(head))) add({ key: head, prefix: true });
  }
  return [...uses.values()];
}

/** Uses not covered by the picked keys; a prefix use needs every key under it picked. */
export function uncovered(uses: readonly KeyUse[], picked: ReadonlySet<string>, dictionary: Readonly<Record<string, string>>): string[] {
  const keys = Object.keys(dictionary);
  return uses
    .filter((use) => {
      if (!use.prefix) return !picked.has(use.key);
      const under = keys.filter((k) => k.startsWith(use.key));
      return under.length === 0 || under.some((k) => !picked.has(k));
    })
    .map((use) => (use.prefix ? `${use.key}…` : use.key));
}
