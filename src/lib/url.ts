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

export const routes = {
  home: () => href(''),
  catalogue: () => href('modules/'),
  module: (module: string) => href(`modules/${module}/`),
  lesson: (module: string, lesson: string) => href(`modules/${module}/${lesson}/`),
  teacherNotes: (module: string) => href(`modules/${module}/fiche-enseignant/`),
  activity: (module: string, activity: string) => href(`modules/${module}/activites/${activity}/`),
  exercises: (module: string) => href(`modules/${module}/exercices/`),
  exercise: (module: string, exercise: string) => href(`modules/${module}/exercices/${exercise}/`),
  glossary: (term?: string) => href(term ? `glossaire/#${term}` : 'glossaire/'),
  teachers: () => href('enseignants/'),
  settings: () => href('reglages/'),
  about: () => href('a-propos/'),
  search: () => href('recherche/'),
  searchIndex: () => href('recherche-index.json'),
  quiz: (module: string) => href(`modules/${module}/quiz/`),
  answerKey: (module: string) => href(`modules/${module}/quiz/corrige/`),
  revision: () => href('revision/'),
  /** « Combien pèse cette page ? », measuring `page` (a path of this site, base included). */
  pageWeight: (page?: string) => href(page ? `combien-pese-cette-page/?page=${encodeURIComponent(page)}` : 'combien-pese-cette-page/'),
  ecoDesign: () => href('ecoconception/'),
};
