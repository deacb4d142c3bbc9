/**
 * A pupil's hand-in (« Rendre mon travail »): a compact code `rd1.<…>` to paste into the school's
 * messaging, or the same content as a readable JSON file. Nothing else leaves the device.
 *
 * Payload (JSON, version 1), before deflate and base64url (see codec.ts):
 *   d    assignment id                       p   pseudonym chosen by the pupil (plain text)
 *   at   time of the hand-in (ms)            cs  checksum (FNV-1a of the rest)
 *   u    random id of this pupil's work for this assignment on this device (10 characters
 *        [a-z0-9], drawn when the pupil starts; says nothing about the pupil). Optional: hand-ins
 *        made before it existed are told apart by pseudonym only. Two pupils are two rows whatever
 *        their names; a pupil who renames keeps the same `u`, so stays one row.
 *   r    one result per activity of the assignment:
 *        i   activity id (catalogue.ts)     s   'todo' | 'started' | 'done'
 *        sc  quiz score [correct, total]    t   time spent in seconds (when known)
 *        q   quiz answers [questionId, 1 if right else 0, answer as text]
 *        ok  exercise passed                tr  exercise tries
 *   pg   programs of « Mon carnet de code » the pupil chose to attach (src/lib/python/notebook.ts),
 *        at most 3, each { n: name (60 characters, one line), c: code as typed (20,000 characters) }.
 *        Optional (added after version 1 without changing it: a hand-in without programs reads as
 *        before). Covered by the checksum like every field. The code is data: the dashboard shows it
 *        as text and offers it as a `.py` file, it never runs it.
 * A code stays under MAX_CODE_LENGTH (codec.ts) for any real hand-in; three programs of 20,000
 * characters that do not compress could pass it: the pupil's page then offers the file only
 * (codeFits()).
 * The file is `{ "format": "declic-rendu", "version": 1, "rendu": <payload> }`.
 */
import { LOCALE } from '../../i18n/locale.ts';
import { z } from 'astro/zod';
import { ACTIVITY_ID_PATTERN } from './catalogue.ts';
import { MAX_CODE_LENGTH, checksumOf, pack, unpack } from './codec.ts';
import { NOTEBOOK_LIMITS } from '../python/notebook.ts';
import { ASSIGNMENT_ID_PATTERN, ASSIGNMENT_PREFIX, HANDIN_PREFIX, describeIssues, type Assignment, type Decoded } from './assignment.ts';

export const HANDIN_VERSION = 1;
export const PSEUDONYM_MAX = 40;
export const FILE_FORMAT = 'declic-rendu';
/** Largest hand-in file the dashboard reads (a real one is a few kilobytes). */
export const MAX_FILE_BYTES = 512 * 1024;

const noControl = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);

export const pseudonymSchema = z
  .string({ required_error: 'pseudonyme manquant' })
  .trim()
  .min(1, 'le pseudonyme est vide')
  .max(PSEUDONYM_MAX, `pseudonyme trop long (${PSEUDONYM_MAX} caractères au plus)`)
  .refine(noControl, 'pseudonyme : caractère de contrôle interdit');

/** A pupil id `u` (drawn with newNamespaceId() of src/lib/device-store.ts). */
export const PUPIL_ID_PATTERN = /^[a-z0-9]{10}$/;

/** A whole number between 0 and `max`, with French messages naming the field. */
const whole = (field: string, max: number, tooBig = `${field} : ${max} au plus`) =>
  z
    .number({ required_error: `${field} manquant`, invalid_type_error: `${field} : un nombre est attendu` })
    .int(`${field} : un nombre entier est attendu`)
    .min(0, `${field} : un nombre positif est attendu`)
    .max(max, tooBig);
const count = (field: string) => whole(field, 1000);
/** Latest date a JavaScript date can hold (year 275760): beyond, the date is impossible. */
const MAX_TIME = 8.64e15;

export const resultSchema = z
  .object({
    i: z.string({ required_error: 'activité sans identifiant' }).regex(ACTIVITY_ID_PATTERN, 'identifiant d’activité invalide'),
    s: z.enum(['todo', 'started', 'done'], { errorMap: () => ({ message: 'état d’activité invalide' }) }),
    sc: z
      .tuple([count('score : bonnes réponses'), count('score : nombre de questions')], { invalid_type_error: 'score : [bonnes réponses, questions] attendu' })
      .refine(([c, t]) => c <= t, 'score impossible : plus de bonnes réponses que de questions')
      .optional(),
    t: whole('durée (t)', 7 * 24 * 3600, 'durée impossible (plus d’une semaine)').optional(),
    q: z
      .array(
        z.tuple([
          z.string({ invalid_type_error: 'réponse : identifiant de question attendu' }).min(1, 'réponse : identifiant de question vide').max(80, 'réponse : identifiant de question trop long'),
          z.union([z.literal(0), z.literal(1)], { errorMap: () => ({ message: 'réponse : 1 (juste) ou 0 (fausse) attendu' }) }),
          z.string({ invalid_type_error: 'réponse : texte attendu' }).max(300, 'réponse trop longue'),
        ], { invalid_type_error: 'réponse : [question, juste, réponse] attendu' }),
        { invalid_type_error: 'réponses (q) : une liste est attendue' },
      )
      .max(200, 'trop de réponses')
      .optional(),
    ok: z.boolean({ invalid_type_error: 'exercice réussi (ok) : vrai ou faux attendu' }).optional(),
    tr: count('nombre d’essais (tr)').optional(),
  }, { invalid_type_error: 'résultat d’activité : un objet est attendu' })
  .strict('champ inattendu')
  .superRefine((result, ctx) => {
    if (!result.q || !result.sc) return;
    // The score of an attempt is counted from its answers: it cannot say more.
    const right = result.q.filter(([, ok]) => ok === 1).length;
    if (result.q.length > result.sc[1]) ctx.addIssue({ code: 'custom', message: 'score impossible : plus de réponses que de questions' });
    else if (right !== result.sc[0]) ctx.addIssue({ code: 'custom', message: 'score impossible : il ne correspond pas aux réponses' });
  });

/** Programs of the pupil's notebook one hand-in may carry. */
export const HANDIN_PROGRAMS_MAX = 3;

/** A program attached to a hand-in: its name and its code, as in the pupil's notebook. */
export const attachedProgramSchema = z
  .object({
    n: z
      .string({ required_error: 'programme joint : nom (n) manquant', invalid_type_error: 'programme joint : nom (n) : un texte est attendu' })
      .max(NOTEBOOK_LIMITS.name, `programme joint : nom (n) trop long (${NOTEBOOK_LIMITS.name} caractères au plus)`)
      .refine((s) => s.trim().length > 0, 'programme joint : le nom (n) est vide')
      .refine(noControl, 'programme joint : nom (n) : caractère de contrôle interdit'),
    c: z
      .string({ required_error: 'programme joint : code (c) manquant', invalid_type_error: 'programme joint : code (c) : un texte est attendu' })
      .max(NOTEBOOK_LIMITS.code, `programme joint : code (c) trop long (${NOTEBOOK_LIMITS.code.toLocaleString(LOCALE)} caractères au plus)`),
  }, { invalid_type_error: 'programme joint : un objet est attendu' })
  .strict('champ inattendu');

export const handInSchema = z
  .object({
    d: z.string({ required_error: 'identifiant du devoir (d) manquant' }).regex(ASSIGNMENT_ID_PATTERN, 'identifiant du devoir invalide'),
    p: pseudonymSchema,
    u: z.string({ invalid_type_error: 'identifiant de l’élève (u) invalide' }).regex(PUPIL_ID_PATTERN, 'identifiant de l’élève (u) invalide').optional(),
    at: whole('date du rendu (at)', MAX_TIME, 'date du rendu (at) impossible'),
    r: z.array(resultSchema, { required_error: 'résultats (r) manquants', invalid_type_error: 'résultats (r) : une liste est attendue' }).max(40, 'trop d’activités'),
    pg: z
      .array(attachedProgramSchema, { invalid_type_error: 'programmes joints (pg) : une liste est attendue' })
      .max(HANDIN_PROGRAMS_MAX, `programmes joints (pg) : ${HANDIN_PROGRAMS_MAX} au plus`)
      .optional(),
    cs: z.string({ required_error: 'somme de contrôle (cs) manquante' }).regex(/^[0-9a-f]{8}$/, 'somme de contrôle (cs) invalide'),
  })
  .strict('champ inattendu');

export type HandIn = z.infer<typeof handInSchema>;
export type HandInDraft = Omit<HandIn, 'cs'>;
export type ActivityResult = z.infer<typeof resultSchema>;
export type AttachedProgram = z.infer<typeof attachedProgramSchema>;

/** Seals a draft: only the known fields (no stray key), `pg` left out when no program is attached. */
export function sealHandIn(draft: HandInDraft): HandIn {
  const clean: HandInDraft = {
    d: draft.d,
    p: draft.p.trim(),
    ...(draft.u ? { u: draft.u } : {}),
    at: draft.at,
    r: draft.r,
    ...(draft.pg && draft.pg.length > 0 ? { pg: draft.pg.map(({ n, c }) => ({ n, c })) } : {}),
  };
  return { ...clean, cs: checksumOf(clean) };
}

/** Can this hand-in travel as a code? If not (very long programs that do not compress), as a file only. */
export const codeFits = (code: string) => code.length <= MAX_CODE_LENGTH;

export function validateHandIn(json: unknown): Decoded<HandIn> {
  const parsed = handInSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'invalid', detail: describeIssues(parsed.error) };
  if (checksumOf(parsed.data) !== parsed.data.cs) return { ok: false, error: 'checksum' };
  return { ok: true, value: parsed.data };
}

export function encodeHandIn(handIn: HandIn): string {
  return pack(HANDIN_PREFIX, HANDIN_VERSION, handIn);
}

export function decodeHandIn(code: string): Decoded<HandIn> {
  const unpacked = unpack(code, HANDIN_PREFIX, [ASSIGNMENT_PREFIX], HANDIN_VERSION);
  if (!unpacked.ok) return { ok: false, error: unpacked.error };
  return validateHandIn(unpacked.json);
}

/** The downloadable file: readable JSON with the same content as the code. */
export function handInFile(handIn: HandIn): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: HANDIN_VERSION, rendu: handIn }, null, 2)}\n`;
}

/** Reads a hand-in file's text (or a code pasted in a file). */
export function decodeHandInFile(text: string): Decoded<HandIn> {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return decodeHandIn(trimmed);
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { ok: false, error: 'damaged' };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: 'not-a-code' };
  const file = json as Record<string, unknown>;
  if (file['format'] !== FILE_FORMAT) return { ok: false, error: 'not-a-code' };
  if (typeof file['version'] !== 'number') return { ok: false, error: 'invalid', detail: 'version du fichier manquante' };
  if (file['version'] > HANDIN_VERSION) return { ok: false, error: 'newer-version' };
  const extra = Object.keys(file).filter((k) => !['format', 'version', 'rendu'].includes(k));
  if (extra.length > 0) return { ok: false, error: 'invalid', detail: `champ inattendu : ${extra.join(', ')}` };
  if (!('rendu' in file)) return { ok: false, error: 'invalid', detail: 'champ manquant : rendu' };
  return validateHandIn(file['rendu']);
}

export const OTHER_ASSIGNMENT = 'autre devoir';

/** Does the hand-in fit the assignment (same id, only its activities)? Returns a French problem or null. */
export function mismatch(handIn: HandIn, assignment: Assignment): string | null {
  if (handIn.d !== assignment.id) return OTHER_ASSIGNMENT;
  const unknown = handIn.r.find((r) => !assignment.a.includes(r.i));
  return unknown ? `activité qui n’est pas dans ce devoir : ${unknown.i}` : null;
}

/** Identity of a hand-in for de-duplication: the same content imported twice counts once. */
export const handInKey = (handIn: HandIn) => `${handIn.d}:${handIn.cs}`;

/**
 * Who handed in, as the dashboard groups rows: the pupil id `u` when there is one; for a hand-in
 * made before `u` existed, the pseudonym, case and spaces aside (« Lucas » = « lucas »).
 */
export const pupilIdentity = (handIn: Pick<HandIn, 'p' | 'u'>) => (handIn.u ? `u:${handIn.u}` : `p:${samePseudonym(handIn.p)}`);
/** A pseudonym as compared: trimmed, lower case, inner spaces collapsed. */
export const samePseudonym = (p: string) => p.trim().replace(/\s+/g, ' ').toLocaleLowerCase(LOCALE);
