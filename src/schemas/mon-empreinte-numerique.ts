import { z } from 'astro/zod';
import { SLUG_PATTERN, text } from './common.ts';

/**
 * The factors of « Mon empreinte numérique » (module poids-du-numerique): one YAML file,
 * `content/modules/poids-du-numerique/activites/mon-empreinte-numerique/facteurs.yaml`, so that a
 * teacher can update a value when ADEME publishes new ones. Every factor carries its source and says
 * what it covers; a value that could not be checked in the source itself says so (`checked: false`),
 * and the activity shows it as such.
 */
const sourceSchema = z
  .object({
    title: text('titre de la source (source.title)'),
    author: text('auteur de la source (source.author)'),
    year: z.number({ required_error: 'année de la source (source.year) manquante' }).int().min(2000).max(2100),
    url: z.string().url('adresse de la source (source.url) invalide'),
  })
  .strict();

/** A device: its manufacturing footprint, spread over the years the pupil keeps it. */
const deviceFactorSchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN, 'identifiant (id) : minuscules, chiffres et tirets'),
    kind: z.literal('device'),
    label: text('nom (label)'),
    /** kg CO2e for making one device (manufacturing, transport, end of life when the source includes them). */
    value: z.number().positive('valeur (value) : un nombre positif'),
    unit: z.literal('kgCO2e/appareil'),
    covers: text('ce que couvre le facteur (covers)'),
    checked: z.boolean().default(true),
    source: sourceSchema,
  })
  .strict();

/** A use: grams of CO2e per hour (video) or per item (message), repeated each week. */
const useFactorSchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN, 'identifiant (id) : minuscules, chiffres et tirets'),
    kind: z.literal('use'),
    label: text('nom (label)'),
    value: z.number().nonnegative('valeur (value) : un nombre positif ou nul'),
    unit: z.enum(['gCO2e/heure', 'gCO2e/unité']),
    /** What the weekly quantity counts, e.g. « heures par semaine ». */
    quantity: text('ce que l’on compte chaque semaine (quantity)'),
    covers: text('ce que couvre le facteur (covers)'),
    checked: z.boolean().default(true),
    source: sourceSchema,
  })
  .strict();

export const footprintFactorsSchema = z
  .object({
    /** Date of the last check of the values, e.g. 2026-12-02. */
    checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date de vérification (checkedOn) au format AAAA-MM-JJ'),
    factors: z.array(z.discriminatedUnion('kind', [deviceFactorSchema, useFactorSchema])).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.factors.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['factors', i, 'id'], message: `identifiant en double : ${f.id}` });
      seen.add(f.id);
    });
  });
export type FootprintFactorsData = z.infer<typeof footprintFactorsSchema>;
export type FootprintFactor = FootprintFactorsData['factors'][number];
