/**
 * Every zod message a teacher or an author can see, in French: content files, collections
 * (`astro sync`, `astro build`), and the files teachers import (hand-ins, assignment files).
 *
 * Importing this module installs `frenchErrorMap` as zod's global error map. A message written in a
 * schema (`.min(1, 'titre : ne doit pas être vide')`, `required_error`) still wins over it.
 *
 * Astro parses collection entries with its own English error map, which replaces zod's « Required »
 * and « Expected type » messages; `inFrench(schema)` validates first with the French map and hands
 * Astro finished messages, so that `astro sync` names the file, the field and the fix in French.
 */
import { z, type ZodErrorMap, type ZodTypeAny } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  float: 'un nombre',
  nan: 'un nombre invalide',
  boolean: 'oui ou non (true ou false)',
  date: 'une date',
  bigint: 'un nombre',
  symbol: 'un symbole',
  function: 'une fonction',
  undefined: 'rien',
  null: 'une valeur vide',
  array: 'une liste (lignes commençant par « - »)',
  object: 'un groupe de champs',
  unknown: 'une valeur',
  promise: 'une promesse',
  void: 'rien',
  never: 'rien',
  map: 'une table',
  set: 'un ensemble',
};
const typeName = (type: string) => TYPE_NAMES[type] ?? type;
const quote = (value: unknown) => `« ${String(value)} »`;

/** The field an issue is about, for messages: `objectives[2]` → `objectives`. */
function fieldOf(path: readonly (string | number)[]): string {
  const named = [...path].reverse().find((part) => typeof part === 'string');
  return named === undefined ? '' : String(named);
}

function sizeMessage(issue: { type: string; inclusive?: boolean; exact?: boolean }, bound: number | bigint, small: boolean): string {
  const n = Number(bound);
  const exact = issue.exact === true;
  const limit = exact ? 'exactement' : small ? (issue.inclusive === false ? 'plus de' : 'au moins') : issue.inclusive === false ? 'moins de' : 'au plus';
  switch (issue.type) {
    case 'array':
    case 'set':
      return `${limit} ${n} élément${n > 1 ? 's' : ''} attendu${n > 1 ? 's' : ''}`;
    case 'string':
      return small && n === 1 && !exact ? 'ne doit pas être vide' : `${limit} ${n} caractère${n > 1 ? 's' : ''} attendu${n > 1 ? 's' : ''}`;
    case 'date':
      return small ? `date trop ancienne` : `date trop lointaine`;
    default:
      return small ? `nombre trop petit : ${limit} ${n}` : `nombre trop grand : ${limit} ${n}`;
  }
}

export const frenchErrorMap: ZodErrorMap = (issue, ctx) => {
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') {
        return { message: field ? `champ obligatoire manquant : ajoutez une ligne « ${field}: … »` : 'valeur obligatoire manquante' };
      }
      return { message: `attendu ${typeName(issue.expected)}, trouvé ${typeName(issue.received)}` };
    case 'invalid_literal':
      return { message: `valeur attendue : ${quote(issue.expected)}` };
    case 'unrecognized_keys':
      return { message: `champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.map(quote).join(', ')} (faute de frappe ? retirez-le ou corrigez son nom)` };
    case 'invalid_union':
      return { message: 'valeur qui ne correspond à aucune des formes permises' };
    case 'invalid_union_discriminator':
      return { message: `valeur inconnue : attendu l’une de ${issue.options.map(quote).join(', ')}` };
    case 'invalid_enum_value':
      return { message: `valeur inconnue ${quote(issue.received)} : attendu l’une de ${issue.options.map(quote).join(', ')}` };
    case 'invalid_arguments':
    case 'invalid_return_type':
      return { message: 'fonction mal utilisée' };
    case 'invalid_date':
      return { message: 'date invalide (écrire AAAA-MM-JJ)' };
    case 'invalid_string': {
      const v = issue.validation;
      if (v === 'url') return { message: 'lien invalide : il doit commencer par https://' };
      if (v === 'email') return { message: 'adresse électronique invalide' };
      if (v === 'regex') return { message: 'format invalide' };
      if (v === 'datetime' || v === 'date') return { message: 'date invalide (écrire AAAA-MM-JJ)' };
      if (typeof v === 'object' && 'startsWith' in v) return { message: `doit commencer par ${quote(v.startsWith)}` };
      if (typeof v === 'object' && 'endsWith' in v) return { message: `doit finir par ${quote(v.endsWith)}` };
      if (typeof v === 'object' && 'includes' in v) return { message: `doit contenir ${quote(v.includes)}` };
      return { message: 'texte au format invalide' };
    }
    case 'too_small':
      return { message: sizeMessage(issue, issue.minimum, true) };
    case 'too_big':
      return { message: sizeMessage(issue, issue.maximum, false) };
    case 'custom':
      return { message: issue.message ?? 'valeur invalide' };
    case 'invalid_intersection_types':
      return { message: 'valeurs incompatibles' };
    case 'not_multiple_of':
      return { message: `doit être un multiple de ${String(issue.multipleOf)}` };
    case 'not_finite':
      return { message: 'nombre fini attendu' };
    default:
      return { message: ctx.defaultError };
  }
};

z.setErrorMap(frenchErrorMap);

/**
 * `schema` for an Astro collection: validated with the French messages, the result handed to Astro
 * as finished messages (Astro prints them as `**field**: message` after the file name).
 */
export function inFrench<T extends ZodTypeAny>(schema: T) {
  return z.unknown().transform((data, ctx): z.output<T> => {
    const result = schema.safeParse(data);
    if (result.success) return result.data as z.output<T>;
    for (const issue of result.error.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path, message: issue.message });
    return z.NEVER;
  });
}

/** Zod issues → « field: message » lines (for error reports that are not content files). */
export function issuePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
