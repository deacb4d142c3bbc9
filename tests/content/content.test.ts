/**
 * Tests of the real content: every file matches its schema, every reference resolves, every lesson is
 * reachable, no orphan term, and the prose follows the content rules (shared/CONTENT.md).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContentGraph } from '../../src/lib/content-graph.ts';
import { lintFrenchProse, lintLessonShape } from '../../src/lib/content-lint.ts';
import { checkLessonFormat } from '../../src/lib/content/lesson-format.ts';
import { ROOT, loadContent } from '../helpers/load-content.ts';

/** Transition (see src/lib/site.ts): a lesson still written with <ARetenir> awaits its rewrite. */
const isOldFormat = (body: string) => body.includes('<ARetenir');

const content = loadContent();
const { inventory } = content;

describe('content files', () => {
  it('finds at least one module with lessons, glossary and teacher notes', () => {
    expect(inventory.modules.length).toBeGreaterThan(0);
    expect(inventory.lessons.length).toBeGreaterThan(0);
    expect(inventory.glossary.length).toBeGreaterThan(0);
    expect(inventory.teacherNotes.length).toBe(inventory.modules.length);
  });

  it('every file matches its schema', () => {
    expect(content.schemaProblems, formatProblems(content.schemaProblems)).toEqual([]);
  });

  it('every reference resolves, every lesson is reachable, no term is an orphan, no slug is duplicated', () => {
    const problems = validateContentGraph(inventory, { publicFileExists: (path) => existsSync(join(ROOT, 'public', path)) });
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe.each(inventory.modules.map((m) => [m.slug, m] as const))('module %s', (slug, mod) => {
  const lessons = inventory.lessons.filter((l) => l.module === slug);

  it('has 3 to 6 lessons, listed in the order of their file prefixes', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    expect(lessons.length).toBeLessThanOrEqual(6);
    const byPrefix = [...lessons].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((l) => l.slug);
    expect(mod.data.lessons).toEqual(byPrefix);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s follows the lesson format (≤ 900 words, figures, « À toi », « Ce que je retiens », discussion), links its terms', (file, lesson) => {
    // Transition: lessons still written with <ARetenir> are being rewritten; the build warns about them.
    if (isOldFormat(lesson.body)) {
      expect(lintLessonShape(lesson.body), file).toEqual([]);
    } else {
      const problems = checkLessonFormat(lesson.body).map((p) => `${file} — ${p.where} : ${p.message}`);
      expect(problems).toEqual([]);
    }
    expect(lesson.body, `${file} : aucun <Terme> dans le texte`).toMatch(/<Terme\s/);
    expect(lesson.body).not.toMatch(/^# /m);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s: every imported figure file exists beside the lesson', (file, lesson) => {
    for (const [, path] of lesson.body.matchAll(/^import\s+\w+\s+from\s+['"](\.[^'"]+)['"]/gm)) {
      expect(existsSync(join(ROOT, dirname(file), path!)), `${file} : ${path} introuvable`).toBe(true);
    }
  });
});

describe('module identity', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  it.each(inventory.modules.map((m) => [m.slug, m] as const))('%s has an emblem and an accent readable in both themes', (slug, mod) => {
    expect(existsSync(join(ROOT, 'content/modules', slug, 'embleme.svg')), `${slug}/embleme.svg`).toBe(true);
    // white glyphs on the accent (emblems), and the accent as a 6 px stripe on the dark background
    expect(contrast(mod.data.accent, '#ffffff'), `${mod.file} : accent ${mod.data.accent} trop clair pour un texte blanc`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(mod.data.accent, '#15171b'), `${mod.file} : accent ${mod.data.accent} trop sombre pour le thème sombre`).toBeGreaterThanOrEqual(3);
  });
});

describe('French typography and link text', () => {
  const files = [...content.raw.lessons, ...content.raw.notes];
  it.each(files.map((f) => [f.file, f] as const))('%s', (file, raw) => {
    const issues = lintFrenchProse(raw.body).map((i) => `${file}:${i.line} ${i.message}`);
    expect(issues).toEqual([]);
  });

  it('glossary definitions are one or two sentences', () => {
    for (const term of inventory.glossary) {
      const sentences = term.data.definition.split(/[.!?…](\s|$)/).filter((s) => s.trim().length > 2).length;
      expect(sentences, `${term.file} : ${sentences} phrases`).toBeLessThanOrEqual(2);
    }
  });
});
