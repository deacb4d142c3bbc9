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
import { ASSIGNMENT_ID_PATTERN, ASSIGNMENT_PREFIX, HANDIN_PREFIX, type Assignment, type Decoded } from './assignment.ts';
import { describeIssues, say, type DetailKey, type Problem } from './problem.ts';

export const HANDIN_VERSION = 1;
export const PSEUDONYM_MAX = 40;
export const FILE_FORMAT = 'declic-rendu';
/** Largest hand-in file the dashboard reads (a real one is a few kilobytes). */
export const MAX_FILE_BYTES = 512 * 1024;

const noControl = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);


export const pseudonymSchema = z
  .string({ required_error: say('teacher.error.detail.handIn.pseudonymMissing') })
  .trim()
  .min(1, say('teacher.error.detail.handIn.pseudonymEmpty'))
  .max(PSEUDONYM_MAX, say('teacher.error.detail.handIn.pseudonymTooLong', { max: PSEUDONYM_MAX }))
  .refine(noControl, say('teacher.error.detail.handIn.pseudonymControl'));

/** A pupil id `u` (drawn with newNamespaceId() of src/lib/device-store.ts). */
export const PUPIL_ID_PATTERN = /^[a-z0-9]{10}$/;

/** A whole number between 0 and `max`; `field` is the dictionary's name of the field. */
const whole = (field: DetailKey, max: number, tooBig = say('teacher.error.detail.number.tooBig', { field, max })) =>
  z
    .number({ required_error: say('teacher.error.detail.number.missing', { field }), invalid_type_error: say('teacher.error.detail.number.expected', { field }) })
    .int(say('teacher.error.detail.number.integer', { field }))
    .min(0, say('teacher.error.detail.number.negative', { field }))
    .max(max, tooBig);
const count = (field: DetailKey) => whole(field, 1000);
/** Latest date a JavaScript date can hold (year 275760): beyond, the date is impossible. */
const MAX_TIME = 8.64e15;

export const resultSchema = z
  .object({
    i: z.string({ required_error: say('teacher.error.detail.handIn.activityIdMissing') }).regex(ACTIVITY_ID_PATTERN, say('teacher.error.detail.handIn.activityIdInvalid')),
    s: z.enum(['todo', 'started', 'done'], { errorMap: () => ({ message: say('teacher.error.detail.handIn.activityState') }) }),
    sc: z
      .tuple([count('teacher.error.detail.field.scoreRight'), count('teacher.error.detail.field.scoreTotal')], { invalid_type_error: say('teacher.error.detail.handIn.scoreShape') })
      .refine(([c, t]) => c <= t, say('teacher.error.detail.handIn.scoreTooHigh'))
      .optional(),
    t: whole('teacher.error.detail.field.duration', 7 * 24 * 3600, say('teacher.error.detail.handIn.durationImpossible')).optional(),
    q: z
      .array(
        z.tuple([
          z.string({ invalid_type_error: say('teacher.error.detail.handIn.answerId') }).min(1, say('teacher.error.detail.handIn.answerIdEmpty')).max(80, say('teacher.error.detail.handIn.answerIdTooLong')),
          z.union([z.literal(0), z.literal(1)], { errorMap: () => ({ message: say('teacher.error.detail.handIn.answerRight') }) }),
          z.string({ invalid_type_error: say('teacher.error.detail.handIn.answerText') }).max(300, say('teacher.error.detail.handIn.answerTooLong')),
        ], { invalid_type_error: say('teacher.error.detail.handIn.answerShape') }),
        { invalid_type_error: say('teacher.error.detail.handIn.answersList') },
      )
      .max(200, say('teacher.error.detail.handIn.answersTooMany'))
      .optional(),
    ok: z.boolean({ invalid_type_error: say('teacher.error.detail.handIn.exercisePassed') }).optional(),
    tr: count('teacher.error.detail.field.tries').optional(),
  }, { invalid_type_error: say('teacher.error.detail.handIn.resultObject') })
  .strict()
  .superRefine((result, ctx) => {
    if (!result.q || !result.sc) return;
    // The score of an attempt is counted from its answers: it cannot say more.
    const right = result.q.filter(([, ok]) => ok === 1).length;
    if (result.q.length > result.sc[1]) ctx.addIssue({ code: 'custom', message: say('teacher.error.detail.handIn.scoreMoreAnswers') });
    else if (right !== result.sc[0]) ctx.addIssue({ code: 'custom', message: say('teacher.error.detail.handIn.scoreMismatch') });
  });

/** Programs of the pupil's notebook one hand-in may carry. */
export const HANDIN_PROGRAMS_MAX = 3;

/** A program attached to a hand-in: its name and its code, as in the pupil's notebook. */
export const attachedProgramSchema = z
  .object({
    n: z
      .string({ required_error: say('teacher.error.detail.program.nameMissing'), invalid_type_error: say('teacher.error.detail.program.nameText') })
      .max(NOTEBOOK_LIMITS.name, say('teacher.error.detail.program.nameTooLong', { max: NOTEBOOK_LIMITS.name }))
      .refine((s) => s.trim().length > 0, say('teacher.error.detail.program.nameEmpty'))
      .refine(noControl, say('teacher.error.detail.program.nameControl')),
    c: z
      .string({ required_error: say('teacher.error.detail.program.codeMissing'), invalid_type_error: say('teacher.error.detail.program.codeText') })
      .max(NOTEBOOK_LIMITS.code, say('teacher.error.detail.program.codeTooLong', { max: NOTEBOOK_LIMITS.code })),
  }, { invalid_type_error: say('teacher.error.detail.program.object') })
  .strict();

export const handInSchema = z
  .object({
    d: z.string({ required_error: say('teacher.error.detail.handIn.assignmentIdMissing') }).regex(ASSIGNMENT_ID_PATTERN, say('teacher.error.detail.handIn.assignmentIdInvalid')),
    p: pseudonymSchema,
    u: z.string({ invalid_type_error: say('teacher.error.detail.handIn.pupilIdInvalid') }).regex(PUPIL_ID_PATTERN, say('teacher.error.detail.handIn.pupilIdInvalid')).optional(),
    at: whole('teacher.error.detail.field.handInDate', MAX_TIME, say('teacher.error.detail.handIn.dateImpossible')),
    r: z.array(resultSchema, { required_error: say('teacher.error.detail.handIn.resultsMissing'), invalid_type_error: say('teacher.error.detail.handIn.resultsList') }).max(40, say('teacher.error.detail.handIn.resultsTooMany')),
    pg: z
      .array(attachedProgramSchema, { invalid_type_error: say('teacher.error.detail.program.list') })
      .max(HANDIN_PROGRAMS_MAX, say('teacher.error.detail.program.tooMany', { max: HANDIN_PROGRAMS_MAX }))
      .optional(),
    cs: z.string({ required_error: say('teacher.error.detail.checksumMissing') }).regex(/^[0-9a-f]{8}$/, say('teacher.error.detail.checksumInvalid')),
  })
  .strict();

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
  if (typeof file['version'] !== 'number') return { ok: false, error: 'invalid', detail: { key: 'teacher.error.detail.fileVersionMissing' } };
  if (file['version'] > HANDIN_VERSION) return { ok: false, error: 'newer-version' };
  const extra = Object.keys(file).filter((k) => !['format', 'version', 'rendu'].includes(k));
  if (extra.length > 0) return { ok: false, error: 'invalid', detail: { key: 'teacher.error.detail.unexpected', params: { fields: extra.join(', ') } } };
  if (!('rendu' in file)) return { ok: false, error: 'invalid', detail: { key: 'teacher.error.detail.missing', params: { field: 'rendu' } } };
  return validateHandIn(file['rendu']);
}

/** Does the hand-in fit the assignment (same id, only its activities)? The problem, or null. */
export function mismatch(handIn: HandIn, assignment: Assignment): Problem | null {
  if (handIn.d !== assignment.id) return { key: 'teacher.error.detail.otherAssignment' };
  const unknown = handIn.r.find((r) => !assignment.a.includes(r.i));
  return unknown ? { key: 'teacher.error.detail.activityNotInAssignment', params: { id: unknown.i } } : null;
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
