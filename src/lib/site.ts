/**
 * The site's content, loaded once per build from the collections and shaped for the pages. This is
 * the only module that talks to astro:content. The content is checked as a whole by the content
 * validator (src/lib/content/validate.ts): before the build starts (src/integrations/content.ts),
 * and here again on every page load while authoring (`astro dev`), so that an edit that breaks a
 * file shows the same French report.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { LessonData } from '../schemas/lesson.ts';
import { lessonOrder, type ModuleData } from '../schemas/module.ts';
import type { TeacherNotesData } from '../schemas/teacher-notes.ts';
import type { ActivityData } from '../schemas/activity.ts';
import type { QuizData } from '../schemas/quiz.ts';
import { formatProblems } from './content-graph.ts';
import { validateContent } from './content/validate.ts';
import { typographyDeep } from './french-typography.ts';
import { glossarySlugOf, lessonPartsOf, moduleSlugOf } from './paths.ts';
import { readingMinutes } from './reading-time.ts';
import { lessonWords } from './content/lesson-format.ts';

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

async function load(): Promise<Site> {
  const [modules, lessons, glossary, notes, activities, quizzes] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('teacherNotes'),
    getCollection('activities'),
    getCollection('quizzes'),
  ]);

  if (import.meta.env.DEV) {
    const { errors } = validateContent();
    if (errors.length > 0) throw new Error(formatProblems(errors));
  }
  const quizFiles = quizzes.map((q) => ({ module: moduleSlugOf(q.id), data: q.data }));

  const siteModules: SiteModule[] = modules
    .map((m) => {
      const slug = moduleSlugOf(m.id);
      const own = lessons.filter((l) => lessonPartsOf(l.id).module === slug);
      const noteEntry = notes.find((n) => moduleSlugOf(n.id) === slug);
      if (!noteEntry) throw new Error(`content/modules/${slug}/fiche-enseignant.mdx manquante`);
      const quiz = quizFiles.find((q) => q.module === slug)?.data;
      // Reading order: the numbers of the lesson files (lecons/01-…, 02-…).
      const lessonSlugs = lessonOrder(own.map((l) => lessonPartsOf(l.id)));
      return {
        slug,
        quiz: quiz && typographyDeep(quiz, QUIZ_VERBATIM_KEYS),
        data: typographyDeep({ ...m.data, lessons: lessonSlugs }),
        notes: { data: typographyDeep(noteEntry.data), entry: noteEntry },
        activities: activities
          .filter((a) => moduleSlugOf(a.id) === slug)
          .map((entry) => ({ module: slug, slug: glossarySlugOf(entry.id), data: typographyDeep(entry.data), entry }))
          .sort((a, b) => a.slug.localeCompare(b.slug)),
        lessons: lessonSlugs.map((lessonSlug, index) => {
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

/** Quiz fields that are identifiers or paths, left as written by typographyDeep. */
const QUIZ_VERBATIM_KEYS: ReadonlySet<string> = new Set(['url', 'src', 'id', 'lesson', 'type', 'format']);

let cached: Promise<Site> | undefined;

/** The whole site's content, validated. Memoised: every page of a build shares one load. */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return load(); // content edits must show up while authoring
  cached ??= load();
  return cached;
}
