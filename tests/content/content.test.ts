/**
 * Tests of the real content: every file matches its schema, every reference resolves, every lesson is
 * reachable, no orphan term, and the prose follows the content rules (shared/CONTENT.md).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContentGraph } from '../../src/lib/content-graph.ts';
import { lintFrenchProse, lintLessonShape } from '../../src/lib/content-lint.ts';
import { countWords } from '../../src/lib/reading-time.ts';
import { ROOT, loadContent } from '../helpers/load-content.ts';

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

  it.each(lessons.map((l) => [l.file, l] as const))('%s is 800–1,500 words, links its terms, ends with an activity and « À retenir »', (file, lesson) => {
    const words = countWords(lesson.body);
    expect(words, `${file} : ${words} mots`).toBeGreaterThanOrEqual(800);
    expect(words, `${file} : ${words} mots`).toBeLessThanOrEqual(1600);
    expect(lintLessonShape(lesson.body), file).toEqual([]);
    expect(lesson.body, `${file} : aucun <Terme> dans le texte`).toMatch(/<Terme\s/);
    expect(lesson.body).not.toMatch(/^# /m);
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
