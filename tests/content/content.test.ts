/**
 * The real content passes the content validator (src/lib/content/validate.ts) — the same one the
 * build and `npm run check:content` run: every file matches its schema, every reference resolves,
 * the activities' data is valid, and the writing rules of docs/ecrire.md hold (no warning).
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-graph.ts';
import { ACTIVITY_DATA } from '../../src/lib/content/activity-data.ts';
import { contentReport } from '../helpers/content.ts';

const report = contentReport();
const { inventory } = report.content;

describe('content files', () => {
  it('finds at least one module with lessons, glossary and teacher notes, and every activity’s data', () => {
    expect(inventory.modules.length).toBeGreaterThan(0);
    expect(inventory.lessons.length).toBeGreaterThan(0);
    expect(inventory.glossary.length).toBeGreaterThan(0);
    expect(inventory.teacherNotes.length).toBe(inventory.modules.length);
    // Every activity the data table declares was found and read (a folder renamed or emptied fails here).
    expect(Object.keys(report.content.activityData).sort()).toEqual(Object.keys(ACTIVITY_DATA).sort());
    expect(Object.keys(ACTIVITY_DATA).length).toBeGreaterThanOrEqual(7);
  });

  it('has no error: schemas, references between files, activity data', () => {
    expect(report.errors, formatProblems(report.errors)).toEqual([]);
  });

  it('follows the writing rules: lesson length and shape, French typography, quiz size (no warning)', () => {
    expect(report.warnings, formatProblems(report.warnings)).toEqual([]);
  });
});
