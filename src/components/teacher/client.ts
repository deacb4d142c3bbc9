/** Browser helpers shared by the teacher and pupil islands (catalogue fetch, notices, file names). */
import type { KeysWithPrefix, Translate } from '../../i18n/island.ts';
import { CATALOGUE_PATH, catalogueIndex, isCatalogue, type Catalogue, type CatalogueItem } from '../../lib/teacher/catalogue.ts';
import type { Notice } from '../../lib/teacher/storage.ts';
import { href } from '../../lib/url.ts';
import { LOCALE } from '../../i18n/locale.ts';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue; index: Map<string, CatalogueItem & { module: string; moduleTitle: string }> }
  | { status: 'error' };

export async function fetchCatalogue(): Promise<CatalogueState> {
  try {
    const response = await fetch(href(CATALOGUE_PATH));
    if (!response.ok) return { status: 'error' };
    const json: unknown = await response.json();
    if (!isCatalogue(json)) return { status: 'error' };
    return { status: 'ready', catalogue: json, index: catalogueIndex(json) };
  } catch {
    return { status: 'error' };
  }
}

/** `t`: the island's (it must pick the `teacher.storage.` strings). */
export function noticeText(t: Translate<KeysWithPrefix<'teacher.storage.'>>, notice: Notice): string {
  return notice.kind === 'unavailable' ? t('teacher.storage.unavailable') : t('teacher.storage.corrupted', { key: notice.setAsideAs ?? notice.key });
}

/** A safe file-name fragment from a title. */
export const fileSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'devoir';

export const KIND_KEYS = { lesson: 'teacher.kind.lesson', quiz: 'teacher.kind.quiz', exercise: 'teacher.kind.exercise', activity: 'teacher.kind.activity' } as const;

export function formatDate(date: string | undefined): string {
  if (!date) return '';
  return new Date(`${date}T12:00:00`).toLocaleDateString(LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}
