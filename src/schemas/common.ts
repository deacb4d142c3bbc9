/**
 * Building blocks shared by every content schema. Messages are in French because the people who
 * read them are the teachers who write content; Astro prefixes them with the file and the field.
 */
import { z } from 'astro/zod';

/** A slug as used in file names and URLs: lowercase ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * YAML reads `Objectif : comprendre` (a French colon, preceded by a space) as a one-entry mapping
 * { Objectif: 'comprendre' }. Authors write French, not YAML: where a text is expected, such a
 * mapping is turned back into the sentence they typed instead of failing with a puzzling error.
 */
export function repairFrenchColon(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (entries.length !== 1) return value;
  const [key, rest] = entries[0] ?? ['', ''];
  if (rest === null) return `${key} :`;
  if (typeof rest === 'string' || typeof rest === 'number') return `${key} : ${rest}`;
  return value;
}

/** A required, non-empty, trimmed string. */
export function text(label: string) {
  return z.preprocess(
    repairFrenchColon,
    z
      .string({
        required_error: `champ obligatoire manquant : ${label}`,
        invalid_type_error: `${label} doit être un texte`,
      })
      .trim()
      .min(1, `${label} ne doit pas être vide`),
  );
}

/** A list of non-empty strings with at least `min` items. */
export function textList(label: string, min = 1) {
  return z
    .array(text(`${label} (élément)`), {
      required_error: `champ obligatoire manquant : ${label}`,
      invalid_type_error: `${label} doit être une liste`,
    })
    .min(min, min === 1 ? `${label} : au moins un élément attendu` : `${label} : au moins ${min} éléments attendus`);
}

/** A reference to another entry by its slug (checked later against the whole site, see content-graph.ts). */
export function slugRef(label: string) {
  return z.string({ required_error: `champ obligatoire manquant : ${label}` }).trim().regex(SLUG_PATTERN, `${label} : identifiant invalide (minuscules, chiffres et tirets, sans accent)`);
}

export function slugList(label: string, min = 0) {
  return z
    .array(slugRef(`${label} (élément)`), { invalid_type_error: `${label} doit être une liste d’identifiants` })
    .min(min, `${label} : au moins ${min} élément(s) attendu(s)`);
}

/** School levels of the French collège cycle 4 (6e belongs to cycle 3 and is not targeted). */
export const LEVELS = ['5e', '4e', '3e'] as const;
export type Level = (typeof LEVELS)[number];
export const levelsSchema = z
  .array(z.enum(LEVELS, { errorMap: () => ({ message: `niveau inconnu : attendu l’un de ${LEVELS.join(', ')}` }) }))
  .min(1, 'niveaux : au moins un niveau attendu (5e, 4e ou 3e)');

/** Themes used to group and filter modules in the catalogue (labels live in the i18n dictionary). */
export const THEMES = ['esprit-critique', 'information', 'algorithmes', 'attention', 'environnement', 'code'] as const;
export type Theme = (typeof THEMES)[number];

/** EMI (éducation aux médias et à l'information) cycle 4 expectations, by short key. */
export const EMI_EXPECTATIONS = ['autonomie', 'raisonnee', 'responsable', 'produire'] as const;
export type EmiExpectation = (typeof EMI_EXPECTATIONS)[number];

/** CRCN (cadre de référence des compétences numériques) competence codes. */
export const CRCN_COMPETENCES = [
  '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2',
] as const;
export type CrcnCompetence = (typeof CRCN_COMPETENCES)[number];

/** Links to the official curriculum, shared by modules and teacher notes. */
export const curriculumSchema = z.object({
  /** EMI cycle 4 expectations the module works on. */
  emi: z
    .array(z.enum(EMI_EXPECTATIONS, { errorMap: () => ({ message: `attendu EMI inconnu : ${EMI_EXPECTATIONS.join(', ')}` }) }))
    .min(1, 'programme EMI : au moins un attendu'),
  /** CRCN competences, as strings ("1.1"), not numbers. */
  crcn: z
    .array(z.enum(CRCN_COMPETENCES, { errorMap: () => ({ message: 'compétence CRCN inconnue (écrire "1.1", entre guillemets)' }) }))
    .min(1, 'CRCN : au moins une compétence'),
});

/** A bibliographic source: only real, findable works. */
export const sourceSchema = z.object({
  /** Title of the work, article or page. */
  title: text('source : titre'),
  /** Author(s) or organisation. */
  author: text('source : auteur ou organisation'),
  /** Year of publication. */
  year: z
    .number({ required_error: 'source : année manquante', invalid_type_error: 'source : l’année doit être un nombre' })
    .int()
    .min(1800, 'source : année invalide')
    .max(2100, 'source : année invalide'),
  /** Stable link (a DOI link is best). Only https. */
  url: z
    .string({ required_error: 'source : lien (url) manquant' })
    .url('source : lien invalide')
    .refine((u) => u.startsWith('https://'), 'source : le lien doit commencer par https://'),
});
export type Source = z.infer<typeof sourceSchema>;
