/**
 * Reads content/ from disk the way the Astro collections do (same files, same schemas), because
 * getCollection() is not available inside vitest. Returns the inventory plus per-file schema errors.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodTypeAny } from 'astro/zod';
import { moduleSchema } from '../../src/schemas/module.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { teacherNotesSchema } from '../../src/schemas/teacher-notes.ts';
import { activitySchema } from '../../src/schemas/activity.ts';
import type { ContentInventory, ContentProblem } from '../../src/lib/content-graph.ts';
import { parseOrderedName } from '../../src/lib/content-graph.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const MODULES_DIR = join(ROOT, 'content', 'modules');

export interface RawFile {
  file: string;
  data: unknown;
  body: string;
}

/** Splits `---\nyaml\n---\nbody` into parsed frontmatter and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

function read(path: string): RawFile {
  const source = readFileSync(path, 'utf8');
  const file = relative(ROOT, path);
  if (/\.ya?ml$/.test(path)) return { file, data: parseYaml(source), body: '' };
  return { file, ...splitFrontmatter(source) };
}

const listFiles = (dir: string, pattern: RegExp) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => pattern.test(name)).map((name) => join(dir, name)) : [];

export interface LoadedContent {
  inventory: Required<ContentInventory>;
  schemaProblems: ContentProblem[];
  raw: { lessons: RawFile[]; notes: RawFile[]; glossary: RawFile[]; modules: RawFile[]; activities: RawFile[] };
}

export function loadContent(modulesDir = MODULES_DIR): LoadedContent {
  const schemaProblems: ContentProblem[] = [];
  const check = <T>(schema: ZodTypeAny, raw: RawFile): T | undefined => {
    const result = schema.safeParse(raw.data);
    if (result.success) return result.data as T;
    for (const issue of result.error.issues) schemaProblems.push({ file: raw.file, field: issue.path.join('.') || '(fichier)', message: issue.message });
    return undefined;
  };

  const inventory: Required<ContentInventory> = { modules: [], lessons: [], glossary: [], teacherNotes: [], activities: [] };
  const raw: LoadedContent['raw'] = { lessons: [], notes: [], glossary: [], modules: [], activities: [] };
  const moduleDirs = readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory());
  for (const slug of moduleDirs) {
    const dir = join(modulesDir, slug);
    for (const path of listFiles(dir, /^module\.ya?ml$/)) {
      const file = read(path);
      raw.modules.push(file);
      const data = check<ContentInventory['modules'][number]['data']>(moduleSchema, file);
      if (data) inventory.modules.push({ file: file.file, slug, data });
    }
    for (const path of listFiles(join(dir, 'lecons'), /\.mdx?$/)) {
      const file = read(path);
      raw.lessons.push(file);
      const data = check<ContentInventory['lessons'][number]['data']>(lessonSchema, file);
      const name = path.split('/').pop()?.replace(/\.mdx?$/, '') ?? '';
      if (data) inventory.lessons.push({ file: file.file, module: slug, ...parseOrderedName(name), data, body: file.body });
    }
    for (const path of listFiles(join(dir, 'glossaire'), /\.ya?ml$/)) {
      const file = read(path);
      raw.glossary.push(file);
      const data = check<ContentInventory['glossary'][number]['data']>(glossarySchema, file);
      const termSlug = path.split('/').pop()?.replace(/\.ya?ml$/, '') ?? '';
      if (data) inventory.glossary.push({ file: file.file, module: slug, slug: termSlug, data });
    }
    for (const path of listFiles(dir, /^fiche-enseignant\.mdx?$/)) {
      const file = read(path);
      raw.notes.push(file);
      const data = check<ContentInventory['teacherNotes'][number]['data']>(teacherNotesSchema, file);
      if (data) inventory.teacherNotes.push({ file: file.file, module: slug, data });
    }
    for (const path of listFiles(join(dir, 'activites'), /\.mdx?$/)) {
      const file = read(path);
      raw.activities.push(file);
      const data = check<NonNullable<ContentInventory['activities']>[number]['data']>(activitySchema, file);
      const activitySlug = path.split('/').pop()?.replace(/\.mdx?$/, '') ?? '';
      if (data) inventory.activities.push({ file: file.file, module: slug, slug: activitySlug, data });
    }
  }
  return { inventory, schemaProblems, raw };
}
