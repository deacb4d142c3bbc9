/**
 * SCORM 1.2 packages: the manifest builder, the resume-state codec (cmi.suspend_data, 4,096
 * characters at most, measured on the real quizzes), the status rules, the API search, the lesson
 * HTML cleaner and the sizes shown to teachers.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import type { Question } from '../../src/schemas/quiz.ts';
import { correctAnswer, type Answer } from '../../src/lib/quiz/answers.ts';
import { clozeGaps } from '../../src/lib/quiz/format.ts';
import { buildManifest, manifestFiles, xmlId } from '../../src/lib/scorm/manifest.ts';
import { SUSPEND_DATA_LIMIT, decodeState, emptyState, encodeState, encodeStateWithinLimit, lessonStatus, scoreOf, type ResumeState } from '../../src/lib/scorm/suspend.ts';
import { findApi, scormTimespan, type WindowLike } from '../../src/lib/scorm/api.ts';
import { cleanLesson, cssUrls, dropFontFaces, referencedFiles, rewriteCssUrls } from '../../src/lib/scorm/lesson-html.ts';
import { fillScormSizes, formatFileSize } from '../../src/lib/scorm/sizes.ts';
import { ROOT } from '../helpers/content.ts';

const content = readContent(ROOT);

describe('imsmanifest.xml', () => {
  const xml = buildManifest({ identifier: 'declic-biais-cognitifs', title: 'Déclic — Biais & « raccourcis »', launch: 'index.html', files: ['index.html', 'site/_astro/a b.svg', 'declic-scorm.js', 'index.html', 'imsmanifest.xml'], masteryScore: 60 });

  it('is SCORM 1.2 (ADL CP 1.1.2) with one SCO launching index.html', () => {
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toMatch(/<resource identifier="declic-biais-cognitifs-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
    expect(xml).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    expect(xml).toContain('identifierref="declic-biais-cognitifs-sco"');
  });

  it('escapes the title and names every file once, not itself', () => {
    expect(xml).toContain('<title>Déclic — Biais &amp; « raccourcis »</title>');
    expect(manifestFiles(xml)).toEqual(['declic-scorm.js', 'index.html', 'site/_astro/a b.svg']);
  });

  it('refuses a launch page that is not in the package, and makes valid XML ids', () => {
    expect(() => buildManifest({ identifier: 'x', title: 'x', launch: 'index.html', files: ['a.html'], masteryScore: 60 })).toThrow();
    expect(xmlId('12 modules')).toBe('id-12-modules');
    expect(xmlId('declic-l’ia')).toBe('declic-l-ia');
  });
});

/** The longest answer a pupil can give to a question (every option, the longest number…). */
function longestAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.options.length - 1 };
    case 'multiple':
      return { type: 'multiple', choices: q.options.map((_, i) => i) };
    case 'ordering':
      return { type: 'ordering', order: q.items.map((_, i) => q.items.length - 1 - i) };
    case 'matching':
      return { type: 'matching', matches: q.pairs.map((_, i) => q.pairs.length - 1 - i) };
    case 'cloze':
      return { type: 'cloze', words: clozeGaps(q.text).map(() => q.bank[q.bank.length - 1] as string) };
    case 'estimate':
      return { type: 'estimate', value: -123456789.125 };
    case 'spot':
      return { type: 'spot', selected: q.spans.flatMap((s, i) => (typeof s === 'string' ? [] : [i])) };
    default:
      return correctAnswer(q);
  }
}

function fullState(lessons: number, questions: Question[], answer: (q: Question) => Answer): ResumeState {
  return {
    lessonsRead: Array.from({ length: lessons }, () => true),
    position: questions.length,
    records: questions.map((q) => ({ answer: answer(q), confidence: 'medium' as const, correct: false })),
    lastScore: 100,
  };
}

describe('resume state in cmi.suspend_data', () => {
  const modules = content.inventory.modules.map((m) => ({
    slug: m.slug,
    lessons: (m.data as { lessons: string[] }).lessons.length,
    questions: content.quizzes.find((q) => q.module === m.slug)?.data.questions ?? [],
  }));

  it('round-trips every module’s full state, right answers and longest answers alike', () => {
    for (const m of modules) {
      for (const answer of [correctAnswer, longestAnswer]) {
        const state = fullState(m.lessons, m.questions, answer);
        const back = decodeState(encodeState(state, m.questions), m.lessons, m.questions);
        expect(back.lessonsRead).toEqual(state.lessonsRead);
        expect(back.position).toBe(m.questions.length);
        expect(back.lastScore).toBe(100);
        expect(back.records.map((r) => r?.answer)).toEqual(state.records.map((r) => r?.answer));
        expect(back.records.every((r) => r?.confidence === 'medium')).toBe(true);
        if (answer === correctAnswer) expect(back.records.every((r) => r?.correct)).toBe(true);
      }
    }
  });

  it('fits in 4,096 characters for the largest module, with room to spare', () => {
    const sizes = modules.map((m) => ({ slug: m.slug, length: encodeState(fullState(m.lessons, m.questions, longestAnswer), m.questions).length }));
    const largest = sizes.reduce((a, b) => (b.length > a.length ? b : a));
    console.info(`largest resume state: ${largest.slug}, ${largest.length} characters of ${SUSPEND_DATA_LIMIT}`);
    expect(largest.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT / 4);
  });

  it('drops the quiz attempt, never the lessons read, when a state would not fit', () => {
    const m = modules[0]!;
    const state = fullState(m.lessons, m.questions, longestAnswer);
    const text = encodeStateWithinLimit(state, m.questions, 120);
    expect(text.length).toBeLessThanOrEqual(120);
    const back = decodeState(text, m.lessons, m.questions);
    expect(back.lessonsRead.every(Boolean)).toBe(true);
    expect(back.position).toBe(0);
    expect(back.lastScore).toBe(100);
  });

  it('reads anything else as a fresh start, and forgets answers to questions that changed', () => {
    const m = modules[0]!;
    for (const bad of ['', 'not json', '[]', '{"v":2}', 'null']) expect(decodeState(bad, m.lessons, m.questions)).toEqual(emptyState(m.lessons, m.questions.length));
    const text = encodeState(fullState(m.lessons, m.questions, correctAnswer), m.questions);
    const changed = m.questions.map((q, i) => (i === 0 ? { ...q, id: `${q.id}-v2` } : q)) as Question[];
    const back = decodeState(text, m.lessons, changed);
    expect(back.lessonsRead.every(Boolean)).toBe(true);
    expect(back.records.every((r) => r === undefined)).toBe(true);
    expect(back.position).toBe(0);
  });

  it('never resumes past a question that has no valid answer', () => {
    const m = modules[0]!;
    const state = fullState(m.lessons, m.questions, correctAnswer);
    const data = JSON.parse(encodeState(state, m.questions)) as { r: unknown[] };
    data.r[3] = [999];
    const back = decodeState(JSON.stringify(data), m.lessons, m.questions);
    expect(back.records[3]).toBeUndefined();
    expect(back.position).toBe(3);
  });

  it('gives the score and the SCORM 1.2 status', () => {
    const qs = modules.find((m) => m.slug === 'biais-cognitifs')!.questions;
    const state = fullState(4, qs, correctAnswer);
    state.records = state.records.map((r) => (r ? { ...r, correct: false } : r));
    // 7 right answers among the scored questions (the anchoring estimate is not scored).
    const scored = qs.flatMap((q, i) => (q.type === 'estimate' && q.scored === false ? [] : [i]));
    expect(scored.length).toBe(qs.length - 1);
    scored.slice(0, 7).forEach((i) => (state.records[i] = { ...state.records[i]!, correct: true }));
    state.records = state.records.map((r, i) => (r && !scored.includes(i) ? { ...r, correct: true } : r));
    expect(scoreOf(state, qs)).toBe(Math.round((100 * 7) / scored.length));
    expect(lessonStatus({ ...emptyState(4, 12) }, 60)).toBe('incomplete');
    expect(lessonStatus({ ...emptyState(4, 12), lessonsRead: [true, true, false, true] }, 60)).toBe('incomplete');
    expect(lessonStatus({ ...emptyState(4, 12), lessonsRead: [true, true, true, true] }, 60)).toBe('completed');
    expect(lessonStatus({ ...emptyState(4, 12), lastScore: 60 }, 60)).toBe('passed');
    expect(lessonStatus({ ...emptyState(4, 12), lessonsRead: [true, true, true, true], lastScore: 58 }, 60)).toBe('failed');
  });
});

describe('finding the LMS API (SCORM 1.2 rules)', () => {
  const api = { LMSInitialize: () => 'true', LMSSetValue: () => 'true' };

  it('looks at the window, its parents, then the opener', () => {
    const top: WindowLike = { API: api };
    top.parent = top;
    const middle: WindowLike = { parent: top };
    const frame: WindowLike = { parent: middle };
    expect(findApi(frame)).toBe(api);
    const opener: WindowLike = { API: api };
    opener.parent = opener;
    const popup: WindowLike = { opener };
    popup.parent = popup;
    expect(findApi(popup)).toBe(api);
  });

  it('gives up past 7 levels, on a cross-origin parent, or when there is none', () => {
    let win: WindowLike = { API: api };
    win.parent = win;
    for (let i = 0; i < 9; i++) win = { parent: win };
    expect(findApi(win)).toBeUndefined();
    const crossOrigin = { get parent(): WindowLike { throw new Error('SecurityError'); } };
    expect(findApi(crossOrigin)).toBeUndefined();
    const alone: WindowLike = {};
    alone.parent = alone;
    expect(findApi(alone)).toBeUndefined();
  });

  it('writes session time as CMITimespan', () => {
    expect(scormTimespan(3725.9)).toBe('0001:02:05');
  });
});

describe('lesson pages into a package', () => {
  const page = `<!DOCTYPE html><html lang="fr"><head><link rel="stylesheet" href="/declic/_astro/page.css"><style>.x{background:url(/declic/images/bg.png)}</style></head><body><header><a href="/declic/">Déclic</a></header>
<main id="contenu" tabindex="-1"><p class="print-only print-note">note</p><div class="wrap"><nav class="breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="/declic/">Accueil</a></li></ol></nav>
<p class="meta"><img class="emblem" src="/declic/_astro/embleme.svg" alt="">Module · <a href="/declic/modules/m/l1/fiche-eleve/">Fiche élève à imprimer</a></p><h1>Titre</h1>
<div class="read-aloud no-print" hidden><button type="button">Écouter</button></div>
<section aria-labelledby="objectifs"><h2 id="objectifs">Objectifs</h2></section><nav class="toc"><a href="#objectifs">Objectifs</a></nav>
<p>Un <a class="term" href="/declic/glossaire/m/#biais" title="déf">biais</a>, la <a href="/declic/modules/m/l2/">leçon 2</a>, le <a href="/declic/modules/m/quiz/">quiz</a>, une <a href="https://doi.org/1">source</a>, une <a href="/declic/modules/m/activites/a/">activité</a>, un <a href="../activites/b/">jeu</a>, la <a href="../l2/#x">suite</a>.</p>
<picture><img src="/declic/_astro/fig.svg" srcset="/declic/_astro/fig.svg 1x, /declic/_astro/fig2.svg 2x" alt="x"></picture>
<nav class="pager" aria-label="Leçon précédente et suivante"><a class="next" href="/declic/modules/m/l2/">Suivante</a></nav></div><script type="module">import('/declic/_astro/x.js')</script></main></body></html>`;
  const clean = cleanLesson({ html: page, base: '/declic/', pagePath: '/declic/modules/m/l1/', module: 'm', lessons: ['l1', 'l2'], idPrefix: 'l1-', lessonAnchor: (s) => `lecon-${s}`, quizAnchor: 'quiz', filesDir: 'site/' });

  it('keeps the lesson, drops the site’s scripts and what only makes sense on the site', () => {
    expect(clean.html).toContain('<h1>Titre</h1>');
    for (const gone of ['<script', 'breadcrumb', 'read-aloud', 'pager', 'print-only', 'fiche-eleve', 'Fiche élève']) expect(clean.html).not.toContain(gone);
  });

  it('prefixes ids, keeps links inside the package, reduces other site links to text', () => {
    expect(clean.html).toContain('<h2 id="l1-objectifs">');
    expect(clean.html).toContain('aria-labelledby="l1-objectifs"');
    expect(clean.html).toContain('href="#l1-objectifs"');
    expect(clean.html).toContain('<a href="#lecon-l2">leçon 2</a>');
    expect(clean.html).toContain('<a href="#quiz">quiz</a>');
    expect(clean.html).toContain('<span class="term">biais</span>');
    expect(clean.html).toContain('une activité, un jeu, la <a href="#lecon-l2">suite</a>.');
    expect(clean.html).toContain('<a href="https://doi.org/1">source</a>');
    expect(clean.html).not.toContain('/declic/');
  });

  it('lists and relinks every file it uses', () => {
    expect(clean.files).toEqual(['_astro/embleme.svg', '_astro/fig.svg', '_astro/fig2.svg']);
    expect(referencedFiles(clean.html).sort()).toEqual(['site/_astro/embleme.svg', 'site/_astro/fig.svg', 'site/_astro/fig2.svg']);
  });

  it('relinks stylesheet urls and drops the web font', () => {
    const css = '@font-face{font-family:OpenDyslexic;src:url(/declic/_astro/od.woff2) format("woff2")}.a{background:url("/declic/images/x.png")}';
    expect(cssUrls(css, '/declic/')).toEqual(['_astro/od.woff2', 'images/x.png']);
    const kept = rewriteCssUrls(dropFontFaces(css), '/declic/', '../');
    expect(kept).toBe('.a{background:url("../images/x.png")}');
  });
});

describe('package sizes for teachers', () => {
  it('writes French units and fills the page’s placeholders', () => {
    expect(formatFileSize(75_758)).toBe('74\u00A0Ko');
    expect(formatFileSize(1_300_000)).toBe('1,2\u00A0Mo');
    const html = '<li><a href="x">Paquet</a> <span class="meta" data-scorm-size="m">(zip)</span></li><span data-scorm-size="other">(zip)</span>';
    expect(fillScormSizes(html, { m: 2048 }, (size) => `(zip, ${size})`)).toBe('<li><a href="x">Paquet</a> <span class="meta" data-scorm-size="m">(zip, 2\u00A0Ko)</span></li><span data-scorm-size="other">(zip)</span>');
  });
});
