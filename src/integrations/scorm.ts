/**
 * Astro integration: once the pages are written, builds every module's SCORM 1.2 package into
 * <out>/scorm/ (src/scorm/package.ts), which also writes their sizes into the Espace enseignants page
 * (a `data-scorm-size="<module>"` placeholder for each). Placed before the offline integration,
 * which then lists the final files (and leaves scorm/ out of the service worker: see
 * src/lib/offline/manifest.ts). DECLIC_SCORM=0 skips it (a build that only tests the update).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildScormPackages } from '../scorm/package.ts';
import { formatFileSize } from '../lib/scorm/sizes.ts';

export default function scorm(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'declic-scorm',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.DECLIC_SCORM === '0') return;
        const out = fileURLToPath(dir);
        const started = Date.now();
        const built = await buildScormPackages({ root, outDir: out, base });
        const total = built.reduce((sum, p) => sum + p.size, 0);
        logger.info(`${built.length} paquets SCORM 1.2 dans scorm/ (${formatFileSize(total)} en tout) en ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
