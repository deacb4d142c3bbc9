/** « Devine le mot suivant »: the n-gram model, checked by hand on a tiny text, then on the real corpora. */
import { describe, expect, it } from 'vitest';
import shipped from 'virtual:declic/devine-le-mot-suivant';
import {
  buildModel, contextFor, detokenize, draw, frequentWords, generate, knownTokens, nextWordTable, tokenize, withTemperature,
} from '../../src/lib/activities/devine-le-mot-suivant.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('tokenize', () => {
  it('lowercases, keeps elisions and hyphenated words, splits punctuation, drops quotes and dashes', () => {
    expect(tokenize('« Je vous paierai, lui dit-elle, Avant l’août. » — Qu\'il parte !')).toEqual(
      ['je', 'vous', 'paierai', ',', 'lui', 'dit-elle', ',', 'avant', 'l’', 'août', '.', 'qu’', 'il', 'parte', '!'],
    );
  });
});

describe('a hand-counted text', () => {
  // « le chat dort . le chat mange . le chien dort . »
  const model = buildModel(tokenize('Le chat dort. Le chat mange. Le chien dort.'));

  it('counts which word follows which', () => {
    expect(nextWordTable(model, ['le'])).toEqual([
      { word: 'chat', count: 2, probability: 2 / 3 },
      { word: 'chien', count: 1, probability: 1 / 3 },
    ]);
    expect(nextWordTable(model, ['chat']).map((r) => [r.word, r.count])).toEqual([['dort', 1], ['mange', 1]]);
    expect(nextWordTable(model, ['le', 'chat']).map((r) => [r.word, r.count])).toEqual([['dort', 1], ['mange', 1]]);
    expect(model.tokenCount).toBe(12);
    expect(model.vocabulary).toEqual(['le', 'chat', 'dort', '.', 'mange', 'chien']);
  });

  it('knows nothing about a word it never saw, nor about the last word of the text', () => {
    expect(nextWordTable(model, ['poisson'])).toEqual([]);
    expect(knownTokens(model, 'Le poisson dort ?')).toEqual(['le', 'dort']);
  });

  it('breaks ties by first appearance, so the order never depends on the browser', () => {
    expect(nextWordTable(model, ['.']).map((r) => r.word)).toEqual(['le']);
    expect(frequentWords(model, 2)).toEqual(['le', 'chat']);
  });

  it('reweights with the temperature: 1 keeps the counts, 0 takes the most frequent, high evens out', () => {
    const table = nextWordTable(model, ['le']);
    expect(withTemperature(table, 1).map((r) => r.probability)).toEqual([2 / 3, 1 / 3]);
    expect(withTemperature(table, 0).map((r) => r.probability)).toEqual([1, 0]);
    const half = withTemperature(table, 0.5).map((r) => r.probability);
    expect(half[0]).toBeCloseTo(4 / 5); // 2² / (2² + 1²)
    const hot = withTemperature(table, 2).map((r) => r.probability);
    expect(hot[0]).toBeCloseTo(Math.SQRT2 / (Math.SQRT2 + 1));
    expect(hot[0]).toBeLessThan(2 / 3);
  });

  it('draws according to the probabilities', () => {
    const table = nextWordTable(model, ['le']);
    expect(draw(table, () => 0.5)?.word).toBe('chat');
    expect(draw(table, () => 0.7)?.word).toBe('chien');
    expect(draw([], () => 0.5)).toBeNull();
  });

  it('stops at a dead end and says so', () => {
    const generation = generate(model, ['dort'], 5, 1, seededRandom(1));
    expect(generation.tokens.at(-1)).toBe('.');
    const tiny = buildModel(tokenize('un deux'));
    const stuck = generate(tiny, ['un'], 3, 1, seededRandom(1));
    expect(stuck).toMatchObject({ tokens: ['un', 'deux'], deadEnd: true });
    expect(stuck.steps.at(-1)).toMatchObject({ context: ['deux'], chosen: null });
  });

  it('looks two words back when asked, and backs off to one word for an unseen pair', () => {
    expect(contextFor(model, ['le', 'chat'], 2)).toEqual(['le', 'chat']);
    expect(contextFor(model, ['chien', 'chat'], 2)).toEqual(['chat']);
    expect(contextFor(model, ['le', 'chat'], 1)).toEqual(['chat']);
  });

  it('writes French text back: elisions, punctuation spacing, capitals', () => {
    expect(detokenize(['le', 'chat', 'dort', '.', 'l’', 'oiseau', 'chante', ':', 'bonjour', '!', 'et', 'toi', '?'])).toBe(
      'Le chat dort. L’oiseau chante\u00A0: bonjour\u202F! Et toi\u202F?',
    );
  });
});

const corpora = Object.fromEntries(shipped.map((corpus) => [corpus.id, corpus]));
const models = Object.fromEntries(shipped.map((corpus) => [corpus.id, buildModel(tokenize(corpus.text))]));

describe('the corpora shipped with the activity', () => {
  it('are the three expected ones, in order, with their status', () => {
    expect(shipped.map((corpus) => corpus.id)).toEqual(['fables', 'chaperon-rouge', 'messages']);
    expect(corpora['fables']?.status).toBe('domaine-public');
    expect(corpora['chaperon-rouge']?.status).toBe('domaine-public');
    expect(corpora['messages']?.status).toBe('fictif');
  });

  it('use French typography (no straight quote or apostrophe)', () => {
    for (const corpus of Object.values(corpora)) expect(corpus.text).not.toMatch(/["']/);
  });

  it.each(Object.keys(models))('%s: every table of every context sums to 1', (slug) => {
    const model = models[slug]!;
    for (const key of model.counts.keys()) {
      const context = key.split(' ');
      expect(sum(nextWordTable(model, context).map((r) => r.probability))).toBeCloseTo(1, 10);
      for (const temperature of [0, 0.5, 1, 2]) {
        expect(sum(withTemperature(nextWordTable(model, context), temperature).map((r) => r.probability))).toBeCloseTo(1, 10);
      }
    }
  });

  it('temperature 0 is deterministic: always the same text, whatever the random generator', () => {
    const fables = models['fables']!;
    const a = generate(fables, ['le'], 20, 0, seededRandom(1));
    const b = generate(fables, ['le'], 20, 0, seededRandom(999));
    expect(a.tokens).toEqual(b.tokens);
    expect(a.steps.every((step) => step.table[0]?.word === step.chosen)).toBe(true);
  });

  it('the same seed gives the same text, another seed another one', () => {
    const fables = models['fables']!;
    const once = generate(fables, ['le'], 30, 1, seededRandom(7)).tokens;
    expect(generate(fables, ['le'], 30, 1, seededRandom(7)).tokens).toEqual(once);
    expect(generate(fables, ['le'], 30, 1, seededRandom(8)).tokens).not.toEqual(once);
  });

  it('a model trained on other texts « thinks » differently after the same word', () => {
    const top = (slug: string, word: string) => nextWordTable(models[slug]!, [word])[0]?.word;
    expect(top('fables', 'le')).toBe('corbeau');
    expect(top('chaperon-rouge', 'le')).toBe('loup');
    expect(top('messages', 'le')).toBe('bus');
    expect(nextWordTable(models['fables']!, ['le'])).not.toEqual(nextWordTable(models['messages']!, ['le']));
    // Each knows words the others never saw.
    expect(nextWordTable(models['messages']!, ['fromage'])).toEqual([]);
    expect(nextWordTable(models['fables']!, ['galette'])).toEqual([]);
  });

  it('gives the figures the lessons and the teacher notes print (figures 01-tableau-du-mot-le and 03-trois-modeles)', () => {
    const top3 = (slug: string) => nextWordTable(models[slug]!, ['le']).slice(0, 3).map((r) => `${r.word} ${Math.round(r.probability * 100)} %`);
    expect(nextWordTable(models['fables']!, ['le']).map((r) => [r.word, r.count])).toEqual([['corbeau', 3], ['renard', 2], ['loup', 2], ['courant', 2], ['phénix', 1], ['mange', 1]]);
    expect(top3('fables')).toEqual(['corbeau 27 %', 'renard 18 %', 'loup 18 %']);
    expect(top3('chaperon-rouge')).toEqual(['loup 44 %', 'petit 25 %', 'plus 13 %']);
    expect(top3('messages')).toEqual(['bus 17 %', 'devoir 13 %', 'foot 9 %']);
  });

  it('can write the fluent but false sentence of lesson 1: every pair of words comes from the fables', () => {
    const words = tokenize('Le Renard s’en saisit, et dit : il faut que je me venge.');
    const fables = models['fables']!;
    expect(words.slice(1).every((word, i) => nextWordTable(fables, [words[i]!]).some((row) => row.word === word))).toBe(true);
  });
});
