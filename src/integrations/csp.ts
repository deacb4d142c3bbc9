/**
 * Astro integration: after the build, every HTML page gets its Content-Security-Policy <meta>, with
 * the hashes of the inline scripts it actually carries (src/lib/csp.ts). Runs before the offline
 * integration, which hashes the final files for the service worker.
 *
 * Why not Astro 5's `experimental.csp`: it hashes only the scripts and styles Astro bundles (an inline
 * script written in a component needs its hash by hand), and it takes over style-src, which the
 * islands' style attributes need. Post-processing the built HTML covers every inline script generically.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Pages that run Python: the exercise island and the notebook (« Mon carnet de code ») start the Pyodide worker. */
const RUNS_PYTHON = /component-url="[^"]*\/(?:Exercise|Notebook)\.[^"]*\.js"/;

export default function csp(): AstroIntegration {
  return {
    name: 'declic-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          writeFileSync(file, withPolicy(html, { wasm: RUNS_PYTHON.test(html) }));
        }
        logger.info(`Content-Security-Policy écrite dans ${files.length} pages`);
      },
    },
  };
}
