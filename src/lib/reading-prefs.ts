/**
 * Reading-comfort preferences, stored on the device in localStorage under one versioned key.
 * Stored state: { v: 1, size, spacing, font }. Read by a tiny inline script in every page's <head>
 * (BaseLayout) before first paint, and written by the settings page.
 */
export const READING_PREFS_KEY = 'declic.reading';
export const READING_PREFS_VERSION = 1;

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export const SPACINGS = ['normal', 'wide'] as const;
export const FONTS = ['system', 'dys'] as const;

export interface ReadingPrefs {
  size: (typeof TEXT_SIZES)[number];
  spacing: (typeof SPACINGS)[number];
  font: (typeof FONTS)[number];
}

export const DEFAULT_PREFS: ReadingPrefs = { size: 'normal', spacing: 'normal', font: 'system' };

export type ParsedPrefs = { status: 'empty' | 'ok'; prefs: ReadingPrefs } | { status: 'corrupted'; prefs: ReadingPrefs };

const oneOf = <T extends string>(allowed: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value);

/** Parses what was stored; anything unreadable or of another version falls back to the defaults. */
export function parseReadingPrefs(raw: string | null): ParsedPrefs {
  if (raw === null) return { status: 'empty', prefs: { ...DEFAULT_PREFS } };
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) throw new Error('not an object');
    const record = value as Record<string, unknown>;
    if (record['v'] !== READING_PREFS_VERSION) throw new Error('unknown version');
    const { size, spacing, font } = record;
    if (!oneOf(TEXT_SIZES, size) || !oneOf(SPACINGS, spacing) || !oneOf(FONTS, font)) throw new Error('bad value');
    return { status: 'ok', prefs: { size, spacing, font } };
  } catch {
    return { status: 'corrupted', prefs: { ...DEFAULT_PREFS } };
  }
}

export function serializeReadingPrefs(prefs: ReadingPrefs): string {
  return JSON.stringify({ v: READING_PREFS_VERSION, ...prefs });
}

/** Attributes set on <html>; the stylesheet reacts to them. Defaults set nothing. */
export function prefsToAttributes(prefs: ReadingPrefs): Record<string, string | undefined> {
  return {
    'data-text-size': prefs.size === 'normal' ? undefined : prefs.size,
    'data-spacing': prefs.spacing === 'normal' ? undefined : prefs.spacing,
    'data-font': prefs.font === 'system' ? undefined : prefs.font,
  };
}
