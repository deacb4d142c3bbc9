/**
 * « Anatomie d’une campagne »: the four signals on a network small enough to check by hand, then on
 * the 40-account network of the activity (each signal finds the coordinated group, no signal alone is
 * enough, the analyst's rule of three signals flags exactly the campaign), and the discernment score.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import shipped from 'virtual:declic/anatomie-d-une-campagne';
import { describe, expect, it } from 'vitest';
import {
  SIGNALS,
  THRESHOLDS,
  accountAges,
  analyse,
  burstMinutes,
  burstShares,
  creationDays,
  daysBetween,
  displayOrder,
  echoPartners,
  formatMinute,
  lookalikes,
  minuteOf,
  normalizeText,
  postsPerMinute,
  reciprocalPartners,
  shareGraph,
  similarGroups,
  similarPairs,
  textSimilarity,
  timesShared,
  type CampaignAccount,
  type CampaignScenario,
} from '../../src/lib/activities/anatomie-d-une-campagne/signals.ts';
import { scoreInvestigation } from '../../src/lib/activities/anatomie-d-une-campagne/score.ts';
import { shareComponents, shareLayout } from '../../src/lib/activities/anatomie-d-une-campagne/layout.ts';
import { campaignNetworkSchema } from '../../src/schemas/anatomie-d-une-campagne.ts';

// The network as the island gets it (content/…/activites/anatomie-d-une-campagne/reseau.yaml, read and
// checked at build time); the raw file only for the schema's refusals below.
const networkFile = 'content/modules/qui-tire-les-ficelles/activites/anatomie-d-une-campagne/reseau.yaml';
const NETWORK: CampaignScenario = shipped;
const CAMPAIGN = NETWORK.accounts.filter((a) => a.campaign).map((a) => a.id);
const AUTHENTIC = NETWORK.accounts.filter((a) => !a.campaign).map((a) => a.id);

const account = (id: string, created: string, campaign: boolean, posts: CampaignAccount['posts']): CampaignAccount => ({
  id,
  name: id,
  handle: `@${id}`,
  created,
  bio: 'bio',
  campaign,
  note: 'note',
  posts,
});

/** Three campaign accounts (x, y, z) and two people (p, q): every figure below is countable by hand. */
const TINY: CampaignScenario = {
  topic: 'test',
  date: '2026-06-12',
  accounts: [
    account('x', '2026-06-10', true, [
      { time: '18:00', text: 'Le lac est pollué, partagez !' },
      { time: '18:05', text: '', shares: 'y' },
    ]),
    account('y', '2026-06-11', true, [
      { time: '18:00', text: 'Le lac est pollué, partagez vite !' },
      { time: '18:05', text: '', shares: 'x' },
      { time: '18:06', text: '', shares: 'z' },
    ]),
    account('z', '2026-06-01', true, [
      { time: '18:00', text: 'Le lac est POLLUÉ, partagez !!' },
      { time: '18:06', text: '', shares: 'y' },
    ]),
    account('p', '2020-01-01', false, [
      { time: '18:00', text: 'Qui vient au concert demain ?' },
      { time: '18:30', text: 'Belle soirée', shares: 'q' },
    ]),
    account('q', '2012-06-12', false, [{ time: '18:02', text: 'Photo du coucher de soleil sur le port.' }]),
  ],
};

describe('text similarity', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeText('Le lac est POLLUÉ, partagez !!')).toBe('le lac est pollue partagez');
    expect(textSimilarity('Le lac est POLLUÉ !', 'le lac est pollue')).toBe(1);
  });
  it('is high for a reworded message and low for an unrelated one', () => {
    expect(textSimilarity('Le lac est pollué, partagez !', 'Le lac est pollué, partagez vite !')).toBeGreaterThan(THRESHOLDS.similarity);
    expect(textSimilarity('Le lac est pollué, partagez !', 'Qui vient au concert demain ?')).toBeLessThan(0.15);
    expect(textSimilarity('', 'abc')).toBe(0);
  });
  it('pairs posts of different accounts only, most similar first', () => {
    const pairs = similarPairs(TINY);
    expect(pairs.map((p) => [p.a.account, p.b.account].sort().join('-')).sort()).toEqual(['x-y', 'x-z', 'y-z']);
    expect(pairs.every((p, i) => i === 0 || p.similarity <= (pairs[i - 1]?.similarity ?? 1))).toBe(true);
    expect(similarGroups(TINY).map((g) => g.map((p) => p.account).sort())).toEqual([['x', 'y', 'z']]);
    expect([...(echoPartners(TINY).get('x') ?? [])].sort()).toEqual(['y', 'z']);
  });
});

describe('time, age and amplification', () => {
  it('reads and writes times and dates', () => {
    expect(minuteOf('18:05')).toBe(1085);
    expect(formatMinute(1085)).toBe('18:05');
    expect(() => minuteOf('6 h')).toThrow();
    expect(daysBetween('2026-05-31', '2026-06-12')).toBe(12);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
  it('counts posts per minute, silences included, and finds the burst', () => {
    const minutes = postsPerMinute(TINY);
    expect(minutes[0]).toEqual({ minute: 1080, posts: 4, accounts: ['p', 'x', 'y', 'z'] });
    expect(minutes).toHaveLength(31);
    expect(minutes.find((m) => m.minute === 1081)?.posts).toBe(0);
    expect(burstMinutes(TINY).map((m) => formatMinute(m.minute))).toEqual(['18:00']);
    expect(burstShares(TINY).get('x')).toBe(0.5);
    expect(burstShares(TINY).get('q')).toBe(0);
  });
  it('computes ages and creation days', () => {
    expect(accountAges(TINY).get('x')).toBe(2);
    expect(accountAges(TINY).get('q')).toBe(5113);
    expect(creationDays(TINY)[0]?.accounts).toHaveLength(1);
  });
  it('draws who shares whom and finds the closed loops', () => {
    expect(shareGraph(TINY)).toEqual([
      { from: 'p', to: 'q', count: 1 },
      { from: 'x', to: 'y', count: 1 },
      { from: 'y', to: 'x', count: 1 },
      { from: 'y', to: 'z', count: 1 },
      { from: 'z', to: 'y', count: 1 },
    ]);
    expect([...(reciprocalPartners(TINY).get('y') ?? [])].sort()).toEqual(['x', 'z']);
    expect(reciprocalPartners(TINY).get('p')?.size).toBe(0);
    expect(timesShared(TINY).get('y')).toBe(2);
  });
  it('gives each account its signals, and the analyst flags three or more', () => {
    const byId = new Map(analyse(TINY).map((s) => [s.account, s]));
    // y posted one of its three posts in the burst minute (1/3 < 1/2), but shares in a loop with x and z.
    expect(byId.get('y')?.signals).toEqual(['texts', 'age', 'amplification']);
    expect(byId.get('y')?.burstShare).toBeCloseTo(1 / 3);
    expect(byId.get('x')?.signals).toEqual(['texts', 'bursts', 'age']);
    expect(byId.get('p')?.signals).toEqual(['bursts']);
    expect([...byId.values()].filter((s) => s.flagged).map((s) => s.account)).toEqual(['x', 'y', 'z']);
    expect(lookalikes(TINY)).toEqual(['p']);
  });
});

describe('the activity’s network', () => {
  const results = analyse(NETWORK);
  const bySignal = (signal: (typeof SIGNALS)[number]) => results.filter((r) => r.signals.includes(signal)).map((r) => r.account);

  it('is fictional content of about 40 accounts with one coordinated group', () => {
    expect(NETWORK.accounts.length).toBeGreaterThanOrEqual(38);
    expect(NETWORK.accounts.length).toBeLessThanOrEqual(42);
    expect(CAMPAIGN.length).toBeGreaterThanOrEqual(8);
    expect(CAMPAIGN.length).toBeLessThan(NETWORK.accounts.length / 2);
    expect(new Set(NETWORK.accounts.map((a) => a.handle)).size).toBe(NETWORK.accounts.length);
  });

  it.each(SIGNALS)('the signal « %s » alone points at most of the campaign', (signal) => {
    const caught = bySignal(signal).filter((id) => CAMPAIGN.includes(id));
    expect(caught.length / CAMPAIGN.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(SIGNALS)('the signal « %s » alone also points at authentic accounts (never enough on its own)', (signal) => {
    expect(bySignal(signal).filter((id) => AUTHENTIC.includes(id)).length).toBeGreaterThanOrEqual(1);
  });

  it('the rule of three concordant signals flags exactly the campaign', () => {
    expect(results.filter((r) => r.flagged).map((r) => r.account).sort()).toEqual([...CAMPAIGN].sort());
    for (const r of results) if (!r.flagged) expect(r.signals.length, r.account).toBeLessThanOrEqual(1);
  });

  it('has traps: at least 8 authentic accounts with one suspicious signal, one of each kind', () => {
    const traps = lookalikes(NETWORK);
    expect(traps.length).toBeGreaterThanOrEqual(8);
    for (const signal of SIGNALS) expect(results.some((r) => traps.includes(r.account) && r.signals.includes(signal)), signal).toBe(true);
  });

  it('separates reworded campaign texts from everything else with a margin', () => {
    const campaign = new Set(CAMPAIGN);
    const pairs = similarPairs(NETWORK, 0);
    const cross = pairs.filter((p) => campaign.has(p.a.account) !== campaign.has(p.b.account));
    expect(Math.max(...cross.map((p) => p.similarity))).toBeLessThan(THRESHOLDS.similarity - 0.1);
    const groups = similarGroups(NETWORK);
    expect(groups.slice(0, 3).map((g) => new Set(g.map((p) => p.account)).size)).toEqual([CAMPAIGN.length, CAMPAIGN.length, CAMPAIGN.length]);
    for (const g of groups.slice(0, 3)) {
      const ids = g.map((p) => p.account);
      for (const a of ids) for (const b of ids) if (a < b) expect(textSimilarity(g[ids.indexOf(a)]?.text ?? '', g[ids.indexOf(b)]?.text ?? '')).toBeGreaterThan(THRESHOLDS.similarity + 0.1);
    }
  });

  it('has a burst of authentic reactions to real news, and campaign bursts', () => {
    const bursts = burstMinutes(NETWORK);
    const campaign = new Set(CAMPAIGN);
    expect(bursts.some((m) => m.accounts.every((a) => !campaign.has(a)))).toBe(true);
    expect(bursts.filter((m) => m.accounts.every((a) => campaign.has(a))).length).toBeGreaterThanOrEqual(4);
  });

  it('is deterministic, and the order shown to the pupil depends only on the seed', () => {
    expect(analyse(NETWORK)).toEqual(results);
    const order = displayOrder(NETWORK, 42);
    expect(displayOrder(NETWORK, 42)).toEqual(order);
    expect([...order].sort()).toEqual(NETWORK.accounts.map((a) => a.id).sort());
    expect(displayOrder(NETWORK, 7)).not.toEqual(order);
  });
});

describe('scoring the investigation like the quizzes score discernment', () => {
  const traps = lookalikes(NETWORK);
  it('flagging exactly the campaign is discerning', () => {
    const score = scoreInvestigation(NETWORK, CAMPAIGN);
    expect(score.discernment.verdict).toBe('discerning');
    expect(score.missed).toEqual([]);
    expect(score.wronglyFlagged).toEqual([]);
    expect(score.trapsAvoided.sort()).toEqual([...traps].sort());
  });
  it('flagging everybody is suspicion, not investigation', () => {
    const score = scoreInvestigation(NETWORK, NETWORK.accounts.map((a) => a.id));
    expect(score.discernment.verdict).toBe('rejects-all');
    expect(score.discernment.scepticism).toBe(1);
    expect(score.trapsFallenInto.length).toBe(traps.length);
  });
  it('flagging nobody trusts everything', () => {
    const score = scoreInvestigation(NETWORK, []);
    expect(score.discernment.verdict).toBe('trusts-all');
    expect(score.missed.length).toBe(CAMPAIGN.length);
  });
  it('falling into traps and missing an account is partial, with the details', () => {
    const flagged = [...CAMPAIGN.slice(1), traps[0] as string, 'unknown-id'];
    const score = scoreInvestigation(NETWORK, flagged);
    expect(score.discernment.verdict).toBe('partial');
    expect(score.missed).toEqual([CAMPAIGN[0]]);
    expect(score.trapsFallenInto).toEqual([traps[0]]);
    expect(score.discernment.genuine).toEqual({ total: AUTHENTIC.length, trusted: AUTHENTIC.length - 1 });
    expect(score.discernment.false).toEqual({ total: CAMPAIGN.length, rejected: CAMPAIGN.length - 1 });
  });
});

describe('the network schema', () => {
  const base = parse(readFileSync(networkFile, 'utf8'));
  const broken = (change: (n: { accounts: Record<string, unknown>[] }) => void) => {
    const copy = structuredClone(base);
    change(copy);
    return campaignNetworkSchema.safeParse(copy);
  };
  it('is what the island receives, checked at build time', () => {
    expect(campaignNetworkSchema.parse(base)).toEqual(shipped);
  });
  it('rejects a share of an unknown account, a self-share, a bad time and a duplicate id', () => {
    expect(broken((n) => ((n.accounts[0]?.posts as Record<string, unknown>[])[0]!.shares = 'personne')).success).toBe(false);
    expect(broken((n) => ((n.accounts[0]?.posts as Record<string, unknown>[])[0]!.shares = n.accounts[0]?.id)).success).toBe(false);
    expect(broken((n) => ((n.accounts[0]?.posts as Record<string, unknown>[])[0]!.time = '25:00')).success).toBe(false);
    expect(broken((n) => (n.accounts[1]!.id = n.accounts[0]?.id)).success).toBe(false);
    expect(broken((n) => n.accounts.forEach((a) => (a.campaign = false))).success).toBe(false);
  });
  it('rejects a post with neither text nor share, and posts out of order', () => {
    expect(broken((n) => ((n.accounts[0]?.posts as Record<string, unknown>[])[0]!.text = '  ')).success).toBe(false);
    expect(broken((n) => (n.accounts[0]!.posts = [...(n.accounts[0]?.posts as unknown[])].reverse())).success).toBe(false);
  });
});

describe('the « qui partage qui » drawing', () => {
  it('puts each group of linked accounts on its own circle, the largest first', () => {
    const components = shareComponents(shareGraph(TINY));
    expect(components.map((c) => [...c].sort())).toEqual([['x', 'y', 'z'], ['p', 'q']]);
    expect(components[0]?.[0]).toBe('y');
  });
  it('draws every account of the graph once, inside the picture, and a mutual pair as one link', () => {
    const layout = shareLayout(shareGraph(TINY));
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['p', 'q', 'x', 'y', 'z']);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(layout.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(layout.height);
    }
    expect(layout.links).toEqual([
      { from: 'p', to: 'q', mutual: false },
      { from: 'x', to: 'y', mutual: true },
      { from: 'y', to: 'z', mutual: true },
    ]);
  });
  it('keeps the campaign’s loop in one group on the activity’s network', () => {
    const [largest] = shareComponents(shareGraph(NETWORK));
    for (const id of CAMPAIGN) expect(largest, id).toContain(id);
  });
});
