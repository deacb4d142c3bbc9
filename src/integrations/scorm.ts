/**
 * Astro integration: once the pages are written, builds every module's SCORM 1.2 package into
 * <out>/scorm/ (src/scorm/package.ts) and writes their sizes into the Espace enseignants page, which
 * leaves a `data-scorm-size="<module>"` placeholder for each. Placed before the offline integration,
 * which then lists the final files (and leaves scorm/ out of the service worker: see
 * src/lib/offline/manifest.ts). DECLIC_SCORM=0 skips it (a build that only tests the update).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScormPackages } from '../scorm/package.ts';
import { formatFileSize, fillScormSizes } from '../lib/scorm/sizes.ts';
import { t } from '../i18n/index.ts';

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
        const page = join(out, 'enseignants', 'index.html');
        if (existsSync(page)) writeFileSync(page, fillScormSizes(readFileSync(page, 'utf8'), Object.fromEntries(built.map((p) => [p.module, p.size])), (size) => t('scorm.teachers.size', { size })));
        const total = built.reduce((sum, p) => sum + p.size, 0);
        logger.info(`${built.length} paquets SCORM 1.2 dans scorm/ (${formatFileSize(total)} en tout) en ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
