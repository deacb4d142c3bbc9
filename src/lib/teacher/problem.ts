/**
 * What is wrong with a hand-in or an assignment the teacher's page cannot read, as a dictionary key
 * and its parameters (`teacher.error.detail.…` in src/i18n/fr/teacher.ts), never as a sentence: the
 * islands translate it (decode-error.ts, problemText()), so a translation of the site covers it.
 *
 * A zod schema can only carry a string as its message: `say(key, params)` writes the key and its
 * parameters in it (`teacher.error.detail.titleTooLong?max=120`), describeIssues() reads them back.
 * A parameter may itself be a key of the same family (a field's name): it is translated too.
 */
import type { z } from 'astro/zod';
import type { KeysWithPrefix } from '../../i18n/island.ts';

export type DetailKey = KeysWithPrefix<'teacher.error.detail.'>;
export type ProblemParams = Record<string, string | number>;
export interface Problem {
  key: DetailKey;
  params?: ProblemParams;
}

const DETAIL_PREFIX = 'teacher.error.detail.';
export const isDetailKey = (value: unknown): value is DetailKey => typeof value === 'string' && value.startsWith(DETAIL_PREFIX) && !/[?=&\s]/.test(value);

/** A schema's message: the key, and its parameters, in one string. */
export function say(key: DetailKey, params?: ProblemParams): string {
  if (!params) return key;
  return `${key}?${new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)])).toString()}`;
}

/** A message written by say(), or null for any other text (zod's own messages). */
export function readProblem(message: string): Problem | null {
  const [key = '', query] = message.split('?', 2);
  if (!isDetailKey(key)) return null;
  if (query === undefined) return { key };
  const params: ProblemParams = {};
  for (const [name, value] of new URLSearchParams(query)) params[name] = /^\d+$/.test(value) ? Number(value) : value;
  return { key, params };
}

/** The field an issue is about, as the payload names it (`r.0.sc`): short codes, not words. */
const fieldOf = (issue: z.ZodIssue) => (issue.path.length > 0 ? issue.path.join('.') : '');

const TYPE_KEYS: Record<string, DetailKey> = {
  number: 'teacher.error.detail.type.number',
  integer: 'teacher.error.detail.type.integer',
  string: 'teacher.error.detail.type.string',
  boolean: 'teacher.error.detail.type.boolean',
  array: 'teacher.error.detail.type.array',
  object: 'teacher.error.detail.type.object',
};

/** The first problem of a zod error: ours when the schema says one, else one built from the issue. */
export function describeIssues(error: z.ZodError): Problem {
  const issue = error.issues[0];
  if (!issue) return { key: 'teacher.error.detail.content' };
  if (issue.code === 'unrecognized_keys') return { key: 'teacher.error.detail.unexpected', params: { fields: issue.keys.join(', ') } };
  const ours = readProblem(issue.message);
  if (ours) return ours;
  const field = fieldOf(issue);
  if (!field) return { key: 'teacher.error.detail.content' };
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? { key: 'teacher.error.detail.missing', params: { field } }
        : { key: 'teacher.error.detail.expected', params: { field, expected: TYPE_KEYS[issue.expected] ?? 'teacher.error.detail.type.other' } };
    case 'too_small':
      return { key: 'teacher.error.detail.tooSmall', params: { field } };
    case 'too_big':
      return { key: 'teacher.error.detail.tooBig', params: { field } };
    default:
      return { key: 'teacher.error.detail.invalid', params: { field } };
  }
}
