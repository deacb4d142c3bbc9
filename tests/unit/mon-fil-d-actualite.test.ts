/** The « Mon fil d’actualité » engine: the mechanism itself, not the interface. */
import { describe, expect, it } from 'vitest';
import { POSTS, STANCES, TOPICS, TOPIC_INFO, postById, type TopicId } from '../../src/lib/activities/mon-fil-d-actualite/posts.ts';
import { maxDiversity, shannonEntropy, topicCounts, topicDiversity } from '../../src/lib/activities/mon-fil-d-actualite/diversity.ts';
import {
  FEED_SIZE,
  MAX_PER_TOPIC_IN_DIVERSITY,
  REACTION_FACTORS,
  initialFeed,
  react,
  setMode,
  simulateProfile,
  profileOf,
  type FeedMode,
  type FeedState,
} from '../../src/lib/activities/mon-fil-d-actualite/recommender.ts';
import { NARROW_THRESHOLD, effectiveTopics, replaySummary, whyThisPost } from '../../src/lib/activities/mon-fil-d-actualite/explain.ts';

const SEEDS = [1, 2, 3, 7, 42, 2026];

/** A pupil who likes every post on `topic` and skips the rest, for `steps` posts. */
function likeOnly(topic: TopicId, steps: number, seed: number, mode: FeedMode = 'engagement'): FeedState {
  return simulateProfile((post) => (post.topic === topic ? 'like' : 'skip'), steps, seed, mode);
}

describe('posts', () => {
  it('has at least 60 posts on at least six topics, each topic with the three viewpoints', () => {
    expect(POSTS.length).toBeGreaterThanOrEqual(60);
    expect(TOPICS.length).toBeGreaterThanOrEqual(6);
    for (const topic of TOPICS) {
      const own = POSTS.filter((p) => p.topic === topic);
      expect(own.length, topic).toBeGreaterThanOrEqual(8);
      for (const stance of STANCES) expect(own.some((p) => p.stance === stance), `${topic} ${stance}`).toBe(true);
      expect(TOPIC_INFO[topic].question).toMatch(/\?$/);
    }
  });

  it('has unique ids, distinct publication times and French typography', () => {
    expect(new Set(POSTS.map((p) => p.id)).size).toBe(POSTS.length);
    expect(new Set(POSTS.map((p) => p.minutesAgo)).size).toBe(POSTS.length);
    for (const post of POSTS) {
      expect(post.text, post.id).not.toMatch(/['"]|\.\.\./);
      expect(post.author, post.id).not.toMatch(/['"]/);
      expect(post.text.length, post.id).toBeLessThan(240);
    }
  });
});

describe('Shannon entropy', () => {
  it('is 0 for one topic, 1 bit for two equal topics, 3 bits for eight', () => {
    expect(shannonEntropy([5])).toBe(0);
    expect(shannonEntropy([0, 0, 4, 0])).toBe(0);
    expect(shannonEntropy([3, 3])).toBeCloseTo(1, 12);
    expect(shannonEntropy([1, 1, 1, 1, 1, 1, 1, 1])).toBeCloseTo(3, 12);
    expect(shannonEntropy([])).toBe(0);
  });

  it('matches a hand computation for an uneven mix', () => {
    // 6 posts on one topic, 2 on another: −(¾ log2 ¾ + ¼ log2 ¼) ≈ 0.811
    expect(shannonEntropy([6, 2])).toBeCloseTo(-(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25)), 12);
    expect(effectiveTopics(2)).toBe(4);
    expect(maxDiversity(FEED_SIZE)).toBe(3);
  });

  it('counts topics of posts', () => {
    const ids = [POSTS.find((p) => p.topic === 'sport')?.id ?? '', POSTS.find((p) => p.topic === 'climat')?.id ?? ''];
    expect(topicCounts(ids).sport).toBe(1);
    expect(topicDiversity(ids)).toBe(1);
  });
});

describe('engagement recommender', () => {
  it('is deterministic: the same seed and reactions give the same feed', () => {
    expect(likeOnly('musique', 12, 5)).toEqual(likeOnly('musique', 12, 5));
    expect(initialFeed(1).upcoming).not.toEqual(initialFeed(2).upcoming);
  });

  it('multiplies the weights of the topic and viewpoint reacted to', () => {
    const start = initialFeed(3);
    const post = postById(start.upcoming[0] ?? '');
    const after = react(start, 'like');
    expect(after.topicWeights[post.topic]).toBeCloseTo(REACTION_FACTORS.like.topic);
    expect(after.stanceWeights[post.stance]).toBeCloseTo(REACTION_FACTORS.like.stance);
    expect(after.seen).toEqual([post.id]);
    expect(after.history).toHaveLength(2);
    const skipped = react(start, 'skip');
    expect(skipped.topicWeights[post.topic]).toBeLessThan(1);
  });

  it('fed with consistent likes on one topic, narrows the feed', () => {
    for (const seed of SEEDS) {
      for (const topic of ['sport', 'sciences', 'college'] as const) {
        const state = likeOnly(topic, 25, seed);
        const start = state.history[0]?.diversity ?? 0;
        const end = state.history.at(-1)?.diversity ?? 0;
        expect(start, `seed ${seed}`).toBeGreaterThan(2);
        expect(end, `seed ${seed} ${topic}`).toBeLessThan(NARROW_THRESHOLD);
        expect(state.history.at(-1)?.mix[topic], `seed ${seed} ${topic}`).toBeGreaterThanOrEqual(FEED_SIZE - 2);
      }
    }
  });

  it('never shows a post twice in one line-up, nor again right after it was seen', () => {
    const state = likeOnly('sport', 30, 7);
    expect(new Set(state.upcoming).size).toBe(state.upcoming.length);
    for (let i = 1; i < state.seen.length; i++) expect(state.seen.slice(Math.max(0, i - 4), i)).not.toContain(state.seen[i]);
  });
});

describe('diversity and chronological modes', () => {
  it('diversity mode keeps the feed above log2(FEED_SIZE / MAX_PER_TOPIC) bits, whatever the likes', () => {
    const bound = Math.log2(FEED_SIZE / MAX_PER_TOPIC_IN_DIVERSITY);
    for (const seed of SEEDS) {
      const state = likeOnly('sport', 40, seed, 'diversite');
      for (const record of state.history) expect(record.diversity, `seed ${seed} step ${record.step}`).toBeGreaterThanOrEqual(bound - 1e-9);
      for (const count of Object.values(state.history.at(-1)?.mix ?? {})) expect(count).toBeLessThanOrEqual(MAX_PER_TOPIC_IN_DIVERSITY);
    }
  });

  it('chronological mode shows the most recent posts not seen yet, whatever the reactions', () => {
    const liked = likeOnly('sport', 15, 2);
    const chrono = setMode(liked, 'chronologique');
    const expected = POSTS.filter((p) => !liked.seen.includes(p.id)).sort((a, b) => a.minutesAgo - b.minutesAgo).slice(0, FEED_SIZE).map((p) => p.id);
    expect(chrono.upcoming).toEqual(expected);
    expect(chrono.topicWeights).toEqual(liked.topicWeights);
  });

  it('switching a narrowed feed to chronological or diversity raises its diversity at once', () => {
    for (const seed of SEEDS) {
      const narrowed = likeOnly('sport', 15, seed);
      const before = narrowed.history.at(-1)?.diversity ?? 0;
      expect(setMode(narrowed, 'chronologique').history.at(-1)?.diversity ?? 0).toBeGreaterThan(before);
      expect(setMode(narrowed, 'diversite').history.at(-1)?.diversity ?? 0).toBeGreaterThanOrEqual(2);
      expect(setMode(narrowed, 'chronologique').history).toHaveLength(narrowed.history.length);
    }
  });
});

describe('why this post, replay, comparison', () => {
  it('explains a post with the numbers that chose it', () => {
    const state = likeOnly('climat', 10, 4);
    const id = state.upcoming[0] ?? '';
    const why = whyThisPost(state, id);
    const post = postById(id);
    expect(why.topic.id).toBe(post.topic);
    expect(why.score).toBeCloseTo(state.topicWeights[post.topic] * state.stanceWeights[post.stance] * why.freshness, 12);
    const chances = POSTS.reduce((sum, p) => sum + whyThisPost(state, p.id).chance, 0);
    expect(chances).toBeCloseTo(1, 9);
    expect(why.topic.reactions.like + why.topic.reactions.skip + why.topic.reactions.read).toBeGreaterThanOrEqual(0);
    expect(why.position).toBe(0);
  });

  it('summarises how many likes it took to narrow the feed', () => {
    const state = likeOnly('sport', 20, 42);
    const summary = replaySummary(state.history);
    expect(summary.reactions).toBe(20);
    expect(summary.narrowedAtStep).not.toBeNull();
    const at = state.history.find((h) => h.step === summary.narrowedAtStep);
    expect(at?.diversity).toBeLessThan(NARROW_THRESHOLD);
    expect(state.history.filter((h) => h.step > 0 && h.step < (summary.narrowedAtStep ?? 0)).every((h) => h.diversity >= NARROW_THRESHOLD)).toBe(true);
    const likesBefore = state.history.filter((h) => h.step <= (summary.narrowedAtStep ?? 0) && h.reaction === 'like').length;
    expect(summary.likesToNarrow).toBe(likesBefore);
    expect(summary.dominantTopic).toBe('sport');
  });

  it('reports a feed that never narrowed', () => {
    const summary = replaySummary(simulateProfile(profileOf('curieux'), 10, 1, 'chronologique').history);
    expect(summary.narrowedAtStep).toBeNull();
    expect(summary.likesToNarrow).toBeNull();
  });

  it('two profiles start from the same feed and drift apart', () => {
    const a = simulateProfile(profileOf('sciences'), 15, 9);
    const b = simulateProfile(profileOf('culture'), 15, 9);
    expect(a.history[0]).toEqual(b.history[0]);
    expect(a.upcoming.filter((id) => b.upcoming.includes(id)).length).toBeLessThan(FEED_SIZE / 2);
  });
});
