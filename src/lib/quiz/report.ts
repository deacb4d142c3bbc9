/**
 * What the results page tells the pupil beyond the score: calibration (did « Ma confiance » match the
 * accuracy?) and discernment (genuine items judged genuine, false items judged false, reported apart
 * from overall scepticism). Pure functions of the saved records.
 */
import type { Confidence } from './format.ts';

export interface ScoredRecord {
  correct: boolean;
  confidence?: Confidence | undefined;
}

export interface Score {
  correct: number;
  total: number;
}

export function score(records: readonly ScoredRecord[]): Score {
  return { correct: records.filter((r) => r.correct).length, total: records.length };
}

export interface LevelAccuracy {
  level: Confidence;
  count: number;
  correct: number;
}

/**
 * - none: no confidence was given;
 * - few: fewer than 3 answers with a confidence, too few to say anything;
 * - overconfident: half or more of the « forte » answers were wrong;
 * - underconfident: most « je devine » answers were right (you knew more than you thought);
 * - calibrated: the surer you were, the more often you were right;
 * - mixed: none of the above.
 */
export type CalibrationVerdict = 'none' | 'few' | 'overconfident' | 'underconfident' | 'calibrated' | 'mixed';

export interface Calibration {
  levels: LevelAccuracy[];
  verdict: CalibrationVerdict;
}

const LEVEL_ORDER: Confidence[] = ['high', 'medium', 'guess'];

export function calibration(records: readonly ScoredRecord[]): Calibration {
  const levels = LEVEL_ORDER.map((level) => {
    const mine = records.filter((r) => r.confidence === level);
    return { level, count: mine.length, correct: mine.filter((r) => r.correct).length };
  });
  const declared = levels.reduce((n, l) => n + l.count, 0);
  const rate = (l: LevelAccuracy) => l.correct / l.count;
  const [high, , guess] = levels as [LevelAccuracy, LevelAccuracy, LevelAccuracy];
  let verdict: CalibrationVerdict;
  if (declared === 0) verdict = 'none';
  else if (declared < 3) verdict = 'few';
  else if (high.count >= 2 && rate(high) <= 0.5) verdict = 'overconfident';
  else if (guess.count >= 2 && rate(guess) > 0.5 && (high.count === 0 || rate(guess) >= rate(high))) verdict = 'underconfident';
  else {
    const used = levels.filter((l) => l.count > 0).map(rate);
    verdict = used.every((r, i) => i === 0 || r <= (used[i - 1] as number)) ? 'calibrated' : 'mixed';
  }
  return { levels, verdict };
}

export interface JudgedItem {
  /** Is the item trustworthy (from the quiz file)? */
  genuine: boolean;
  /** Did the pupil judge it trustworthy? */
  trusted: boolean;
}

/**
 * - none: the quiz has no item to judge;
 * - rejects-all: every item was rejected, genuine ones included (cynicism, not critical thinking);
 * - trusts-all: every item was trusted, false ones included;
 * - discerning: every item was judged right;
 * - partial: some mistakes both ways.
 */
export type DiscernmentVerdict = 'none' | 'rejects-all' | 'trusts-all' | 'discerning' | 'partial';

export interface Discernment {
  genuine: { total: number; trusted: number };
  false: { total: number; rejected: number };
  /** Share of all judged items that the pupil rejected (0…1): scepticism, right or wrong. */
  scepticism: number;
  verdict: DiscernmentVerdict;
}

export function discernment(items: readonly JudgedItem[]): Discernment {
  const genuine = items.filter((i) => i.genuine);
  const fake = items.filter((i) => !i.genuine);
  const result = {
    genuine: { total: genuine.length, trusted: genuine.filter((i) => i.trusted).length },
    false: { total: fake.length, rejected: fake.filter((i) => !i.trusted).length },
    scepticism: items.length === 0 ? 0 : items.filter((i) => !i.trusted).length / items.length,
  };
  let verdict: DiscernmentVerdict;
  if (items.length === 0) verdict = 'none';
  else if (result.genuine.trusted === result.genuine.total && result.false.rejected === result.false.total) verdict = 'discerning';
  else if (genuine.length > 0 && items.every((i) => !i.trusted)) verdict = 'rejects-all';
  else if (fake.length > 0 && items.every((i) => i.trusted)) verdict = 'trusts-all';
  else verdict = 'partial';
  return { ...result, verdict };
}
