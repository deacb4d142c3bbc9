import { describe, expect, it } from 'vitest';
import {
  ALL_ON, AUDIT_FEATURES, MAX_SESSION_MS, SUGGESTED_ROUNDS, auditSummary, compareRounds, dueNotifications, emptyAudit, feedItem, notificationSchedule, parseAudit, parseSessions, sessionMetrics, type FeedSession,
} from '../../src/lib/activities/fil-sans-fin.ts';

const session = (over: Partial<FeedSession> = {}): FeedSession => ({
  settings: ALL_ON, durationMs: 60_000, distancePx: 6000, viewportPx: 600, itemsSeen: 20, notificationsShown: 2, notificationsOpened: 1, autoplayed: 3, ...over,
});

describe('the feed', () => {
  it('is deterministic and never runs out', () => {
    expect(feedItem(5)).toEqual(feedItem(5));
    expect(feedItem(0).title).not.toEqual(feedItem(12).title);
    expect(feedItem(399).title).toMatch(/partie/);
  });
  it('suggests a baseline then each technique off alone', () => {
    expect(SUGGESTED_ROUNDS[0]).toEqual(ALL_ON);
    expect(SUGGESTED_ROUNDS.slice(1).map((s) => Object.values(s).filter((on) => !on).length)).toEqual([1, 1, 1]);
  });
});

describe('notifications', () => {
  it('arrive at growing intervals within the session limit', () => {
    const all = notificationSchedule();
    expect(all[0]?.atMs).toBe(15_000);
    for (let i = 2; i < all.length; i++) {
      expect((all[i]?.atMs ?? 0) - (all[i - 1]?.atMs ?? 0)).toBeGreaterThan((all[i - 1]?.atMs ?? 0) - (all[i - 2]?.atMs ?? 0));
    }
    expect(all.at(-1)?.atMs).toBeLessThanOrEqual(MAX_SESSION_MS);
  });
  it('are due once each', () => {
    expect(dueNotifications(10_000, 0)).toEqual([]);
    expect(dueNotifications(45_000, 0).map((n) => n.id)).toEqual([0, 1]);
    expect(dueNotifications(45_000, 2)).toEqual([]);
  });
});

describe('session metrics and comparison', () => {
  it('turns raw measures into seconds and screens', () => {
    expect(sessionMetrics(session())).toMatchObject({ seconds: 60, screens: 10, itemsSeen: 20 });
    expect(sessionMetrics(session({ viewportPx: 0, durationMs: -5 }))).toMatchObject({ seconds: 0, screens: 0 });
  });
  it('compares each round with the first all-on round', () => {
    const { baseline, rounds } = compareRounds([
      session({ settings: { ...ALL_ON, infinite: false }, itemsSeen: 8 }),
      session(),
      session({ settings: { ...ALL_ON, autoplay: false }, itemsSeen: 15, durationMs: 45_000, distancePx: 3000 }),
    ]);
    expect(baseline).toBe(2);
    expect(rounds[1]?.delta).toBeNull();
    expect(rounds[0]).toMatchObject({ switchedOff: ['infinite'], delta: { itemsSeen: -12, itemsPercent: -60 } });
    expect(rounds[2]).toMatchObject({ switchedOff: ['autoplay'], delta: { seconds: -15, screens: -5, itemsSeen: -5, itemsPercent: -25 } });
  });
  it('falls back to the first round, and is robust to nothing and to a zero baseline', () => {
    expect(compareRounds([])).toEqual({ baseline: null, rounds: [] });
    const { baseline, rounds } = compareRounds([session({ settings: { ...ALL_ON, notifications: false }, itemsSeen: 0 }), session({ settings: { infinite: false, autoplay: false, notifications: false } })]);
    expect(baseline).toBe(1);
    expect(rounds[1]?.delta?.itemsPercent).toBeNull();
    expect(rounds[1]?.switchedOff).toEqual(['infinite', 'autoplay']);
  });
  it('validates stored sessions', () => {
    expect(parseSessions([session()])).toHaveLength(1);
    expect(parseSessions([{ ...session(), itemsSeen: 'beaucoup' }])).toBeNull();
    expect(parseSessions([{ ...session(), settings: { infinite: true } }])).toBeNull();
    expect(parseSessions({})).toBeNull();
  });
});

describe('design audit', () => {
  it('summarises what the pupil found', () => {
    const audit = emptyAudit();
    audit.rows.infinite = { present: 'oui', canSwitchOff: 'non', note: '' };
    audit.rows.notifications = { present: 'oui', canSwitchOff: 'oui', note: 'je les ai coupées' };
    audit.rows.streaks = { present: 'non', canSwitchOff: null, note: '' };
    expect(auditSummary(audit)).toEqual({ answered: 3, present: 2, switchable: 1 });
  });
  it('keeps what fits in a stored audit and refuses garbage', () => {
    const parsed = parseAudit({ app: 'x'.repeat(100), rows: { autoplay: { present: 'oui', canSwitchOff: 'peut-être', note: 42 } } });
    expect(parsed?.app).toHaveLength(60);
    expect(parsed?.rows.autoplay).toEqual({ present: 'oui', canSwitchOff: null, note: '' });
    expect(Object.keys(parsed?.rows ?? {})).toEqual([...AUDIT_FEATURES]);
    expect(parseAudit('audit')).toBeNull();
    expect(parseAudit({ app: 3, rows: {} })).toBeNull();
  });
});
