/**
 * Tests of every quiz file beyond the content validator (schema, references, 8 to 12 questions of
 * several types, French typography): the internal consistency of each question (its right answer is
 * scored right, its shuffled start is not).
 */
import { describe, expect, it } from 'vitest';
import { correctAnswer, emptyAnswer, isCorrect } from '../../src/lib/quiz/answers.ts';
import { shuffledIndices } from '../../src/lib/quiz/shuffle.ts';
import { contentReport } from '../helpers/content.ts';

// Schema, references, size, types and typography: the content validator (tests/content/content.test.ts).
const { quizzes, raw } = contentReport().content;

describe('quiz files', () => {
  it('the Biais cognitifs module has a quiz', () => {
    expect(raw.quizzes.map((r) => r.file)).toContain('content/modules/biais-cognitifs/quiz.yaml');
  });
});

describe.each(quizzes.map((q) => [q.file, q] as const))('%s', (_file, quiz) => {
  const { questions } = quiz.data;

  it.each(questions.map((q) => [q.id, q] as const))('question %s: its right answer scores, its starting state does not', (_id, question) => {
    expect(isCorrect(question, correctAnswer(question))).toBe(true);
    const start = question.type === 'ordering' ? emptyAnswer(question, shuffledIndices(question.items.length, question.id)) : emptyAnswer(question);
    // A trustworthy "spot it" text is rightly answered by selecting nothing, its starting state.
    if (!(question.type === 'spot' && question.genuine === true)) expect(isCorrect(question, start)).toBe(false);
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
