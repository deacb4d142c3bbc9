/**
 * t() and tn() over the whole dictionary, for Astro pages and components (server side, build time).
 * Svelte islands must not import this module (it would ship all of fr.ts): see ./island.ts.
 */
import { fr, type UiKey } from './fr.ts';
import { ISLAND_STRINGS } from './island-strings.ts';
import { format, pluralKey, type IslandName, type IslandStrings, type KeysWithPrefix, type PluralBase, type Params, type Strings } from './island.ts';
import { pseudoDictionary } from './pseudo.ts';

export type { UiKey };
export { LOCALE } from './locale.ts';

/**
 * The dictionary the site is built with: French, or the pseudo-locale (./pseudo.ts) when the build
 * runs with DECLIC_PSEUDO_LOCALE=1 (tests/e2e/pseudo-locale.spec.ts; never for a published site).
 */
const dictionary: Readonly<Record<UiKey, string>> = process.env.DECLIC_PSEUDO_LOCALE === '1' ? pseudoDictionary(fr) : fr;

/**
 * The interface string for `key`, with `{name}` placeholders replaced by `params` and French
 * typography applied (no-break spaces before « : ; ! ? », inside guillemets).
 */
export function t(key: UiKey, params: Params = {}): string {
  return format(dictionary[key], params);
}

/** Keys whose value is Python code, not prose (their names end in `.starter`): no typography, straight quotes allowed. */
export type CodeKey = Extract<UiKey, `${string}.starter`>;
export const isCodeKey = (key: string): boolean => key.endsWith('.starter');

/** The string for `key` exactly as written, without placeholders nor typography: code (a starter program), not prose. */
export function rawString(key: CodeKey): string {
  return dictionary[key];
}

/** Plural-aware t(): the form the locale's plural rules pick for `count` (./locale.ts). `{count}` is filled in. */
export function tn(base: PluralBase<UiKey>, count: number, params: Params = {}): string {
  return t(pluralKey(base, count, dictionary) as UiKey, { count, ...params });
}

/** Build time: every string whose key starts with one of `prefixes`. A prefix that matches nothing fails the build. */
export function pickStrings<const P extends string>(prefixes: readonly P[]): Strings<KeysWithPrefix<P>> {
  const entries = Object.entries(dictionary);
  for (const prefix of prefixes) {
    if (!entries.some(([key]) => key.startsWith(prefix))) throw new Error(`Aucune chaîne de src/i18n/fr.ts ne commence par « ${prefix} »`);
  }
  return Object.fromEntries(entries.filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))) as Strings<KeysWithPrefix<P>>;
}

/** Build time: the strings an island's page passes as its `strings` prop (see ./island.ts). */
export function islandStrings<I extends IslandName>(island: I): IslandStrings<I> {
  // Through unknown: with ~1,100 keys TypeScript gives up comparing the two record types (« excessive complexity »).
  return pickStrings(ISLAND_STRINGS[island]) as unknown as IslandStrings<I>;
}
