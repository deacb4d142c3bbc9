/**
 * Cross-file checks of the content: what a per-file schema cannot see. Every reference must
 * resolve (module → lessons, lesson → glossary, glossary → related terms, teacher notes → lessons),
 * every lesson must be reachable from its module, no glossary term may be an orphan and no slug may
 * be used twice. Pure: the build (src/lib/site.ts) and the content tests feed it the same inventory.
 */
import type { GlossaryData } from '../schemas/glossary.ts';
import type { LessonData } from '../schemas/lesson.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { TeacherNotesData } from '../schemas/teacher-notes.ts';
import type { ActivityData } from '../schemas/activity.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';

export interface ModuleFile { file: string; slug: string; data: ModuleData }
export interface LessonFile { file: string; module: string; slug: string; order: number | null; data: LessonData; body: string }
export interface GlossaryFile { file: string; module: string; slug: string; data: GlossaryData }
export interface TeacherNotesFile { file: string; module: string; data: TeacherNotesData }
export interface ActivityFile { file: string; module: string; slug: string; data: ActivityData }

export interface ContentInventory {
  modules: ModuleFile[];
  lessons: LessonFile[];
  glossary: GlossaryFile[];
  teacherNotes: TeacherNotesFile[];
  /** Interactive activities; optional so that older callers and fixtures need not list them. */
  activities?: ActivityFile[];
}

export interface ContentProblem {
  /** Path of the file at fault, relative to the project root. */
  file: string;
  /** Field or place in the file ("lessons[2]", "corps"). */
  field: string;
  /** What is wrong and how to fix it, in French. */
  message: string;
  /**
   * `error` (the default) stops the build; a `warning` breaks a writing rule (docs/ecrire.md):
   * the build shows it and goes on, `npm run check:content` and the tests fail on it.
   */
  level?: 'error' | 'warning';
}

/** `01-mon-titre` → `{ order: 1, slug: 'mon-titre' }`; a file without prefix has order null. */
export function parseOrderedName(name: string): { order: number | null; slug: string } {
  const match = /^(\d+)-(.+)$/.exec(name);
  return match ? { order: Number(match[1]), slug: match[2] ?? name } : { order: null, slug: name };
}

/** Glossary ids used inline in an MDX body with `<Terme id="…">`. */
export function inlineTermIds(body: string): string[] {
  return [...body.matchAll(/<Terme\s+[^>]*?id=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Image paths used in an MDX body with `<Figure src="…">`. */
export function figureSources(body: string): string[] {
  return [...body.matchAll(/<Figure\s+[^>]*?src=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Lesson slugs that would collide with a module's own pages. */
export const RESERVED_LESSON_SLUGS = ['fiche-enseignant', 'quiz', 'exercices', 'activites'];

export interface ValidateOptions {
  /** Tells whether a path under public/ exists (for figures); omitted → figures are not checked. */
  publicFileExists?: (path: string) => boolean;
  /** Tells whether a file exists in a module's folder (for its emblem); omitted → not checked. */
  moduleFileExists?: (module: string, name: string) => boolean;
}

/** A module's emblem: an SVG beside its module.yaml. */
export const MODULE_EMBLEM = 'embleme.svg';

export function validateContentGraph(inv: ContentInventory, options: ValidateOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const glossaryBySlug = new Map<string, GlossaryFile>();
  for (const term of inv.glossary) {
    const previous = glossaryBySlug.get(term.slug);
    if (previous) report(term.file, 'nom du fichier', `le terme « ${term.slug} » existe déjà dans ${previous.file} : un identifiant de glossaire doit être unique`);
    else glossaryBySlug.set(term.slug, term);
    if (!SLUG_PATTERN.test(term.slug)) report(term.file, 'nom du fichier', `« ${term.slug} » n’est pas un identifiant valide (minuscules, chiffres, tirets)`);
  }

  const moduleOrders = new Map<number, string>();
  for (const mod of inv.modules) {
    if (!SLUG_PATTERN.test(mod.slug)) report(mod.file, 'nom du dossier', `« ${mod.slug} » n’est pas un identifiant valide (minuscules, chiffres, tirets)`);
    const sameOrder = moduleOrders.get(mod.data.order);
    if (sameOrder !== undefined) report(mod.file, 'order', `l’ordre ${mod.data.order} est déjà pris par le module « ${sameOrder} »`);
    moduleOrders.set(mod.data.order, mod.slug);
    if (options.moduleFileExists && !options.moduleFileExists(mod.slug, MODULE_EMBLEM)) {
      report(mod.file, 'emblème', `${MODULE_EMBLEM} manquant dans le dossier du module : dessinez un emblème SVG (voir CONTRIBUTING, « Ajouter un module »)`);
    }
  }

  const lessonsByModule = new Map<string, Map<string, LessonFile>>();
  for (const lesson of inv.lessons) {
    const inModule = lessonsByModule.get(lesson.module) ?? new Map<string, LessonFile>();
    lessonsByModule.set(lesson.module, inModule);
    const previous = inModule.get(lesson.slug);
    if (previous) report(lesson.file, 'nom du fichier', `la leçon « ${lesson.slug} » existe déjà dans ${previous.file}`);
    else inModule.set(lesson.slug, lesson);
    if (lesson.order === null) report(lesson.file, 'nom du fichier', 'le nom doit commencer par un numéro d’ordre, par exemple 01-ma-lecon.mdx');
    if (RESERVED_LESSON_SLUGS.includes(lesson.slug)) report(lesson.file, 'nom du fichier', `« ${lesson.slug} » est réservé par le site : choisissez un autre nom`);
    if (!SLUG_PATTERN.test(lesson.slug)) report(lesson.file, 'nom du fichier', `« ${lesson.slug} » n’est pas un identifiant valide (minuscules, chiffres, tirets)`);
    if (!inv.modules.some((m) => m.slug === lesson.module)) report(lesson.file, 'dossier', `aucun module.yaml dans content/modules/${lesson.module}/`);
  }

  for (const mod of inv.modules) {
    const available = lessonsByModule.get(mod.slug) ?? new Map<string, LessonFile>();
    const listed = new Set<string>();
    mod.data.lessons.forEach((slug, index) => {
      if (listed.has(slug)) report(mod.file, `lessons[${index}]`, `la leçon « ${slug} » est listée deux fois`);
      listed.add(slug);
      if (!available.has(slug)) {
        const known = [...available.keys()].join(', ') || 'aucune';
        report(mod.file, `lessons[${index}]`, `la leçon « ${slug} » n’existe pas dans lecons/ (leçons trouvées : ${known})`);
      }
    });
    for (const lesson of available.values()) {
      if (!listed.has(lesson.slug)) report(lesson.file, 'module.yaml', `cette leçon n’est pas listée dans ${mod.file} (lessons) : aucun élève ne pourrait l’atteindre`);
    }
    if (!inv.teacherNotes.some((n) => n.module === mod.slug)) report(mod.file, 'fiche-enseignant.mdx', `le module n’a pas de fiche enseignant (content/modules/${mod.slug}/fiche-enseignant.mdx)`);
  }

  const referencedTerms = new Set<string>();
  for (const lesson of inv.lessons) {
    lesson.data.keyTerms.forEach((slug, index) => {
      referencedTerms.add(slug);
      if (!glossaryBySlug.has(slug)) report(lesson.file, `keyTerms[${index}]`, `le terme « ${slug} » n’existe pas dans le glossaire`);
    });
    for (const slug of inlineTermIds(lesson.body)) {
      referencedTerms.add(slug);
      if (!glossaryBySlug.has(slug)) report(lesson.file, 'corps (<Terme>)', `le terme « ${slug} » n’existe pas dans le glossaire`);
    }
    if (options.publicFileExists) {
      for (const src of figureSources(lesson.body)) {
        if (!src.startsWith('/') || !options.publicFileExists(src)) report(lesson.file, 'corps (<Figure>)', `l’image « ${src} » est introuvable dans public/ (écrire un chemin comme /images/…)`);
      }
    }
  }

  for (const term of inv.glossary) {
    term.data.related.forEach((slug, index) => {
      if (slug === term.slug) report(term.file, `related[${index}]`, 'un terme ne peut pas être lié à lui-même');
      else if (!glossaryBySlug.has(slug)) report(term.file, `related[${index}]`, `le terme lié « ${slug} » n’existe pas dans le glossaire`);
    });
    if (!referencedTerms.has(term.slug)) report(term.file, 'term', `terme orphelin : aucune leçon ne l’utilise (keyTerms ou <Terme id="${term.slug}">)`);
  }

  const notesByModule = new Map<string, TeacherNotesFile>();
  for (const notes of inv.teacherNotes) {
    if (notesByModule.has(notes.module)) report(notes.file, 'fichier', 'ce module a déjà une fiche enseignant');
    notesByModule.set(notes.module, notes);
    const mod = inv.modules.find((m) => m.slug === notes.module);
    if (!mod) {
      report(notes.file, 'dossier', `aucun module.yaml dans content/modules/${notes.module}/`);
      continue;
    }
    if (notes.data.sessions.length !== mod.data.sessions) {
      report(notes.file, 'sessions', `la fiche prévoit ${notes.data.sessions.length} séance(s) mais ${mod.file} annonce sessions: ${mod.data.sessions} : mettez les deux d’accord`);
    }
    notes.data.sessions.forEach((session, s) =>
      session.lessons.forEach((slug, l) => {
        if (!mod.data.lessons.includes(slug)) report(notes.file, `sessions[${s}].lessons[${l}]`, `la leçon « ${slug} » n’appartient pas au module « ${mod.slug} »`);
      }),
    );
    notes.data.expectedAnswers.forEach((answer, index) => {
      if (!mod.data.lessons.includes(answer.lesson)) report(notes.file, `expectedAnswers[${index}].lesson`, `la leçon « ${answer.lesson} » n’appartient pas au module « ${mod.slug} »`);
    });
  }

  const activitySlugs = new Map<string, ActivityFile>();
  for (const activity of inv.activities ?? []) {
    const key = `${activity.module}/${activity.slug}`;
    const previous = activitySlugs.get(key);
    if (previous) report(activity.file, 'nom du fichier', `l’activité « ${activity.slug} » existe déjà dans ${previous.file}`);
    activitySlugs.set(key, activity);
    if (!SLUG_PATTERN.test(activity.slug)) report(activity.file, 'nom du fichier', `« ${activity.slug} » n’est pas un identifiant valide (minuscules, chiffres, tirets)`);
    const mod = inv.modules.find((m) => m.slug === activity.module);
    if (!mod) {
      report(activity.file, 'dossier', `aucun module.yaml dans content/modules/${activity.module}/`);
      continue;
    }
    activity.data.lessons.forEach((slug, index) => {
      if (!mod.data.lessons.includes(slug)) report(activity.file, `lessons[${index}]`, `la leçon « ${slug} » n’appartient pas au module « ${mod.slug} »`);
    });
  }

  return problems;
}

/** One readable block for a build error or a test failure: errors first, then warnings. */
export function formatProblems(problems: ContentProblem[]): string {
  const errors = problems.filter((p) => p.level !== 'warning');
  const warnings = problems.filter((p) => p.level === 'warning');
  const line = (p: ContentProblem) => `  • ${p.file} — ${p.field} : ${p.message}`;
  const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  return [
    ...(errors.length ? [`Le contenu contient ${count(errors.length, 'erreur', 'erreurs')} (à corriger : le site ne se construit pas) :`, ...errors.map(line)] : []),
    ...(warnings.length ? [`${count(warnings.length, 'avertissement', 'avertissements')} (règles d’écriture, docs/ecrire.md) :`, ...warnings.map(line)] : []),
  ].join('\n');
}
