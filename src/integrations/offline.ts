/**
 * Astro integration that makes the built site work offline: after the build it lists every file of
 * the output (size, content hash), writes offline-manifest.json, the web app manifest, and the
 * service worker sw.js (src/offline/service-worker.js with the manifest inlined).
 * Why hand-written rather than Workbox: see the README (« Hors ligne »).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOfflineFiles } from '../lib/offline/write.ts';
import { LOCALE } from '../i18n/locale.ts';

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

        const manifest = writeOfflineFiles(out, base);
        const kb = (n: number) => `${Math.round(n / 1024)} Ko`;
        logger.info(
          `${manifest.precache.length} fichiers mis en cache à l’installation (${kb(manifest.precache.reduce((s, e) => s + e.size, 0))}), ` +
            `${manifest.lazy.length} à la première utilisation (${kb(manifest.lazy.reduce((s, e) => s + e.size, 0))})`,
        );
      },
    },
  };
}
