/**
 * « Pourquoi je vois ce post ? » and the replay summary of a run: the numbers behind the feed, as
 * data; the island turns them into sentences (src/i18n/fr.ts).
 */
import { POSTS, postById, type Stance, type TopicId } from './posts.ts';
import { FEED_SIZE, MAX_PER_TOPIC_IN_DIVERSITY, engagementScore, freshness, type FeedMode, type FeedState, type Reaction, type StepRecord } from './recommender.ts';

export interface WhyThisPost {
  mode: FeedMode;
  postId: string;
  /** 0 for the current post, then its place among the posts lined up. */
  position: number;
  topic: { id: TopicId; weight: number; reactions: Record<Reaction, number> };
  stance: { id: Stance; weight: number };
  /** 1 = never seen, SEEN_FACTOR = already seen. */
  freshness: number;
  /** topic weight × viewpoint weight × freshness. */
  score: number;
  /** Share of all scores: the chance this post had to be drawn first. */
  chance: number;
  minutesAgo: number;
  /** Diversity mode: how many posts of the same topic are lined up (at most MAX_PER_TOPIC_IN_DIVERSITY). */
  sameTopicLinedUp: number;
  maxPerTopic: number;
}

export function whyThisPost(state: FeedState, postId: string): WhyThisPost {
  const post = postById(postId);
  const score = engagementScore(state, post);
  const total = POSTS.reduce((sum, p) => sum + engagementScore(state, p), 0);
  return {
    mode: state.mode,
    postId,
    position: state.upcoming.indexOf(postId),
    topic: { id: post.topic, weight: state.topicWeights[post.topic], reactions: state.reactionsByTopic[post.topic] },
    stance: { id: post.stance, weight: state.stanceWeights[post.stance] },
    freshness: freshness(state, postId),
    score,
    chance: total > 0 ? score / total : 0,
    minutesAgo: post.minutesAgo,
    sameTopicLinedUp: state.upcoming.filter((id) => postById(id).topic === post.topic).length,
    maxPerTopic: MAX_PER_TOPIC_IN_DIVERSITY,
  };
}

/** Below this diversity (bits), the feed counts as narrowed: fewer than about 3 topics in equal parts. */
export const NARROW_THRESHOLD = 1.5;

/** 2^entropy: the number of topics that, in equal parts, would give the same diversity. */
export const effectiveTopics = (bits: number) => Math.pow(2, bits);

export interface ReplaySummary {
  reactions: number;
  likes: number;
  startDiversity: number;
  endDiversity: number;
  minDiversity: number;
  /** First step at which the feed narrowed (diversity below NARROW_THRESHOLD), or null. */
  narrowedAtStep: number | null;
  /** Likes, and reactions of any kind, given up to that step. */
  likesToNarrow: number | null;
  /** The topic that takes most places at the end, and how many of the FEED_SIZE. */
  dominantTopic: TopicId | null;
  dominantCount: number;
  feedSize: number;
}

export function replaySummary(history: readonly StepRecord[]): ReplaySummary {
  const first = history[0];
  const last = history.at(-1);
  const reacted = history.filter((h) => h.reaction !== undefined);
  const narrowed = history.find((h) => h.step > 0 && h.diversity < NARROW_THRESHOLD) ?? null;
  const likesUpTo = (step: number) => reacted.filter((h) => h.step <= step && h.reaction === 'like').length;
  let dominantTopic: TopicId | null = null;
  let dominantCount = 0;
  for (const [topic, count] of Object.entries(last?.mix ?? {}) as [TopicId, number][]) {
    if (count > dominantCount) [dominantTopic, dominantCount] = [topic, count];
  }
  return {
    reactions: reacted.length,
    likes: likesUpTo(Number.POSITIVE_INFINITY),
    startDiversity: first?.diversity ?? 0,
    endDiversity: last?.diversity ?? 0,
    minDiversity: Math.min(...history.map((h) => h.diversity)),
    narrowedAtStep: narrowed ? narrowed.step : null,
    likesToNarrow: narrowed ? likesUpTo(narrowed.step) : null,
    dominantTopic,
    dominantCount,
    feedSize: FEED_SIZE,
  };
}
