/**
 * A pseudo-locale, to prove the interface is ready for a second language: every dictionary string
 * is rewritten with accented look-alike letters between brackets (« Valider » → « [Ṽáłîďéŕ] »), so
 * that any French left on a page is a string that does not come from the dictionary.
 * Built with DECLIC_PSEUDO_LOCALE=1 (src/i18n/index.ts), for tests/e2e/pseudo-locale.spec.ts only.
 */
const LETTERS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ł', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ł', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Letters outside `{placeholders}` are replaced; the whole string goes between brackets. */
export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  const body = text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (letter) => LETTERS[letter] ?? letter)))
    .join('');
  return `[${body}]`;
}

/** The dictionary with every string pseudo-localised (same keys). */
export function pseudoDictionary<K extends string>(dictionary: Readonly<Record<K, string>>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(dictionary).map(([key, value]) => [key, pseudoLocalize(value)])) as Record<K, string>;
}
