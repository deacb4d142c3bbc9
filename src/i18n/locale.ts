/**
 * The locale of the interface and the Intl formatters built on it: the one place where it is
 * written. Plural forms, numbers, dates, lists and sorting all go through here (server and islands
 * alike), so that a second language is a new dictionary and a new LOCALE, not a hunt for 'fr-FR'.
 */
/** A BCP 47 tag: also the pages' `<html lang>` ("fr" formats the French way, as fr-FR). */
export const LOCALE = 'fr';

let pluralRules: Intl.PluralRules | undefined;

/** The CLDR plural category of `count`: in French « one » for 0 and 1, « many » for a million, else « other ». */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  pluralRules ??= new Intl.PluralRules(LOCALE);
  return pluralRules.select(count);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` the local way (French: decimal comma, narrow no-break space between thousands). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A date the local way (`options` as for Intl.DateTimeFormat). */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE, options).format(date);
}

/** « a », « a et b », « a, b et c ». */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(items);
}

/** Sorting the local way (accents, case). */
export function compareText(a: string, b: string, options?: Intl.CollatorOptions): number {
  return a.localeCompare(b, LOCALE, options);
}

export const lowerCase = (text: string): string => text.toLocaleLowerCase(LOCALE);
