/**
 * Astro integration: French typography on every built HTML page (src/lib/french-typography.ts,
 * typesetHtml). The content is typeset when it is rendered, but strings composed in templates
 * (« Voir aussi : », an MDX attribute, a label and its value) are not: this pass catches them all, so
 * that no page shows « ? » alone at the start of a line. Runs before the offline integration, which
 * hashes the final files.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typesetHtml } from '../lib/french-typography.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

export default function frenchTypography(): AstroIntegration {
  return {
    name: 'declic-typography',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let changed = 0;
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const typeset = typesetHtml(html);
          if (typeset !== html) {
            writeFileSync(file, typeset);
            changed++;
          }
        }
        logger.info(`typographie française : ${changed} page(s) corrigée(s) sur ${files.length}`);
      },
    },
  };
}
