/**
 * A module's quiz: `content/modules/<module>/quiz.yaml`. One file per module (a module may have none).
 *
 * A question is one of eight types, told apart by its `type` field (a discriminated union). Every
 * answer a pupil can give is explained: each option of a choice question carries its own feedback,
 * the other types carry an explanation. The checks that need the whole question (one correct answer,
 * a gap word present in the bank…) name the question by its id, so that the build error reads
 * « quiz.yaml — questions.3 : question « ancrage-calcul » : … ».
 * Cross-file checks (lesson slugs, images under public/) are in src/lib/quiz-graph.ts.
 */
import { z } from 'astro/zod';
import { slugRef, text } from './common.ts';
import { QUESTION_TYPES, clozeGaps, type QuestionType } from '../lib/quiz/format.ts';

export { CONFIDENCE_LEVELS, QUESTION_TYPES, clozeGaps, type Confidence, type QuestionType } from '../lib/quiz/format.ts';

/** An image shown with the question: a file under public/ and its alternative text. */
const imageSchema = z.object({
  /** Path under public/, starting with "/" ("/images/quiz/post.png"). */
  src: z.string({ required_error: 'image : chemin (src) manquant' }).trim().startsWith('/', 'image : le chemin (src) commence par / (fichier dans public/)'),
  /** What the image shows, for pupils who cannot see it. */
  alt: text('image : texte alternatif (alt)'),
});

/** Fields shared by every question type. */
const common = {
  /** Stable identifier (a slug, unique in the file): progress saved on the device refers to it. */
  id: slugRef('identifiant de question (id)'),
  /** The question asked, as the legend of its fieldset. */
  prompt: text('énoncé (prompt)'),
  /** Optional illustration. */
  image: imageSchema.optional(),
  /** Slug of a lesson of the same module: « Pour aller plus loin » and « À relire » point to it. */
  lesson: slugRef('leçon (lesson)').optional(),
};

/** An option of a single or multiple choice question. */
const optionSchema = z.object({
  /** The option's text. */
  text: text('option : texte (text)'),
  /** Whether choosing it is right (default: false). */
  correct: z.boolean({ invalid_type_error: 'option : correct vaut true ou false' }).default(false),
  /** Why this option is right or wrong, shown after answering. Required on every option. */
  feedback: text('option : explication (feedback)'),
});

const singleSchema = z.object({
  ...common,
  type: z.literal('single'),
  /** Two options or more; exactly one has `correct: true`. */
  options: z.array(optionSchema).min(2, 'options : au moins deux options'),
});

const multipleSchema = z.object({
  ...common,
  type: z.literal('multiple'),
  /** Two options or more; at least one has `correct: true`. */
  options: z.array(optionSchema).min(2, 'options : au moins deux options'),
});

const trueFalseSchema = z.object({
  ...common,
  type: z.literal('true-false'),
  /** The right answer: true (« Vrai ») or false (« Faux »). */
  answer: z.boolean({ required_error: 'réponse (answer) manquante : true ou false', invalid_type_error: 'réponse (answer) : true ou false' }),
  /** Why, shown after answering whatever the pupil chose. */
  explanation: text('explication (explanation)'),
  /**
   * For the discernment report: is the item (a claim, a headline) trustworthy? When given it must
   * equal `answer`: a true statement is a genuine item.
   */
  genuine: z.boolean().optional(),
  /** Button labels instead of « Vrai » / « Faux » (e.g. « Fiable » / « Pas fiable »). */
  labels: z.object({ true: text('libellé vrai (labels.true)'), false: text('libellé faux (labels.false)') }).optional(),
});

const orderingSchema = z.object({
  ...common,
  type: z.literal('ordering'),
  /** The steps, written in the RIGHT order; the site shuffles them. */
  items: z.array(text('étape (items)')).min(3, 'étapes (items) : au moins trois étapes à ordonner'),
  /** Why this order, shown after answering. */
  explanation: text('explication (explanation)'),
});

const matchingSchema = z.object({
  ...common,
  type: z.literal('matching'),
  /** Each term with its definition; the definitions are shuffled for the pupil. */
  pairs: z
    .array(z.object({ term: text('association : terme (term)'), definition: text('association : définition (definition)') }))
    .min(2, 'associations (pairs) : au moins deux'),
  /** Shown after answering. */
  explanation: text('explication (explanation)'),
});

const clozeSchema = z.object({
  ...common,
  type: z.literal('cloze'),
  /** The sentence, with each gap written as {expected word}. */
  text: text('texte à trous (text)'),
  /** Words offered for every gap: all the expected words, plus distractors. */
  bank: z.array(text('banque de mots (bank)')).min(2, 'banque de mots (bank) : au moins deux mots'),
  /** Shown after answering. */
  explanation: text('explication (explanation)'),
});

const estimateSchema = z.object({
  ...common,
  type: z.literal('estimate'),
  /** The true value. */
  answer: z.number({ required_error: 'valeur exacte (answer) manquante', invalid_type_error: 'valeur exacte (answer) : un nombre' }),
  /** Answers between min and max (included) count as reasonable. */
  range: z.object({
    min: z.number({ required_error: 'fourchette : min manquant' }),
    max: z.number({ required_error: 'fourchette : max manquant' }),
  }),
  /**
   * `scored: false` makes it an experience rather than a test (the anchoring estimate, where nearly
   * everyone is meant to fall outside the range): answered and explained, never counted in the score,
   * the confidence calibration, the revision boxes or the teacher's results.
   */
  scored: z.boolean({ invalid_type_error: 'notée (scored) : true ou false' }).optional(),
  /** Unit shown next to the field (« % », « €  »), optional. */
  unit: z.string().trim().optional(),
  /** Shown after answering, with the true value and the range. */
  explanation: text('explication (explanation)'),
});

/** A span of a "spot it" text: either plain text, or a selectable phrase. */
const spanSchema = z.union(
  [
    text('passage'),
    z.object({
      /** The phrase the pupil can select. */
      text: text('passage : texte (text)'),
      /** Is it one of the manipulative phrases to find? (default: false) */
      target: z.boolean().default(false),
      /** Why it is (or is not) manipulative. */
      feedback: text('passage : explication (feedback)'),
    }),
  ],
  { errorMap: () => ({ message: 'passage : un texte, ou { text, target, feedback } pour un passage à sélectionner' }) },
);

const spotSchema = z.object({
  ...common,
  type: z.literal('spot'),
  /** How the text is shown: a social-media post, a headline or a plain text. */
  format: z.enum(['post', 'headline', 'text']).default('text'),
  /** For a post: the (fictional) author shown above it. */
  author: z.string().trim().optional(),
  /** The text, cut into spans; selectable spans carry `feedback`. */
  spans: z.array(spanSchema).min(1, 'passages (spans) : au moins un'),
  /** Shown after answering. */
  explanation: text('explication (explanation)'),
  /** For the discernment report: is the item trustworthy? A genuine item may have no target. */
  genuine: z.boolean().optional(),
});

const questionUnion = z.discriminatedUnion('type', [singleSchema, multipleSchema, trueFalseSchema, orderingSchema, matchingSchema, clozeSchema, estimateSchema, spotSchema], {
  errorMap: (issue, ctx) => {
    if (issue.code === z.ZodIssueCode.invalid_union_discriminator) {
      const data = ctx.data as { type?: unknown } | undefined;
      const given = data?.type === undefined ? 'type manquant' : `type « ${String(data.type)} » inconnu`;
      return { message: `${given} (attendu : ${QUESTION_TYPES.join(', ')})` };
    }
    return { message: ctx.defaultError };
  },
});

export const questionSchema = questionUnion.superRefine((q, ctx) => {
  const fail = (message: string, path: (string | number)[] = []) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
  switch (q.type) {
    case 'single': {
      const right = q.options.filter((o) => o.correct).length;
      if (right === 0) fail('aucune option n’a correct: true (il faut une bonne réponse)', ['options']);
      if (right > 1) fail(`${right} options ont correct: true ; une question « single » en a une seule (sinon, type: multiple)`, ['options']);
      break;
    }
    case 'multiple':
      if (!q.options.some((o) => o.correct)) fail('aucune option n’a correct: true (il faut au moins une bonne réponse)', ['options']);
      break;
    case 'true-false':
      if (q.genuine !== undefined && q.genuine !== q.answer) fail('genuine doit être égal à answer (une affirmation vraie est une information fiable)', ['genuine']);
      break;
    case 'ordering':
      if (new Set(q.items).size !== q.items.length) fail('deux étapes ont le même texte', ['items']);
      break;
    case 'matching': {
      if (new Set(q.pairs.map((p) => p.term)).size !== q.pairs.length) fail('deux termes identiques', ['pairs']);
      if (new Set(q.pairs.map((p) => p.definition)).size !== q.pairs.length) fail('deux définitions identiques', ['pairs']);
      break;
    }
    case 'cloze': {
      const gaps = clozeGaps(q.text);
      if (gaps.length === 0) fail('le texte n’a aucun trou : écrivez le mot attendu entre accolades, {comme ceci}', ['text']);
      gaps.forEach((gap) => {
        if (!q.bank.includes(gap)) fail(`le mot « ${gap} » d’un trou n’est pas dans la banque de mots (bank)`, ['bank']);
      });
      if (new Set(q.bank).size !== q.bank.length) fail('un mot apparaît deux fois dans la banque (bank)', ['bank']);
      break;
    }
    case 'estimate':
      if (q.range.min > q.range.max) fail('fourchette : min est plus grand que max', ['range']);
      else if (q.answer < q.range.min || q.answer > q.range.max) fail('la valeur exacte (answer) doit être dans la fourchette (range)', ['range']);
      break;
    case 'spot': {
      const selectable = q.spans.filter((s) => typeof s !== 'string');
      if (selectable.length < 2) fail('au moins deux passages à sélectionner ({ text, target, feedback })', ['spans']);
      if (!selectable.some((s) => s.target) && q.genuine !== true) {
        fail('aucun passage n’a target: true (sauf pour un texte fiable : genuine: true)', ['spans']);
      }
      if (q.genuine === true && selectable.some((s) => s.target)) fail('un texte fiable (genuine: true) n’a pas de passage manipulateur (target)', ['spans']);
      break;
    }
  }
});

export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** How a question is named in an error message: by its id, or by its position when it has none. */
function questionName(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? `question « ${id.trim()} »` : `question n° ${index + 1} (sans id)`;
}

/**
 * The list of questions. Each question is validated on its own so that every message, including
 * those of nested fields (a missing option feedback), starts with the question's id.
 */
const questionsSchema = z
  .array(z.unknown(), { required_error: 'champ obligatoire manquant : questions', invalid_type_error: 'questions doit être une liste' })
  .min(1, 'questions : au moins une question')
  .transform((raw, ctx) => {
    const questions: Question[] = [];
    const seen = new Map<string, number>();
    raw.forEach((item, index) => {
      const result = questionSchema.safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, ...issue.path], message: `${questionName(item, index)} : ${issue.message}` });
        }
        return;
      }
      const first = seen.get(result.data.id);
      if (first !== undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'id'], message: `${questionName(item, index)} : identifiant déjà utilisé par la question n° ${first + 1}` });
      } else seen.set(result.data.id, index);
      questions.push(result.data);
    });
    return questions;
  });

export const quizSchema = z.object({
  /** Title of the quiz page (default: « Quiz : <module title> »). */
  title: text('titre (title)').optional(),
  /** A sentence shown before the first question. */
  intro: text('introduction (intro)').optional(),
  /** Ask « Ma confiance » before each answer (default: true). */
  askConfidence: z.boolean().default(true),
  /** The questions, in order. */
  questions: questionsSchema,
});

export type QuizData = z.infer<typeof quizSchema>;
