import { fr, type UiKey } from './fr.ts';

export type { UiKey };
export const LOCALE = 'fr';

/** The interface string for `key`, with `{name}` placeholders replaced by `params`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return fr[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
