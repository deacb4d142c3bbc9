import { z } from 'astro/zod';
import { text, textList } from './common.ts';

/**
 * A Python exercise: `content/modules/<module>/exercices/NN-<slug>.yaml`. Its module is its folder, its
 * slug the file name without the `NN-` prefix (which gives the order). The kinds follow the progression
 * of a language class (vocabulary, reading, translation, correction, reordering, expression, project)
 * and form a union on `kind`; every program-running kind is graded by running the pupil's code and
 * hidden checks, never by comparing source text. The content tests run every reference solution and
 * every documented mistake in Pyodide (tests/content/exercises.test.ts).
 */

/** Subjects an exercise draws its material from. */
export const SUBJECTS = ['lettres', 'langues', 'arts', 'histoire', 'technologie'] as const;

/** A program: a non-empty text, kept as written (indentation matters). */
const program = (label: string) =>
  z.string({ required_error: `champ obligatoire manquant : ${label}`, invalid_type_error: `${label} doit être un texte` }).refine((s) => s.trim().length > 0, `${label} ne doit pas être vide`);

/**
 * A hidden check, run after the pupil's program. Either `output` (what the program must print, compared
 * line by line, spaces at line ends ignored) or `assert` (Python: one expression that must be true, or
 * several lines with their own `assert`). Inside an assertion, `OUTPUT` is what was printed, `SOURCE` the
 * pupil's code, `uses("for")` tells whether the code uses a keyword or a name, `defined("f")` whether the
 * program defined `f`. `message` is shown in French when the check fails: say what is wrong, not the answer.
 */
export const checkSchema = z
  .object({
    output: z.string().optional(),
    assert: z.string().optional(),
    message: text('vérification : message (message)'),
  })
  .strict()
  .refine((c) => (c.output === undefined) !== (c.assert === undefined), 'vérification : écrire soit « output », soit « assert » (un seul des deux)');
export type Check = z.infer<typeof checkSchema>;

/** A sample wrong program and the specific French message it must trigger (a check's message or an error explanation). */
const mistakeSchema = z.object({
  /** The wrong program. */
  code: program('erreur type : programme (code)'),
  /** A part of the feedback this program must show. */
  message: text('erreur type : message attendu (message)'),
});

const checksList = z.array(checkSchema).min(1, 'vérifications (checks) : au moins une');

const common = {
  /** Title shown in the list and as the page heading. */
  title: text('titre (title)'),
  /** What the pupil must do (plain text; blank lines separate paragraphs; `code` in backquotes). */
  instructions: text('consigne (instructions)'),
  /** The subject the material comes from. */
  subject: z.enum(SUBJECTS, { errorMap: () => ({ message: `discipline (subject) : ${SUBJECTS.join(', ')}` }) }),
  /** Progressive hints, shown one at a time on request. */
  hints: textList('indices (hints)', 0).default([]),
};

const codeCommon = {
  ...common,
  /** Code in the editor at the start (may be empty for a blank page). */
  starter: z.string().default(''),
  /** The reference solution: it must pass every check. */
  solution: program('solution (solution)'),
  /** Lines given to input(), one per call, pre-filled in « Entrées du programme ». */
  input: z.array(z.string()).default([]),
  /** Failed runs before the solution can be shown. */
  triesBeforeSolution: z.number().int().min(1).max(10).default(3),
  /** Sample wrong programs, each with the message it must trigger. */
  mistakes: z.array(mistakeSchema).default([]),
};

/** One step of a project: its own instructions and checks; the steps' checks accumulate. */
const stepSchema = z.object({
  title: text('étape : titre (title)'),
  instructions: text('étape : consigne (instructions)'),
  checks: checksList,
});

export const exerciseSchema = z.discriminatedUnion(
  'kind',
  [
    /** Vocabulary: match each Python word with its French meaning. */
    z.object({
      kind: z.literal('vocabulary'),
      ...common,
      pairs: z.array(z.object({ word: text('paire : mot Python (word)'), meaning: text('paire : sens en français (meaning)') })).min(3, 'paires (pairs) : au moins 3'),
    }),
    /** Vocabulary: fill the blanks of a program with the right keyword, then run it. */
    z.object({ kind: z.literal('completion'), ...codeCommon, checks: checksList }),
    /** Reading comprehension: predict what a program prints, then run it to check. */
    z.object({
      kind: z.literal('reading'),
      ...common,
      program: program('programme (program)'),
      /** What the program prints: checked against a real run by the content tests. */
      expectedOutput: program('affichage attendu (expectedOutput)'),
      /** Sample wrong predictions, each with the message it must trigger. */
      mistakes: z.array(z.object({ answer: z.string(), message: text('erreur type : message (message)') })).default([]),
    }),
    /** Translation French → Python. */
    z.object({ kind: z.literal('translation'), ...codeCommon, checks: checksList }),
    /** Translation Python → French: the pupil describes a program, then compares with a model. */
    z.object({
      kind: z.literal('description'),
      ...common,
      program: program('programme (program)'),
      modelAnswer: text('description modèle (modelAnswer)'),
      keyPoints: textList('points clés (keyPoints)', 2),
    }),
    /** Correction: a program with a mistake to find and fix. */
    z.object({ kind: z.literal('correction'), ...codeCommon, checks: checksList }),
    /** Reordering (Parsons problem): put shuffled lines in order and indent them. */
    z.object({
      kind: z.literal('parsons'),
      ...common,
      solution: program('solution (solution)'),
      checks: checksList,
      mistakes: z.array(mistakeSchema).default([]),
      triesBeforeSolution: z.number().int().min(1).max(10).default(3),
    }),
    /** Expression: write a program from a blank or partial starter. */
    z.object({ kind: z.literal('expression'), ...codeCommon, checks: checksList }),
    /** A project in several steps; each step adds checks to the previous ones. */
    z.object({ kind: z.literal('project'), ...codeCommon, steps: z.array(stepSchema).min(2, 'étapes (steps) : au moins 2') }),
  ],
  { errorMap: (issue, ctx) => (issue.code === 'invalid_union_discriminator' ? { message: 'type d’exercice (kind) inconnu : vocabulary, completion, reading, translation, description, correction, parsons, expression ou project' } : { message: ctx.defaultError }) },
);
export type ExerciseData = z.infer<typeof exerciseSchema>;
export type ExerciseKind = ExerciseData['kind'];
/** Kinds whose pupil writes code in the editor. */
export type CodeExercise = Extract<ExerciseData, { kind: 'completion' | 'translation' | 'correction' | 'expression' | 'project' }>;
export const CODE_KINDS = ['completion', 'translation', 'correction', 'expression', 'project'] as const;
export const isCodeExercise = (e: ExerciseData): e is CodeExercise => (CODE_KINDS as readonly string[]).includes(e.kind);
