/**
 * The topics and viewpoints of « Mon fil d’actualité » (their labels, questions and posts are content:
 * content/modules/bulles-de-filtre/activites/mon-fil-d-actualite/<topic>.yaml). The order of TOPICS
 * fixes the publication times, so that the chronological feed is the same for everyone.
 */
export const TOPICS = ['sport', 'musique', 'jeux-video', 'climat', 'mode', 'sciences', 'series', 'college'] as const;
export type TopicId = (typeof TOPICS)[number];

export const STANCES = ['pour', 'contre', 'nuance'] as const;
export type Stance = (typeof STANCES)[number];
