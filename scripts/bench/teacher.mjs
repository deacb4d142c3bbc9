/**
 * Teacher tools benchmark: JavaScript (gzip) loaded by the three island pages, and the time for the
 * class dashboard to import 300 generated hand-ins in Chromium, pasted as codes and dropped as files
 * (from the click to the 300-row table on screen), with the longest main-thread task meanwhile.
 * The hand-ins are made by the project's own codec, bundled on the fly.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const COUNT = 300;

async function importCodecs() {
  const dir = mkdtempSync(join(tmpdir(), 'declic-bench-teacher-'));
  const entry = join(dir, 'entry.ts');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(entry, `export * from '${join(process.cwd(), 'src/lib/teacher/assignment.ts')}';\nexport * from '${join(process.cwd(), 'src/lib/teacher/handin.ts')}';\n`);
  const out = join(dir, 'codecs.mjs');
  buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent' });
  return import(pathToFileURL(out).href);
}

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

/** The quiz's scored questions as the dashboard knows them (the built catalogue): a hand-in must match them. */
function quizQuestions(dist, quizId) {
  const catalogue = JSON.parse(readFileSync(join(dist, 'enseignants', 'catalogue.json'), 'utf8'));
  const quiz = catalogue.modules.flatMap((m) => m.items).find((item) => item.id === quizId);
  if (!quiz?.questions?.length) throw new Error(`bench: ${quizId} not found in the built catalogue`);
  return quiz.questions.map((q) => q.id);
}

function generate(codecs, questionIds) {
  const next = random(7);
  const lessons = ['pourquoi-des-raccourcis', 'biais-de-confirmation', 'disponibilite-et-repetition', 'ancrage-et-conformisme'].map((l) => `lesson:biais-cognitifs/${l}`);
  const activities = [...lessons, 'quiz:biais-cognitifs', 'exercise:coder-langue-vivante/compter-les-mots-d-une-fable'];
  const assignment = codecs.sealAssignment({ id: 'bench001', ti: 'Banc d’essai', cl: '4e B', a: activities, at: Date.now() });
  const handIns = Array.from({ length: COUNT }, (_, n) => {
    const q = questionIds.map((id) => {
      const ok = next() < 0.6 ? 1 : 0;
      return [id, ok, ok ? '1' : String(Math.floor(next() * 4))];
    });
    return codecs.sealHandIn({
      d: assignment.id,
      p: `Élève ${n + 1}`,
      at: Date.now() - n * 1000,
      r: [
        ...lessons.map((i) => ({ i, s: next() < 0.8 ? 'done' : 'todo' })),
        { i: 'quiz:biais-cognitifs', s: 'done', sc: [q.filter((x) => x[1] === 1).length, questionIds.length], q, t: 300 + Math.floor(next() * 600) },
        { i: 'exercise:coder-langue-vivante/compter-les-mots-d-une-fable', s: 'started', ok: false, tr: Math.floor(next() * 5) },
      ],
    });
  });
  return { assignment, handIns };
}

async function measureImport(browser, origin, base, codecs, assignment, mode, handIns) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${base}`);
  await page.evaluate(
    ([key, code]) => localStorage.setItem(key, JSON.stringify({ v: 1, codes: [code] })),
    ['declic.teacher.v1.assignments', codecs.encodeAssignment(assignment)],
  );
  await page.goto(`${origin}${base}enseignants/tableau-de-bord/#devoir=${assignment.id}`);
  await page.locator('astro-island[ssr]').waitFor({ state: 'detached' }).catch(() => {});
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration)))).observe({ type: 'longtask', buffered: false });
  });
  if (mode === 'codes') {
    await page.locator('#codes').fill(handIns.map((h) => codecs.encodeHandIn(h)).join('\n'));
    await page.evaluate(() => (window.__t0 = performance.now()));
    await page.getByRole('button', { name: 'Importer les codes' }).click();
  } else {
    const files = handIns.map((h, i) => ({ name: `rendu-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(codecs.handInFile(h)) }));
    await page.evaluate(() => (window.__t0 = performance.now()));
    await page.locator('input[type=file]').setInputFiles(files);
  }
  await page.waitForFunction((count) => document.querySelectorAll('table.results tbody tr').length === count, handIns.length, { timeout: 60_000 }).catch(async (error) => {
    // Say what the dashboard showed instead of a bare timeout.
    const shown = await page.evaluate(() => ({ rows: document.querySelectorAll('table.results tbody tr').length, status: document.querySelector('[role=status]')?.textContent?.trim().slice(0, 300) }));
    throw new Error(`import (${mode}): ${shown.rows} rows instead of ${handIns.length}; page says: ${shown.status}`, { cause: error });
  });
  const result = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve({
    totalMs: performance.now() - window.__t0,
    logicMs: Number(document.documentElement.dataset.teacherImportMs),
    longestTaskMs: window.__longest,
  }))));
  await context.close();
  return result;
}

async function islandScripts(browser, origin, base, dist, gzipSize, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js') && url.pathname.startsWith(base) && !url.pathname.endsWith('/sw.js')) files.add(url.pathname.slice(base.length));
  });
  await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
  await context.close();
  const list = [...files];
  return { path, files: list.length, gzipKB: list.reduce((sum, f) => sum + gzipSize(join(dist, f)), 0) / 1024 };
}

export default async function teacherBench({ browser, origin, base, dist, gzipSize }) {
  const codecs = await importCodecs();
  const { assignment, handIns } = generate(codecs, quizQuestions(dist, 'quiz:biais-cognitifs'));
  const codeLengths = handIns.map((h) => codecs.encodeHandIn(h).length).sort((a, b) => a - b);
  const pages = [];
  for (const path of ['enseignants/devoirs/', 'devoir/', 'enseignants/tableau-de-bord/']) pages.push(await islandScripts(browser, origin, base, dist, gzipSize, path));
  const imports = [];
  for (const mode of ['codes', 'fichiers']) imports.push({ mode, ...(await measureImport(browser, origin, base, codecs, assignment, mode, handIns)) });
  const fmt = (n) => n.toFixed(0);
  return {
    title: `Devoirs et rendus (îlots, import de ${COUNT} rendus dans Chromium)`,
    lines: [
      ['page'.padEnd(30), 'fichiers JS', 'JS gzip (Ko)'].join('\t'),
      ...pages.map((p) => [p.path.padEnd(30), p.files, p.gzipKB.toFixed(1)].join('\t')),
      `Longueur d’un code de rendu (${handIns[0].r.find((r) => r.q)?.q?.length} questions) : ${codeLengths[0]}–${codeLengths[codeLengths.length - 1]} caractères`,
      ['import'.padEnd(30), 'clic → tableau (ms)', 'logique (ms)', 'plus longue tâche (ms)'].join('\t'),
      ...imports.map((r) => [`${COUNT} ${r.mode}`.padEnd(30), fmt(r.totalMs), fmt(r.logicMs), fmt(r.longestTaskMs)].join('\t')),
      `Charge de la machine pendant la mesure (load average 1 min) : ${loadavg()[0].toFixed(1)}`,
    ],
    data: { pages, imports, loadAverage: loadavg()[0], codeLength: { min: codeLengths[0], max: codeLengths[codeLengths.length - 1] } },
  };
}
