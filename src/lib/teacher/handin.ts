/**
 * A pupil's hand-in (« Rendre mon travail »): a compact code `rd1.<…>` to paste into the school's
 * messaging, or the same content as a readable JSON file. Nothing else leaves the device.
 *
 * Payload (JSON, version 1), before deflate and base64url (see codec.ts):
 *   d    assignment id                       p   pseudonym chosen by the pupil (plain text)
 *   at   time of the hand-in (ms)            cs  checksum (FNV-1a of the rest)
 *   r    one result per activity of the assignment:
 *        i   activity id (catalogue.ts)     s   'todo' | 'started' | 'done'
 *        sc  quiz score [correct, total]    t   time spent in seconds (when known)
 *        q   quiz answers [questionId, 1 if right else 0, answer as text]
 *        ok  exercise passed                tr  exercise tries
 * The file is `{ "format": "declic-rendu", "version": 1, "rendu": <payload> }`.
 */
import { z } from 'astro/zod';
import { ACTIVITY_ID_PATTERN } from './catalogue.ts';
import { checksumOf, pack, unpack } from './codec.ts';
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

const count = z.number().int().min(0).max(1000);

export const resultSchema = z
  .object({
    i: z.string({ required_error: 'activité sans identifiant' }).regex(ACTIVITY_ID_PATTERN, 'identifiant d’activité invalide'),
    s: z.enum(['todo', 'started', 'done'], { errorMap: () => ({ message: 'état d’activité invalide' }) }),
    sc: z.tuple([count, count]).refine(([c, t]) => c <= t, 'score impossible').optional(),
    t: z.number().int().min(0).max(7 * 24 * 3600, 'durée impossible').optional(),
    q: z
      .array(z.tuple([z.string().min(1).max(80), z.union([z.literal(0), z.literal(1)]), z.string().max(300)]))
      .max(200)
      .optional(),
    ok: z.boolean().optional(),
    tr: count.optional(),
  })
  .strict('champ inattendu');

export const handInSchema = z
  .object({
    d: z.string({ required_error: 'identifiant du devoir (d) manquant' }).regex(ASSIGNMENT_ID_PATTERN, 'identifiant du devoir invalide'),
    p: pseudonymSchema,
    at: z.number({ required_error: 'date du rendu (at) manquante' }).int().nonnegative(),
    r: z.array(resultSchema, { required_error: 'résultats (r) manquants' }).max(40, 'trop d’activités'),
    cs: z.string({ required_error: 'somme de contrôle (cs) manquante' }).regex(/^[0-9a-f]{8}$/, 'somme de contrôle (cs) invalide'),
  })
  .strict('champ inattendu');

export type HandIn = z.infer<typeof handInSchema>;
export type HandInDraft = Omit<HandIn, 'cs'>;
export type ActivityResult = z.infer<typeof resultSchema>;

export function sealHandIn(draft: HandInDraft): HandIn {
  const clean: HandInDraft = { d: draft.d, p: draft.p.trim(), at: draft.at, r: draft.r };
  return { ...clean, cs: checksumOf(clean) };
}

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
