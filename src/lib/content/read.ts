/**
 * Reads everything authors write under content/ from disk, each file with its schema, and returns the
 * inventory plus the problems found (in French, naming the file and the field). Used by the validator
 * (./validate.ts), hence by the build, `npm run check:content` and the tests: the content is read the
 * same way everywhere. (Astro reads the same files again for the pages, with the same schemas.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import './french-zod.ts';
import { issuePath } from './french-zod.ts';
import { readYaml, splitFrontmatter } from './yaml.ts';
import { ACTIVITY_DATA, activityDataDir, type ActivityWithData } from './activity-data.ts';
import { parseOrderedName, type ContentInventory, type ContentProblem } from '../content-graph.ts';
import type { ExerciseFile } from '../exercise-graph.ts';
import type { QuizFile } from '../quiz-graph.ts';
import { lessonOrder, moduleSchema } from '../../schemas/module.ts';
import { lessonSchema } from '../../schemas/lesson.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { teacherNotesSchema } from '../../schemas/teacher-notes.ts';
import { activitySchema, type ActivityData } from '../../schemas/activity.ts';
import { quizSchema } from '../../schemas/quiz.ts';
import { exerciseSchema } from '../../schemas/exercise.ts';
import { pageSchema } from '../../schemas/page.ts';

export interface RawFile {
  /** Path relative to the project root. */
  file: string;
  /** Parsed YAML (the frontmatter of an MDX file), undefined when it does not parse. */
  data: unknown;
  /** Body of an MDX file ('' for YAML). */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

export interface ContentSet {
  inventory: Required<ContentInventory>;
  quizzes: QuizFile[];
  exercises: ExerciseFile[];
  /** Activity data by activity (see ./activity-data.ts), undefined where it has errors. */
  activityData: Partial<Record<ActivityWithData, unknown>>;
  raw: { modules: RawFile[]; lessons: RawFile[]; glossary: RawFile[]; notes: RawFile[]; activities: RawFile[]; quizzes: RawFile[]; exercises: RawFile[]; pages: RawFile[] };
  /** The `lessons` list written in each module.yaml (by file), if any: checked against the file order. */
  listedLessons: Map<string, string[] | undefined>;
  /** Syntax and schema problems, file by file. */
  problems: ContentProblem[];
}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const list = (dir: string, pattern: RegExp) => (isDir(dir) ? readdirSync(dir).filter((name) => pattern.test(name)).sort() : []);
const stem = (name: string) => name.replace(/\.(ya?ml|mdx?)$/, '');

export class ContentReader {
  readonly problems: ContentProblem[] = [];
  constructor(readonly root: string) {}

  /** Reads a YAML or MDX file; a syntax error becomes a problem (data undefined). */
  read(path: string): RawFile {
    const source = readFileSync(path, 'utf8');
    const file = relative(this.root, path);
    const isYaml = /\.ya?ml$/.test(path);
    const parts = isYaml ? { yaml: source, body: '' } : splitFrontmatter(source);
    if (!parts) {
      this.problems.push({ file, field: 'en-tête', message: 'le fichier doit commencer par un en-tête entre deux lignes « --- »' });
      return { file, data: undefined, body: source, bodyLine: 1 };
    }
    const bodyLine = source.slice(0, source.length - parts.body.length).split('\n').length;
    const parsed = readYaml(parts.yaml, isYaml ? 1 : 2);
    if ('error' in parsed) {
      this.problems.push({ file, field: `ligne ${parsed.error.line}`, message: parsed.error.message });
      return { file, data: undefined, body: parts.body, bodyLine };
    }
    return { file, data: parsed.data, body: parts.body, bodyLine };
  }

  /** Validates a file's data with `schema`; each issue becomes a problem. */
  check<T>(schema: ZodTypeAny, raw: RawFile, prefix: (string | number)[] = []): T | undefined {
    if (raw.data === undefined) return undefined; // a syntax error, already reported
    const result = schema.safeParse(raw.data ?? {});
    if (result.success) return result.data as T;
    for (const issue of result.error.issues) this.problems.push({ file: raw.file, field: issuePath([...prefix, ...issue.path]) || '(fichier)', message: issue.message });
    return undefined;
  }
}

export function readContent(root: string): ContentSet {
  const reader = new ContentReader(root);
  const modulesDir = join(root, 'content', 'modules');
  const inventory: Required<ContentInventory> = { modules: [], lessons: [], glossary: [], teacherNotes: [], activities: [] };
  const raw: ContentSet['raw'] = { modules: [], lessons: [], glossary: [], notes: [], activities: [], quizzes: [], exercises: [], pages: [] };
  const quizzes: QuizFile[] = [];
  const exercises: ExerciseFile[] = [];
  const rawLessonLists = new Map<string, string[] | undefined>();

  for (const slug of isDir(modulesDir) ? readdirSync(modulesDir).filter((name) => isDir(join(modulesDir, name))).sort() : []) {
    const dir = join(modulesDir, slug);
    for (const name of list(dir, /^module\.ya?ml$/)) {
      const file = reader.read(join(dir, name));
      raw.modules.push(file);
      const data = reader.check<ContentInventory['modules'][number]['data']>(moduleSchema, file);
      if (data) inventory.modules.push({ file: file.file, slug, data });
    }
    for (const name of list(join(dir, 'lecons'), /\.mdx?$/)) {
      const file = reader.read(join(dir, 'lecons', name));
      raw.lessons.push(file);
      const data = reader.check<ContentInventory['lessons'][number]['data']>(lessonSchema, file);
      if (data) inventory.lessons.push({ file: file.file, module: slug, ...parseOrderedName(stem(name)), data, body: file.body });
    }
    for (const name of list(join(dir, 'glossaire'), /\.ya?ml$/)) {
      const file = reader.read(join(dir, 'glossaire', name));
      raw.glossary.push(file);
      const data = reader.check<ContentInventory['glossary'][number]['data']>(glossarySchema, file);
      if (data) inventory.glossary.push({ file: file.file, module: slug, slug: stem(name), data });
    }
    for (const name of list(dir, /^fiche-enseignant\.mdx?$/)) {
      const file = reader.read(join(dir, name));
      raw.notes.push(file);
      const data = reader.check<ContentInventory['teacherNotes'][number]['data']>(teacherNotesSchema, file);
      if (data) inventory.teacherNotes.push({ file: file.file, module: slug, data });
    }
    for (const name of list(join(dir, 'activites'), /\.mdx?$/)) {
      const file = reader.read(join(dir, 'activites', name));
      raw.activities.push(file);
      const data = reader.check<ActivityData>(activitySchema, file);
      if (data) inventory.activities.push({ file: file.file, module: slug, slug: stem(name), data });
    }
    for (const name of list(dir, /^quiz\.ya?ml$/)) {
      const file = reader.read(join(dir, name));
      raw.quizzes.push(file);
      const data = reader.check<QuizFile['data']>(quizSchema, file);
      if (data) quizzes.push({ file: file.file, module: slug, data });
    }
    for (const name of list(join(dir, 'exercices'), /\.ya?ml$/)) {
      const file = reader.read(join(dir, 'exercices', name));
      raw.exercises.push(file);
      const data = reader.check<ExerciseFile['data']>(exerciseSchema, file);
      if (data) exercises.push({ file: file.file, module: slug, ...parseOrderedName(stem(name)), data });
    }
  }
  // Reading order of each module: the numbers of its lesson files (module.yaml may list them too).
  for (const mod of inventory.modules) {
    const listed = (mod.data as { lessons?: string[] }).lessons;
    rawLessonLists.set(mod.file, listed);
    mod.data = { ...mod.data, lessons: lessonOrder(inventory.lessons.filter((l) => l.module === mod.slug)) };
  }
  for (const name of list(join(root, 'content', 'pages'), /\.md$/)) {
    const file = reader.read(join(root, 'content', 'pages', name));
    raw.pages.push(file);
    reader.check(pageSchema, file);
  }

  const activityData: ContentSet['activityData'] = {};
  for (const name of Object.keys(ACTIVITY_DATA) as ActivityWithData[]) {
    const value = readActivityData(reader, name);
    if (value !== undefined) activityData[name] = value;
  }
  return { inventory, quizzes, exercises, activityData, raw, listedLessons: rawLessonLists, problems: reader.problems };
}

/** Reads one activity's data folder (see ./activity-data.ts); undefined when a file has a problem. */
export function readActivityData(reader: ContentReader, name: ActivityWithData): unknown {
  const spec = ACTIVITY_DATA[name];
  const dirPath = activityDataDir(name);
  const dir = join(reader.root, dirPath);
  const before = reader.problems.length;
  if (!isDir(dir)) {
    reader.problems.push({ file: dirPath, field: 'dossier', message: `le dossier des données de l’activité « ${name} » manque` });
    return undefined;
  }
  const shape = spec.shape;
  let value: unknown;
  if (shape.kind === 'single') {
    const path = join(dir, shape.file);
    if (!existsSync(path)) {
      reader.problems.push({ file: `${dirPath}/${shape.file}`, field: 'fichier', message: 'fichier manquant' });
      return undefined;
    }
    value = reader.check(spec.schema, reader.read(path));
  } else if (shape.kind === 'record') {
    const out: Record<string, unknown> = {};
    for (const name of list(dir, /\.ya?ml$/)) {
      if (!(shape.keys as readonly string[]).includes(stem(name))) {
        reader.problems.push({ file: `${dirPath}/${name}`, field: 'nom du fichier', message: `« ${stem(name)} » n’est pas attendu ici : les fichiers sont ${shape.keys.map((k) => `${k}.yaml`).join(', ')}` });
      }
    }
    for (const key of shape.keys) {
      const path = join(dir, `${key}.yaml`);
      if (!existsSync(path)) {
        reader.problems.push({ file: `${dirPath}/${key}.yaml`, field: 'fichier', message: 'fichier manquant' });
        continue;
      }
      out[key] = reader.check(spec.schema, reader.read(path));
    }
    value = out;
  } else {
    const items: unknown[] = [];
    const orders = new Map<number, string>();
    for (const name of list(dir, /\.ya?ml$/)) {
      const { order, slug } = parseOrderedName(stem(name));
      const file = `${dirPath}/${name}`;
      if (order === null) reader.problems.push({ file, field: 'nom du fichier', message: `le nom doit commencer par un numéro d’ordre, par exemple 05-${slug}.yaml` });
      else if (orders.has(order)) reader.problems.push({ file, field: 'nom du fichier', message: `le numéro ${order} est déjà pris par ${orders.get(order)}` });
      else orders.set(order, file);
      const data = reader.check<Record<string, unknown>>(spec.schema, reader.read(join(dir, name)));
      if (data) items.push({ id: slug, ...data });
    }
    if (items.length === 0 && reader.problems.length === before) reader.problems.push({ file: dirPath, field: 'dossier', message: 'aucun fichier de données' });
    value = items;
  }
  return reader.problems.length === before ? value : undefined;
}
