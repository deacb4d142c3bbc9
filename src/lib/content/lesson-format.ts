/**
 * The lesson format (CONTRIBUTING « Écrire une leçon »): short, visual, active.
 * Pure functions over a lesson's MDX body, used by the build (src/lib/site.ts), the content tests and the
 * pupil worksheet. They read the MDX source, not the rendered page, so an author gets the same verdict
 * everywhere, in seconds.
 */

/** Most words of pupil text in a lesson (the folded « Pour aller plus loin » is counted apart). */
export const MAX_LESSON_WORDS = 900;
/** Fewest figures (images or mock documents) per lesson. */
export const MIN_FIGURES = 2;
/** Items of « Ce que je retiens ». */
export const RETAIN_ITEMS = 3;

/** MDX components that show a figure: an image or a document built to look like the real thing. */
export const FIGURE_COMPONENTS = ['Figure', 'Post', 'Une', 'Resultats'] as const;

export interface LessonFormatProblem {
  /** Where to look, in the author's words (« <Figure> n° 2 »). */
  where: string;
  /** What is wrong and how to fix it, in French. */
  message: string;
}

/** One opening tag `<Name …>` with its raw attribute text (self-closing or not). */
interface Tag {
  name: string;
  attributes: string;
  /** Inner MDX source, '' for a self-closing tag. */
  inner: string;
}

/**
 * Tags named `name` in `mdx`, outermost first. Attribute values may contain `>` inside quotes or braces,
 * so attributes are scanned, not matched with a regular expression.
 */
export function findTags(mdx: string, name: string): Tag[] {
  const found: Tag[] = [];
  const opening = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  let match: RegExpExecArray | null;
  while ((match = opening.exec(mdx))) {
    const start = match.index + match[0].length;
    const end = endOfOpeningTag(mdx, start);
    if (end < 0) break;
    const selfClosing = mdx[end - 1] === '/';
    const attributes = mdx.slice(start, selfClosing ? end - 1 : end).trim();
    let inner = '';
    let resumeAt = end + 1;
    if (!selfClosing) {
      const close = matchingClose(mdx, name, end + 1);
      inner = mdx.slice(end + 1, close < 0 ? mdx.length : close);
      resumeAt = close < 0 ? mdx.length : close;
    }
    found.push({ name, attributes, inner });
    opening.lastIndex = resumeAt;
  }
  return found;
}

function endOfOpeningTag(mdx: string, from: number): number {
  let quote = '';
  let braces = 0;
  for (let i = from; i < mdx.length; i++) {
    const c = mdx[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (c === '>' && braces === 0) return i;
  }
  return -1;
}

function matchingClose(mdx: string, name: string, from: number): number {
  const pattern = new RegExp(`<${name}(?=[\\s/>])|</${name}\\s*>`, 'g');
  pattern.lastIndex = from;
  let depth = 1;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(mdx))) {
    if (match[0].startsWith('</')) {
      depth--;
      if (depth === 0) return match.index;
    } else {
      const end = endOfOpeningTag(mdx, match.index + match[0].length);
      if (end > 0 && mdx[end - 1] !== '/') depth++;
    }
  }
  return -1;
}

/** The value of a string attribute (`name="…"` or `name='…'`), undefined when absent or an expression. */
export function attribute(tag: Tag, name: string): string | undefined {
  const match = tag.attributes.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`));
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Whether the attribute is written at all, as a string or an expression. */
const hasAttribute = (tag: Tag, name: string) => new RegExp(`(?:^|\\s)${name}\\s*=`).test(tag.attributes);

/** The body without what a pupil does not read by default: the folded « Pour aller plus loin ». */
export function withoutFurtherReading(mdx: string): string {
  let out = mdx;
  for (const tag of findTags(mdx, 'PlusLoin')) out = out.replace(tag.inner, ' ');
  return out;
}

/** Words of MDX prose: no frontmatter, imports, JSX tags or attributes, or Markdown syntax. */
export function countWords(mdx: string): number {
  const withoutCode = mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    // code is counted word by word, but a comparison like `a < b` must not be read as a tag
    .replace(/```[\s\S]*?```/g, (code) => code.replace(/[<>]/g, ' '))
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  const prose = stripTags(withoutCode).replace(/[#*_>`|[\]()-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The text with every JSX/HTML tag blanked out, attributes included (values may hold `>` or nested braces). */
export function stripTags(mdx: string): string {
  let out = '';
  let i = 0;
  while (i < mdx.length) {
    const open = mdx.slice(i).search(/<\/?[A-Za-z]/);
    if (open < 0) break;
    out += mdx.slice(i, i + open);
    const start = i + open;
    const end = endOfOpeningTag(mdx, start + 1);
    if (end < 0) return out + mdx.slice(start);
    out += ' ';
    i = end + 1;
  }
  return out + mdx.slice(i);
}

/** Pupil words of a lesson: everything but « Pour aller plus loin ». */
export const lessonWords = (body: string): number => countWords(withoutFurtherReading(body));
/** Words of the folded « Pour aller plus loin » parts. */
export const furtherReadingWords = (body: string): number => findTags(body, 'PlusLoin').reduce((sum, tag) => sum + countWords(tag.inner), 0);

/** An « À toi » task as a worksheet prints it: the instruction and the question, without the answer. */
export interface LessonTask {
  /** Short instruction verb (« Prédis », « Repère »…). */
  instruction: string;
  /** The question, in Markdown, answer removed. */
  question: string;
}

/** The « À toi » tasks of a lesson, in order, without their answers. */
export function extractTasks(body: string): LessonTask[] {
  return findTags(body, 'AToi').map((tag) => {
    let question = tag.inner;
    for (const answer of findTags(tag.inner, 'Reponse')) question = question.replace(answer.inner, '');
    question = question.replace(/<Reponse(?=[\s/>])[^>]*>\s*<\/Reponse\s*>/g, '').replace(/<Reponse[^>]*\/>/g, '').trim();
    return { instruction: attribute(tag, 'consigne') ?? 'À toi', question };
  });
}

/** The class discussion questions (`<Activite type="debat">`) of a lesson. */
export function extractDiscussions(body: string): { title: string; text: string }[] {
  return findTags(body, 'Activite')
    .filter((tag) => attribute(tag, 'type') === 'debat')
    .map((tag) => ({ title: attribute(tag, 'titre') ?? '', text: tag.inner.trim() }));
}

const listItems = (markdown: string) => markdown.split('\n').filter((line) => /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(line));

/** Everything that keeps a lesson from the format, each with where and how to fix it. Empty when it conforms. */
export function checkLessonFormat(body: string): LessonFormatProblem[] {
  const problems: LessonFormatProblem[] = [];
  const words = lessonWords(body);
  if (words > MAX_LESSON_WORDS) {
    problems.push({
      where: 'texte',
      message: `${words} mots pour l’élève, ${MAX_LESSON_WORDS} au plus : scindez la leçon en deux, ou déplacez l’approfondissement dans <PlusLoin> (compté à part) ou dans la fiche enseignant`,
    });
  }

  const figures = FIGURE_COMPONENTS.flatMap((name) => findTags(body, name).map((tag, index) => ({ tag, label: `<${name}> n° ${index + 1}` })));
  if (figures.length < MIN_FIGURES) {
    problems.push({
      where: 'figures',
      message: `${figures.length} figure(s), ${MIN_FIGURES} au moins : ajoutez un schéma (<Figure>) ou un document (<Post>, <Une>, <Resultats>) qui porte du sens`,
    });
  }
  for (const { tag, label } of figures) {
    if (!attribute(tag, 'caption')?.trim()) problems.push({ where: label, message: 'légende (caption) manquante : dites ce qu’il faut regarder' });
    if (tag.name === 'Figure' && !attribute(tag, 'alt')?.trim()) problems.push({ where: label, message: 'texte alternatif (alt) manquant : décrivez ce que montre l’image' });
    if (tag.name === 'Figure' && !hasAttribute(tag, 'src')) problems.push({ where: label, message: 'image (src) manquante' });
  }

  const tasks = findTags(body, 'AToi');
  if (tasks.length === 0) problems.push({ where: '<AToi>', message: 'aucun moment « À toi » : ajoutez une question (prédire, repérer, choisir, écrire une ligne) avec sa <Reponse>' });
  tasks.forEach((tag, index) => {
    const answers = findTags(tag.inner, 'Reponse');
    if (answers.length !== 1 || !answers[0]!.inner.trim()) problems.push({ where: `<AToi> n° ${index + 1}`, message: 'il faut une <Reponse> expliquée (pourquoi, pas seulement « faux »)' });
    else if (!extractTasks(`<AToi>${tag.inner}</AToi>`)[0]!.question) problems.push({ where: `<AToi> n° ${index + 1}`, message: 'la question est vide : écrivez-la avant la <Reponse>' });
  });

  const retain = findTags(body, 'JeRetiens');
  if (retain.length !== 1) problems.push({ where: '<JeRetiens>', message: `il faut exactement un « Ce que je retiens » (trouvé : ${retain.length})` });
  else if (listItems(retain[0]!.inner).length !== RETAIN_ITEMS) {
    problems.push({ where: '<JeRetiens>', message: `« Ce que je retiens » tient en ${RETAIN_ITEMS} lignes (une liste de ${RETAIN_ITEMS} points ; trouvé : ${listItems(retain[0]!.inner).length})` });
  }

  if (extractDiscussions(body).length === 0) problems.push({ where: '<Activite type="debat">', message: 'aucune question de discussion pour la classe : ajoutez <Activite type="debat" titre="…">' });
  return problems;
}

/** The format problems of every lesson, in the content graph's shape (file, field, message). */
export function lessonFormatProblems(lessons: readonly { file: string; body: string }[]): { file: string; field: string; message: string }[] {
  return lessons.flatMap((lesson) => checkLessonFormat(lesson.body).map((p) => ({ file: lesson.file, field: p.where, message: p.message })));
}
