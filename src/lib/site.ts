/**
 * The site's content, loaded once per build from the collections, checked as a whole
 * (content-graph.ts) and shaped for the pages. A content error stops the build with a message
 * naming each file and field at fault. This is the only module that talks to astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { LessonData } from '../schemas/lesson.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { TeacherNotesData } from '../schemas/teacher-notes.ts';
import type { ActivityData } from '../schemas/activity.ts';
import type { QuizData } from '../schemas/quiz.ts';
import type { CorpusData } from '../schemas/corpus.ts';
import { validateQuizzes } from './quiz-graph.ts';
import { formatProblems, validateContentGraph, type ContentInventory } from './content-graph.ts';
import { typographyDeep } from './french-typography.ts';
import { CONTENT_ROOT, glossarySlugOf, lessonPartsOf, moduleSlugOf } from './paths.ts';
import { readingMinutes } from './reading-time.ts';
import { lessonFormatProblems, lessonWords } from './content/lesson-format.ts';

export interface SiteLesson {
  module: string;
  slug: string;
  /** 1-based position in the module. */
  position: number;
  data: LessonData;
  words: number;
  readingMinutes: number;
  entry: CollectionEntry<'lessons'>;
}

export interface SiteActivity {
  module: string;
  slug: string;
  data: ActivityData;
  entry: CollectionEntry<'activities'>;
}

export interface SiteModule {
  slug: string;
  data: ModuleData;
  lessons: SiteLesson[];
  activities: SiteActivity[];
  notes: { data: TeacherNotesData; entry: CollectionEntry<'teacherNotes'> };
  /** The module's quiz (content/modules/<module>/quiz.yaml), if it has one. */
  quiz: QuizData | undefined;
}

/** Module emblems, bundled by Vite (hashed file names, cached for good). */
const EMBLEMS = import.meta.glob<ImageMetadata>('../../content/modules/*/embleme.svg', { eager: true, import: 'default' });

/** The URL of a module's emblem (content/modules/<module>/embleme.svg). */
export function emblemOf(module: string): ImageMetadata {
  const emblem = EMBLEMS[`../../content/modules/${module}/embleme.svg`];
  if (!emblem) throw new Error(`content/modules/${module}/embleme.svg introuvable`);
  return emblem;
}

export interface SiteTerm {
  slug: string;
  module: string;
  data: GlossaryData;
}

export interface Site {
  modules: SiteModule[];
  glossary: SiteTerm[];
  term(slug: string): SiteTerm;
  module(slug: string): SiteModule;
}

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string) => entry.filePath ?? `${CONTENT_ROOT}/${entry.id}${fallback}`;

async function load(): Promise<Site> {
  const [modules, lessons, glossary, notes, activities, quizzes] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('teacherNotes'),
    getCollection('activities'),
    getCollection('quizzes'),
  ]);

  const inventory: ContentInventory = {
    modules: modules.map((m) => ({ file: fileOf(m, '.yaml'), slug: moduleSlugOf(m.id), data: m.data })),
    lessons: lessons.map((l) => ({ file: fileOf(l, '.mdx'), ...lessonPartsOf(l.id), data: l.data, body: l.body ?? '' })),
    glossary: glossary.map((g) => ({ file: fileOf(g, '.yaml'), module: moduleSlugOf(g.id), slug: glossarySlugOf(g.id), data: g.data })),
    teacherNotes: notes.map((n) => ({ file: fileOf(n, '.mdx'), module: moduleSlugOf(n.id), data: n.data })),
    activities: activities.map((a) => ({ file: fileOf(a, '.mdx'), module: moduleSlugOf(a.id), slug: glossarySlugOf(a.id), data: a.data })),
  };
  const publicFileExists = (path: string) => existsSync(join('public', path));
  const moduleFileExists = (module: string, name: string) => existsSync(join(CONTENT_ROOT, module, name));
  const quizFiles = quizzes.map((q) => ({ file: fileOf(q, '.yaml'), module: moduleSlugOf(q.id), data: q.data }));
  const problems = [
    ...validateContentGraph(inventory, { publicFileExists, moduleFileExists }),
    ...validateQuizzes(quizFiles, modules.map((m) => ({ slug: moduleSlugOf(m.id), lessons: m.data.lessons })), { publicFileExists }),
    ...lessonFormatProblems(inventory.lessons.filter((l) => !isOldFormat(l.body))),
  ];
  const oldFormat = inventory.lessons.filter((l) => isOldFormat(l.body));
  if (oldFormat.length > 0) console.warn(`Leçons encore à l’ancien format (<ARetenir>) : ${oldFormat.map((l) => l.file).join(', ')}`);
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const siteModules: SiteModule[] = modules
    .map((m) => {
      const slug = moduleSlugOf(m.id);
      const own = lessons.filter((l) => lessonPartsOf(l.id).module === slug);
      const noteEntry = notes.find((n) => moduleSlugOf(n.id) === slug);
      if (!noteEntry) throw new Error(`content/modules/${slug}/fiche-enseignant.mdx manquante`);
      const quiz = quizFiles.find((q) => q.module === slug)?.data;
      return {
        slug,
        quiz: quiz && typographyDeep(quiz, QUIZ_VERBATIM_KEYS),
        data: typographyDeep(m.data),
        notes: { data: typographyDeep(noteEntry.data), entry: noteEntry },
        activities: activities
          .filter((a) => moduleSlugOf(a.id) === slug)
          .map((entry) => ({ module: slug, slug: glossarySlugOf(entry.id), data: typographyDeep(entry.data), entry }))
          .sort((a, b) => a.slug.localeCompare(b.slug)),
        lessons: m.data.lessons.map((lessonSlug, index) => {
          const entry = own.find((l) => lessonPartsOf(l.id).slug === lessonSlug);
          if (!entry) throw new Error(`leçon ${lessonSlug} introuvable`);
          const words = lessonWords(entry.body ?? '');
          return { module: slug, slug: lessonSlug, position: index + 1, data: typographyDeep(entry.data), words, readingMinutes: readingMinutes(words), entry };
        }),
      };
    })
    .sort((a, b) => a.data.order - b.data.order);

  const terms: SiteTerm[] = glossary
    .map((g) => ({ slug: glossarySlugOf(g.id), module: moduleSlugOf(g.id), data: typographyDeep(g.data) }))
    .sort((a, b) => a.data.term.localeCompare(b.data.term, 'fr'));

  return {
    modules: siteModules,
    glossary: terms,
    term(slug) {
      const found = terms.find((t) => t.slug === slug);
      if (!found) throw new Error(`Terme de glossaire inconnu : « ${slug} »`);
      return found;
    },
    module(slug) {
      const found = siteModules.find((m) => m.slug === slug);
      if (!found) throw new Error(`Module inconnu : « ${slug} »`);
      return found;
    },
  };
}

/** Transition: a lesson still written with <ARetenir> has not been rewritten to the format yet. */
const isOldFormat = (body: string) => body.includes('<ARetenir');

/** Quiz fields that are identifiers or paths, left as written by typographyDeep. */
const QUIZ_VERBATIM_KEYS: ReadonlySet<string> = new Set(['url', 'src', 'id', 'lesson', 'type', 'format']);

let cached: Promise<Site> | undefined;

/** The whole site's content, validated. Memoised: every page of a build shares one load. */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return load(); // content edits must show up while authoring
  cached ??= load();
  return cached;
}

/** A text the « Devine le mot suivant » model can learn from (content/modules/<module>/corpus/). */
export interface SiteCorpus {
  slug: string;
  data: CorpusData;
}

/** The corpora of a module, in their `order`, typography applied (the island gets them as a prop). */
export async function loadCorpora(module: string): Promise<SiteCorpus[]> {
  const corpora = await getCollection('corpora');
  return corpora
    .filter((c) => moduleSlugOf(c.id) === module)
    .map((c) => ({ slug: glossarySlugOf(c.id), data: typographyDeep(c.data) }))
    .sort((a, b) => a.data.order - b.data.order);
}
