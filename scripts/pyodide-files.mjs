/**
 * Astro integration: copies Pyodide's core files from node_modules/pyodide into public/pyodide/ before
 * Astro starts (dev) or builds, so the exercise worker loads Python from the site's own origin — no CDN,
 * no third-party request. public/pyodide/ is generated: it is gitignored and rewritten when the
 * installed version changes.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// pyodide.mjs (the loader) is imported by the worker from here, not bundled into it: one copy, cached with the rest.
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

export function copyPyodide(root = process.cwd()) {
  const from = join(root, 'node_modules', 'pyodide');
  const to = join(root, 'public', 'pyodide');
  const version = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).version;
  const stamp = join(to, 'VERSION');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version && PYODIDE_FILES.every((f) => existsSync(join(to, f)))) return version;
  mkdirSync(to, { recursive: true });
  for (const file of PYODIDE_FILES) copyFileSync(join(from, file), join(to, file));
  writeFileSync(stamp, version);
  return version;
}

export default function pyodideFiles() {
  return {
    name: 'declic-pyodide-files',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const version = copyPyodide();
        logger.info(`Pyodide ${version} copié dans public/pyodide/`);
      },
    },
  };
}
