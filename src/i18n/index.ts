import { frenchTypography } from '../lib/french-typography.ts';
import { fr, type UiKey } from './fr.ts';

export type { UiKey };
export const LOCALE = 'fr';

/**
 * The interface string for `key`, with `{name}` placeholders replaced by `params` and French
 * typography applied (no-break spaces before « : ; ! ? », inside guillemets).
 */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  const filled = fr[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
  return frenchTypography(filled);
}

/** Keys that have a singular (`.one`) and a plural (`.other`) form. */
type PluralBase = UiKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** Plural-aware t(): French uses the singular for 0 and 1. `{count}` is filled in. */
export function tn(base: PluralBase, count: number, params: Record<string, string | number> = {}): string {
  const key = `${base}.${Math.abs(count) < 2 ? 'one' : 'other'}` as UiKey;
  return t(key, { count, ...params });
}
