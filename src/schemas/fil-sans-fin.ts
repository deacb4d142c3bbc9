import { z } from 'astro/zod';
import { text, textList } from './common.ts';

/**
 * « Le fil sans fin »: content/modules/economie-de-l-attention/activites/fil-sans-fin/fil.yaml, what
 * the mock app Défilo shows: its accounts, its posts (described in words: the app shows text, not
 * media), the notifications that try to bring the pupil back. All fictional. The feed repeats the
 * posts in order, each time with a « partie N » label, so that it never ends.
 */
export const FEED_POST_KINDS = ['video', 'photo', 'texte'] as const;

export const feedContentSchema = z
  .object({
    /** Fictional account names, e.g. « @mila.cuisine » (at least two, so that the feed varies). */
    authors: textList('comptes (authors)', 2),
    /** The posts, in the order of the feed. */
    posts: z
      .array(
        z
          .object({
            /** `video`, `photo` or `texte`: videos play (autoplay), the others do not. */
            kind: z.enum(FEED_POST_KINDS, { errorMap: () => ({ message: `type (kind) : ${FEED_POST_KINDS.join(', ')}` }) }),
            /** The post's title, as the app shows it. */
            title: text('titre (title)'),
            /** What the picture or clip shows, in one sentence starting with « Vidéo : », « Photo : » or « Texte ». */
            description: text('description'),
          })
          .strict(),
        { required_error: 'champ obligatoire manquant : publications (posts)' },
      )
      .min(4, 'publications (posts) : au moins 4, sinon le fil se répète tout de suite'),
    /** The label added to a post's title when the feed shows it again; `{n}` is the number, e.g. « partie {n} ». */
    partLabel: text('mention de répétition (partLabel)').refine((label) => label.includes('{n}'), 'mention de répétition (partLabel) : doit contenir {n}, remplacé par le numéro'),
    /** The notifications, in the order they arrive (then again from the first). */
    notifications: textList('notifications', 1),
  })
  .strict();
export type FeedContent = z.infer<typeof feedContentSchema>;
