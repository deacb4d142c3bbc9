import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * One question of the class anchoring experiment: content/modules/biais-cognitifs/activites/experience-ancrage/NN-<id>.yaml
 * (the id is the file name without its number; the questions are asked in the order of the numbers).
 * The hand-in code (src/lib/activities/experience-ancrage/code.ts) encodes the answers by position:
 * adding, removing or reordering a question needs a new code version (tests/unit/experience-ancrage.test.ts
 * guards the list). Checked when the content is read (src/lib/content/), at build time.
 */
const wholeNumber = (label: string) =>
  z
    .number({ required_error: `champ obligatoire manquant : ${label}`, invalid_type_error: `${label} doit être un nombre` })
    .int(`${label} : un nombre entier`)
    .min(0, `${label} : pas de nombre négatif`);

export const anchoringQuestionSchema = z
  .object({
    /** The estimation question, asked after the comparison with the anchor. */
    prompt: text('question (prompt)'),
    /** A few words naming the question in tables and charts. */
    short: text('nom court (short)'),
    /** Unit shown after the number field (may be empty: `unit: ''`). */
    unit: z.string({ required_error: 'champ obligatoire manquant : unité (unit), écrire unit: \'\' s’il n’y en a pas', invalid_type_error: 'unité (unit) doit être un texte' }),
    /** The anchor shown to each group: « Est-ce plus ou moins que … ? ». */
    anchors: z.object(
      { haut: wholeNumber('ancre du groupe haut (anchors.haut)'), bas: wholeNumber('ancre du groupe bas (anchors.bas)') },
      { required_error: 'champ obligatoire manquant : ancres (anchors), avec haut et bas' },
    ),
    /** The true value, shown on the results page. */
    answer: wholeNumber('bonne réponse (answer)'),
    /** One sentence about the answer, with its uncertainty when there is one. */
    note: text('explication (note)'),
  })
  .refine((q) => q.anchors.bas < q.answer && q.answer < q.anchors.haut, {
    message: 'ancres (anchors) : l’ancre basse doit être sous la bonne réponse et l’ancre haute au-dessus, sinon l’expérience ne mesure rien',
    path: ['anchors'],
  });
export type AnchoringQuestionData = z.infer<typeof anchoringQuestionSchema>;
