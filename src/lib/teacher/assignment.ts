/**
 * The assignment a teacher gives a class, carried whole in the link's fragment:
 * `<base>/devoir/#d=<code>`. The fragment is never sent to any server; the pupil's browser decodes it.
 *
 * Payload (JSON, version 1), before deflate and base64url (see codec.ts):
 *   id   8 random characters [a-z0-9], identifies the assignment in hand-ins
 *   ti   title            cl  class name          du  due date (YYYY-MM-DD), optional
 *   in   instructions, optional                   a   activity ids (catalogue.ts), in order
 *   at   creation time (ms since 1970)            cs  checksum (FNV-1a of the rest)
 *
 * Version 2 adds one optional field, and only codes that use it are written as version 2 (so a
 * plain assignment keeps the same `dv1.` code, and a site older than this one says « newer version »
 * instead of « unexpected field » when it meets a split assignment):
 *   gr   1 when the class is split into two groups for the anchoring experiment
 *        (activity GROUPED_ACTIVITY): the teacher then hands out two links, `#d=<code>&g=a` (group A,
 *        high anchor) and `#d=<code>&g=b` (group B, low anchor). Both links carry the SAME code, so
 *        both halves of the class hand in to the same assignment; the group letter is outside the
 *        checksum, like the rest of the fragment it is a convenience, not a security.
 * Without `gr`, each device draws its own group (the activity's default).
 */
import { z } from 'astro/zod';
import type { AnchorGroup } from '../activities/experience-ancrage/experiment.ts';
import { ACTIVITY_ID_PATTERN, activityPath } from './catalogue.ts';
import { checksumOf, pack, unpack, type UnpackError } from './codec.ts';
import { describeIssues, say, type Problem } from './problem.ts';

export const ASSIGNMENT_PREFIX = 'dv';
export const HANDIN_PREFIX = 'rd';
/** Newest version this site reads; `encodeAssignment` writes the lowest version that can carry the payload. */
export const ASSIGNMENT_VERSION = 2;
export const LIMITS = { title: 120, className: 60, instructions: 1500, activities: 40 } as const;

export const ASSIGNMENT_ID_PATTERN = /^[a-z0-9]{8}$/;

const noControl = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

export const assignmentSchema = z
  .object({
    id: z.string({ required_error: say('teacher.error.detail.assignment.idMissing') }).regex(ASSIGNMENT_ID_PATTERN, say('teacher.error.detail.assignment.idInvalid')),
    ti: z.string({ required_error: say('teacher.error.detail.assignment.titleMissing') }).trim().min(1, say('teacher.error.detail.assignment.titleEmpty')).max(LIMITS.title, say('teacher.error.detail.assignment.titleTooLong', { max: LIMITS.title })).refine(noControl, say('teacher.error.detail.assignment.titleControl')),
    cl: z.string({ required_error: say('teacher.error.detail.assignment.classMissing') }).trim().min(1, say('teacher.error.detail.assignment.classEmpty')).max(LIMITS.className, say('teacher.error.detail.assignment.classTooLong', { max: LIMITS.className })).refine(noControl, say('teacher.error.detail.assignment.classControl')),
    du: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, say('teacher.error.detail.assignment.dueInvalid')).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), say('teacher.error.detail.assignment.dueImpossible')).optional(),
    in: z.string().max(LIMITS.instructions, say('teacher.error.detail.assignment.instructionsTooLong', { max: LIMITS.instructions })).refine(noControl, say('teacher.error.detail.assignment.instructionsControl')).optional(),
    a: z
      .array(z.string().regex(ACTIVITY_ID_PATTERN, say('teacher.error.detail.assignment.activityUnknown')), { required_error: say('teacher.error.detail.assignment.activitiesMissing') })
      .min(1, say('teacher.error.detail.assignment.activitiesEmpty'))
      .max(LIMITS.activities, say('teacher.error.detail.assignment.activitiesTooMany', { max: LIMITS.activities }))
      .refine((a) => new Set(a).size === a.length, say('teacher.error.detail.assignment.activityTwice')),
    at: z.number({ required_error: say('teacher.error.detail.assignment.createdMissing') }).int().nonnegative(),
    gr: z.literal(1, { errorMap: () => ({ message: say('teacher.error.detail.assignment.groupsInvalid') }) }).optional(),
    cs: z.string({ required_error: say('teacher.error.detail.checksumMissing') }).regex(/^[0-9a-f]{8}$/, say('teacher.error.detail.checksumInvalid')),
  })
  .strict();

export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentDraft = Omit<Assignment, 'cs'>;

export type DecodeError = UnpackError | 'checksum' | 'invalid';
export type Decoded<T> = { ok: true; value: T } | { ok: false; error: DecodeError; detail?: Problem | undefined };

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
  if (draft.gr === 1 && hasGroupedActivity(draft.a)) clean.gr = 1;
  return { ...clean, cs: checksumOf(clean) };
}

/** Checks a decoded payload: schema, then checksum. */
export function validateAssignment(json: unknown): Decoded<Assignment> {
  const parsed = assignmentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'invalid', detail: describeIssues(parsed.error) };
  if (checksumOf(parsed.data) !== parsed.data.cs) return { ok: false, error: 'checksum' };
  return { ok: true, value: parsed.data };
}

/** The version a payload needs: 2 only when it splits the class into groups. */
export const versionFor = (assignment: Assignment) => (assignment.gr === undefined ? 1 : 2);

export function encodeAssignment(assignment: Assignment): string {
  return pack(ASSIGNMENT_PREFIX, versionFor(assignment), assignment);
}

export function decodeAssignment(code: string): Decoded<Assignment> {
  const unpacked = unpack(code, ASSIGNMENT_PREFIX, [HANDIN_PREFIX], ASSIGNMENT_VERSION);
  if (!unpacked.ok) return { ok: false, error: unpacked.error };
  const checked = validateAssignment(unpacked.json);
  if (checked.ok && unpacked.version < versionFor(checked.value)) return { ok: false, error: 'invalid', detail: { key: 'teacher.error.detail.unexpected', params: { fields: 'gr' } } };
  return checked;
}

/** The code in a link's fragment (`#d=<code>`), or null when there is none. */
export function codeFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('d');
  return code === null ? null : code.trim();
}

// ——— Groups (anchoring experiment) ———

/** The activity whose group a split assignment sets. */
export const GROUPED_ACTIVITY = 'activity:biais-cognitifs/experience-ancrage';

export const LINK_GROUPS = ['a', 'b'] as const;
export type LinkGroup = (typeof LINK_GROUPS)[number];

/** Group A sees the high anchors, group B the low ones. */
export const ANCHOR_OF: Record<LinkGroup, AnchorGroup> = { a: 'haut', b: 'bas' };

export const hasGroupedActivity = (ids: readonly string[]) => ids.includes(GROUPED_ACTIVITY);

/**
 * The group letter of a link's fragment (`&g=a` or `&g=b`, any case), or null when there is none
 * or it is not one of ours (`g=c`, `g=` … are ignored: the device then draws its own group).
 */
export function groupFromHash(hash: string): LinkGroup | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('g')?.trim().toLowerCase();
  return value === 'a' || value === 'b' ? value : null;
}

/**
 * The full link for pupils; `pageUrl` is the absolute URL of the /devoir/ page. A group is only
 * written for a split assignment's code (the caller passes it from `assignment.gr`).
 */
export const assignmentLink = (pageUrl: string, code: string, group?: LinkGroup | null) => `${pageUrl}#d=${code}${group ? `&g=${group}` : ''}`;

/** The links to hand out: one for the whole class, or one per group for a split assignment. */
export function assignmentLinks(pageUrl: string, entry: { code: string; assignment: Assignment }): { group: LinkGroup | null; url: string }[] {
  if (entry.assignment.gr === undefined) return [{ group: null, url: assignmentLink(pageUrl, entry.code) }];
  return LINK_GROUPS.map((group) => ({ group, url: assignmentLink(pageUrl, entry.code, group) }));
}

/**
 * The page a pupil opens for an activity of the assignment, relative to the site base (give it to
 * href()): the grouped activity gets `#groupe=haut|bas` when the pupil's link named a group, so the
 * experiment puts them in that group; every other activity, or no group, gets the plain page.
 */
export function pupilActivityPath(id: string, group: LinkGroup | null | undefined): string | null {
  const path = activityPath(id);
  if (path === null || id !== GROUPED_ACTIVITY || !group) return path;
  return `${path}#groupe=${ANCHOR_OF[group]}`;
}
