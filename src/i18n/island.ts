/**
 * UI strings inside Svelte islands, without shipping the whole dictionary.
 *
 * Importing t() from ./index.ts in an island would bundle all of ./fr.ts (every string of the site)
 * into its JavaScript. Instead:
 *  1. each island has an entry in ISLAND_STRINGS below: the key prefixes of fr.ts it uses;
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
import type { UiKey } from './fr.ts';

/** Which keys of fr.ts each island receives: every key that starts with one of its prefixes. */
export const ISLAND_STRINGS = {
  quiz: ['quiz.', 'revision.'],
  feed: ['feed.', 'sim.'],
  reco: ['reco.', 'sim.'],
  investigation: ['investigation.'],
  endlessFeed: ['endlessFeed.'],
  anchoring: ['anchoring.'],
  footprint: ['footprint.'],
  exercise: ['exercise.'],
  // A prefix may be a whole key ('teacher.dueShort'): the teacher islands share a few strings only.
  assignmentBuilder: ['teacher.builder.', 'teacher.sheet.', 'teacher.catalogue.', 'teacher.activities.', 'teacher.kind.', 'teacher.storage.', 'teacher.dueShort', 'teacher.error.', 'teacher.assignmentsFile.', 'teacher.group.', 'teacher.groupAnchor.'],
  assignmentView: ['pupil.', 'teacher.sheet.class', 'teacher.builder.copyManually', 'teacher.kind.', 'teacher.storage.', 'teacher.dueShort', 'teacher.formative', 'teacher.error.', 'teacher.group.a', 'teacher.group.b'],
  classDashboard: ['teacher.dashboard.', 'teacher.kind.', 'teacher.storage.', 'teacher.dueShort', 'teacher.formative', 'teacher.error.', 'teacher.import.', 'teacher.assignmentsFile.', 'pupil.status.'],
} as const satisfies Record<string, readonly string[]>;

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

/** The key of the right form: French uses the singular for 0 and 1. */
export const pluralKey = (base: string, count: number): string => `${base}.${Math.abs(count) < 2 ? 'one' : 'other'}`;

/**
 * The strings the island roots of this page provided. Shared by every island of the page: they hold
 * the same values for the same keys, so merging them is harmless (and lighter than a Svelte context).
 */
const provided: Record<string, string> = {};

/** A missing key shows as itself (tests/unit/island-strings.test.ts keeps that from happening). */
const t = (key: string, params?: Params): string => format(provided[key] ?? key, params);
const tn = (base: string, count: number, params: Params = {}): string => t(pluralKey(base, count), { count, ...params });
const shared = { t, tn };

/** In an island root, before anything renders: registers its strings; t()/tn() for it. */
export function provideStrings<K extends string>(strings: Strings<K>): Translator<K> {
  Object.assign(provided, strings);
  return shared;
}

/** In a sub-component of island `I` (or a module it imports): the t()/tn() of its island root. */
export function useStrings<I extends IslandName>(): Translator<IslandKey<I>> {
  return shared;
}
