/** Release label injected at build time (astro.config.mjs, DECLIC_RELEASE). */
declare const __DECLIC_RELEASE__: string;

/** Activity data from content/ (src/integrations/content.ts, src/lib/content/activity-data.ts). */
declare module 'virtual:declic/enquete-laterale' {
  const cases: readonly import('./lib/activities/enquete-laterale.ts').InvestigationCase[];
  export default cases;
}
declare module 'virtual:declic/mon-fil-d-actualite' {
  const topics: Readonly<Record<import('./lib/activities/mon-fil-d-actualite/topics.ts').TopicId, import('./schemas/mon-fil-d-actualite.ts').FeedTopicData>>;
  export default topics;
}
declare module 'virtual:declic/recommandeur-a-la-loupe' {
  const catalogue: import('./schemas/recommandeur-a-la-loupe.ts').RecommenderCatalogueData;
  export default catalogue;
}
declare module 'virtual:declic/devine-le-mot-suivant' {
  const corpora: readonly (import('./schemas/devine-le-mot-suivant.ts').CorpusData & { id: string })[];
  export default corpora;
}
declare module 'virtual:declic/experience-ancrage' {
  const questions: readonly (import('./schemas/experience-ancrage.ts').AnchoringQuestionData & { id: string })[];
  export default questions;
}
declare module 'virtual:declic/fil-sans-fin' {
  const feed: import('./schemas/fil-sans-fin.ts').FeedContent;
  export default feed;
}
