/**
 * Rollup `manualChunks` for the browser build: the part of the Svelte runtime that the quiz island
 * uses goes into one shared file.
 *
 * Why: left alone, Rollup cuts the runtime into as many pieces as there are combinations of islands
 * using them; each new island reshuffles the pieces and the quiz page ended up loading twelve files
 * (32 KB gzip, over its 30 KB budget). The quiz is the lightest and most visited island, so its share
 * of the runtime is the natural core: every island needs it. But the quiz reaches the runtime through
 * Svelte's barrel file, so the core holds whatever runtime code ANY island uses: a feature only one
 * island uses (a spread of attributes, a dynamic component, {@html}, class={expression}) is paid by
 * every island page. Write islands without them where a plain form exists; the quiz's budget in
 * tests/e2e/js-budgets.spec.ts catches the next one.
 *
 * The islands' strings helper (src/i18n/island.ts) and what it imports (French typography, the
 * locale's Intl helpers) go together into one small `common` chunk with the device store (the quiz,
 * the exercises and most activities save through it): left alone Rollup makes three files of them,
 * and each file costs its own compression (0.15 KB more on the exercise page, whose budget is 120). The only
 * other page script that reads the locale (the settings page's « Préparer » button) then loads
 * the strings helper too, once, on a click that downloads megabytes.
 */
import type { GetManualChunk } from 'rollup';

const RUNTIME = /[\\/]node_modules[\\/](svelte|clsx)[\\/]/;
const QUIZ_ENTRY = /[\\/]src[\\/]components[\\/]quiz[\\/]Quiz\.svelte$/;
const I18N = /[\\/]src[\\/](?:i18n[\\/](?:island|locale)|lib[\\/](?:french-typography|device-store))\.ts$/;
const BROWSER_BUILD_MARKER = /[\\/]@astrojs[\\/]svelte[\\/](dist[\\/])?client\.svelte\.js$/;

export function svelteCoreChunk(): GetManualChunk {
  // One config serves the server and the browser builds: the core is computed once per build.
  const coreByBuild = new WeakMap<object, Set<string>>();
  return (id, { getModuleIds, getModuleInfo }) => {
    const i18n = I18N.test(id);
    if (!i18n && !RUNTIME.test(id)) return undefined;
    let core = coreByBuild.get(getModuleInfo);
    if (!core) {
      core = quizRuntime([...getModuleIds()], getModuleInfo);
      coreByBuild.set(getModuleInfo, core);
    }
    if (!core.has(id)) return undefined;
    return i18n ? 'common' : 'svelte';
  };
}

/** Every module the quiz island imports, directly or not; empty in the server build. */
function quizRuntime(ids: string[], getModuleInfo: Parameters<GetManualChunk>[1]['getModuleInfo']): Set<string> {
  const reached = new Set<string>();
  if (!ids.some((m) => BROWSER_BUILD_MARKER.test(m))) return reached;
  const queue = ids.filter((m) => QUIZ_ENTRY.test(m));
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (reached.has(next)) continue;
    reached.add(next);
    queue.push(...(getModuleInfo(next)?.importedIds ?? []));
  }
  return reached;
}
