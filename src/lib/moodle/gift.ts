/**
 * A Déclic quiz as a GIFT file (the question bank's « Format GIFT » import): a plain text file a
 * teacher can read and edit. GIFT cannot hold images nor a sentence with several gaps: images are
 * replaced by their text alternative, cloze questions are left out, and the head of the file says so.
 * Same model as the Moodle XML file (./model.ts), so both adapt the other types the same way.
 */
import { t, tn } from '../../i18n/index.ts';
import type { ExportInput } from './moodle-xml.ts';
import { escapeHtml, formatFraction, noteText, toMoodleQuiz, type MoodleQuestion } from './model.ts';

/** GIFT's special characters ~ = # { } : (and the backslash itself) are written with a backslash. */
export function escapeGift(value: string): string {
  return value.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** A GIFT comment line per line of text. */
const comment = (value: string) =>
  value
    .split('\n')
    .map((line) => `// ${line}`.trimEnd())
    .join('\n');

/** Feedback after « # » (nothing when empty). */
const feedback = (value: string) => (value ? `#${escapeGift(value)}` : '');

function answers(q: MoodleQuestion): string[] {
  const b = q.body;
  switch (b.kind) {
    case 'multichoice':
      if (b.single) return b.choices.map((c) => `${c.fraction === 100 ? '=' : '~'}${escapeGift(c.html)}${feedback(c.feedback)}`);
      return b.choices.map((c) => `~%${formatFraction(c.fraction)}%${escapeGift(c.html)}${feedback(c.feedback)}`);
    case 'truefalse':
      return [b.answer ? 'TRUE' : 'FALSE'];
    case 'matching':
      return b.pairs.map((p) => `=${escapeGift(p.stem)} -> ${escapeGift(p.answer)}`);
    case 'numerical':
      return [`#${b.answers.map((a) => `=%100%${a.value}:${a.tolerance}`).join(' ')}`];
    case 'cloze':
      return [];
  }
}

function questionGift(q: MoodleQuestion): string {
  let text = q.text;
  if (q.image) text += `<p>${escapeHtml(t('moodle.image.alt', { alt: q.image.alt }))}</p>`;
  const general = q.generalFeedback ? [`####${escapeGift(q.generalFeedback)}`] : [];
  return [`// ${q.n}. ${q.source.id} (${q.source.type})`, `::${escapeGift(q.name)}::[html]${escapeGift(text)}{`, ...answers(q).map((a) => `  ${a}`), ...general.map((g) => `  ${g}`), '}'].join('\n');
}

/** Whether GIFT can write the question (not a cloze: GIFT's « missing word » has one gap only, Déclic's have several). */
export const giftCanWrite = (q: MoodleQuestion) => q.body.kind !== 'cloze';

export function toGift({ module, title, quiz }: ExportInput): string {
  const moodle = toMoodleQuiz(module, title, quiz);
  const written = moodle.questions.filter(giftCanWrite);
  const notes = moodle.questions.flatMap((q) => [
    ...(q.note ? [noteText(q, q.note)] : []),
    ...(giftCanWrite(q) ? [] : [noteText(q, 'cloze')]),
    ...(q.image ? [noteText(q, 'image')] : []),
  ]);
  const head = [
    tn('moodle.file.header', written.length, { title }),
    t('moodle.file.giftFormat'),
    ...(notes.length > 0 ? [t('moodle.file.noteTitle'), ...notes.map((n) => `  - ${n}`)] : [t('moodle.file.noNote')]),
  ].join('\n');
  return [comment(head), '', `$CATEGORY: ${moodle.category}`, '', ...written.map((q) => `${questionGift(q)}\n`)].join('\n');
}
