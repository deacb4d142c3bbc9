/**
 * UI strings inside Svelte islands, without shipping the whole dictionary.
 *
 * Importing t() from ./index.ts in an island would bundle all of ./fr.ts (every string of the site)
 * into its JavaScript. Instead:
 *  1. each island has an entry in ISLAND_STRINGS (./island-strings.ts): the key prefixes of fr.ts it uses;
 *  2. at build time its page picks those strings with `islandStrings('<island>')` (from ./index.ts,
 *     server side only) and passes them as the island's `strings` prop (they travel in the HTML);
 *  3. the island root calls `provideStrings(strings)` and gets t() and tn(); its sub-components call
 *     `useStrings<'<island>'>()` for the same functions, typed on the island's keys. Plain modules
 *     take `t` as a parameter (they stay pure and testable).
 * t() and tn() here behave exactly like those of ./index.ts (they are the same code): `{name}`
 * placeholders, French plural (0 and 1 take the singular), French typography.
 *
 * Keys are typed: a key outside the island's prefixes is a TypeScript error in the root; a unit test
 * (tests/unit/island-strings.test.ts) checks every key written in an island's files, sub-components
 * and modules included, is in the set its page picks.
 *
 * This module must never import ./fr.ts or ./index.ts other than as types.
 */
import { frenchTypography } from '../lib/french-typography.ts';
import { pluralCategory } from './locale.ts';
import type { UiKey } from './fr.ts';
// Types only: the table itself (and the activity registry it reads) stays out of the islands' JavaScript.
import type { ISLAND_STRINGS } from './island-strings.ts';


export type IslandName = keyof typeof ISLAND_STRINGS;
export type Params = Record<string, string | number>;

/** The keys of fr.ts that start with one of the prefixes `P`. */
export type KeysWithPrefix<P extends string> = Extract<UiKey, `${P}${string}`>;
/** The keys an island may use. */
export type IslandKey<I extends IslandName> = KeysWithPrefix<(typeof ISLAND_STRINGS)[I][number]>;
/** A picked part of the dictionary. */
export type Strings<K extends string> = Readonly<Record<K, string>>;
/** What an island root receives as its `strings` prop. */
export type IslandStrings<I extends IslandName> = Strings<IslandKey<I>>;

/** Keys with a singular (`.one`) and a plural (`.other`) form, named without the suffix. */
export type PluralBase<K extends string> = K extends `${infer B}.one` ? B : never;

export type Translate<K extends string> = (key: K, params?: Params) => string;

export interface Translator<K extends string> {
  /** The string for `key`, `{name}` placeholders filled from `params`, French typography applied. */
  t: Translate<K>;
  /** Plural-aware t(): French uses the singular for 0 and 1. `{count}` is filled in. */
  tn: (base: PluralBase<K>, count: number, params?: Params) => string;
}

/** Fills the `{name}` placeholders of `template` from `params` and applies French typography. */
export function format(template: string, params: Params = {}): string {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
  return frenchTypography(filled);
}

/**
 * The key of the plural form of `base` for `count`, by the locale's rules (Intl.PluralRules: in
 * French « one » for 0 and 1, « many » for a million…): `<base>.<category>` when `strings` has it,
 * else `<base>.other`.
 */
export function pluralKey(base: string, count: number, strings: Readonly<Record<string, string>>): string {
  const key = `${base}.${pluralCategory(count)}`;
  return strings[key] === undefined ? `${base}.other` : key;
}

/**
 * The strings the island roots of this page provided. Shared by every island of the page: they hold
 * the same values for the same keys, so merging them is harmless (and lighter than a Svelte context).
 */
const provided: Record<string, string> = {};

/** A missing key shows as itself (tests/unit/island-strings.test.ts keeps that from happening). */
const t = (key: string, params?: Params): string => format(provided[key] ?? key, params);
const tn = (base: string, count: number, params: Params = {}): string => t(pluralKey(base, count, provided), { count, ...params });
const shared = { t, tn };

/**
 * In an island root, before anything renders: registers its strings; t()/tn() for it. Pass the
 * `strings` prop through a getter, `provideStrings(() => strings)`: it is read once, on purpose (an
 * island's props are fixed in its page's HTML), and Svelte does not warn about a prop captured at
 * creation.
 */
export function provideStrings<K extends string>(strings: Strings<K> | (() => Strings<K>)): Translator<K> {
  Object.assign(provided, typeof strings === 'function' ? strings() : strings);
  return shared;
}

/** In a sub-component of island `I` (or a module it imports): the t()/tn() of its island root. */
export function useStrings<I extends IslandName>(): Translator<IslandKey<I>> {
  return shared;
}
