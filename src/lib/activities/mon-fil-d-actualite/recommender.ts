/**
 * The « Mon fil d’actualité » feed engine. State is a plain object; every function is pure and
 * deterministic (seeded), so that a run can be replayed, compared and tested.
 *
 * Three ways to line up the next posts (FEED_SIZE of them, the first one is the current post):
 * - engagement: each topic and each viewpoint has a weight that the pupil's reactions multiply
 *   (REACTION_FACTORS); a post's score is topic weight × viewpoint weight × freshness, and the next
 *   posts are drawn at random in proportion to their score (weighted sampling without replacement).
 *   Reactions feed back into what is shown, which is the engagement loop.
 * - chronological: the most recent posts not yet seen, whatever the reactions.
 * - diversity: the same scores as engagement, but at most MAX_PER_TOPIC_IN_DIVERSITY posts per topic.
 */
import { seededRandom } from '../../seeded-random.ts';
import { POSTS, STANCES, TOPICS, postById, type Post, type Stance, type TopicId } from './posts.ts';
import { topicCounts, topicDiversity } from './diversity.ts';

export const FEED_MODES = ['engagement', 'chronologique', 'diversite'] as const;
export type FeedMode = (typeof FEED_MODES)[number];
export const REACTIONS = ['like', 'skip', 'read'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Posts lined up at once: the current post and what follows. */
export const FEED_SIZE = 8;
/** A post seen recently is not shown again before this many other posts. */
export const RECENT_WINDOW = 4;
/** A post already seen (longer ago) keeps this share of its score: engaging content resurfaces. */
export const SEEN_FACTOR = 0.5;
/** In diversity mode, no topic may take more than this many places among the FEED_SIZE posts. */
export const MAX_PER_TOPIC_IN_DIVERSITY = 2;

/** How each reaction multiplies the weight of the post's topic and of its viewpoint. */
export const REACTION_FACTORS: Record<Reaction, { topic: number; stance: number }> = {
  like: { topic: 2.5, stance: 1.5 },
  read: { topic: 1.6, stance: 1.2 },
  skip: { topic: 0.6, stance: 0.9 },
};

export interface StepRecord {
  /** Reactions so far (0 = the start). */
  step: number;
  /** The post reacted to and the reaction (absent at step 0). */
  postId?: string;
  reaction?: Reaction;
  mode: FeedMode;
  /** Topic entropy (bits) of the posts lined up after this step. */
  diversity: number;
  /** Topic counts of the posts lined up after this step. */
  mix: Record<TopicId, number>;
}

export interface FeedState {
  seed: number;
  mode: FeedMode;
  topicWeights: Record<TopicId, number>;
  stanceWeights: Record<Stance, number>;
  /** Reaction counts per topic, for the explanations. */
  reactionsByTopic: Record<TopicId, Record<Reaction, number>>;
  /** Ids of the posts reacted to, oldest first (a post may appear twice if it resurfaced). */
  seen: string[];
  /** Ids lined up next; the first is the current post. */
  upcoming: string[];
  history: StepRecord[];
}

const fill = <K extends string, V>(keys: readonly K[], value: () => V) => Object.fromEntries(keys.map((k) => [k, value()])) as Record<K, V>;

/** A fresh feed: every weight is 1, nothing seen. */
export function initialFeed(seed: number, mode: FeedMode = 'engagement'): FeedState {
  const base: FeedState = {
    seed,
    mode,
    topicWeights: fill(TOPICS, () => 1),
    stanceWeights: fill(STANCES, () => 1),
    reactionsByTopic: fill(TOPICS, () => ({ like: 0, skip: 0, read: 0 })),
    seen: [],
    upcoming: [],
    history: [],
  };
  const upcoming = lineUp(base);
  return { ...base, upcoming, history: [record(0, mode, upcoming)] };
}

function record(step: number, mode: FeedMode, upcoming: string[], postId?: string, reaction?: Reaction): StepRecord {
  return { step, mode, diversity: topicDiversity(upcoming), mix: topicCounts(upcoming), ...(postId ? { postId, reaction } : {}) };
}

/** Freshness of a post: 0 if seen in the last RECENT_WINDOW posts, SEEN_FACTOR if seen before, else 1. */
export function freshness(state: Pick<FeedState, 'seen'>, postId: string): number {
  const lastIndex = state.seen.lastIndexOf(postId);
  if (lastIndex < 0) return 1;
  return state.seen.length - lastIndex <= RECENT_WINDOW ? 0 : SEEN_FACTOR;
}

/** Engagement score of a post: topic weight × viewpoint weight × freshness. */
export function engagementScore(state: FeedState, post: Post): number {
  return state.topicWeights[post.topic] * state.stanceWeights[post.stance] * freshness(state, post.id);
}

/** The random draw used to line up the feed after `step` reactions (same seed, same step → same draw). */
const drawFor = (state: FeedState) => seededRandom(state.seed * 7919 + state.seen.length * 104729 + 17);

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): each candidate gets the key
 * u^(1/weight) and the largest keys win, so a post twice as heavy is about twice as likely to come first.
 */
function weightedOrder(candidates: readonly Post[], weight: (p: Post) => number, random: () => number): Post[] {
  return candidates
    .map((post) => ({ post, key: Math.pow(random(), 1 / weight(post)) }))
    .sort((a, b) => b.key - a.key || a.post.id.localeCompare(b.post.id))
    .map((entry) => entry.post);
}

/** The FEED_SIZE posts lined up for the current state and mode. */
export function lineUp(state: FeedState): string[] {
  if (state.mode === 'chronologique') {
    const unseen = POSTS.filter((p) => !state.seen.includes(p.id));
    // Everything seen: the feed starts over from the most recent posts not seen lately.
    const pool = unseen.length >= FEED_SIZE ? unseen : POSTS.filter((p) => freshness(state, p.id) > 0);
    return [...pool].sort((a, b) => a.minutesAgo - b.minutesAgo).slice(0, FEED_SIZE).map((p) => p.id);
  }
  const candidates = POSTS.filter((p) => engagementScore(state, p) > 0);
  const ordered = weightedOrder(candidates, (p) => engagementScore(state, p), drawFor(state));
  if (state.mode === 'engagement') return ordered.slice(0, FEED_SIZE).map((p) => p.id);

  const perTopic = new Map<TopicId, number>();
  const chosen: string[] = [];
  for (const post of ordered) {
    const count = perTopic.get(post.topic) ?? 0;
    if (count >= MAX_PER_TOPIC_IN_DIVERSITY) continue;
    perTopic.set(post.topic, count + 1);
    chosen.push(post.id);
    if (chosen.length === FEED_SIZE) break;
  }
  return chosen;
}

/** The pupil reacts to the current post (the first lined up): weights change, the feed is lined up again. */
export function react(state: FeedState, reaction: Reaction): FeedState {
  const postId = state.upcoming[0];
  if (!postId) return state;
  const post = postById(postId);
  const factors = REACTION_FACTORS[reaction];
  const next: FeedState = {
    ...state,
    topicWeights: { ...state.topicWeights, [post.topic]: state.topicWeights[post.topic] * factors.topic },
    stanceWeights: { ...state.stanceWeights, [post.stance]: state.stanceWeights[post.stance] * factors.stance },
    reactionsByTopic: { ...state.reactionsByTopic, [post.topic]: { ...state.reactionsByTopic[post.topic], [reaction]: state.reactionsByTopic[post.topic][reaction] + 1 } },
    seen: [...state.seen, postId],
  };
  const upcoming = lineUp(next);
  return { ...next, upcoming, history: [...state.history, record(next.seen.length, next.mode, upcoming, postId, reaction)] };
}

/** Switches the way the feed is lined up; the weights learnt so far are kept. */
export function setMode(state: FeedState, mode: FeedMode): FeedState {
  if (mode === state.mode) return state;
  const next = { ...state, mode };
  const upcoming = lineUp(next);
  const last = state.history.at(-1);
  // Switching is not a reaction: the last record is replaced so the chart shows the new mix at once.
  const history = last && last.step === state.seen.length ? [...state.history.slice(0, -1), { ...record(last.step, mode, upcoming), ...(last.postId ? { postId: last.postId, reaction: last.reaction } : {}) }] : state.history;
  return { ...next, upcoming, history };
}

/** A scripted pupil: how they react to a post. */
export type Profile = (post: Post) => Reaction;

/** Runs a scripted pupil for `steps` reactions from the same start (same seed). */
export function simulateProfile(profile: Profile, steps: number, seed: number, mode: FeedMode = 'engagement'): FeedState {
  let state = initialFeed(seed, mode);
  for (let i = 0; i < steps; i++) {
    const current = state.upcoming[0];
    if (!current) break;
    state = react(state, profile(postById(current)));
  }
  return state;
}

/** Profiles offered for comparison: each likes some topics, reads some, and skips the rest. */
export const COMPARISON_PROFILES = {
  sciences: { likes: ['sciences', 'climat'], reads: ['jeux-video'] },
  culture: { likes: ['musique', 'series'], reads: ['mode'] },
  sport: { likes: ['sport'], reads: ['college'] },
  curieux: { likes: [...TOPICS], reads: [] },
} as const satisfies Record<string, { likes: readonly TopicId[]; reads: readonly TopicId[] }>;
export type ComparisonProfileId = keyof typeof COMPARISON_PROFILES;

export function profileOf(id: ComparisonProfileId): Profile {
  const { likes, reads } = COMPARISON_PROFILES[id];
  return (post) => ((likes as readonly TopicId[]).includes(post.topic) ? 'like' : (reads as readonly TopicId[]).includes(post.topic) ? 'read' : 'skip');
}

/** Number of posts in the feed's catalogue (for the explanations). */
export const POSTS_COUNT = POSTS.length;
