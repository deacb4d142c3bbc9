/**
 * Quiz export to Moodle: every quiz of the site, written as Moodle XML, parsed back with a maintained
 * XML parser (fast-xml-parser) and compared with its source (question count, types, right answers,
 * fractions, feedback, images); GIFT escaping on real French content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// XMLValidator is marked deprecated in fast-xml-parser 5 (moved to the fast-xml-validator package) but
// still ships and checks well-formedness strictly; one dev dependency is enough for these tests.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz.ts';
import { clozeGaps } from '../../src/lib/quiz/format.ts';
import { frenchTypography, typographyDeep } from '../../src/lib/french-typography.ts';
import { categoryPath, inlineHtml, paragraphs, placeLabel, plainText } from '../../src/lib/moodle/model.ts';
import { clozeGap, toMoodleXml, xmlComment, cdata } from '../../src/lib/moodle/moodle-xml.ts';
import { escapeGift, toGift } from '../../src/lib/moodle/gift.ts';
import { ROOT, contentReport } from '../helpers/content.ts';

// The quizzes as the site hands them to the export: French typography applied (as src/lib/site.ts does).
const VERBATIM = new Set(['url', 'src', 'id', 'lesson', 'type', 'format']);
const { quizzes, inventory } = contentReport().content;
const readImage = (src: string) => readFileSync(join(ROOT, 'public', src));
const exports = quizzes.map((file) => {
  const title = inventory.modules.find((m) => m.slug === file.module)?.data.title ?? file.module;
  const quiz = typographyDeep(file.data, VERBATIM);
  return { module: file.module, title, quiz, xml: toMoodleXml({ module: file.module, title, quiz, readImage }), gift: toGift({ module: file.module, title, quiz }) };
});

/** Moodle's list of grades (question_bank::fraction_options_full), as fractions of 1. */
const MOODLE_GRADES = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0];
const isMoodleGrade = (percent: number) => MOODLE_GRADES.some((g) => Math.abs(Math.abs(percent) / 100 - g) < 0.00001);

interface XmlText {
  text?: string;
  '@_format'?: string;
}
interface XmlAnswer extends XmlText {
  '@_fraction': string;
  feedback?: XmlText;
  tolerance?: string;
}
interface XmlQuestion {
  '@_type': string;
  name?: { text: string };
  category?: { text: string };
  questiontext?: XmlText & { file?: { '#text': string; '@_name': string; '@_encoding': string }[] };
  generalfeedback?: XmlText;
  single?: string;
  answer?: XmlAnswer[];
  subquestion?: (XmlText & { answer: { text: string }[] })[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'file'].includes(name),
});

function parse(xml: string): XmlQuestion[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { quiz: { question: XmlQuestion[] } }).quiz.question;
}

const textOf = (node: XmlText | string | undefined) => (typeof node === 'string' ? node : (node?.text ?? ''));
const fractions = (q: XmlQuestion) => (q.answer ?? []).map((a) => Number(a['@_fraction']));
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const expectedType: Record<Question['type'], string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  'true-false': 'truefalse',
  matching: 'matching',
  ordering: 'matching',
  cloze: 'cloze',
  estimate: 'numerical',
  spot: 'multichoice',
};

/** The gaps of a Moodle Cloze text: {1:MULTICHOICE:=a~b} → the options, and which has « = ». */
function clozeGapsOf(html: string): { options: string[]; right: string[] }[] {
  return [...html.matchAll(/\{1:MULTICHOICE:((?:\\.|[^}\\])*)\}/g)].map((m) => {
    const options = (m[1] ?? '').split(/(?<!\\)~/).map((o) => o.replace(/\\(.)/g, '$1'));
    return { options: options.map((o) => o.replace(/^=/, '')), right: options.filter((o) => o.startsWith('=')).map((o) => o.slice(1)) };
  });
}

const accepts = (q: XmlQuestion, value: number) => (q.answer ?? []).some((a) => Math.abs(value - Number(textOf(a))) <= Number(a.tolerance) + 1e-9);

describe.each(exports.map((e) => [e.module, e] as const))('Moodle XML of %s', (_module, { title, quiz, xml }) => {
  const parsed = parse(xml);
  const [category, ...questions] = parsed;

  it('is well-formed XML, one category then one question per quiz question, in order', () => {
    expect(category?.['@_type']).toBe('category');
    expect(category?.category?.text).toBe(categoryPath(title));
    expect(categoryPath(title)).toBe(`$course$/Déclic/${title}`);
    expect(questions).toHaveLength(quiz.questions.length);
    questions.forEach((q, i) => expect(q.name?.text).toMatch(new RegExp(`^${String(i + 1).padStart(2, '0')}\\. `)));
  });

  it.each(quiz.questions.map((q, i) => [q.id, q, i] as const))('question %s: type, right answers, fractions and feedback match the source', (_id, source, index) => {
    const q = questions[index];
    if (!q) throw new Error('missing question');
    const labelled = source.type === 'true-false' && source.labels !== undefined;
    expect(q['@_type']).toBe(labelled ? 'multichoice' : expectedType[source.type]);
    const text = textOf(q.questiontext);
    expect(text).toContain(paragraphs(source.prompt));
    expect(fractions(q).every(isMoodleGrade)).toBe(true);
    if ('explanation' in source) expect(textOf(q.generalfeedback)).toBe(paragraphs(source.explanation));

    switch (source.type) {
      case 'single':
      case 'multiple': {
        expect(q.single).toBe(String(source.type === 'single'));
        expect(q.answer?.map(textOf)).toEqual(source.options.map((o) => inlineHtml(o.text)));
        expect(q.answer?.map((a) => textOf(a.feedback))).toEqual(source.options.map((o) => paragraphs(o.feedback)));
        const f = fractions(q);
        expect(f.map((x) => x > 0)).toEqual(source.options.map((o) => o.correct));
        expect(sum(f.filter((x) => x > 0))).toBeCloseTo(100, 3);
        if (source.type === 'multiple' && f.some((x) => x <= 0)) expect(sum(f.filter((x) => x < 0))).toBeCloseTo(-100, 3);
        break;
      }
      case 'true-false':
        if (labelled) {
          expect(q.answer?.map(textOf)).toEqual([inlineHtml(source.labels?.true ?? ''), inlineHtml(source.labels?.false ?? '')]);
          expect(fractions(q)).toEqual(source.answer ? [100, 0] : [0, 100]);
        } else {
          const right = q.answer?.find((a) => Number(a['@_fraction']) === 100);
          expect(textOf(right)).toBe(String(source.answer));
          expect(fractions(q).sort()).toEqual([0, 100]);
        }
        break;
      case 'matching':
        expect(q.subquestion?.map((s) => [textOf(s), s.answer[0]?.text])).toEqual(source.pairs.map((p) => [inlineHtml(p.term), plainText(p.definition)]));
        break;
      case 'ordering':
        expect(q.subquestion?.map((s) => [textOf(s), s.answer[0]?.text])).toEqual(source.items.map((item, i) => [inlineHtml(item), placeLabel(i + 1)]));
        break;
      case 'cloze': {
        const gaps = clozeGapsOf(text);
        expect(gaps.map((g) => g.right)).toEqual(clozeGaps(source.text).map((word) => [plainText(word)]));
        gaps.forEach((g) => expect(g.options).toEqual(source.bank.map(plainText)));
        break;
      }
      case 'estimate': {
        expect(Number(textOf(q.answer?.[0]))).toBe(source.answer);
        expect(fractions(q).every((x) => x === 100)).toBe(true);
        const { min, max } = source.range;
        const step = Math.max(1, (max - min) / 100);
        expect([source.answer, min, max, (min + max) / 2].every((v) => accepts(q, v))).toBe(true);
        expect(accepts(q, min - step) || accepts(q, max + step)).toBe(false);
        break;
      }
      case 'spot': {
        const selectable = source.spans.flatMap((s) => (typeof s === 'string' ? [] : [s]));
        expect(q.single).toBe('false');
        expect(q.answer?.slice(0, -1).map(textOf)).toEqual(selectable.map((s) => inlineHtml(s.text)));
        const f = fractions(q);
        const targets = selectable.map((s) => s.target);
        expect(f.map((x) => x > 0)).toEqual([...targets, !targets.some(Boolean)]);
        expect(sum(f.filter((x) => x > 0))).toBeCloseTo(100, 3);
        expect(sum(f.filter((x) => x < 0))).toBeCloseTo(-100, 3);
        expect(q.answer?.slice(0, -1).map((a) => textOf(a.feedback))).toEqual(selectable.map((s) => paragraphs(s.feedback)));
        break;
      }
    }

    if (source.image) {
      const file = q.questiontext?.file?.[0];
      expect(file?.['@_encoding']).toBe('base64');
      expect(Buffer.from(file?.['#text'] ?? '', 'base64').equals(readImage(source.image.src))).toBe(true);
      expect(text).toContain(`src="@@PLUGINFILE@@/${file?.['@_name']}"`);
    }
  });

  it('lists in its head every question that is not in its Déclic form', () => {
    const head = xml.slice(0, xml.indexOf('<quiz>'));
    for (const [i, q] of quiz.questions.entries()) {
      const adapted = q.type === 'spot' || q.type === 'ordering' || (q.type === 'true-false' && q.labels !== undefined);
      if (adapted) expect(head).toContain(frenchTypography(`question ${i + 1} « ${q.id} »`));
    }
  });
});

describe('French typography survives the export', () => {
  it('keeps no-break spaces, guillemets and apostrophes in the XML and the GIFT files', () => {
    const withNbsp = exports.filter((e) => e.quiz.questions.some((q) => q.prompt.includes('\u202F')));
    expect(withNbsp.length).toBeGreaterThan(0);
    for (const e of withNbsp) {
      expect(e.xml).toContain('\u202F');
      expect(e.gift).toContain('\u202F');
      expect(e.xml).toMatch(/«\u202F/);
    }
  });
});

describe('XML helpers', () => {
  it('splits « ]]> » across CDATA sections and keeps comments valid', () => {
    const xml = `<a>${cdata('x ]]> y')}</a>${xmlComment('a -- b -')}`;
    expect(XMLValidator.validate(`<r>${xml}</r>`)).toBe(true);
    expect((new XMLParser().parse(`<r>${xml}</r>`) as { r: { a: string } }).r.a).toBe('x ]]> y');
  });
  it('escapes the Cloze syntax inside a gap', () => {
    expect(clozeGap({ options: ['a}b', 'c#d', 'e~f', '1/2'], right: 0 })).toBe('{1:MULTICHOICE:=a\\}b~c\\#d~e\\~f~1\\/2}');
  });
});


/**
 * A small GIFT reader, strict about escaping: each piece of text may hold ~ = # { } : only after a
 * backslash, else the line does not match and the test fails. Returns the pieces unescaped.
 */
interface GiftAnswer {
  mark: string;
  fraction?: string;
  text: string;
  feedback: string;
}
const ESCAPED = String.raw`(?:\\.|[^\\~=#{}:])*`;
const unescapeGift = (value: string) => value.replace(/\\(.)/g, '$1');
function readGift(gift: string): { name: string; text: string; answers: GiftAnswer[]; general: string; raw: string }[] {
  const head = new RegExp(`^::(${ESCAPED})::\\[html\\](${ESCAPED})\\{$`);
  const answer = new RegExp(`^  ([=~])(?:%(-?[\\d.]+)%)?(${ESCAPED}(?: -> ${ESCAPED})?)(?:#(${ESCAPED}))?$`);
  const general = new RegExp(`^  ####(${ESCAPED})$`);
  const special = /^  (TRUE|FALSE|#(?:=%100%-?[\d.]+:[\d.]+ ?)+)$/;
  return gift
    .split(/\n\n+/)
    .map((block) => block.split('\n').filter((line) => line !== '' && !line.startsWith('//')))
    .filter((lines) => lines[0]?.startsWith('::'))
    .map((lines) => {
      const [first = '', ...rest] = lines;
      const h = head.exec(first);
      expect(h, first).not.toBeNull();
      expect(rest.at(-1)).toBe('}');
      const result = { name: unescapeGift(h?.[1] ?? ''), text: unescapeGift(h?.[2] ?? ''), answers: [] as GiftAnswer[], general: '', raw: lines.join('\n') };
      for (const line of rest.slice(0, -1)) {
        const a = answer.exec(line);
        const g = general.exec(line);
        if (a) result.answers.push({ mark: a[1] ?? '', fraction: a[2], text: unescapeGift(a[3] ?? ''), feedback: unescapeGift(a[4] ?? '') });
        else if (g) result.general = unescapeGift(g[1] ?? '');
        else expect(line, 'a GIFT answer line with an unescaped special character').toMatch(special);
      }
      return result;
    });
}

describe('GIFT', () => {
  it('escapes ~ = # { } : and the backslash, on real French content', () => {
    const sentence = 'Vrai ou faux\u00A0: « 1 + 1 = 2 » ; la note est {10/20} #top ~ environ \\o/';
    expect(escapeGift(sentence)).toBe('Vrai ou faux\u00A0\\: « 1 + 1 \\= 2 » ; la note est \\{10/20\\} \\#top \\~ environ \\\\o/');
  });

  it.each(exports.map((e) => [e.module, e] as const))('%s: read back, every question gives its source text and answers; cloze questions are left out and said so', (_module, { quiz, gift }) => {
    const blocks = readGift(gift);
    const kept = quiz.questions.filter((q) => q.type !== 'cloze');
    expect(blocks).toHaveLength(kept.length);
    kept.forEach((source, index) => {
      const block = blocks[index];
      if (!block) throw new Error('missing question');
      expect(block.text).toContain(paragraphs(source.prompt));
      if ('explanation' in source) expect(block.general).toBe(paragraphs(source.explanation));
      switch (source.type) {
        case 'single':
        case 'multiple':
          expect(block.answers.map((a) => [a.text, a.feedback])).toEqual(source.options.map((o) => [inlineHtml(o.text), paragraphs(o.feedback)]));
          expect(block.answers.map((a) => (a.mark === '=' ? 100 : Number(a.fraction ?? 0)) > 0)).toEqual(source.options.map((o) => o.correct));
          break;
        case 'true-false':
          if (source.labels) expect(block.answers.map((a) => a.mark === '=')).toEqual([source.answer, !source.answer]);
          else expect(block.raw).toContain(source.answer ? 'TRUE' : 'FALSE');
          break;
        case 'matching':
          expect(block.answers.map((a) => a.text)).toEqual(source.pairs.map((p) => `${inlineHtml(p.term)} -> ${plainText(p.definition)}`));
          break;
        case 'ordering':
          expect(block.answers.map((a) => a.text)).toEqual(source.items.map((item, i) => `${inlineHtml(item)} -> ${placeLabel(i + 1)}`));
          break;
        case 'estimate':
          expect(block.raw).toMatch(new RegExp(`#=%100%${source.answer}:`));
          break;
        case 'spot':
          expect(block.answers.slice(0, -1).map((a) => Number(a.fraction) > 0)).toEqual(source.spans.flatMap((s) => (typeof s === 'string' ? [] : [s.target])));
          break;
      }
    });
    for (const [i, q] of quiz.questions.entries()) {
      if (q.type === 'cloze') expect(gift).toContain(frenchTypography(`question ${i + 1} « ${q.id} » (texte à trous) : omise`));
    }
  });

  it('writes a real French question with « : » and no-break spaces as Moodle reads it back', () => {
    const quiz = typographyDeep(
      {
        askConfidence: true,
        questions: [
          {
            id: 'deux-points',
            type: 'single' as const,
            prompt: 'Question : que veut dire « 50 % = la moitié » ?',
            options: [
              { text: 'Une égalité : 50 sur 100', correct: true, feedback: 'Oui : 50 % = 50/100.' },
              { text: 'Un code {secret}', correct: false, feedback: 'Non ! Le # et le ~ ne sont pas du code ici.' },
            ],
          },
        ],
      },
      VERBATIM,
    );
    const gift = toGift({ module: 'essai', title: 'Essai', quiz });
    expect(gift).toContain('::01. Question\u00A0\\: que veut dire «\u202F50 % \\= la moitié\u202F»\u202F?::[html]<p>Question\u00A0\\: que veut dire «\u202F50 % \\= la moitié\u202F»\u202F?</p>{');
    expect(gift).toContain('  =Une égalité\u00A0\\: 50 sur 100#<p>Oui\u00A0\\: 50 % \\= 50/100.</p>');
    expect(gift).toContain('  ~Un code \\{secret\\}#<p>Non\u202F! Le \\# et le \\~ ne sont pas du code ici.</p>');
  });
});
