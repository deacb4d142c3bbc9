/**
 * Diversity of a feed measured by Shannon entropy, in bits: 0 when every post is on the same topic,
 * log2(k) when k topics are equally present (3 bits for 8 topics). Pure functions.
 */
import { TOPICS, type TopicId, postById } from './posts.ts';

/** Shannon entropy (bits) of a distribution given as counts; zero counts are ignored. */
export function shannonEntropy(counts: readonly number[]): number {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total <= 0) return 0;
  let entropy = 0;
  for (const c of counts) {
    if (c <= 0) continue;
    const p = c / total;
    entropy -= p * Math.log2(p);
  }
  // -0 and rounding noise: a single topic is exactly 0.
  return Math.abs(entropy) < 1e-12 ? 0 : entropy;
}

/** How many of the given posts are on each topic (every topic present, in the TOPICS order). */
export function topicCounts(postIds: readonly string[]): Record<TopicId, number> {
  const counts = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<TopicId, number>;
  for (const id of postIds) counts[postById(id).topic] += 1;
  return counts;
}

/** Entropy of the topics of a list of posts, in bits. */
export function topicDiversity(postIds: readonly string[]): number {
  return shannonEntropy(Object.values(topicCounts(postIds)));
}

/** The highest possible diversity for `size` posts over the known topics. */
export function maxDiversity(size: number): number {
  return Math.log2(Math.min(size, TOPICS.length));
}
