import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../src/schemas/quiz.ts';
import { correctAnswer, emptyAnswer, isAnswerFor, isComplete, isCorrect, trustedItem } from '../../src/lib/quiz/answers.ts';
import { calibration, discernment, score } from '../../src/lib/quiz/report.ts';
import { shuffledIndices } from '../../src/lib/quiz/shuffle.ts';

const q = (data: Record<string, unknown>): Question => questionSchema.parse({ id: 'q', prompt: 'P', ...data });
const opt = (text: string, correct = false) => ({ text, correct, feedback: `pourquoi ${text}` });

describe('answers', () => {
  const single = q({ type: 'single', options: [opt('a'), opt('b', true), opt('c')] });
  const multiple = q({ type: 'multiple', options: [opt('a', true), opt('b'), opt('c', true)] });
  const ordering = q({ type: 'ordering', items: ['un', 'deux', 'trois'], explanation: 'E' });
  const matching = q({ type: 'matching', pairs: [{ term: 'A', definition: 'a' }, { term: 'B', definition: 'b' }], explanation: 'E' });
  const cloze = q({ type: 'cloze', text: 'Le {chat} et le {chien}.', bank: ['chien', 'chat', 'loup'], explanation: 'E' });
  const estimate = q({ type: 'estimate', answer: 40320, range: { min: 20000, max: 80000 }, explanation: 'E' });
  const spot = q({ type: 'spot', explanation: 'E', genuine: false, spans: [{ text: 'URGENT', target: true, feedback: 'f' }, 'texte', { text: 'neutre', feedback: 'f' }, { text: 'tous', target: true, feedback: 'f' }] });
  const tf = q({ type: 'true-false', answer: false, genuine: false, explanation: 'E' });

  it('scores single and multiple choice (all and only the right options)', () => {
    expect(isCorrect(single, { type: 'single', choice: 1 })).toBe(true);
    expect(isCorrect(single, { type: 'single', choice: 0 })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: [2, 0] })).toBe(true);
    expect(isCorrect(multiple, { type: 'multiple', choices: [0] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 1, 2] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 0, 2] })).toBe(false);
  });

  it('scores ordering, matching and cloze', () => {
    expect(isCorrect(ordering, { type: 'ordering', order: [0, 1, 2] })).toBe(true);
    expect(isCorrect(ordering, { type: 'ordering', order: [1, 0, 2] })).toBe(false);
    expect(isCorrect(matching, { type: 'matching', matches: [0, 1] })).toBe(true);
    expect(isCorrect(matching, { type: 'matching', matches: [1, 0] })).toBe(false);
    expect(isCorrect(cloze, { type: 'cloze', words: ['chat', 'chien'] })).toBe(true);
    expect(isCorrect(cloze, { type: 'cloze', words: ['chien', 'chat'] })).toBe(false);
  });

  it('scores an estimate inside the reasonable range, bounds included', () => {
    expect(isCorrect(estimate, { type: 'estimate', value: 20000 })).toBe(true);
    expect(isCorrect(estimate, { type: 'estimate', value: 80000 })).toBe(true);
    expect(isCorrect(estimate, { type: 'estimate', value: 512 })).toBe(false);
  });

  it('scores "spot it" on exactly the target spans', () => {
    expect(isCorrect(spot, { type: 'spot', selected: [3, 0] })).toBe(true);
    expect(isCorrect(spot, { type: 'spot', selected: [0] })).toBe(false);
    expect(isCorrect(spot, { type: 'spot', selected: [0, 2, 3] })).toBe(false);
    expect(isAnswerFor(spot, { type: 'spot', selected: [1] })).toBe(false); // plain text is not selectable
  });

  it('rejects malformed answers instead of throwing', () => {
    expect(isCorrect(single, { type: 'multiple', choices: [1] })).toBe(false);
    expect(isAnswerFor(single, { type: 'single', choice: 7 })).toBe(false);
    expect(isAnswerFor(ordering, { type: 'ordering', order: [0, 0, 1] })).toBe(false);
    expect(isAnswerFor(cloze, { type: 'cloze', words: ['tigre', null] })).toBe(false);
    expect(isAnswerFor(estimate, { type: 'estimate', value: null })).toBe(false);
    expect(isAnswerFor(tf, 'vrai')).toBe(false);
  });

  it('knows when an answer is complete enough to validate', () => {
    expect(isComplete(emptyAnswer(single))).toBe(false);
    expect(isComplete(emptyAnswer(tf))).toBe(false);
    expect(isComplete(emptyAnswer(multiple))).toBe(false);
    expect(isComplete({ type: 'cloze', words: ['chat', null] })).toBe(false);
    expect(isComplete(emptyAnswer(estimate))).toBe(false);
    expect(isComplete(emptyAnswer(spot))).toBe(true);
    expect(isComplete(correctAnswer(matching))).toBe(true);
  });

  it('tells whether an item was trusted, for discernment', () => {
    expect(trustedItem(tf, { type: 'true-false', value: true })).toBe(true);
    expect(trustedItem(spot, { type: 'spot', selected: [] })).toBe(true);
    expect(trustedItem(spot, { type: 'spot', selected: [0] })).toBe(false);
    expect(trustedItem(single, { type: 'single', choice: 1 })).toBeUndefined();
  });

  it('shuffles deterministically and never leaves the right order', () => {
    for (const seed of ['a', 'b', 'etapes', 'x1']) {
      for (const n of [2, 3, 4, 6]) {
        const order = shuffledIndices(n, seed);
        expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(order).not.toEqual(Array.from({ length: n }, (_, i) => i));
        expect(shuffledIndices(n, seed)).toEqual(order);
      }
    }
  });
});

describe('score and calibration', () => {
  const r = (correct: boolean, confidence?: 'high' | 'medium' | 'guess') => ({ correct, confidence });

  it('counts right answers', () => {
    expect(score([r(true), r(false), r(true)])).toEqual({ correct: 2, total: 3 });
  });

  it('says nothing without enough declared confidence', () => {
    expect(calibration([r(true), r(false)]).verdict).toBe('none');
    expect(calibration([r(true, 'high'), r(false)]).verdict).toBe('few');
  });

  it('detects overconfidence: sure but often wrong', () => {
    const result = calibration([r(false, 'high'), r(false, 'high'), r(true, 'high'), r(true, 'guess')]);
    expect(result.verdict).toBe('overconfident');
    expect(result.levels[0]).toEqual({ level: 'high', count: 3, correct: 1 });
  });

  it('detects underconfidence: guessing but mostly right', () => {
    expect(calibration([r(true, 'guess'), r(true, 'guess'), r(true, 'guess'), r(true, 'high')]).verdict).toBe('underconfident');
  });

  it('recognises good calibration: the surer, the more often right', () => {
    expect(calibration([r(true, 'high'), r(true, 'high'), r(true, 'medium'), r(false, 'medium'), r(false, 'guess'), r(false, 'guess')]).verdict).toBe('calibrated');
  });

  it('reports a mixed picture otherwise', () => {
    expect(calibration([r(true, 'high'), r(true, 'high'), r(false, 'medium'), r(false, 'medium'), r(true, 'guess'), r(false, 'guess')]).verdict).toBe('mixed');
  });
});

describe('discernment', () => {
  const item = (genuine: boolean, trusted: boolean) => ({ genuine, trusted });

  it('reports genuine and false items separately from scepticism', () => {
    const result = discernment([item(true, true), item(true, false), item(false, false), item(false, false)]);
    expect(result.genuine).toEqual({ total: 2, trusted: 1 });
    expect(result.false).toEqual({ total: 2, rejected: 2 });
    expect(result.scepticism).toBe(0.75);
    expect(result.verdict).toBe('partial');
  });

  it('flags a pupil who rejects everything, genuine items included', () => {
    const result = discernment([item(true, false), item(true, false), item(false, false)]);
    expect(result.verdict).toBe('rejects-all');
    expect(result.scepticism).toBe(1);
  });

  it('flags a pupil who trusts everything, and praises real discernment', () => {
    expect(discernment([item(true, true), item(false, true)]).verdict).toBe('trusts-all');
    expect(discernment([item(true, true), item(false, false)]).verdict).toBe('discerning');
    expect(discernment([]).verdict).toBe('none');
  });
});

describe('view helpers', async () => {
  const { clozeParts, formatNumber, parseFrenchNumber } = await import('../../src/lib/quiz/view.ts');
  it('reads numbers the way French pupils type them', () => {
    expect(parseFrenchNumber('40 320')).toBe(40320);
    expect(parseFrenchNumber(' 2,5 ')).toBe(2.5);
    expect(parseFrenchNumber('-3')).toBe(-3);
    expect(parseFrenchNumber('environ 40')).toBeNaN();
    expect(parseFrenchNumber('')).toBeNaN();
    expect(formatNumber(40320).replace(/\s/g, ' ')).toBe('40 320');
  });
  it('cuts a cloze text into text and gaps', () => {
    expect(clozeParts('Le {chat} et le {chien}.')).toEqual(['Le ', 0, ' et le ', 1, '.']);
    expect(clozeParts('{Un} mot')).toEqual([0, ' mot']);
  });
});
