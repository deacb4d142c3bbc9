/**
 * Every internal link goes through `href()`, so the site works under a sub-path (DECLIC_BASE).
 * Paths are written without the base and without a leading slash: href('modules/') → '/declic/modules/'.
 */
export function joinBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const cleanPath = path.replace(/^\/+/, '');
  return `${cleanBase}${cleanPath}`;
}

export function href(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * Every page path of the site, relative to the base: the one place where a URL is written (pages,
 * search index, teacher catalogue, tests). The folders of src/pages/ follow the same shapes.
 */
export const paths = {
  home: () => '',
  catalogue: () => 'modules/',
  module: (module: string) => `modules/${module}/`,
  lesson: (module: string, lesson: string) => `modules/${module}/${lesson}/`,
  teacherNotes: (module: string) => `modules/${module}/fiche-enseignant/`,
  /** One séance of the teacher notes, `session` its number from 1 (src/lib/teacher/notes-pages.ts). */
  teacherSession: (module: string, session: string) => `modules/${module}/fiche-enseignant/seance-${session}/`,
  /** Misconceptions, differentiation, curriculum and cross-subject ideas of the teacher notes. */
  teacherBearings: (module: string) => `modules/${module}/fiche-enseignant/reperes/`,
  moduleWorksheet: (module: string) => `modules/${module}/fiche-eleve/`,
  lessonWorksheet: (module: string, lesson: string) => `modules/${module}/${lesson}/fiche-eleve/`,
  quizSheet: (module: string) => `modules/${module}/quiz/fiche/`,
  activity: (module: string, activity: string) => `modules/${module}/activites/${activity}/`,
  exercises: (module: string) => `modules/${module}/exercices/`,
  exercise: (module: string, exercise: string) => `modules/${module}/exercices/${exercise}/`,
  /** The glossary's index; a module's glossary page; a term on its module's page. */
  glossary: (module?: string, term?: string) => (module ? `glossaire/${module}/${term ? `#${term}` : ''}` : 'glossaire/'),
  teachers: () => 'enseignants/',
  settings: () => 'reglages/',
  about: () => 'a-propos/',
  accessibility: () => 'accessibilite/',
  search: () => 'recherche/',
  searchIndex: () => 'recherche-index.json',
  quiz: (module: string) => `modules/${module}/quiz/`,
  answerKey: (module: string) => `modules/${module}/quiz/corrige/`,
  revision: () => 'revision/',
  /** « Mon carnet de code »: the pupil's own Python programs, kept on the device. */
  notebook: () => 'carnet/',
  /** « Combien pèse cette page ? », measuring `page` (a path under the base) when given. */
  pageWeight: (page?: string) => (page ? `combien-pese-cette-page/?page=${encodeURIComponent(page)}` : 'combien-pese-cette-page/'),
  ecoDesign: () => 'ecoconception/',
  /** A module's quiz for Moodle's question bank (files built by src/pages/telechargements/moodle/[file].ts). */
  moodleXml: (module: string) => `telechargements/moodle/declic-${module}.xml`,
  moodleGift: (module: string) => `telechargements/moodle/declic-${module}-gift.txt`,
  /** « Utiliser Déclic dans Éléa ou Moodle ». */
  moodleGuide: () => 'enseignants/moodle/',
} as const;

type Paths = typeof paths;

/** The same pages as full URLs under the base: routes.lesson('m', 'l') → '/declic/modules/m/l/'. */
export const routes = /* @__PURE__ */ Object.fromEntries(
  Object.entries(paths).map(([name, path]) => [name, (...args: string[]) => href((path as (...a: string[]) => string)(...args))]),
) as unknown as { [K in keyof Paths]: Paths[K] };
