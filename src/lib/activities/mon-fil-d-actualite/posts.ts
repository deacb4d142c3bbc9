/**
 * The fictional posts of the « Mon fil d’actualité » simulation: 8 topics that matter to pupils,
 * 12 posts each, and on each topic a debate question with three viewpoints (pour, contre, nuancé),
 * four posts per viewpoint. Every author is invented; no real person, brand or platform is named.
 * The texts are content (content/modules/bulles-de-filtre/activites/mon-fil-d-actualite/<topic>.yaml,
 * checked by src/schemas/mon-fil-d-actualite.ts); publication times are fixed here (minutes before
 * « now ») so that the chronological feed is the same for everyone.
 */
import topics from 'virtual:declic/mon-fil-d-actualite';
import { TOPICS, type Stance, type TopicId } from './topics.ts';

export { STANCES, TOPICS, type Stance, type TopicId } from './topics.ts';

export interface Topic {
  id: TopicId;
  /** Label shown on the posts and in the charts. */
  label: string;
  /** The debate question the viewpoints answer. */
  question: string;
}

export interface Post {
  id: string;
  topic: TopicId;
  /** Viewpoint on the topic's question. */
  stance: Stance;
  /** Invented author (a first name and class, a club, a fictional account). */
  author: string;
  text: string;
  /** Minutes between publication and the start of the simulation (smaller = more recent). */
  minutesAgo: number;
}

export const TOPIC_INFO: Record<TopicId, Topic> = Object.fromEntries(
  TOPICS.map((id) => [id, { id, label: topics[id].label, question: topics[id].question }]),
) as Record<TopicId, Topic>;

/** Interleaves the topics in time: every 7 minutes a post, from a fixed mixed order. */
function buildPosts(): Post[] {
  const posts: Post[] = [];
  TOPICS.forEach((topic) => {
    topics[topic].posts.forEach(({ stance, author, text }, i) => {
      posts.push({ id: `${topic}-${i + 1}`, topic, stance, author, text, minutesAgo: 0 });
    });
  });
  // Publication order: a fixed permutation (multiplying the index by 29 mod 96 visits every post once,
  // alternating topics and viewpoints), so the chronological feed mixes everything.
  const n = posts.length;
  return posts.map((post, index) => ({ ...post, minutesAgo: 3 + 7 * ((index * 29) % n) }));
}

export const POSTS: readonly Post[] = buildPosts();
export const POST_BY_ID: ReadonlyMap<string, Post> = new Map(POSTS.map((p) => [p.id, p]));

export function postById(id: string): Post {
  const post = POST_BY_ID.get(id);
  if (!post) throw new Error(`Publication inconnue : ${id}`);
  return post;
}
