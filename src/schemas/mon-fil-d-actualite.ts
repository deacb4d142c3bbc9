import { z } from 'astro/zod';
import { STANCES } from '../lib/activities/mon-fil-d-actualite/topics.ts';
import { text } from './common.ts';

/**
 * One topic of « Mon fil d’actualité »: content/modules/bulles-de-filtre/activites/mon-fil-d-actualite/<topic>.yaml
 * (one file per topic of src/lib/feed/topics.ts). Its posts answer the topic's debate question from
 * three viewpoints; the ids (`<topic>-1`, `<topic>-2`…) follow the order of the list.
 */
export const feedTopicSchema = z
  .object({
    /** Label shown on the posts and in the charts. */
    label: text('nom du sujet (label)'),
    /** The debate question the viewpoints answer. */
    question: text('question du débat (question)'),
    posts: z
      .array(
        z
          .object({
            stance: z.enum(STANCES, { errorMap: () => ({ message: `point de vue inconnu : attendu l’un de ${STANCES.join(', ')}` }) }),
            author: text('auteur (author)'),
            text: text('texte de la publication (text)'),
          })
          .strict(),
      )
      .min(3, 'au moins 3 publications par sujet (une par point de vue)'),
  })
  .strict()
  .superRefine((topic, ctx) => {
    for (const stance of STANCES) {
      if (!topic.posts.some((p) => p.stance === stance)) ctx.addIssue({ code: 'custom', path: ['posts'], message: `aucune publication au point de vue « ${stance} »` });
    }
  });
export type FeedTopicData = z.infer<typeof feedTopicSchema>;
