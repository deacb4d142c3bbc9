/**
 * Astro integration that makes the built site work offline: after the build it lists every file of
 * the output (size, content hash), writes offline-manifest.json, the web app manifest, and the
 * service worker sw.js (src/offline/service-worker.js with the manifest inlined).
 * Why hand-written rather than Workbox: see the README (« Hors ligne »).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_MANIFEST_FILE, SERVICE_WORKER_FILE, buildOfflineManifest, type BuiltFile } from '../lib/offline/manifest.ts';
import { LOCALE } from '../i18n/locale.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface OfflineOptions {
  /** French name of the installed app. */
  name: string;
  shortName: string;
  description: string;
  themeColor: string;
  backgroundColor: string;
}

export default function offline(options: OfflineOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'declic-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const webManifest = {
          name: options.name,
          short_name: options.shortName,
          description: options.description,
          lang: LOCALE,
          dir: 'ltr',
          start_url: base,
          scope: base,
          display: 'standalone',
          theme_color: options.themeColor,
          background_color: options.backgroundColor,
          icons: [
            { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
            { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
            { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        };
        writeFileSync(join(out, 'manifest.webmanifest'), JSON.stringify(webManifest, null, 2));

        const files: BuiltFile[] = walk(out).map((path) => {
          const content = readFileSync(path);
          return {
            path: relative(out, path).split(sep).join('/'),
            size: content.length,
            hash: createHash('sha256').update(content).digest('hex').slice(0, 16),
          };
        });
        const manifest = buildOfflineManifest(files, base);
        writeFileSync(join(out, OFFLINE_MANIFEST_FILE), JSON.stringify(manifest));
        const template = readFileSync(new URL('../offline/service-worker.js', import.meta.url), 'utf8');
        writeFileSync(join(out, SERVICE_WORKER_FILE), template.replace('self.__DECLIC_MANIFEST__', JSON.stringify(manifest)));
        const kb = (n: number) => `${Math.round(n / 1024)} Ko`;
        logger.info(
          `${manifest.precache.length} fichiers mis en cache à l’installation (${kb(manifest.precache.reduce((s, e) => s + e.size, 0))}), ` +
            `${manifest.lazy.length} à la première utilisation (${kb(manifest.lazy.reduce((s, e) => s + e.size, 0))})`,
        );
      },
    },
  };
}
