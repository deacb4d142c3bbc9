/**
 * Every string of the interface, in French, assembled from one file per feature in ./fr/.
 * Flat dotted keys, `{name}` placeholders filled by t(); a translation is a copy of the ./fr/ folder.
 * Content (lessons…) lives in content/. A key defined in two files is a TypeScript error (see below).
 */
import { common } from './fr/common.ts';
import { teacher } from './fr/teacher.ts';
import { quiz } from './fr/quiz.ts';
import { exercise } from './fr/exercise.ts';
import { feed } from './fr/feed.ts';
import { reco } from './fr/reco.ts';
import { endlessFeed } from './fr/endless-feed.ts';
import { investigation } from './fr/investigation.ts';
import { anchoring } from './fr/anchoring.ts';
import { search } from './fr/search.ts';
import { pageWeight } from './fr/page-weight.ts';
import { footprint } from './fr/footprint.ts';

export const fr = {
  ...common,
  ...teacher,
  ...quiz,
  ...exercise,
  ...feed,
  ...reco,
  ...endlessFeed,
  ...investigation,
  ...anchoring,
  ...search,
  ...pageWeight,
  ...footprint,
} as const;

export type UiKey = keyof typeof fr;
