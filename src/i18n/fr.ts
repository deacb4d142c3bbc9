/**
 * Every string of the interface, in French, assembled from one file per feature in ./fr/.
 * Flat dotted keys, `{name}` placeholders filled by t(); a translation is a copy of the ./fr/ folder.
 * Content (lessons…) lives in content/. A key defined in two files is a TypeScript error (see below).
 */
import { common } from './fr/common.ts';
import { teacher } from './fr/teacher.ts';
import { quiz } from './fr/quiz.ts';
import { exercise } from './fr/exercise.ts';
import { chart } from './fr/chart.ts';
import { monFilDActualite } from './fr/mon-fil-d-actualite.ts';
import { recommandeurALaLoupe } from './fr/recommandeur-a-la-loupe.ts';
import { filSansFin } from './fr/fil-sans-fin.ts';
import { enqueteLaterale } from './fr/enquete-laterale.ts';
import { experienceAncrage } from './fr/experience-ancrage.ts';
import { search } from './fr/search.ts';
import { print } from './fr/print.ts';
import { readAloud } from './fr/read-aloud.ts';
import { devineLeMotSuivant } from './fr/devine-le-mot-suivant.ts';
import { soireeDeLivreur } from './fr/soiree-de-livreur.ts';
import { pageWeight } from './fr/page-weight.ts';
import { monEmpreinteNumerique } from './fr/mon-empreinte-numerique.ts';
import { moodle } from './fr/moodle.ts';
import { scorm } from './fr/scorm.ts';
import { anatomieDUneCampagne } from './fr/anatomie-d-une-campagne.ts';
import { dessin } from './fr/dessin.ts';
import { pythonErrors } from './fr/python-errors.ts';
import { notebook } from './fr/notebook.ts';

export const fr = {
  ...common,
  ...teacher,
  ...quiz,
  ...exercise,
  ...chart,
  ...monFilDActualite,
  ...recommandeurALaLoupe,
  ...filSansFin,
  ...enqueteLaterale,
  ...experienceAncrage,
  ...search,
  ...print,
  ...readAloud,
  ...devineLeMotSuivant,
  ...soireeDeLivreur,
  ...pageWeight,
  ...monEmpreinteNumerique,
  ...moodle,
  ...scorm,
  ...anatomieDUneCampagne,
  ...dessin,
  ...pythonErrors,
  ...notebook,
} as const;

export type UiKey = keyof typeof fr;
