/**
 * Revision with Leitner boxes, on the device. A question missed in a quiz goes into box 1; each right
 * answer in revision moves it up one box, each wrong answer sends it back to box 1. A box is reviewed
 * again after a longer and longer delay; a question answered right from the last box is learnt and
 * leaves the boxes. Cards are keyed « <module>/<question id> ».
 */

/** Days to wait before a card of box n (index n-1) is due again. */
export const BOX_DELAYS_DAYS = [0, 1, 3, 7, 14] as const;
export const BOX_COUNT = BOX_DELAYS_DAYS.length;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Card {
  /** 1…BOX_COUNT */
  box: number;
  /** When the card is due, in ms since the epoch. */
  due: number;
}

export type Deck = Record<string, Card>;

export const cardKey = (module: string, questionId: string) => `${module}/${questionId}`;

export function parseCardKey(key: string): { module: string; questionId: string } {
  const at = key.indexOf('/');
  return { module: key.slice(0, at), questionId: key.slice(at + 1) };
}

const dueAfter = (box: number, now: number) => now + (BOX_DELAYS_DAYS[box - 1] ?? 0) * DAY_MS;

/** A question answered in a quiz: a miss puts it in box 1 (due now); a right answer changes nothing. */
export function recordQuizAnswer(deck: Deck, key: string, correct: boolean, now: number): Deck {
  if (correct) return deck;
  return { ...deck, [key]: { box: 1, due: dueAfter(1, now) } };
}

/** A question answered in revision: up one box, or back to box 1; learnt after the last box. */
export function recordReview(deck: Deck, key: string, correct: boolean, now: number): Deck {
  const card = deck[key];
  if (!card) return deck;
  const next = { ...deck };
  if (!correct) next[key] = { box: 1, due: dueAfter(1, now) };
  else if (card.box >= BOX_COUNT) delete next[key];
  else next[key] = { box: card.box + 1, due: dueAfter(card.box + 1, now) };
  return next;
}

/**
 * The cards to review now: due ones, lowest box first, then mixed across modules (one module after
 * another, so that revision interleaves subjects), at most `limit`.
 */
export function dueCards(deck: Deck, now: number, limit = 10): string[] {
  const due = Object.entries(deck)
    .filter(([, card]) => card.due <= now)
    .sort(([ka, a], [kb, b]) => a.box - b.box || a.due - b.due || ka.localeCompare(kb))
    .map(([key]) => key);
  const byModule = new Map<string, string[]>();
  for (const key of due) {
    const { module } = parseCardKey(key);
    byModule.set(module, [...(byModule.get(module) ?? []), key]);
  }
  const queues = [...byModule.values()];
  const mixed: string[] = [];
  while (mixed.length < due.length) {
    for (const queue of queues) {
      const key = queue.shift();
      if (key !== undefined) mixed.push(key);
    }
  }
  return mixed.slice(0, limit);
}

/** When the next card becomes due, if none is due now (ms since the epoch), or undefined. */
export function nextDue(deck: Deck): number | undefined {
  const dues = Object.values(deck).map((c) => c.due);
  return dues.length > 0 ? Math.min(...dues) : undefined;
}

/** Keeps only cards whose key passes `exists` (questions removed from the content disappear). */
export function pruneDeck(deck: Deck, exists: (key: string) => boolean): Deck {
  return Object.fromEntries(Object.entries(deck).filter(([key]) => exists(key)));
}
