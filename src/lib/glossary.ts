/** Glossary helpers shared by the glossary page and its tests. */

/** Upper-case initial without accent, used to group terms by letter ("Écho" → "E"). */
export function initialLetter(term: string): string {
  const first = term.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
