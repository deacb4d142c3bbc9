/** A corpus as the « Devine le mot suivant » island receives it from its page (src/schemas/corpus.ts). */
export interface IslandCorpus {
  slug: string;
  title: string;
  summary: string;
  author: string;
  source: string;
  status: 'domaine-public' | 'fictif';
  statusNote: string;
  text: string;
}
