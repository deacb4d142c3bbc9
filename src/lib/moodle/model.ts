/**
 * A Déclic quiz seen as Moodle's question bank sees it: each question mapped to the closest Moodle
 * 4.x core type, with its fractions, feedback and the note that says what was adapted. Both writers
 * (Moodle XML and GIFT) start from this model, so they adapt the same questions the same way.
 *
 * Mapping (Déclic → Moodle): single/multiple → multichoice; true-false → truefalse (or a two-option
 * multichoice when the buttons have their own labels, « Fiable » / « Pas fiable »); matching →
 * matching; ordering → matching (each step paired with its place: core « Ordering » is missing from
 * many Moodle 4.x sites, matching exists everywhere); cloze → cloze (multianswer, one drop-down per
 * gap offering the word bank); estimate → numerical (the accepted range as a tolerance); spot →
 * multichoice with several answers (one box per selectable passage, plus « none of them »).
 */
import type { QuizData, Question } from '../../schemas/quiz.ts';
import { t, tn } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/locale.ts';
import { GAP_PATTERN } from '../quiz/format.ts';

/** A choice of a multichoice question. `fraction`: percentage of the mark, -100 to 100. */
export interface MoodleChoice {
  html: string;
  fraction: number;
  feedback: string;
}

/** A gap of a cloze question: the words offered and the index of the right one. */
export interface MoodleGap {
  options: string[];
  right: number;
}

export type MoodleBody =
  | { kind: 'multichoice'; single: boolean; choices: MoodleChoice[] }
  | { kind: 'truefalse'; answer: boolean }
  /** `stem`: HTML shown on the left; `answer`: plain text offered in the drop-down. */
  | { kind: 'matching'; pairs: { stem: string; answer: string }[] }
  /** Every answer is worth 100 %: an exact value first (Moodle shows it as the right answer), then the range. */
  | { kind: 'numerical'; answers: { value: number; tolerance: number }[] }
  /** HTML fragments and gaps, in reading order. */
  | { kind: 'cloze'; parts: (string | MoodleGap)[] };

/** Why a question is not in its Déclic form (the exported file lists them). */
export type NoteKind = 'spot' | 'ordering' | 'labels' | 'estimate';

export interface MoodleQuestion {
  /** Position in the quiz, from 1. */
  n: number;
  source: Question;
  /** Name in the question bank: its position (so the bank sorts them in the quiz's order) and the start of the prompt. */
  name: string;
  /** The question text, as HTML (without the image). */
  text: string;
  image?: { src: string; alt: string };
  /** The explanation shown after answering (Moodle's general feedback), as HTML. */
  generalFeedback: string;
  body: MoodleBody;
  note?: NoteKind;
}

export interface MoodleQuiz {
  module: string;
  title: string;
  /** Moodle category path: « $course$/Déclic/<module title> » (a « / » inside a name is doubled, as Moodle expects). */
  category: string;
  questions: MoodleQuestion[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Inline text of the content files as HTML: escaped, `code` between backticks in <code>. */
export function inlineHtml(value: string): string {
  return value
    .split(/(`[^`\n]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}

/** A text of the content files as HTML paragraphs (a blank line separates paragraphs). */
export function paragraphs(value: string): string {
  return value
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^[ \t\n]+|[ \t\n]+$/g, '').replace(/[ \t]*\n[ \t]*/g, ' '))
    .filter(Boolean)
    .map((p) => `<p>${inlineHtml(p)}</p>`)
    .join('');
}

/** Plain text for Moodle fields that take no HTML (a drop-down entry): backticks dropped. */
export function plainText(value: string): string {
  return value.replace(/`([^`\n]+)`/g, '$1').replace(/[ \t\n]+/g, ' ').replace(/^ | $/g, '');
}

/** A percentage as Moodle writes it: at most 5 decimals (33.33333), which its import matches to its grade list. */
export function formatFraction(value: number): string {
  const rounded = Number(value.toFixed(5));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Fractions for an all-or-nothing choice: each right choice is worth 100/k (they add up to 100 %),
 * each wrong one takes away 100/w, so that ticking every box scores 0. Both are in Moodle's list of
 * grades for k, w ≤ 10 (1/7 → 14.28571…).
 */
function choiceFractions(correct: readonly boolean[]): number[] {
  const k = correct.filter(Boolean).length;
  const w = correct.length - k;
  return correct.map((right) => (right ? 100 / k : -100 / w));
}

const NAME_LENGTH = 70;

function questionName(n: number, prompt: string): string {
  const plain = plainText(prompt);
  const short = plain.length > NAME_LENGTH ? `${plain.slice(0, NAME_LENGTH - 1).trimEnd()}…` : plain;
  return `${String(n).padStart(2, '0')}. ${short}`;
}

/** Ordinal place in French: « 1re place », « 2e place ». */
export function placeLabel(position: number): string {
  return tn('moodle.ordering.place', position);
}

function body(question: Question): { body: MoodleBody; text?: string; note?: NoteKind } {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const fractions = question.type === 'single' ? question.options.map((o) => (o.correct ? 100 : 0)) : choiceFractions(question.options.map((o) => o.correct));
      return {
        body: {
          kind: 'multichoice',
          single: question.type === 'single',
          choices: question.options.map((o, i) => ({ html: inlineHtml(o.text), fraction: fractions[i] ?? 0, feedback: paragraphs(o.feedback) })),
        },
      };
    }
    case 'true-false':
      if (question.labels) {
        return {
          note: 'labels',
          body: {
            kind: 'multichoice',
            single: true,
            choices: [
              { html: inlineHtml(question.labels.true), fraction: question.answer ? 100 : 0, feedback: '' },
              { html: inlineHtml(question.labels.false), fraction: question.answer ? 0 : 100, feedback: '' },
            ],
          },
        };
      }
      return { body: { kind: 'truefalse', answer: question.answer } };
    case 'matching':
      return { body: { kind: 'matching', pairs: question.pairs.map((p) => ({ stem: inlineHtml(p.term), answer: plainText(p.definition) })) } };
    case 'ordering':
      return {
        note: 'ordering',
        text: `<p>${inlineHtml(t('moodle.ordering.instruction'))}</p>`,
        body: { kind: 'matching', pairs: question.items.map((item, i) => ({ stem: inlineHtml(item), answer: placeLabel(i + 1) })) },
      };
    case 'cloze': {
      const parts: (string | MoodleGap)[] = [];
      let last = 0;
      for (const match of question.text.matchAll(GAP_PATTERN)) {
        parts.push(inlineHtml(question.text.slice(last, match.index)));
        parts.push({ options: question.bank.map(plainText), right: question.bank.indexOf((match[1] ?? '').trim()) });
        last = (match.index ?? 0) + match[0].length;
      }
      parts.push(inlineHtml(question.text.slice(last)));
      return { body: { kind: 'cloze', parts } };
    }
    case 'estimate': {
      const { answer, range } = question;
      const half = (range.max - range.min) / 2;
      const middle = range.min + half;
      const answers = middle === answer ? [{ value: answer, tolerance: half }] : [{ value: answer, tolerance: 0 }, { value: middle, tolerance: half }];
      return {
        note: range.min === range.max ? undefined : 'estimate',
        text: question.unit ? `<p>${inlineHtml(t('moodle.estimate.unit', { unit: question.unit }))}</p>` : undefined,
        body: { kind: 'numerical', answers },
      };
    }
    case 'spot': {
      const selectable = question.spans.flatMap((s) => (typeof s === 'string' ? [] : [s]));
      const targets = selectable.some((s) => s.target);
      const correct = [...selectable.map((s) => s.target), !targets];
      const fractions = choiceFractions(correct);
      const shown = question.spans.map((s) => inlineHtml(typeof s === 'string' ? s : s.text)).join(' ');
      const author = question.author ? `<p><strong>${inlineHtml(question.author)}</strong></p>` : '';
      return {
        note: 'spot',
        text: `<blockquote>${author}<p>${shown}</p></blockquote>`,
        body: {
          kind: 'multichoice',
          single: false,
          choices: [
            ...selectable.map((s, i) => ({ html: inlineHtml(s.text), fraction: fractions[i] ?? 0, feedback: paragraphs(s.feedback) })),
            {
              html: inlineHtml(t('moodle.spot.none')),
              fraction: fractions[selectable.length] ?? 0,
              feedback: `<p>${inlineHtml(t(targets ? 'moodle.spot.noneWrong' : 'moodle.spot.noneRight'))}</p>`,
            },
          ],
        },
      };
    }
  }
}

/** The explanation of a question: its `explanation`, or nothing for choice questions (each option explains itself). */
function explanation(question: Question): string {
  return 'explanation' in question ? paragraphs(question.explanation) : '';
}

/** Moodle category path for a module: « $course$/Déclic/<title> ». */
export function categoryPath(title: string): string {
  return `$course$/Déclic/${title.replace(/\//g, '//')}`;
}

export function toMoodleQuiz(module: string, title: string, quiz: QuizData): MoodleQuiz {
  return {
    module,
    title,
    category: categoryPath(title),
    questions: quiz.questions.map((question, index) => {
      const mapped = body(question);
      return {
        n: index + 1,
        source: question,
        name: questionName(index + 1, question.prompt),
        text: paragraphs(question.prompt) + (mapped.text ?? ''),
        ...(question.image ? { image: question.image } : {}),
        generalFeedback: explanation(question),
        body: mapped.body,
        ...(mapped.note ? { note: mapped.note } : {}),
      };
    }),
  };
}

/** The sentence that says how a question was adapted (for the head of the exported file). */
export function noteText(question: MoodleQuestion, kind: NoteKind | 'cloze' | 'image'): string {
  const q = question.source;
  const base = { n: question.n, id: q.id };
  switch (kind) {
    case 'spot':
      return t('moodle.note.spot', { ...base, none: t('moodle.spot.none') });
    case 'labels':
      return q.type === 'true-false' && q.labels ? t('moodle.note.labels', { ...base, true: q.labels.true, false: q.labels.false }) : '';
    case 'estimate':
      return q.type === 'estimate' ? t('moodle.note.estimate', { ...base, min: formatNumber(q.range.min), max: formatNumber(q.range.max) }) : '';
    case 'ordering':
    case 'cloze':
    case 'image':
      return t(`moodle.note.${kind}`, base);
  }
}
