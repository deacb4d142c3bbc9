/** « Anatomie d’une campagne »: how times and dates read in the island (French: « 18 h 05 », « 29 mai 2026 »). */
import { formatDate } from '../../../i18n/locale.ts';
import type { IslandKey, Translate } from '../../../i18n/island.ts';

type T = Translate<IslandKey<'anatomie-d-une-campagne'>>;

/** `HH:MM` → « 18 h 05 ». */
export function clock(t: T, time: string): string {
  const [h = '0', m = '00'] = time.split(':');
  return t('anatomie-d-une-campagne.time', { h: Number(h), m });
}

/** `YYYY-MM-DD` → « 29 mai 2026 » (read as a calendar day, whatever the device's time zone). */
export function day(date: string): string {
  const [y = 1970, mo = 1, d = 1] = date.split('-').map(Number);
  return formatDate(Date.UTC(y, mo - 1, d), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
