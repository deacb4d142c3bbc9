/**
 * The Python exercises, run for real: Pyodide is loaded once under Node and every reference solution
 * goes through its own checks (it must pass them all), every documented wrong program must trigger
 * its specific message, every reading exercise's expected output must be what the program prints.
 * An exercise whose solution fails its checks therefore fails `npm test`.
 */
import { t, tn } from '../../src/i18n/index.ts';
import { explainError } from '../helpers/explain.ts';
import { loadDeclicPython } from '../helpers/python.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-graph.ts';
import { validateExercises } from '../../src/lib/exercise-graph.ts';
import { checksUpTo, comparePrediction, feedbackText, grade, parsonsLines, shuffleLines, stepsOf, toWorkerCheck } from '../../src/lib/python/grading.ts';
import { gradeVocabulary } from '../../src/lib/python/vocabulary.ts';
import { normalizeOutput, runProgram, type PythonRuntime } from '../../src/lib/python/harness.ts';
import type { ExerciseData } from '../../src/schemas/exercise.ts';
import { contentReport } from '../helpers/content.ts';

const { content } = contentReport();
const { exercises } = content;
const problems = content.problems.filter((p) => p.file.includes('/exercices/'));
const moduleSlugs = content.inventory.modules.map((m) => m.slug);
/** Stops a documented infinite loop under Node, where no worker can be terminated. */
const STEP_LIMIT = 200_000;

let py: PythonRuntime;
beforeAll(async () => {
  py = await loadDeclicPython();
}, 120_000);

function check(exercise: ExerciseData, code: string) {
  const steps = stepsOf(exercise);
  const checks = checksUpTo(steps, steps.length - 1).map(toWorkerCheck);
  const result = runProgram(py, { code, stdin: 'input' in exercise ? exercise.input : [], checks, stepLimit: STEP_LIMIT }, () => undefined);
  return { result, feedback: grade(result, steps, explainError) };
}

describe('exercise files', () => {
  it('every exercise file matches its schema', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });
  it('every exercise belongs to a module, has an order prefix and a unique slug', () => {
    const graph = validateExercises(exercises, moduleSlugs);
    expect(graph, formatProblems(graph)).toEqual([]);
  });
  it('the code module has at least 15 exercises covering every kind', () => {
    const own = exercises.filter((e) => e.module === 'coder-langue-vivante');
    expect(own.length).toBeGreaterThanOrEqual(15);
    expect(new Set(own.map((e) => e.data.kind))).toEqual(new Set(['vocabulary', 'completion', 'reading', 'translation', 'description', 'correction', 'parsons', 'expression', 'project']));
  });
});

describe.each(exercises.map((e) => [e.file, e] as const))('%s', (file, { data, slug }) => {
  if ('solution' in data) {
    it('the reference solution passes every check', () => {
      const { result, feedback } = check(data, data.solution);
      expect(result.error, `${file}: ${JSON.stringify(result.error)}`).toBeNull();
      expect(feedback.failed.map((f) => f.message), file).toEqual([]);
      expect(feedback.passed).toBe(true);
    });
  }
  if ('starter' in data) {
    it('the starter code does not already pass', () => {
      expect(check(data, data.starter).feedback.passed, `${file}: the starter passes its checks`).toBe(false);
    });
  }
  if (data.kind === 'parsons') {
    it('the shuffled lines are not already in order', () => {
      const lines = parsonsLines(data.solution);
      expect(shuffleLines(lines, slug).map((l) => l.id)).not.toEqual(lines.map((l) => l.id));
    });
  }
  if ('mistakes' in data && data.kind !== 'reading') {
    it.each(data.mistakes.map((m, i) => [i + 1, m] as const))('documented mistake %i triggers its message', (_n, mistake) => {
      const { feedback } = check(data, mistake.code);
      expect(feedback.passed).toBe(false);
      expect(feedbackText(feedback)).toContain(mistake.message);
    });
  }
  if (data.kind === 'vocabulary') {
    it('words and meanings are unique, so each word has one right answer', () => {
      expect(new Set(data.pairs.map((p) => p.word)).size).toBe(data.pairs.length);
      expect(new Set(data.pairs.map((p) => p.meaning)).size).toBe(data.pairs.length);
      const right = Object.fromEntries(data.pairs.map((p) => [p.word, p.meaning]));
      expect(gradeVocabulary(data.pairs, right).correct).toHaveLength(data.pairs.length);
    });
  }
  if (data.kind === 'reading' || data.kind === 'description') {
    it('the program runs without error', () => {
      const { result } = check(data, data.program);
      expect(result.error).toBeNull();
      expect(result.output.length).toBeGreaterThan(0);
    });
  }
  if (data.kind === 'reading') {
    it('the expected output is what the program prints, and each documented wrong prediction gets its message', () => {
      const { result } = check(data, data.program);
      expect(normalizeOutput(result.output)).toBe(normalizeOutput(data.expectedOutput));
      expect(comparePrediction(data.expectedOutput, result.output, { t, tn }).correct).toBe(true);
      for (const mistake of data.mistakes) {
        const verdict = comparePrediction(mistake.answer, result.output, { t, tn }, data.mistakes);
        expect(verdict.correct).toBe(false);
        expect(verdict.message).toBe(mistake.message);
      }
    });
  }
});
