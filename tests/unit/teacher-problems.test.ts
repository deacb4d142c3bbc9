/**
 * What a teacher reads when a code or file is refused comes from the dictionary (src/lib/teacher/problem.ts):
 * the schemas carry keys, never sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fr } from '../../src/i18n/fr.ts';
import { t } from '../../src/i18n/index.ts';
import { decodeErrorText, problemText } from '../../src/lib/teacher/decode-error.ts';
import { validateHandIn } from '../../src/lib/teacher/handin.ts';
import { describeIssues, readProblem, say } from '../../src/lib/teacher/problem.ts';

/** French typography's no-break spaces as plain ones, to compare with what is written here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const SCHEMA_FILES = ['src/lib/teacher/assignment.ts', 'src/lib/teacher/handin.ts', 'src/lib/teacher/problem.ts'];

/** Every key a file names: each literal 'teacher.error.detail.…' (in say(), a problem's `key`, a table). */
function keysSaid(source: string): string[] {
  return [...source.matchAll(/'(teacher\.error\.detail\.[\w.]+)'/g)].map((m) => m[1]!);
}

describe('problems of refused codes', () => {
  it.each(SCHEMA_FILES)('%s says only keys the dictionary has, and no French sentence in a schema', (file) => {
    const source = readFileSync(file, 'utf8');
    const keys = keysSaid(source);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !(key in fr))).toEqual([]);
    // A sentence passed to zod (`.min(1, 'le titre est vide')`, `required_error: '…'`) would reach the teacher untranslated.
    const sentences = [...source.matchAll(/(?:_error|message|\.(?:min|max|regex|refine|int|strict)\([^'`]*)\s*:?\s*['`]([^'`]*[a-zàâçéèêëîïôûù] [^'`]*)['`]/g)].map((m) => m[1]);
    expect(sentences).toEqual([]);
  });

  it('catches a key the dictionary lacks (the check can fail)', () => {
    expect(keysSaid("say('teacher.error.detail.handIn.nope'); return { key: 'teacher.error.detail.gone' };").filter((key) => !(key in fr))).toEqual([
      'teacher.error.detail.handIn.nope',
      'teacher.error.detail.gone',
    ]);
  });

  it('carries parameters through a zod message and translates a field named by a key', () => {
    const message = say('teacher.error.detail.number.tooBig', { field: 'teacher.error.detail.field.duration', max: 20000 });
    expect(readProblem(message)).toEqual({ key: 'teacher.error.detail.number.tooBig', params: { field: 'teacher.error.detail.field.duration', max: 20000 } });
    expect(plain(problemText(t, readProblem(message)!))).toBe('durée (t) : 20 000 au plus');
    expect(readProblem('Required')).toBeNull();
  });

  it('builds a French problem for an issue no schema worded, never zod’s English', () => {
    const schema = z.object({ n: z.number(), s: z.string().max(2) }).strict();
    const texts = [{}, { n: 'x', s: '' }, { n: 1, s: 'long' }, { n: 1, s: '', extra: 1 }, 'pas un objet'].map((value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? '' : plain(problemText(t, describeIssues(parsed.error)));
    });
    expect(texts).toEqual(['champ manquant : n', 'n : un nombre est attendu', 's : valeur trop grande', 'champ inattendu : extra', 'contenu invalide']);
  });

  it('reads a refused hand-in to the teacher in French', () => {
    const result = validateHandIn({ d: 'abcdefgh', p: '', at: 1, r: [], cs: '00000000' });
    expect(plain(result.ok ? '' : decodeErrorText(t, result.error, result.detail))).toBe('Contenu invalide : le pseudonyme est vide.');
  });
});
