/**
 * The interactive activities, one line each. An activity has ONE name — its URL slug — used for
 * everything that belongs to it:
 *   content/modules/<module>/activites/<name>.mdx   the page (instructions, objectives)
 *   content/modules/<module>/activites/<name>/      its data, if any (src/lib/content/activity-data.ts)
 *   src/components/activities/<name>/<Island>.svelte  its island (and sub-components)
 *   src/lib/activities/<name>.ts or <name>/          its logic
 *   src/i18n/fr/<name>.ts                            its strings, keys `<name>.…` (first prefix of `strings`)
 *   src/schemas/<name>.ts                            the schema of its data, if any
 *   tests/unit/<name>.test.ts, tests/e2e/<name>.spec.ts
 * tests/unit/activity-registry.test.ts checks each of these paths for every line below.
 * The activity page, the strings each island receives, the schema of `island:` in the activity file,
 * the browser tests' list of pages with scripts and the JS budgets all derive from this list.
 * (Astro cannot hydrate a component chosen at run time: src/components/activities/ActivityIsland.astro
 * also has one line per island.) Browser-safe: no import.
 */
export interface ActivitySpec {
  /** The module folder the activity page lives in. */
  module: string;
  /** File name (without .svelte) of the island in src/components/activities/<name>/. */
  island: string;
  /** Key prefixes of the dictionary the island receives from its page (src/i18n/island.ts). */
  strings: readonly string[];
  /** Budget of the page's JavaScript, in KB gzip (tests/e2e/js-budgets.spec.ts). */
  scriptBudgetKB?: number;
}

export const ACTIVITIES = {
  'mon-fil-d-actualite': { module: 'bulles-de-filtre', island: 'MonFilDActualite', strings: ['mon-fil-d-actualite.', 'chart.'], scriptBudgetKB: 60 },
  'recommandeur-a-la-loupe': { module: 'systemes-de-recommandation', island: 'RecommandeurALaLoupe', strings: ['recommandeur-a-la-loupe.', 'chart.'], scriptBudgetKB: 60 },
  'enquete-laterale': { module: 'vrai-faux-ou-trompeur', island: 'EnqueteLaterale', strings: ['enquete-laterale.'] },
  'fil-sans-fin': { module: 'economie-de-l-attention', island: 'FilSansFin', strings: ['fil-sans-fin.'] },
  'experience-ancrage': { module: 'biais-cognitifs', island: 'ExperienceAncrage', strings: ['experience-ancrage.'] },
  'devine-le-mot-suivant': { module: 'ia-qui-ecrit', island: 'DevineLeMotSuivant', strings: ['devine-le-mot-suivant.'], scriptBudgetKB: 60 },
  'mon-empreinte-numerique': { module: 'poids-du-numerique', island: 'MonEmpreinte', strings: ['mon-empreinte-numerique.'], scriptBudgetKB: 60 },
  'anatomie-d-une-campagne': { module: 'qui-tire-les-ficelles', island: 'AnatomieDUneCampagne', strings: ['anatomie-d-une-campagne.'], scriptBudgetKB: 60 },
  'soiree-de-livreur': { module: 'travailler-pour-un-algorithme', island: 'SoireeDeLivreur', strings: ['soiree-de-livreur.'], scriptBudgetKB: 60 },
} as const satisfies Record<string, ActivitySpec>;

export type ActivityName = keyof typeof ACTIVITIES;

export const ACTIVITY_NAMES = Object.keys(ACTIVITIES) as [ActivityName, ...ActivityName[]];

/** The island's root component, relative to the project root. */
export const islandFile = (name: ActivityName) => `src/components/activities/${name}/${ACTIVITIES[name].island}.svelte`;
