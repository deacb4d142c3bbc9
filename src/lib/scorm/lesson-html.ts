/**
 * Turns a built lesson page of the site into a part of a SCORM package: the content of its <main>,
 * without the site's scripts and what only makes sense on the site (breadcrumb, read aloud, previous
 * and next lesson, worksheet link, print note), ids prefixed so that several lessons live in one page,
 * links to the module's lessons and quiz turned into links inside the package, other links to the site
 * reduced to their text, and every file it uses (images, styles) listed and pointed at its copy in the
 * package. Pure string work on the HTML the site's own build writes.
 */

export interface LessonSource {
  /** The built page (dist/modules/<module>/<lesson>/index.html). */
  html: string;
  /** Site base path: "/" or "/declic/". */
  base: string;
  module: string;
  /** Slugs of the module's lessons (links to them stay inside the package). */
  lessons: readonly string[];
  /** The page's own path ("/declic/modules/m/l/"): relative links are resolved against it. */
  pagePath: string;
  /** Prefix for this lesson's ids ("l2-"). */
  idPrefix: string;
  /** Anchor of a lesson inside the package. */
  lessonAnchor: (slug: string) => string;
  quizAnchor: string;
  /** Folder of the package where the site's files are copied ("site/"). */
  filesDir: string;
}

export interface CleanLesson {
  html: string;
  /** Files of the site (paths under the base, e.g. "_astro/figure.svg") the lesson uses. */
  files: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The content of <main> (or '' when the page has none). */
export function mainContent(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return '';
  return html.slice(html.indexOf('>', start) + 1, end);
}

/** The stylesheets a page links to (paths under the base) and its inline <style> blocks. */
export function pageStyles(html: string, base: string): { files: string[]; inline: string[] } {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const files = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap((m) => {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    return href && href.startsWith(base) ? [href.slice(base.length)] : [];
  });
  const inline = [...head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return { files, inline };
}

/** Site files named by url(...) in a stylesheet, as paths under the base. */
export function cssUrls(css: string, base: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].flatMap((m) => {
    const url = (m[1] ?? '').split(/[?#]/)[0] ?? '';
    return url.startsWith(base) ? [url.slice(base.length)] : [];
  });
}

/** Rewrites url(<base>path) in a stylesheet to `prefix + path`. */
export function rewriteCssUrls(css: string, base: string, prefix: string): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, quote: string, url: string) => (url.startsWith(base) ? `url(${quote}${prefix}${url.slice(base.length)}${quote})` : whole));
}

export function cleanLesson(source: LessonSource): CleanLesson {
  const { base, module, idPrefix, filesDir } = source;
  let html = mainContent(source.html);
  html = html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<noscript\b[\s\S]*?<\/noscript>/g, '')
    .replace(/<p class="print-only[^"]*"[^>]*>[\s\S]*?<\/p>/g, '')
    .replace(/<nav class="(?:breadcrumb|pager)"[\s\S]*?<\/nav>/g, '')
    .replace(/<div class="read-aloud[^"]*"[\s\S]*?<\/div>/g, '')
    // « · Fiche élève à imprimer »: a page of the site.
    .replace(/\s*·\s*<a href="[^"]*\/fiche-eleve\/"[^>]*>[^<]*<\/a>/g, '');

  // Relative links and sources become paths from the site root, like the others.
  html = html.replace(/\s(href|src)="([^"#][^"]*)"/g, (whole, name: string, url: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url)) return whole;
    const resolved = new URL(url, `http://site.invalid${source.pagePath}`);
    return ` ${name}="${resolved.pathname}${resolved.search}${resolved.hash}"`;
  });

  // Ids and the attributes that point at them.
  html = html
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}${id}"`)
    .replace(/\s(aria-labelledby|aria-describedby|aria-controls|for)="([^"]+)"/g, (_, name: string, ids: string) => ` ${name}="${ids.split(/\s+/).map((id) => `${idPrefix}${id}`).join(' ')}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${idPrefix}${id}"`);

  // Links to the site.
  const lessonPath = new RegExp(`^${escapeRegExp(base)}modules/${escapeRegExp(module)}/([^/#?]+)/(?:[#?].*)?$`);
  html = html.replace(/<a\b([^>]*)\shref="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, (whole, before: string, href: string, after: string, text: string) => {
    if (!href.startsWith(base)) return whole;
    const slug = lessonPath.exec(href)?.[1];
    if (slug && source.lessons.includes(slug)) return `<a${before} href="#${source.lessonAnchor(slug)}"${after}>${text}</a>`;
    if (slug === 'quiz') return `<a${before} href="#${source.quizAnchor}"${after}>${text}</a>`;
    // Another page of the site (glossary, module page…): its text only, the class kept for the look.
    const cls = /\sclass="([^"]*)"/.exec(`${before} ${after}`)?.[1];
    return cls ? `<span class="${cls}">${text}</span>` : text;
  });

  // Files: src, srcset, poster, inline style url(), and any remaining href to a file of the site.
  const files = new Set<string>();
  const local = (url: string) => {
    const path = url.slice(base.length).split(/[?#]/)[0] ?? '';
    files.add(path);
    return `${filesDir}${path}`;
  };
  html = html
    .replace(/\s(src|poster|href)="([^"]+)"/g, (whole, name: string, url: string) => (url.startsWith(base) && /\.[a-z0-9]+$/i.test(url.split(/[?#]/)[0] ?? '') ? ` ${name}="${local(url)}"` : whole))
    .replace(/\ssrcset="([^"]+)"/g, (_, set: string) => ` srcset="${set.split(',').map((part) => part.trim().replace(/^(\S+)/, (url) => (url.startsWith(base) ? local(url) : url))).join(', ')}"`);
  for (const path of cssUrls(html, base)) files.add(path);
  html = rewriteCssUrls(html, base, filesDir);
  return { html: html.trim(), files: [...files].sort() };
}

/** Every local file an HTML page or a stylesheet of the package refers to (for the checks). */
export function referencedFiles(text: string): string[] {
  const refs = [
    ...[...text.matchAll(/\s(?:src|href|poster)="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')),
    ...[...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? ''),
  ];
  return [...new Set(refs.map((r) => r.split(/[?#]/)[0] ?? '').filter((r) => r !== '' && !/^(?:[a-z]+:|\/\/|#)/i.test(r)))];
}

/**
 * The site's stylesheet without its @font-face rules: the only web font is OpenDyslexic, a reading
 * preference of the site's settings page, which a package cannot offer (≈ 500 KB less per package).
 */
export function dropFontFaces(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, '');
}
