/**
 * The data of the interactive activities, written as content beside the activity's page:
 * `content/modules/<module>/activites/<activity>/…yaml`. Each activity with data says here where its
 * files are and which schema checks them; the islands import it as `virtual:declic/<activity>`
 * (src/integrations/content.ts turns these files into a module at build time, so the pupil's page
 * works offline and ships no YAML parser and no zod).
 */
import type { ZodTypeAny } from 'astro/zod';
import { investigationCaseSchema } from '../../schemas/enquete-laterale.ts';
import { feedTopicSchema } from '../../schemas/mon-fil-d-actualite.ts';
import { recommenderCatalogueSchema } from '../../schemas/recommandeur-a-la-loupe.ts';
import { corpusSchema } from '../../schemas/devine-le-mot-suivant.ts';
import { anchoringQuestionSchema } from '../../schemas/experience-ancrage.ts';
import { feedContentSchema } from '../../schemas/fil-sans-fin.ts';
import { TOPICS } from '../activities/mon-fil-d-actualite/topics.ts';
import type { ActivityName } from '../activities/registry.ts';

export interface ActivityDataSpec {
  /** Module folder. */
  module: string;
  /**
   * How the folder is read:
   *  - `list`: one file per item, `NN-<id>.yaml`, in the order of the numbers; the id is added to each item;
   *  - `record`: one file per key listed in `keys`, `<key>.yaml`;
   *  - `single`: one file, `file`.
   */
  shape: { kind: 'list' } | { kind: 'record'; keys: readonly string[] } | { kind: 'single'; file: string };
  /** Schema of one file. */
  schema: ZodTypeAny;
}

export const ACTIVITY_DATA = {
  'enquete-laterale': { module: 'vrai-faux-ou-trompeur', shape: { kind: 'list' }, schema: investigationCaseSchema },
  'mon-fil-d-actualite': { module: 'bulles-de-filtre', shape: { kind: 'record', keys: TOPICS }, schema: feedTopicSchema },
  'recommandeur-a-la-loupe': { module: 'systemes-de-recommandation', shape: { kind: 'single', file: 'catalogue.yaml' }, schema: recommenderCatalogueSchema },
  'devine-le-mot-suivant': { module: 'ia-qui-ecrit', shape: { kind: 'list' }, schema: corpusSchema },
  'experience-ancrage': { module: 'biais-cognitifs', shape: { kind: 'list' }, schema: anchoringQuestionSchema },
  'fil-sans-fin': { module: 'economie-de-l-attention', shape: { kind: 'single', file: 'fil.yaml' }, schema: feedContentSchema },
} as const satisfies Partial<Record<ActivityName, ActivityDataSpec>>;

export type ActivityWithData = keyof typeof ACTIVITY_DATA;

export const activityDataDir = (name: ActivityWithData) => `content/modules/${ACTIVITY_DATA[name].module}/activites/${name}`;
