/**
 * The assignment a teacher gives a class, carried whole in the link's fragment:
 * `<base>/devoir/#d=<code>`. The fragment is never sent to any server; the pupil's browser decodes it.
 *
 * Payload (JSON, version 1), before deflate and base64url (see codec.ts):
 *   id   8 random characters [a-z0-9], identifies the assignment in hand-ins
 *   ti   title            cl  class name          du  due date (YYYY-MM-DD), optional
 *   in   instructions, optional                   a   activity ids (catalogue.ts), in order
 *   at   creation time (ms since 1970)            cs  checksum (FNV-1a of the rest)
 */
import { z } from 'astro/zod';
import { ACTIVITY_ID_PATTERN } from './catalogue.ts';
import { checksumOf, pack, unpack, type UnpackError } from './codec.ts';

export const ASSIGNMENT_PREFIX = 'dv';
export const HANDIN_PREFIX = 'rd';
export const ASSIGNMENT_VERSION = 1;
export const LIMITS = { title: 120, className: 60, instructions: 1500, activities: 40 } as const;

export const ASSIGNMENT_ID_PATTERN = /^[a-z0-9]{8}$/;

const noControl = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

export const assignmentSchema = z
  .object({
    id: z.string({ required_error: 'identifiant (id) manquant' }).regex(ASSIGNMENT_ID_PATTERN, 'identifiant (id) invalide'),
    ti: z.string({ required_error: 'titre manquant' }).trim().min(1, 'le titre est vide').max(LIMITS.title, `titre trop long (${LIMITS.title} caractères au plus)`).refine(noControl, 'titre : caractère de contrôle interdit'),
    cl: z.string({ required_error: 'classe manquante' }).trim().min(1, 'le nom de la classe est vide').max(LIMITS.className, `nom de classe trop long (${LIMITS.className} caractères au plus)`).refine(noControl, 'classe : caractère de contrôle interdit'),
    du: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date limite invalide (AAAA-MM-JJ)').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'date limite impossible').optional(),
    in: z.string().max(LIMITS.instructions, `consigne trop longue (${LIMITS.instructions} caractères au plus)`).refine(noControl, 'consigne : caractère de contrôle interdit').optional(),
    a: z
      .array(z.string().regex(ACTIVITY_ID_PATTERN, 'activité inconnue dans la liste'), { required_error: 'liste des activités manquante' })
      .min(1, 'aucune activité')
      .max(LIMITS.activities, `trop d’activités (${LIMITS.activities} au plus)`)
      .refine((a) => new Set(a).size === a.length, 'une activité figure deux fois'),
    at: z.number({ required_error: 'date de création manquante' }).int().nonnegative(),
    cs: z.string({ required_error: 'somme de contrôle (cs) manquante' }).regex(/^[0-9a-f]{8}$/, 'somme de contrôle (cs) invalide'),
  })
  .strict('champ inattendu');

export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentDraft = Omit<Assignment, 'cs'>;

export type DecodeError = UnpackError | 'checksum' | 'invalid';
export type Decoded<T> = { ok: true; value: T } | { ok: false; error: DecodeError; detail?: string | undefined };

/** A random assignment id (8 characters [a-z0-9]). */
export function newAssignmentId(random: () => number = Math.random): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 8 }, () => chars[Math.floor(random() * chars.length)]).join('');
}

/** Trims the fields and drops empty optional ones, then adds the checksum. */
export function sealAssignment(draft: AssignmentDraft): Assignment {
  const clean: AssignmentDraft = { id: draft.id, ti: draft.ti.trim(), cl: draft.cl.trim(), a: [...draft.a], at: draft.at };
  if (draft.du) clean.du = draft.du;
  if (draft.in && draft.in.trim()) clean.in = draft.in.trim();
  return { ...clean, cs: checksumOf(clean) };
}

/** The first readable problem of a zod error, in French, naming the field. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'contenu invalide';
  if (issue.code === 'unrecognized_keys') return `champ inattendu : ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return issue.message === 'Required' ? `champ manquant : ${issue.path.join('.')}` : issue.message;
  return issue.message;
}

/** Checks a decoded payload: schema, then checksum. */
export function validateAssignment(json: unknown): Decoded<Assignment> {
  const parsed = assignmentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'invalid', detail: describeIssues(parsed.error) };
  if (checksumOf(parsed.data) !== parsed.data.cs) return { ok: false, error: 'checksum' };
  return { ok: true, value: parsed.data };
}

export function encodeAssignment(assignment: Assignment): string {
  return pack(ASSIGNMENT_PREFIX, ASSIGNMENT_VERSION, assignment);
}

export function decodeAssignment(code: string): Decoded<Assignment> {
  const unpacked = unpack(code, ASSIGNMENT_PREFIX, [HANDIN_PREFIX], ASSIGNMENT_VERSION);
  if (!unpacked.ok) return { ok: false, error: unpacked.error };
  return validateAssignment(unpacked.json);
}

/** The code in a link's fragment (`#d=<code>`), or null when there is none. */
export function codeFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('d');
  return code === null ? null : code.trim();
}

/** The full link for pupils; `pageUrl` is the absolute URL of the /devoir/ page. */
export const assignmentLink = (pageUrl: string, code: string) => `${pageUrl}#d=${code}`;
