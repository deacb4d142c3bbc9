// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { rehypeFrenchTypography } from './src/lib/french-typography.ts';
import { codeTheme, codeTransformer } from './src/lib/code-highlight.ts';
import { rehypeTableScroll } from './src/lib/table-scroll.ts';
import content from './src/integrations/content.ts';
import offline from './src/integrations/offline.ts';
import csp from './src/integrations/csp.ts';
import scorm from './src/integrations/scorm.ts';
import frenchTypography from './src/integrations/typography.ts';
import { svelteCoreChunk } from './src/integrations/svelte-chunk.ts';
import { emptyPreloads } from './src/integrations/empty-preloads.ts';
import pyodideFiles from './scripts/pyodide-files.mjs';

/**
 * Deployment settings come from the environment so that one source tree can be
 * served at the root of a host or under a sub-path (an académie server at /declic/).
 *   DECLIC_BASE     base path, e.g. "/declic/" (default "/")
 *   DECLIC_SITE     public origin, e.g. "https://ent.example.fr" (optional)
 *   DECLIC_OUT_DIR  output folder (default "dist"; tests build into "dist-test")
 *   DECLIC_RELEASE  optional release label written in each page's <meta name="declic-release">
 */
const base = process.env.DECLIC_BASE ?? '/';
const site = process.env.DECLIC_SITE || undefined;
const outDir = process.env.DECLIC_OUT_DIR ?? 'dist';

export default defineConfig({
  base,
  site,
  outDir,
  // Directory URLs ending in "/" work the same on every static server (Apache, nginx, a USB stick).
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // No telemetry, no prefetch: nothing is requested that the reader did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    // First: checks every content file (French report) and serves the activities' data to the islands.
    content(),
    // The version beacon (window.__svelte) is of no use to pupils: one line less in every island.
    svelte({ compilerOptions: { discloseVersion: false } }),
    mdx(),
    // Copies Pyodide into public/ first; the offline integration then lists it among the files stored on first use.
    pyodideFiles(),
    // Typesets every built page (before the offline integration hashes them).
    frenchTypography(),
    // Each page's Content-Security-Policy, from its own inline scripts (after the typesetting, which
    // leaves scripts alone); before `offline`, which hashes the final files.
    csp(),
    // One SCORM 1.2 package per module for Éléa and Moodle, from the built lesson pages (≈ 8 s); before
    // `offline`, which leaves them out of the service worker.
    scorm(),
    offline({
      name: 'Déclic — esprit critique et numérique',
      shortName: 'Déclic',
      description: 'Leçons, activités et exercices pour apprendre au collège à questionner le numérique.',
      themeColor: '#0a5a86',
      backgroundColor: '#fbfaf6',
    }),
  ],
  markdown: {
    // Astro's smartypants would turn "…" into English quotes: French typography is handled below.
    smartypants: false,
    // Tables scroll sideways inside a named, focusable region instead of widening a phone's page.
    rehypePlugins: [rehypeFrenchTypography, rehypeTableScroll],
    // Code blocks: a few classed spans (keywords, text, comments, built-in functions) instead of one
    // coloured span per token, colours from global.css in both themes (see src/lib/code-highlight.ts).
    shikiConfig: {
      theme: codeTheme,
      transformers: [codeTransformer()],
    },
  },
  vite: {
    worker: { format: 'es' },
    // Dynamic imports with nothing to preload (the exercise editor) skip Vite's preload helper: one
    // request and ≈ 0.65 KB gzip less on every exercise page (src/integrations/empty-preloads.ts).
    plugins: [emptyPreloads()],
    // A release label (e.g. a date or a git tag) written in every page, to tell deployments apart.
    define: { __DECLIC_RELEASE__: JSON.stringify(process.env.DECLIC_RELEASE ?? '') },
    // Pre-bundling pyodide makes its worker hang in `astro dev` (it resolves its files at runtime).
    optimizeDeps: { exclude: ['pyodide'] },
    build: {
      // Terser packs the islands ≈ 5 % smaller than esbuild (1.4 KB on the quiz page, whose budget is 30 KB).
      minify: 'terser',
      terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
      // DECLIC_SOURCEMAP=1 npm run build: to see what each island's kilobytes are made of.
      sourcemap: Boolean(process.env.DECLIC_SOURCEMAP),
      rollupOptions: { output: { manualChunks: svelteCoreChunk() } },
      // What a lazily loaded part of an island would preload is already on the page: the Svelte core
      // and the common chunk (every island imports them before it can import anything), the island
      // that imports it, and the file itself (imported at once anyway). A lazy part with no CSS of its
      // own (the exercise's boards) then preloads nothing and skips Vite's preload helper
      // (src/integrations/empty-preloads.ts). CSS is never filtered here: Vite adds it after this.
      modulePreload: {
        resolveDependencies: (file, deps, { hostId, hostType }) =>
          hostType === 'js' ? deps.filter((dep) => dep !== file && dep !== hostId && !/\/(svelte|common)\.[\w-]+\.js$/.test(dep)) : deps,
      },
    },
  },
});
