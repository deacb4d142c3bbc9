/**
 * « Une soirée de livreur » (module travailler-pour-un-algorithme): a fictitious delivery platform
 * offers orders to the pupil for one evening (19:00–22:00). Its dispatch rules are hidden during the
 * first play; the pupil then opens « les règles de l'algorithme » and replays the same evening (same
 * seed) with each offer explained, as the EU platform-work directive's transparency duty would ask.
 * Pure and deterministic: the same seed and the same choices give the same evening, in Node and in
 * the browser. Money is in euro cents, time in whole minutes, distances in tenths of a kilometre.
 *
 * The platform and its rules are invented; the orders of magnitude (about 4–6 € per order, unpaid
 * waiting between orders, disconnection after refusals, ratings) follow the sources of the module.
 */
import { seededRandom } from '../seeded-random.ts';

/** Length of the evening: 19:00 to 22:00. */
export const EVENING_MINUTES = 180;
/** Clock time at which the evening starts, in minutes after midnight (19:00). */
export const EVENING_START = 19 * 60;

/** The platform's hidden rules. Every number the island shows in « les règles » comes from here. */
export const RULES = {
  /** Pay of an order: a fixed part plus a part per kilometre (cents). */
  basePayCents: 250,
  perKmCents: 60,
  /** Extra pay for an order offered during the rush hour (20:00–21:00). */
  rushBonusCents: 100,
  rushStart: 60,
  rushEnd: 120,
  /** Time of a ride: picking up at the restaurant plus riding (minutes). */
  pickupMinutes: 8,
  minutesPerKm: 4,
  /** Each refusal in a row lengthens the wait before the next offer. */
  refusalPenaltyMinutes: 4,
  /** After this many refusals in a row the rider is disconnected… */
  refusalsBeforeDisconnection: 3,
  /** …for this long (unpaid, no offer). */
  disconnectionMinutes: 15,
  /** Below this average rating (after at least one rating) offers come later. */
  ratingThreshold: 4.5,
  lowRatingPenaltyMinutes: 5,
  /** A late delivery is rated this many stars. */
  lateRating: 3,
  /** Time spent deciding on an offer that is refused. */
  decisionMinutes: 1,
} as const;

export interface Offer {
  /** 1-based number of the order in the evening's list. */
  number: number;
  /** Distance in tenths of a kilometre (24 = 2,4 km). */
  distanceTenths: number;
  /** Pay in cents. */
  payCents: number;
  /** Time limit announced to the rider (minutes). */
  limitMinutes: number;
  /** Time the ride really takes (minutes); the hidden rules know it, the rider does not. */
  rideMinutes: number;
  /** Minute of the evening at which the offer appears. */
  offeredAt: number;
  /** Unpaid minutes waited before this offer, and why, rule by rule (for the transparent replay). */
  waited: number;
  waitParts: WaitPart[];
  /** Whether the offer carries the rush-hour bonus. */
  rush: boolean;
}

export type WaitReason = 'base' | 'refusals' | 'rating' | 'disconnection';
export interface WaitPart { reason: WaitReason; minutes: number }

export type Decision = 'accept' | 'refuse';

export interface LogEntry {
  offer: Offer;
  decision: Decision;
  /** Stars given by the customer (accepted orders only). */
  rating: number | null;
  late: boolean;
}

export interface EveningState {
  seed: number;
  transparent: boolean;
  /** Minutes elapsed since 19:00. */
  clock: number;
  /** The offer waiting for a decision, or null once the evening is over. */
  offer: Offer | null;
  /** What happened to each offer, in order. */
  log: LogEntry[];
  refusalsInRow: number;
  /** Offers made so far (drives the seeded order list). */
  offersMade: number;
  /** Number of disconnections suffered. */
  disconnections: number;
}

interface RawOrder {
  distanceTenths: number;
  limitSlack: number;
  baseWait: number;
  /** A value in [0, 1) deciding the stars of an on-time delivery. */
  ratingDraw: number;
}

/** The evening's order list for a seed: the same seed always gives the same list. */
export function rawOrders(seed: number, count = 40): RawOrder[] {
  const random = seededRandom(seed);
  const slacks = [-5, -2, 3, 5, 8, 10];
  return Array.from({ length: count }, () => ({
    distanceTenths: 8 + Math.floor(random() * 53), // 0,8 to 6,0 km
    limitSlack: slacks[Math.floor(random() * slacks.length)] ?? 0,
    baseWait: 3 + Math.floor(random() * 10), // 3 to 12 minutes
    ratingDraw: random(),
  }));
}

export const rideMinutesFor = (distanceTenths: number): number => RULES.pickupMinutes + Math.round((RULES.minutesPerKm * distanceTenths) / 10);

export const isRush = (minute: number): boolean => minute >= RULES.rushStart && minute < RULES.rushEnd;

export function payFor(distanceTenths: number, rush: boolean): number {
  return RULES.basePayCents + Math.round((RULES.perKmCents * distanceTenths) / 10) + (rush ? RULES.rushBonusCents : 0);
}

/** Average of the ratings received, or null before the first one. */
export function averageRating(log: readonly LogEntry[]): number | null {
  const ratings = log.map((e) => e.rating).filter((r): r is number => r !== null);
  return ratings.length === 0 ? null : ratings.reduce((a, b) => a + b, 0) / ratings.length;
}

/** The wait before the next offer, split by hidden rule (the rider only sees the total). */
export function waitParts(baseWait: number, refusalsInRow: number, log: readonly LogEntry[]): WaitPart[] {
  const parts: WaitPart[] = [{ reason: 'base', minutes: baseWait }];
  if (refusalsInRow > 0) parts.push({ reason: 'refusals', minutes: refusalsInRow * RULES.refusalPenaltyMinutes });
  const average = averageRating(log);
  if (average !== null && average < RULES.ratingThreshold) parts.push({ reason: 'rating', minutes: RULES.lowRatingPenaltyMinutes });
  return parts;
}

/** Waits for and builds the next offer from `clock`, or returns null if the evening ends first. */
function nextOffer(state: Omit<EveningState, 'offer'>, extra: WaitPart[]): Offer | null {
  const raw = rawOrders(state.seed)[state.offersMade % 40] as RawOrder;
  const parts = [...extra, ...waitParts(raw.baseWait, state.refusalsInRow, state.log)];
  const waited = parts.reduce((sum, p) => sum + p.minutes, 0);
  const offeredAt = state.clock + waited;
  if (offeredAt >= EVENING_MINUTES) return null;
  const rideMinutes = rideMinutesFor(raw.distanceTenths);
  const rush = isRush(offeredAt);
  return {
    number: state.offersMade + 1,
    distanceTenths: raw.distanceTenths,
    payCents: payFor(raw.distanceTenths, rush),
    limitMinutes: Math.max(10, rideMinutes + raw.limitSlack),
    rideMinutes,
    offeredAt,
    waited,
    waitParts: parts,
    rush,
  };
}

/** Waits for the next offer; the evening is over when none comes before 22:00. */
function close(state: Omit<EveningState, 'offer'>, extra: WaitPart[]): EveningState {
  const offer = nextOffer(state, extra);
  if (offer === null) return { ...state, offer: null, clock: Math.max(state.clock, EVENING_MINUTES) };
  return { ...state, offer, offersMade: state.offersMade + 1 };
}

/** The start of an evening: the rider logs in at 19:00 and waits for the first offer. */
export function startEvening(seed: number, transparent = false): EveningState {
  return close({ seed, transparent, clock: 0, log: [], refusalsInRow: 0, offersMade: 0, disconnections: 0 }, []);
}

/** Whether accepting this offer would make the delivery late (the rules know; the rider guesses). */
export const wouldBeLate = (offer: Offer): boolean => offer.rideMinutes > offer.limitMinutes;

/** Stars the customer gives: 3 if late, otherwise 5 (or 4, one time in four, seeded). */
export function ratingFor(offer: Offer, seed: number): number {
  if (wouldBeLate(offer)) return RULES.lateRating;
  const raw = rawOrders(seed)[(offer.number - 1) % 40] as RawOrder;
  return raw.ratingDraw < 0.25 ? 4 : 5;
}

/** Applies the rider's decision on the current offer and waits for the next one. */
export function decide(state: EveningState, decision: Decision): EveningState {
  const offer = state.offer;
  if (!offer) return state;
  const { offer: _current, ...rest } = state;
  if (decision === 'accept') {
    const late = wouldBeLate(offer);
    const entry: LogEntry = { offer, decision, rating: ratingFor(offer, state.seed), late };
    return close({ ...rest, clock: offer.offeredAt + offer.rideMinutes, log: [...state.log, entry], refusalsInRow: 0 }, []);
  }
  const entry: LogEntry = { offer, decision, rating: null, late: false };
  const refusals = state.refusalsInRow + 1;
  const clock = offer.offeredAt + RULES.decisionMinutes;
  if (refusals >= RULES.refusalsBeforeDisconnection) {
    return close(
      { ...rest, clock, log: [...state.log, entry], refusalsInRow: 0, disconnections: state.disconnections + 1 },
      [{ reason: 'disconnection', minutes: RULES.disconnectionMinutes }],
    );
  }
  return close({ ...rest, clock, log: [...state.log, entry], refusalsInRow: refusals }, []);
}

export interface EveningSummary {
  payCents: number;
  /** Minutes logged in: from 19:00 to the end of the last delivery (at least the whole evening). */
  totalMinutes: number;
  rideMinutes: number;
  waitingMinutes: number;
  accepted: number;
  refused: number;
  late: number;
  averageRating: number | null;
  /** Pay per hour counting waiting time (what the ARPE–PEReN study measures), in cents. */
  hourlyCents: number;
  /** Pay per hour counting only the time spent delivering, in cents. */
  hourlyRideOnlyCents: number;
  disconnections: number;
}

export function summarize(state: EveningState): EveningSummary {
  const accepted = state.log.filter((e) => e.decision === 'accept');
  const payCents = accepted.reduce((sum, e) => sum + e.offer.payCents, 0);
  const rideMinutes = accepted.reduce((sum, e) => sum + e.offer.rideMinutes, 0);
  const totalMinutes = Math.max(state.clock, EVENING_MINUTES);
  return {
    payCents,
    totalMinutes,
    rideMinutes,
    waitingMinutes: totalMinutes - rideMinutes,
    accepted: accepted.length,
    refused: state.log.length - accepted.length,
    late: accepted.filter((e) => e.late).length,
    averageRating: averageRating(state.log),
    hourlyCents: Math.round((payCents * 60) / totalMinutes),
    hourlyRideOnlyCents: rideMinutes === 0 ? 0 : Math.round((payCents * 60) / rideMinutes),
    disconnections: state.disconnections,
  };
}

/**
 * SMIC horaire brut used for the comparison: 11,65 € from 1 January 2024 (décret n° 2023-1216), the
 * figure the ARPE–PEReN study of October 2024 compares riders' pay with.
 */
export const SMIC_HOURLY_CENTS = 1165;
export const SMIC_YEAR = 2024;

/** Plays a whole evening with a strategy (tests, teacher notes): the decision for each offer. */
export function playEvening(seed: number, strategy: (offer: Offer, state: EveningState) => Decision, transparent = false): EveningState {
  let state = startEvening(seed, transparent);
  for (let guard = 0; state.offer && guard < 200; guard++) state = decide(state, strategy(state.offer, state));
  return state;
}

/** Clock label for a minute of the evening: 0 → « 19 h 00 ». */
export function clockLabel(minute: number): string {
  const total = EVENING_START + minute;
  const h = Math.floor(total / 60) % 24;
  const m = total % 60;
  return `${h} h ${String(m).padStart(2, '0')}`;
}

/** « 4,30 € » from cents (French decimal comma). */
export function euros(cents: number): string {
  return `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}

/** « 2,4 km » from tenths of a kilometre. */
export function km(tenths: number): string {
  return `${(tenths / 10).toFixed(1).replace('.', ',')} km`;
}
