import { z } from 'astro/zod';
import { CHECK_KINDS, VERDICTS } from '../lib/activities/enquete-laterale.ts';
import { SLUG_PATTERN } from './common.ts';

/**
 * One « Enquête latérale » case: content/modules/vrai-faux-ou-trompeur/activites/enquete-laterale/NN-<id>.yaml
 * (the id is the file name without its number; cases are shown in the order of the numbers). Checked
 * when the content is read (src/lib/content/), at build time, so that zod is not shipped to the pupil.
 */
const sentence = (label: string) => z.string({ required_error: `${label} manquant` }).trim().min(1, `${label} ne doit pas être vide`);

const checkSchema = z.object({
  id: z.string().regex(SLUG_PATTERN, 'vérification : identifiant invalide'),
  kind: z.enum(CHECK_KINDS),
  label: sentence('vérification : libellé (label)'),
  query: sentence('vérification : recherche (query)'),
  results: z.array(z.object({ title: sentence('résultat : titre'), site: sentence('résultat : site'), snippet: sentence('résultat : extrait') })),
  finding: sentence('vérification : ce qu’on apprend (finding)'),
});

export const investigationCaseSchema = z
  .object({
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    title: sentence('cas : titre'),
    document: z.object({
      kind: z.enum(['article', 'post']),
      outlet: sentence('document : média ou compte'),
      byline: sentence('document : auteur'),
      date: sentence('document : date'),
      headline: sentence('document : titre'),
      paragraphs: z.array(sentence('document : paragraphe')),
      image: z.object({ description: sentence('document : description de l’image') }).optional(),
      counters: z.string().optional(),
      context: sentence('document : contexte'),
    }),
    claim: sentence('cas : affirmation (claim)'),
    verdict: z.enum(VERDICTS),
    verdictFeedback: z.object(Object.fromEntries(VERDICTS.map((v) => [v, sentence(`retour pour le verdict « ${v} »`)])) as Record<(typeof VERDICTS)[number], z.ZodString>),
    expertPath: z.array(z.string()).min(1, 'cas : au moins une étape du parcours de la vérificatrice'),
    expertWhy: sentence('cas : pourquoi commencer là (expertWhy)'),
    checks: z.array(checkSchema).min(3),
  })
  .superRefine((c, ctx) => {
    const ids = c.checks.map((k) => k.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['checks'], message: 'deux vérifications ont le même identifiant' });
    c.expertPath.forEach((id, i) => {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['expertPath', i], message: `« ${id} » n’est pas une vérification du cas` });
    });
    const first = c.checks.find((k) => k.id === c.expertPath[0]);
    if (first?.kind === 'vertical') ctx.addIssue({ code: 'custom', path: ['expertPath', 0], message: 'une vérificatrice commence par sortir de la page' });
    for (const kind of CHECK_KINDS) {
      if (!c.checks.some((k) => k.kind === kind)) ctx.addIssue({ code: 'custom', path: ['checks'], message: `aucune vérification de type « ${kind} »` });
    }
  });
