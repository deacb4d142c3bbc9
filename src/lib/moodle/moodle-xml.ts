/**
 * A Déclic quiz as a Moodle XML file (the question bank's « Format Moodle XML » import, Moodle 4.x):
 * one category question, then one <question> per quiz question. HTML goes in CDATA, plain text is
 * escaped; images are embedded as base64 <file> elements referenced through @@PLUGINFILE@@.
 * Pure: the caller passes the image bytes (read from public/ at build time).
 */
import type { QuizData } from '../../schemas/quiz.ts';
import { t, tn } from '../../i18n/index.ts';
import { escapeHtml, formatFraction, noteText, toMoodleQuiz, type MoodleGap, type MoodleQuestion } from './model.ts';

export interface ExportInput {
  module: string;
  /** The module's title: names the category. */
  title: string;
  quiz: QuizData;
  /** The bytes of an image under public/ ("/images/quiz/x.svg"), or undefined when missing. */
  readImage?: (src: string) => Uint8Array | undefined;
}

/** Escapes text for an XML element or attribute. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML inside CDATA; a « ]]> » in the text is split across two sections. */
export function cdata(value: string): string {
  return `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** An XML comment cannot hold « -- » nor end with « - ». */
export function xmlComment(value: string): string {
  return `<!-- ${value.replace(/-(?=-)/g, '- ').replace(/-$/, '- ')} -->`;
}

const html = (tag: string, value: string, indent: string) => `${indent}<${tag} format="html">\n${indent}  <text>${cdata(value)}</text>\n${indent}</${tag}>`;
const plain = (tag: string, value: string, indent: string) => `${indent}<${tag}>${escapeXml(value)}</${tag}>`;

/**
 * A gap in Moodle's Cloze syntax: {1:MULTICHOICE:=right~other~other}, a drop-down list.
 * Inside a gap, } # ~ / " \ are escaped with a backslash (Moodle's multianswer syntax).
 */
export function clozeGap(gap: MoodleGap): string {
  const escape = (word: string) => escapeHtml(word).replace(/[\\}#~/"{]/g, (c) => `\\${c}`);
  return `{1:MULTICHOICE:${gap.options.map((word, i) => `${i === gap.right ? '=' : ''}${escape(word)}`).join('~')}}`;
}

function imageName(src: string): string {
  return src.split('/').pop() ?? src;
}

function questionText(q: MoodleQuestion, readImage: ExportInput['readImage']): string {
  let text = q.text;
  if (q.body.kind === 'cloze') text += `<p>${q.body.parts.map((part) => (typeof part === 'string' ? part : clozeGap(part))).join('')}</p>`;
  let file = '';
  if (q.image) {
    const bytes = readImage?.(q.image.src);
    if (!bytes) throw new Error(`Export Moodle : image ${q.image.src} introuvable (question « ${q.source.id} »)`);
    const name = imageName(q.image.src);
    text += `<p><img src="@@PLUGINFILE@@/${escapeHtml(encodeURIComponent(name))}" alt="${escapeHtml(q.image.alt)}"></p>`;
    file = `\n      <file name="${escapeXml(name)}" path="/" encoding="base64">${Buffer.from(bytes).toString('base64')}</file>`;
  }
  return `    <questiontext format="html">\n      <text>${cdata(text)}</text>${file}\n    </questiontext>`;
}

const TYPE: Record<MoodleQuestion['body']['kind'], string> = {
  multichoice: 'multichoice',
  truefalse: 'truefalse',
  matching: 'matching',
  numerical: 'numerical',
  cloze: 'cloze',
};

function bodyXml(q: MoodleQuestion): string[] {
  const b = q.body;
  const i = '    ';
  switch (b.kind) {
    case 'multichoice':
      return [
        plain('single', String(b.single), i),
        plain('shuffleanswers', 'false', i),
        plain('answernumbering', 'abc', i),
        plain('showstandardinstruction', '1', i),
        ...b.choices.map(
          (c) => `${i}<answer fraction="${formatFraction(c.fraction)}" format="html">\n${i}  <text>${cdata(c.html)}</text>\n${html('feedback', c.feedback, `${i}  `)}\n${i}</answer>`,
        ),
      ];
    case 'truefalse':
      return [true, false].map(
        (value) => `${i}<answer fraction="${value === b.answer ? 100 : 0}" format="moodle_auto_format">\n${i}  <text>${value}</text>\n${html('feedback', '', `${i}  `)}\n${i}</answer>`,
      );
    case 'matching':
      return [
        plain('shuffleanswers', 'true', i),
        ...b.pairs.map((p) => `${i}<subquestion format="html">\n${i}  <text>${cdata(p.stem)}</text>\n${i}  <answer>\n${i}    <text>${escapeXml(p.answer)}</text>\n${i}  </answer>\n${i}</subquestion>`),
      ];
    case 'numerical':
      return [
        ...b.answers.map(
          (a) => `${i}<answer fraction="100" format="moodle_auto_format">\n${i}  <text>${a.value}</text>\n${html('feedback', '', `${i}  `)}\n${i}  <tolerance>${a.tolerance}</tolerance>\n${i}</answer>`,
        ),
        // Units are not asked for: the unit, if any, is in the question text.
        plain('unitgradingtype', '0', i),
        plain('unitpenalty', '0.1000000', i),
        plain('showunits', '3', i),
        plain('unitsleft', '0', i),
      ];
    case 'cloze':
      return [];
  }
}

function questionXml(q: MoodleQuestion, readImage: ExportInput['readImage']): string {
  const i = '    ';
  return [
    `  ${xmlComment(`${q.n}. ${q.source.id} (${q.source.type})`)}`,
    `  <question type="${TYPE[q.body.kind]}">`,
    `${i}<name>\n${i}  <text>${escapeXml(q.name)}</text>\n${i}</name>`,
    questionText(q, readImage),
    html('generalfeedback', q.generalFeedback, i),
    plain('defaultgrade', '1', i),
    plain('penalty', '0.3333333', i),
    plain('hidden', '0', i),
    ...bodyXml(q),
    `  </question>`,
  ].join('\n');
}

/** The notes that head the file: which questions were adapted, and how. */
export function xmlNotes(questions: readonly MoodleQuestion[]): string[] {
  return questions.flatMap((q) => (q.note ? [noteText(q, q.note)] : []));
}

export function toMoodleXml({ module, title, quiz, readImage }: ExportInput): string {
  const moodle = toMoodleQuiz(module, title, quiz);
  const notes = xmlNotes(moodle.questions);
  const head = [
    tn('moodle.file.header', moodle.questions.length, { title }),
    t('moodle.file.xmlFormat'),
    notes.length > 0 ? [t('moodle.file.noteTitle'), ...notes.map((n) => `  - ${n}`)].join('\n') : t('moodle.file.noNote'),
  ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(`\n${head}\n`),
    '<quiz>',
    '  <question type="category">',
    `    <category>\n      <text>${escapeXml(moodle.category)}</text>\n    </category>`,
    html('info', `<p>${escapeHtml(t('moodle.category.info', { title }))}</p>`, '    '),
    '  </question>',
    ...moodle.questions.map((q) => questionXml(q, readImage)),
    '</quiz>',
    '',
  ].join('\n');
}
