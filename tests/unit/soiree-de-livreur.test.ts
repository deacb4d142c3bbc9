import { describe, expect, it } from 'vitest';
import {
  EVENING_MINUTES, RULES, SMIC_HOURLY_CENTS, clockLabel, decide, euros, km, payFor, playEvening, rawOrders, rideMinutesFor,
  startEvening, summarize, wouldBeLate, type EveningState,
} from '../../src/lib/activities/soiree-de-livreur.ts';

const acceptAll = () => 'accept' as const;

describe('dispatch rules', () => {
  it('the same seed gives the same orders and the same evening', () => {
    expect(rawOrders(7)).toEqual(rawOrders(7));
    expect(rawOrders(7)).not.toEqual(rawOrders(8));
    expect(playEvening(7, acceptAll)).toEqual(playEvening(7, acceptAll));
  });

  it('pays a fixed part plus a part per kilometre, with a rush-hour bonus', () => {
    expect(payFor(30, false)).toBe(250 + 180);
    expect(payFor(30, true)).toBe(250 + 180 + 100);
    expect(rideMinutesFor(30)).toBe(8 + 12);
  });

  it('the first offer comes after an unpaid wait, inside the evening', () => {
    const state = startEvening(1);
    expect(state.offer).not.toBeNull();
    expect(state.offer?.offeredAt).toBe(state.offer?.waited);
    expect(state.offer?.waited).toBeGreaterThanOrEqual(3);
    expect(state.offer?.waitParts).toEqual([{ reason: 'base', minutes: state.offer?.waited }]);
  });

  it('each refusal in a row lengthens the next wait, and the third one disconnects the rider', () => {
    let state = startEvening(3);
    state = decide(state, 'refuse');
    expect(state.offer?.waitParts).toContainEqual({ reason: 'refusals', minutes: RULES.refusalPenaltyMinutes });
    state = decide(state, 'refuse');
    expect(state.offer?.waitParts).toContainEqual({ reason: 'refusals', minutes: 2 * RULES.refusalPenaltyMinutes });
    state = decide(state, 'refuse');
    expect(state.disconnections).toBe(1);
    expect(state.refusalsInRow).toBe(0);
    expect(state.offer?.waitParts[0]).toEqual({ reason: 'disconnection', minutes: RULES.disconnectionMinutes });
    state = decide(state, 'accept');
    expect(state.refusalsInRow).toBe(0);
  });

  it('a late delivery gets 3 stars, and a low average makes the next offers come later', () => {
    // Find an evening whose first offer is too tight to be on time.
    const seed = [...Array(200).keys()].find((s) => {
      const o = startEvening(s).offer;
      return o !== null && wouldBeLate(o);
    });
    expect(seed).toBeDefined();
    const state = decide(startEvening(seed as number), 'accept');
    expect(state.log[0]).toMatchObject({ decision: 'accept', rating: 3, late: true });
    expect(state.offer?.waitParts).toContainEqual({ reason: 'rating', minutes: RULES.lowRatingPenaltyMinutes });
  });

  it('on-time deliveries get 4 or 5 stars', () => {
    const evening = playEvening(11, acceptAll);
    for (const entry of evening.log.filter((e) => !e.late)) expect([4, 5]).toContain(entry.rating);
  });

  it('the evening ends when no offer comes before 22:00; the last delivery may finish after', () => {
    const evening = playEvening(5, acceptAll);
    expect(evening.offer).toBeNull();
    expect(evening.clock).toBeGreaterThanOrEqual(EVENING_MINUTES);
    for (const entry of evening.log) expect(entry.offer.offeredAt).toBeLessThan(EVENING_MINUTES);
    expect(decide(evening, 'accept')).toBe(evening);
  });
});

describe('pay per hour', () => {
  it('counts waiting time, computed by hand on a two-order log', () => {
    const state: EveningState = {
      seed: 0, transparent: false, clock: 180, offer: null, refusalsInRow: 0, offersMade: 3, disconnections: 0,
      log: [
        { offer: { number: 1, distanceTenths: 20, payCents: 370, limitMinutes: 20, rideMinutes: 16, offeredAt: 10, waited: 10, waitParts: [], rush: false }, decision: 'accept', rating: 5, late: false },
        { offer: { number: 2, distanceTenths: 50, payCents: 550, limitMinutes: 30, rideMinutes: 28, offeredAt: 40, waited: 14, waitParts: [], rush: false }, decision: 'refuse', rating: null, late: false },
        { offer: { number: 3, distanceTenths: 40, payCents: 590, limitMinutes: 22, rideMinutes: 24, offeredAt: 70, waited: 29, waitParts: [], rush: true }, decision: 'accept', rating: 3, late: true },
      ],
    };
    const s = summarize(state);
    expect(s.payCents).toBe(960);
    expect(s.rideMinutes).toBe(40);
    expect(s.waitingMinutes).toBe(140);
    expect(s.hourlyCents).toBe(320); // 9,60 € over 3 h
    expect(s.hourlyRideOnlyCents).toBe(1440); // 9,60 € over 40 min
    expect(s).toMatchObject({ accepted: 2, refused: 1, late: 1, averageRating: 4 });
  });

  it('accepting every order yields less than the SMIC per hour once waiting counts, more without it', () => {
    for (const seed of [1, 2, 3, 42]) {
      const s = summarize(playEvening(seed, acceptAll));
      expect(s.hourlyCents, `seed ${seed}`).toBeLessThan(SMIC_HOURLY_CENTS);
      expect(s.hourlyCents).toBeGreaterThan(500);
      expect(s.hourlyRideOnlyCents).toBeGreaterThan(SMIC_HOURLY_CENTS);
      expect(s.waitingMinutes).toBeGreaterThan(0);
    }
  });

  it('refusing everything earns nothing and costs disconnections', () => {
    const s = summarize(playEvening(4, () => 'refuse'));
    expect(s.payCents).toBe(0);
    expect(s.hourlyCents).toBe(0);
    expect(s.disconnections).toBeGreaterThan(0);
  });
});

describe('transparency mode', () => {
  it('replays the same evening: the same choices give the same offers', () => {
    const hidden = playEvening(9, acceptAll);
    const open = playEvening(9, acceptAll, true);
    expect(open.transparent).toBe(true);
    expect(open.log).toEqual(hidden.log);
  });

  it('knowing the rules (refuse only late orders) avoids bad ratings', () => {
    const informed = summarize(playEvening(9, (o) => (wouldBeLate(o) ? 'refuse' : 'accept'), true));
    expect(informed.late).toBe(0);
    expect(informed.averageRating).toBeGreaterThanOrEqual(4);
  });

  it('every wait is explained rule by rule and adds up', () => {
    let state = startEvening(21, true);
    let i = 0;
    while (state.offer) {
      const sum = state.offer.waitParts.reduce((a, p) => a + p.minutes, 0);
      expect(sum).toBe(state.offer.waited);
      state = decide(state, i++ % 3 === 0 ? 'refuse' : 'accept');
    }
  });
});

describe('labels', () => {
  it('formats clock times, euros and kilometres the French way', () => {
    expect(clockLabel(0)).toBe('19 h 00');
    expect(clockLabel(185)).toBe('22 h 05');
    expect(euros(1165)).toBe('11,65 €');
    expect(km(24)).toBe('2,4 km');
  });
});
