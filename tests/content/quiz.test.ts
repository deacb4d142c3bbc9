/**
 * Tests of every quiz file: schema, cross-file references, the content rules (8 to 12 questions of
 * several types, every answer explained, French typography) and the internal consistency of each
 * question (its right answer is scored right, its shuffled start is not).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-graph.ts';
import { lintFrenchProse } from '../../src/lib/content-lint.ts';
import { validateQuizzes } from '../../src/lib/quiz-graph.ts';
import { correctAnswer, emptyAnswer, isCorrect } from '../../src/lib/quiz/answers.ts';
import { shuffledIndices } from '../../src/lib/quiz/shuffle.ts';
import { ROOT, loadContent } from '../helpers/load-content.ts';
import { loadQuizzes } from '../helpers/load-quizzes.ts';

const { quizzes, raw, schemaProblems } = loadQuizzes();
const { inventory } = loadContent();

/** Every string of a parsed YAML value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('quiz files', () => {
  it('the Biais cognitifs module has a quiz', () => {
    expect(raw.map((r) => r.file)).toContain('content/modules/biais-cognitifs/quiz.yaml');
  });

  it('every quiz matches its schema', () => {
    expect(schemaProblems, formatProblems(schemaProblems)).toEqual([]);
  });

  it('every lesson and image a quiz refers to exists', () => {
    const modules = inventory.modules.map((m) => ({ slug: m.slug, lessons: m.data.lessons }));
    const problems = validateQuizzes(quizzes, modules, { publicFileExists: (path) => existsSync(join(ROOT, 'public', path)) });
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it.each(raw.map((r) => [r.file, r.data] as const))('%s follows French typography', (file, data) => {
    const issues = strings(data).flatMap((text) => lintFrenchProse(text).map((i) => `${file} : « ${text.slice(0, 50)}… » ${i.message}`));
    expect(issues).toEqual([]);
  });
});

describe.each(quizzes.map((q) => [q.file, q] as const))('%s', (_file, quiz) => {
  const { questions } = quiz.data;

  it('has 8 to 12 questions of at least four types', () => {
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(12);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(questions.map((q) => [q.id, q] as const))('question %s: its right answer scores, its starting state does not', (_id, question) => {
    expect(isCorrect(question, correctAnswer(question))).toBe(true);
    const start = question.type === 'ordering' ? emptyAnswer(question, shuffledIndices(question.items.length, question.id)) : emptyAnswer(question);
    // A trustworthy "spot it" text is rightly answered by selecting nothing, its starting state.
    if (!(question.type === 'spot' && question.genuine === true)) expect(isCorrect(question, start)).toBe(false);
  });

  it('items judged for discernment include both genuine and false ones', () => {
    const judged = questions.flatMap((q) => ('genuine' in q && q.genuine !== undefined ? [q.genuine] : []));
    if (judged.length > 0) expect(new Set(judged)).toEqual(new Set([true, false]));
  });
});

describe('the Biais cognitifs quiz', () => {
  const quiz = quizzes.find((q) => q.module === 'biais-cognitifs');
  it('uses every question type the lessons call for', () => {
    const types = new Set(quiz?.data.questions.map((q) => q.type));
    expect([...types].sort()).toEqual(['cloze', 'estimate', 'matching', 'multiple', 'ordering', 'single', 'spot', 'true-false']);
  });
  it('has a "spot it" on a social post and true/false items mixing genuine and false claims', () => {
    const questions = quiz?.data.questions ?? [];
    expect(questions.some((q) => q.type === 'spot' && q.format === 'post')).toBe(true);
    const tf = questions.filter((q) => q.type === 'true-false');
    expect(tf.some((q) => q.type === 'true-false' && q.genuine === true)).toBe(true);
    expect(tf.some((q) => q.type === 'true-false' && q.genuine === false)).toBe(true);
  });
});
