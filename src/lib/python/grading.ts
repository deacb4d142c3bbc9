/**
 * Grading of exercises, pure: from the exercise's checks and a run's result to the French feedback
 * the pupil reads. The feedback names the failed check by its authored message (never the expected
 * answer), or explains the error that stopped the program. Shared by the island and the content tests,
 * which assert that every documented mistake triggers its message.
 */
import type { KeysWithPrefix, Translator } from '../../i18n/island.ts';
import type { Check, ExerciseData } from '../../schemas/exercise.ts';
import type { Explanation } from './explain.ts';

import { normalizeOutput } from './harness.ts';
import type { PythonError, RunResult, WorkerCheck } from './protocol.ts';

/**
 * The explanations of errors (explain.ts, its words taken from the island's strings) are passed in by
 * the caller: the exercise page loads them with the first run instead of with the page.
 */
export type Explain = (error: PythonError) => Explanation;

export interface Step {
  title: string | null;
  instructions: string | null;
  checks: Check[];
}

/** The steps of a program-running exercise: a project's own steps, or one step holding all checks. */
export function stepsOf(exercise: ExerciseData): Step[] {
  if (exercise.kind === 'project') return exercise.steps;
  if ('checks' in exercise) return [{ title: null, instructions: null, checks: exercise.checks }];
  return [];
}

/** A one-line `assert` is an expression that must be true; several lines carry their own assert statements. */
export function toWorkerCheck(check: Check): WorkerCheck {
  if (check.output !== undefined) return { kind: 'output', expected: check.output };
  const code = (check.assert ?? '').trim();
  return { kind: 'assert', code: code.includes('\n') || /^assert\b/.test(code) ? code : `assert (${code})` };
}

export interface FailedCheck {
  /** 1-based number of the check among all checks run. */
  number: number;
  message: string;
  /** When the pupil's function raised an error during the check. */
  explanation: Explanation | null;
}

export interface Feedback {
  /** Every check passed. */
  passed: boolean;
  /** The error that stopped the program (or the time limit), explained. */
  explanation: Explanation | null;
  failed: FailedCheck[];
  /** Checks passed and checks counted, up to the pupil's current step. */
  passedCount: number;
  total: number;
  /** 0-based index of the step the pupil is on (the first one with a failed check). */
  step: number;
  /** The run was stopped by the pupil: no verdict. */
  stopped: boolean;
}

/** Checks to run for a pupil on step `step`: those of every step up to and including it. */
export function checksUpTo(steps: Step[], step: number): Check[] {
  return steps.slice(0, step + 1).flatMap((s) => s.checks);
}

/** Judges `result`, a run of `checks` (all steps' checks, in order). */
export function grade(result: RunResult, steps: Step[], explainError: Explain): Feedback {
  const checks = steps.flatMap((s) => s.checks);
  const base = { passedCount: 0, total: checks.length, failed: [], step: 0 };
  if (result.status === 'stopped') return { ...base, passed: false, explanation: null, stopped: true };
  if (result.error) return { ...base, passed: false, explanation: explainError(result.error), stopped: false };
  let step = steps.length - 1;
  let offset = 0;
  let visible = checks.length;
  for (let i = 0; i < steps.length; i += 1) {
    const count = steps[i]?.checks.length ?? 0;
    const outcomes = result.checks.slice(offset, offset + count);
    if (outcomes.length < count || outcomes.some((c) => !c.ok)) {
      step = i;
      visible = offset + count;
      break;
    }
    offset += count;
  }
  // Checks of later steps stay hidden: the pupil reads one step's instructions at a time.
  const failed: FailedCheck[] = [];
  result.checks.slice(0, visible).forEach((outcome, index) => {
    if (!outcome.ok) failed.push({ number: index + 1, message: checks[index]?.message ?? '', explanation: outcome.error ? explainError(outcome.error) : null });
  });
  const passed = result.checks.length === checks.length && result.checks.every((c) => c.ok);
  const shown = passed ? result.checks : result.checks.slice(0, visible);
  return { passed, explanation: null, failed, passedCount: shown.filter((c) => c.ok).length, total: passed ? checks.length : visible, step, stopped: false };
}

/** Every French sentence the feedback shows, as one text (what a documented mistake's message is matched against). */
export function feedbackText(feedback: Feedback): string {
  const parts: string[] = [];
  const explain = (e: Explanation) => parts.push(e.title, e.meaning, e.hint);
  if (feedback.explanation) explain(feedback.explanation);
  for (const f of feedback.failed) {
    parts.push(f.message);
    if (f.explanation) explain(f.explanation);
  }
  return parts.join('\n');
}

export interface PredictionVerdict {
  correct: boolean;
  /** A documented wrong prediction's message, or a general one. */
  message: string;
  /** 1-based number of the first line that differs, when the prediction is wrong. */
  firstDifference: number | null;
}

/** The dictionary keys of a prediction's verdict. */
export type PredictionKey = KeysWithPrefix<'exercise.prediction.'>;

/**
 * Compares a pupil's prediction with what the program really printed (spaces at line ends ignored).
 * The general verdicts are in the words of `translator` (the island's, or the site-wide one in tests).
 */
export function comparePrediction(
  prediction: string,
  actual: string,
  translator: Pick<Translator<PredictionKey>, 't' | 'tn'>,
  mistakes: { answer: string; message: string }[] = [],
): PredictionVerdict {
  const { t, tn } = translator;
  const said = normalizeOutput(prediction.trim());
  const real = normalizeOutput(actual);
  if (said === real) return { correct: true, message: t('exercise.prediction.right'), firstDifference: null };
  const known = mistakes.find((m) => normalizeOutput(m.answer.trim()) === said);
  const saidLines = said.split('\n');
  const realLines = real.split('\n');
  let first = 0;
  while (first < Math.max(saidLines.length, realLines.length) && saidLines[first] === realLines[first]) first += 1;
  const general =
    saidLines.length !== realLines.length
      ? tn('exercise.prediction.lineCount', realLines.length, { said: saidLines.length })
      : t('exercise.prediction.differentLine', { line: first + 1 });
  return { correct: false, message: known ? known.message : general, firstDifference: first + 1 };
}

/** A line of a Parsons problem: its text without indentation and its indentation level (4 spaces). */
export interface ParsonsLine {
  id: number;
  text: string;
  indent: number;
}

/** The solution's lines, each with its level of indentation; blank lines are dropped. */
export function parsonsLines(solution: string): ParsonsLine[] {
  return solution
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, id) => ({ id, text: line.trim(), indent: Math.floor((line.length - line.trimStart().length) / 4) }));
}

/** A deterministic shuffle (same order for every pupil and every visit), never the solution's order. */
export function shuffleLines<T>(items: T[], seedText: string): T[] {
  let seed = [...seedText].reduce((h, c) => (Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0), 2166136261);
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const out = [...items];
  for (let attempt = 0; attempt < 10; attempt += 1) {
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    if (out.length < 2 || out.some((item, i) => item !== items[i])) break;
  }
  return out;
}

/** The program a Parsons arrangement stands for: all lines start flush left, then get their chosen indentation. */
export function assembleParsons(lines: { text: string; indent: number }[]): string {
  return `${lines.map((l) => `${'    '.repeat(l.indent)}${l.text}`).join('\n')}\n`;
}

