import { z } from 'astro/zod';
import { minuteOf } from '../lib/activities/anatomie-d-une-campagne/signals.ts';
import { SLUG_PATTERN, text } from './common.ts';

/**
 * « Anatomie d’une campagne »: content/modules/<module>/activites/anatomie-d-une-campagne/reseau.yaml,
 * a fictional social network about a fictional local topic: about 40 accounts, each with its posts;
 * `campaign: true` marks the coordinated group (the answer key, shown after the investigation).
 */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const postSchema = z
  .object({
    time: z.string().regex(TIME, 'heure (time) : au format HH:MM, par exemple 18:05'),
    text: z.string().default(''),
    shares: z.string().regex(SLUG_PATTERN, 'partage (shares) : l’identifiant d’un compte').optional(),
  })
  .strict()
  .refine((p) => p.text.trim() !== '' || p.shares !== undefined, { message: 'un message sans texte doit partager un compte (shares)' });

export const campaignNetworkSchema = z
  .object({
    topic: text('sujet (topic)'),
    date: z.string().regex(DATE, 'date : au format AAAA-MM-JJ'),
    accounts: z
      .array(
        z
          .object({
            id: z.string().regex(SLUG_PATTERN, 'identifiant invalide (minuscules, chiffres et tirets, sans accent)'),
            name: text('nom (name)'),
            handle: z.string().regex(/^@[A-Za-z0-9_]{2,20}$/, 'pseudo (handle) : @ suivi de lettres, chiffres ou _'),
            created: z.string().regex(DATE, 'création (created) : au format AAAA-MM-JJ'),
            bio: text('présentation (bio)'),
            campaign: z.boolean(),
            note: text('note de l’analyste (note)'),
            posts: z.array(postSchema).min(1),
          })
          .strict(),
      )
      .min(12),
  })
  .strict()
  .superRefine((data, ctx) => {
    const ids = data.accounts.map((a) => a.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'id'], message: `l’identifiant « ${id} » est déjà pris` });
    });
    data.accounts.forEach((a, i) => {
      if (a.created > data.date) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'created'], message: 'compte créé après le jour du scénario' });
      a.posts.forEach((p, j) => {
        if (p.shares !== undefined && !ids.includes(p.shares))
          ctx.addIssue({ code: 'custom', path: ['accounts', i, 'posts', j, 'shares'], message: `compte inconnu : « ${p.shares} »` });
        if (p.shares === a.id) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'posts', j, 'shares'], message: 'un compte ne se partage pas lui-même' });
        if (j > 0 && minuteOf(p.time) < minuteOf(a.posts[j - 1]?.time ?? '00:00'))
          ctx.addIssue({ code: 'custom', path: ['accounts', i, 'posts', j, 'time'], message: 'les messages d’un compte vont dans l’ordre des heures' });
      });
    });
    if (!data.accounts.some((a) => a.campaign)) ctx.addIssue({ code: 'custom', path: ['accounts'], message: 'aucun compte de la campagne (campaign: true)' });
  });

export type CampaignNetwork = z.infer<typeof campaignNetworkSchema>;
