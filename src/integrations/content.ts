/**
 * The content pipeline inside Astro and Vite.
 *  - Before Astro reads a single file (`astro dev`, `astro build`, `astro sync`, `astro check`), the
 *    content validator (src/lib/content/validate.ts) runs: errors stop with a French report naming
 *    each file, field and fix; warnings (writing rules) are printed and the build goes on.
 *  - The activities' data (content/modules/<module>/activites/<activity>/…yaml) becomes the module
 *    `virtual:declic/<activity>`, which islands import: read and checked at build time, shipped as
 *    plain data (no YAML parser, no zod in the pupil's browser). Vitest uses the same plugin.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatProblems } from '../lib/content-graph.ts';
import { ACTIVITY_DATA, activityDataDir, type ActivityWithData } from '../lib/content/activity-data.ts';
import { ContentReader, readActivityData } from '../lib/content/read.ts';
import { validateContent } from '../lib/content/validate.ts';
import { repairFileColons } from '../lib/content/yaml.ts';

const PREFIX = 'virtual:declic/';

/**
 * Vite plugin: MDX files of content/ are compiled with their frontmatter's `field: A : B` lines
 * quoted (repairFrenchColons), as the content collections read them (src/lib/content/glob.ts).
 * Runs before @astrojs/mdx's own plugin (both `pre`; this integration comes first).
 */
export function frenchFrontmatter(root: string = process.cwd()): Plugin {
  const contentDir = join(root, 'content');
  return {
    name: 'declic-french-frontmatter',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.mdx') || !id.startsWith(contentDir)) return undefined;
      const repaired = repairFileColons(code, id);
      return repaired === code ? undefined : { code: repaired, map: null };
    },
  };
}

/** Vite plugin: `import cases from 'virtual:declic/enquete-laterale'`. */
export function activityData(root: string = process.cwd()): Plugin {
  return {
    name: 'declic-activity-data',
    resolveId(id) {
      if (id.startsWith(PREFIX) && id.slice(PREFIX.length) in ACTIVITY_DATA) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1) as ActivityWithData;
      const dir = join(root, activityDataDir(name));
      for (const file of readdirSync(dir)) this.addWatchFile(join(dir, file));
      const reader = new ContentReader(root);
      const data = readActivityData(reader, name);
      if (reader.problems.length > 0) this.error(formatProblems(reader.problems));
      return `export default ${JSON.stringify(data)};`;
    },
  };
}

export default function content(): AstroIntegration {
  return {
    name: 'declic-content',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [frenchFrontmatter(root), activityData(root)] } });
        const report = validateContent(root);
        if (report.warnings.length > 0) logger.warn(`\n${formatProblems(report.warnings)}`);
        if (report.errors.length === 0) return;
        logger.error(`\n${formatProblems(report.errors)}\n\nVérifier sans construire le site : npm run check:content`);
        // Stop before Astro reads the content, so that this French report is all an author sees.
        // `astro dev` goes on: the page being previewed shows the same report (src/lib/site.ts).
        if (command !== 'dev') process.exit(1);
      },
    },
  };
}
