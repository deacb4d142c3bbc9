/**
 * Builds one SCORM 1.2 package per module (a zip for Éléa and any Moodle) from the built site: the
 * module's lesson pages (their built HTML, see src/lib/scorm/lesson-html.ts), its quiz (the site's
 * question view and grading, bundled as one classic script), the files they use and imsmanifest.xml.
 * Run after the pages are written: by the build (src/integrations/scorm.ts) or `npm run build:scorm`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readContent } from '../lib/content/read.ts';
import { islandStrings, pickStrings, t } from '../i18n/index.ts';
import { buildManifest, MANIFEST_FILE } from '../lib/scorm/manifest.ts';
import { fillScormSizes } from '../lib/scorm/sizes.ts';
import { cleanLesson, cssUrls, dropFontFaces, pageStyles, rewriteCssUrls } from '../lib/scorm/lesson-html.ts';
import { CONTENTS_ANCHOR, DATA_ELEMENT_ID, QUIZ_ANCHOR, lessonAnchor, type PackageData } from './runtime/data.ts';

import { SCORM_DIR, scormFileName } from '../lib/scorm/files.ts';
/** Score from which the quiz counts as passed (also adlcp:masteryscore in the manifest). */
export const MASTERY_SCORE = 60;
const SCRIPT_FILE = 'declic-scorm.js';
const STYLE_FILE = 'declic-scorm.css';
const FILES_DIR = 'site/';

export interface BuiltPackage {
  module: string;
  title: string;
  /** Path under the build folder ("scorm/declic-….zip"). */
  path: string;
  size: number;
  files: number;
  /** Length of index.html and of the largest resume state is measured by the tests. */
}

interface Runtime {
  script: string;
  style: string;
}

/** The package script and its styles: one IIFE (no module script) built with Vite and Svelte. */
export async function buildRuntime(root: string): Promise<Runtime> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    base: './',
    plugins: [svelte({ configFile: false, compilerOptions: { discloseVersion: false } })],
    define: { __DECLIC_RELEASE__: JSON.stringify('') },
    build: {
      write: false,
      target: 'es2019',
      minify: true,
      cssCodeSplit: false,
      lib: { entry: join(root, 'src/scorm/runtime/main.ts'), formats: ['iife'], name: 'DeclicScorm', fileName: () => SCRIPT_FILE, cssFileName: 'declic-scorm' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; fileName: string; code?: string; source?: string | Uint8Array }[] }[];
  const items = outputs.flatMap((o) => o.output);
  const script = items.find((i) => i.type === 'chunk')?.code ?? '';
  const css = items.find((i) => i.type === 'asset' && i.fileName.endsWith('.css'))?.source ?? '';
  if (!script) throw new Error('SCORM: the package script did not build');
  return { script, style: typeof css === 'string' ? css : new TextDecoder().decode(css) };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON safe inside <script type="application/json">. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface PackOptions {
  root: string;
  /** The build folder (dist/). */
  outDir: string;
  /** Site base path. */
  base: string;
  log?: (message: string) => void;
}

export async function buildScormPackages(options: PackOptions): Promise<BuiltPackage[]> {
  const { root, outDir } = options;
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const content = readContent(root);
  const runtime = await buildRuntime(root);
  const quizStrings = islandStrings('quiz');
  const runtimeStrings = pickStrings(['scorm.runtime.']) as Record<string, string>;
  const built: BuiltPackage[] = [];
  mkdirSync(join(outDir, SCORM_DIR), { recursive: true });

  for (const mod of [...content.inventory.modules].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const quiz = content.quizzes.find((q) => q.module === mod.slug)?.data;
    const lessonSlugs = (mod.data as { lessons: string[] }).lessons;
    const lessons = lessonSlugs.flatMap((slug) => {
      const lesson = content.inventory.lessons.find((l) => l.module === mod.slug && l.slug === slug);
      const page = join(outDir, 'modules', mod.slug, slug, 'index.html');
      return lesson && existsSync(page) ? [{ slug, title: lesson.data.title, html: readFileSync(page, 'utf8') }] : [];
    });
    if (lessons.length === 0) continue;

    const files = new Map<string, Uint8Array>();
    const siteFiles = new Set<string>();
    const styleFiles = new Set<string>();
    const inlineStyles = new Set<string>();
    const sections = lessons.map((lesson, i) => {
      const clean = cleanLesson({ html: lesson.html, base, pagePath: `${base}modules/${mod.slug}/${lesson.slug}/`, module: mod.slug, lessons: lessonSlugs, idPrefix: `l${i + 1}-`, lessonAnchor, quizAnchor: QUIZ_ANCHOR, filesDir: FILES_DIR });
      clean.files.forEach((f) => siteFiles.add(f));
      const styles = pageStyles(lesson.html, base);
      styles.files.forEach((f) => styleFiles.add(f));
      styles.inline.forEach((s) => inlineStyles.add(s));
      const next = lessons[i + 1];
      const nav = [
        next ? `<a class="button" href="#${lessonAnchor(next.slug)}">${escapeHtml(t('scorm.package.nextLesson', { title: next.title }))}</a>` : quiz ? `<a class="button" href="#${QUIZ_ANCHOR}">${escapeHtml(t('scorm.package.toQuiz'))}</a>` : '',
        `<a href="#${CONTENTS_ANCHOR}">${escapeHtml(t('scorm.package.backToContents'))}</a>`,
      ].join(' ');
      const label = t('scorm.package.lesson', { n: i + 1, title: lesson.title });
      return `<section id="${lessonAnchor(lesson.slug)}" class="scorm-view" aria-label="${escapeHtml(label)}">${clean.html.replace(/<h1(?=[\s>])/, '<h1 tabindex="-1"')}<p class="scorm-nav">${nav}</p></section>`;
    });

    // The site's stylesheets, with the files they name (fonts…), paths made relative to them.
    const styleLinks: string[] = [];
    for (const file of styleFiles) {
      const css = dropFontFaces(readFileSync(join(outDir, file), 'utf8'));
      const prefix = posix.relative(posix.dirname(file), '');
      cssUrls(css, base).forEach((f) => siteFiles.add(f));
      files.set(`${FILES_DIR}${file}`, strToU8(rewriteCssUrls(css, base, prefix ? `${prefix}/` : '')));
      styleLinks.push(`<link rel="stylesheet" href="${FILES_DIR}${file}">`);
    }
    const inline = [...inlineStyles].map(dropFontFaces).map((css) => {
      cssUrls(css, base).forEach((f) => siteFiles.add(f));
      return `<style>${rewriteCssUrls(css, base, FILES_DIR)}</style>`;
    });
    for (const file of siteFiles) {
      const path = join(outDir, file);
      if (!existsSync(path)) throw new Error(`SCORM ${mod.slug}: ${file} is used by a lesson but missing from the build`);
      files.set(`${FILES_DIR}${file}`, readFileSync(path));
    }
    // Question images (files under public/, hence in the build).
    for (const q of quiz?.questions ?? []) {
      if (!q.image) continue;
      const file = q.image.src.replace(/^\/+/, '');
      files.set(file, readFileSync(join(outDir, file)));
    }

    const title = mod.data.title;
    const data: PackageData = {
      slug: mod.slug,
      title,
      masteryScore: MASTERY_SCORE,
      askConfidence: quiz?.askConfidence ?? false,
      lessons: lessons.map(({ slug, title }) => ({ slug, title })),
      questions: quiz?.questions ?? [],
      quizStrings,
      strings: runtimeStrings,
    };
    const contents = [
      ...lessons.map((l, i) => `<li><a href="#${lessonAnchor(l.slug)}">${escapeHtml(t('scorm.package.lesson', { n: i + 1, title: l.title }))}</a> <span class="scorm-read" data-read-mark="${l.slug}" hidden>(${escapeHtml(t('scorm.package.read'))})</span></li>`),
      quiz ? `<li><a href="#${QUIZ_ANCHOR}">${escapeHtml(t('scorm.package.quiz'))}</a></li>` : '',
    ].join('');
    const quizSection = quiz
      ? `<section id="${QUIZ_ANCHOR}" class="scorm-view" aria-labelledby="quiz-titre"><h1 id="quiz-titre" tabindex="-1">${escapeHtml(t('scorm.package.quiz'))}</h1><p class="lead">${escapeHtml(t('scorm.package.quizLead'))}</p><div id="quiz-root"><p class="notice">${escapeHtml(t('scorm.package.noscript'))}</p></div><p class="scorm-nav"><a href="#${CONTENTS_ANCHOR}">${escapeHtml(t('scorm.package.backToContents'))}</a></p></section>`
      : '';
    const index = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Déclic</title>
${styleLinks.join('\n')}
${inline.join('\n')}
<link rel="stylesheet" href="${STYLE_FILE}">
</head>
<body>
<header class="scorm-header"><div class="wrap"><p>${escapeHtml(t('scorm.package.brand'))}</p></div></header>
<main id="contenu" class="wrap">
<p id="scorm-status" class="notice scorm-status" role="status" hidden></p>
<noscript><p class="notice">${escapeHtml(t('scorm.package.noscript'))}</p></noscript>
<section id="${CONTENTS_ANCHOR}" class="scorm-view" aria-labelledby="sommaire-titre"><h1 id="sommaire-titre" tabindex="-1">${escapeHtml(title)}</h1><p class="lead">${escapeHtml(mod.data.summary)}</p><h2>${escapeHtml(t('scorm.package.contents'))}</h2><ol class="scorm-contents">${contents}</ol></section>
${sections.join('\n')}
${quizSection}
</main>
<footer class="scorm-footer"><div class="wrap"><p>${escapeHtml(t('scorm.package.license'))}</p></div></footer>
<script id="${DATA_ELEMENT_ID}" type="application/json">${scriptJson(data)}</script>
<script src="${SCRIPT_FILE}"></script>
</body>
</html>
`;
    files.set('index.html', strToU8(index));
    files.set(SCRIPT_FILE, strToU8(runtime.script));
    files.set(STYLE_FILE, strToU8(runtime.style));
    const manifest = buildManifest({ identifier: `declic-${mod.slug}`, title: `Déclic — ${title}`, launch: 'index.html', files: [...files.keys()], masteryScore: MASTERY_SCORE });
    files.set(MANIFEST_FILE, strToU8(manifest));

    const zip = zipSync(Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b)).map(([name, bytes]) => [name, [bytes, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }]])));
    const path = `${SCORM_DIR}/${scormFileName(mod.slug)}`;
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), zip);
    built.push({ module: mod.slug, title, path, size: zip.length, files: files.size });
  }
  // Their sizes on the Espace enseignants page, which leaves a placeholder for each.
  const teachersPage = join(outDir, 'enseignants', 'index.html');
  if (existsSync(teachersPage)) writeFileSync(teachersPage, fillScormSizes(readFileSync(teachersPage, 'utf8'), Object.fromEntries(built.map((p) => [p.module, p.size])), (size) => t('scorm.teachers.size', { size })));
  writeFileSync(join(outDir, SCORM_DIR, 'index.json'), JSON.stringify(built.map(({ module, path, size }) => ({ module, path, size })), null, 2));
  options.log?.(`${built.length} paquets SCORM (${Math.round(built.reduce((s, p) => s + p.size, 0) / 1024)} Ko en tout)`);
  return built;
}
