import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../src/schemas/quiz.ts';
import { BOX_COUNT, cardKey, dueCards, recordQuizAnswer, recordReview, type Deck } from '../../src/lib/quiz/leitner.ts';
import {
  CORRUPTED_PREFIX, REVISION_KEY, loadDeck, loadProgress, progressKey, restart, saveDeck, saveProgress, type QuizProgress, type StorageBackend,
} from '../../src/lib/quiz/storage.ts';

/** An in-memory Storage, like localStorage. */
class MemoryStorage implements StorageBackend {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A storage that refuses everything, like some private browsing modes. */
const broken: StorageBackend = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const questions: Question[] = [
  questionSchema.parse({ id: 'a', type: 'true-false', prompt: 'P', answer: true, explanation: 'E' }),
  questionSchema.parse({ id: 'b', type: 'single', prompt: 'P', options: [{ text: 'x', correct: true, feedback: 'f' }, { text: 'y', feedback: 'f' }] }),
  questionSchema.parse({ id: 'c', type: 'estimate', prompt: 'P', answer: 10, range: { min: 5, max: 20 }, explanation: 'E' }),
];
const NOW = 1_780_000_000_000;
const DAY = 86_400_000;

describe('quiz progress storage', () => {
  it('saves and resumes an attempt under a declic.quiz. key', () => {
    const storage = new MemoryStorage();
    const progress: QuizProgress = {
      attempt: { startedAt: NOW, position: 2, records: { a: { answer: { type: 'true-false', value: true }, confidence: 'high', correct: true }, b: { answer: { type: 'single', choice: 1 }, correct: false } } },
      history: [],
    };
    expect(saveProgress(storage, 'biais', progress)).toBeUndefined();
    expect([...storage.items.keys()]).toEqual(['declic.quiz.progress.biais']);
    expect(JSON.parse(storage.getItem(progressKey('biais')) ?? '{}').v).toBe(1);
    const loaded = loadProgress(storage, 'biais', questions, NOW + 1000);
    expect(loaded.notice).toBeUndefined();
    expect(loaded.progress.attempt.position).toBe(2);
    expect(loaded.progress.attempt.records['a']).toEqual({ answer: { type: 'true-false', value: true }, confidence: 'high', correct: true });
  });

  it('starts afresh when nothing was saved', () => {
    const loaded = loadProgress(new MemoryStorage(), 'biais', questions, NOW);
    expect(loaded).toEqual({ progress: { attempt: { startedAt: NOW, position: 0, records: {} }, history: [] } });
  });

  it('sets a corrupted save aside, reports it and keeps everything else', () => {
    const storage = new MemoryStorage();
    storage.setItem(progressKey('biais'), '{"v":1,"attempt":');
    storage.setItem(progressKey('autre'), '{"v":1,"attempt":{"startedAt":1,"position":0,"records":{}},"history":[]}');
    storage.setItem('declic.reading', '{"v":1}');
    const loaded = loadProgress(storage, 'biais', questions, NOW);
    expect(loaded.notice).toEqual({ kind: 'corrupted', key: progressKey('biais'), setAsideAs: `${CORRUPTED_PREFIX}${NOW}` });
    expect(loaded.progress.attempt.position).toBe(0);
    expect(storage.getItem(progressKey('biais'))).toBeNull();
    expect(JSON.parse(storage.getItem(`${CORRUPTED_PREFIX}${NOW}`) ?? '{}')).toEqual({ key: progressKey('biais'), raw: '{"v":1,"attempt":' });
    expect(storage.getItem(progressKey('autre'))).not.toBeNull();
    expect(storage.getItem('declic.reading')).toBe('{"v":1}');
  });

  it('treats a wrong shape as corrupted, and an older format as old', () => {
    const storage = new MemoryStorage();
    storage.setItem(progressKey('biais'), '{"v":1,"attempt":{"startedAt":"hier"},"history":[]}');
    expect(loadProgress(storage, 'biais', questions, NOW).notice?.kind).toBe('corrupted');
    storage.setItem(progressKey('biais'), '{"v":0,"answers":{"a":true}}');
    expect(loadProgress(storage, 'biais', questions, NOW + 1).notice?.kind).toBe('old-format');
    storage.setItem(progressKey('biais'), '["pas", "un", "objet"]');
    expect(loadProgress(storage, 'biais', questions, NOW + 2).notice?.kind).toBe('corrupted');
    expect([...storage.items.keys()].filter((k) => k.startsWith(CORRUPTED_PREFIX))).toHaveLength(3);
  });

  it('never overwrites an earlier corrupted entry set aside at the same moment', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${CORRUPTED_PREFIX}${NOW}`, 'earlier');
    storage.setItem(progressKey('biais'), 'nonsense');
    expect(loadProgress(storage, 'biais', questions, NOW).notice).toMatchObject({ setAsideAs: `${CORRUPTED_PREFIX}${NOW}-1` });
    expect(storage.getItem(`${CORRUPTED_PREFIX}${NOW}`)).toBe('earlier');
  });

  it('drops answers that no longer fit the questions (content changed) without calling it corruption', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      progressKey('biais'),
      JSON.stringify({ v: 1, attempt: { startedAt: NOW, position: 3, records: { a: { answer: { type: 'true-false', value: false }, correct: true }, b: { answer: { type: 'single', choice: 9 }, correct: true }, supprimee: { answer: { type: 'single', choice: 0 }, correct: true } } }, history: [] }),
    );
    const loaded = loadProgress(storage, 'biais', questions, NOW);
    expect(loaded.notice).toBeUndefined();
    expect(Object.keys(loaded.progress.attempt.records)).toEqual(['a']);
    expect(loaded.progress.attempt.records['a']?.correct).toBe(false); // recomputed, not trusted
    expect(loaded.progress.attempt.position).toBe(1); // back to the first unanswered question
  });

  it('never throws when the device refuses storage', () => {
    expect(loadProgress(broken, 'biais', questions, NOW).notice).toEqual({ kind: 'unavailable' });
    expect(loadProgress(null, 'biais', questions, NOW).notice).toEqual({ kind: 'unavailable' });
    expect(saveProgress(broken, 'biais', { attempt: { startedAt: NOW, position: 0, records: {} }, history: [] })).toEqual({ kind: 'unavailable' });
    expect(loadDeck(broken, NOW).notice).toEqual({ kind: 'unavailable' });
  });

  it('« recommencer » starts over and keeps the history of attempts', () => {
    const finished: QuizProgress = {
      attempt: { startedAt: NOW, position: 3, finishedAt: NOW + 60_000, records: { a: { answer: { type: 'true-false', value: true }, correct: true }, b: { answer: { type: 'single', choice: 1 }, correct: false }, c: { answer: { type: 'estimate', value: 9 }, correct: true } } },
      history: [],
    };
    const again = restart(finished, ['a', 'b', 'c'], NOW + DAY);
    expect(again.attempt).toEqual({ startedAt: NOW + DAY, position: 0, records: {} });
    expect(again.history).toEqual([{ startedAt: NOW, finishedAt: NOW + 60_000, correct: 2, total: 3, completed: true }]);
    const storage = new MemoryStorage();
    saveProgress(storage, 'biais', again);
    expect(loadProgress(storage, 'biais', questions, NOW + DAY).progress.history).toEqual(again.history);
    expect(restart(again, ['a', 'b', 'c'], NOW + 2 * DAY).history).toHaveLength(1); // nothing answered: nothing to keep
  });

  it('an unscored question (an experience) counts neither in the score nor in the total of the history', () => {
    const finished: QuizProgress = {
      attempt: { startedAt: NOW, position: 3, finishedAt: NOW + 60_000, records: { a: { answer: { type: 'true-false', value: true }, correct: true }, b: { answer: { type: 'single', choice: 1 }, correct: false }, c: { answer: { type: 'estimate', value: 9 }, correct: true } } },
      history: [],
    };
    expect(restart(finished, ['a', 'b'], NOW + DAY).history).toEqual([{ startedAt: NOW, finishedAt: NOW + 60_000, correct: 1, total: 2, completed: true }]);
  });
});

describe('Leitner boxes', () => {
  it('puts a missed question in box 1, due at once; a right answer in a quiz adds nothing', () => {
    let deck: Deck = {};
    deck = recordQuizAnswer(deck, cardKey('m', 'q'), true, NOW);
    expect(deck).toEqual({});
    deck = recordQuizAnswer(deck, cardKey('m', 'q'), false, NOW);
    expect(deck).toEqual({ 'm/q': { box: 1, due: NOW } });
  });

  it('moves a card up one box per right review, back to box 1 on a miss, out after the last box', () => {
    let deck: Deck = { 'm/q': { box: 1, due: NOW } };
    deck = recordReview(deck, 'm/q', true, NOW);
    expect(deck['m/q']).toEqual({ box: 2, due: NOW + DAY });
    deck = recordReview(deck, 'm/q', true, NOW);
    expect(deck['m/q']).toEqual({ box: 3, due: NOW + 3 * DAY });
    deck = recordReview(deck, 'm/q', false, NOW);
    expect(deck['m/q']).toEqual({ box: 1, due: NOW });
    deck = { 'm/q': { box: BOX_COUNT, due: NOW } };
    expect(recordReview(deck, 'm/q', true, NOW)).toEqual({});
  });

  it('reviews due cards only, lowest box first, interleaving modules', () => {
    const deck: Deck = {
      'a/1': { box: 1, due: NOW - 10 },
      'a/2': { box: 1, due: NOW - 5 },
      'a/3': { box: 2, due: NOW - 1 },
      'b/1': { box: 2, due: NOW - 20 },
      'b/2': { box: 3, due: NOW + DAY },
    };
    expect(dueCards(deck, NOW)).toEqual(['a/1', 'b/1', 'a/2', 'a/3']);
    expect(dueCards(deck, NOW, 2)).toEqual(['a/1', 'b/1']);
  });

  it('round-trips through storage and sets a corrupted deck aside', () => {
    const storage = new MemoryStorage();
    saveDeck(storage, { 'm/q': { box: 2, due: NOW } });
    expect(loadDeck(storage, NOW).deck).toEqual({ 'm/q': { box: 2, due: NOW } });
    storage.setItem(REVISION_KEY, '{"v":1,"cards":{"m/q":{"box":"deux"}}}');
    const loaded = loadDeck(storage, NOW);
    expect(loaded.deck).toEqual({});
    expect(loaded.notice?.kind).toBe('corrupted');
    expect(storage.getItem(REVISION_KEY)).toBeNull();
  });
});
