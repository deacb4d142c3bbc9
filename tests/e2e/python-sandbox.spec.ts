/**
 * A pupil's program stays inside the exercise: whatever a pupil writes (or is told to paste), no
 * request leaves the site, the service worker's caches stay whole, the site still opens offline, and
 * the errors met on the way are explained in French (a module Déclic does not have, memory).
 * The request listener is on the browser context, so the Python worker's requests are seen too
 * (checked: the listener sees the worker fetch Pyodide's own WebAssembly file).
 */
import { expect, test, type Page } from '@playwright/test';

const EXERCISE = 'modules/coder-langue-vivante/exercices/le-deux-points-oublie/';
const PYTHON_READY = 90_000;
const OUTSIDE = 'https://example.org/';

/** Each attempt prints « <name> ok » if it ran, « <name> bloqué <Error> » if it was refused. */
const ATTEMPTS: Record<string, string> = {
  'js.fetch': `import js\njs.fetch("${OUTSIDE}fetch")`,
  'open_url': `from pyodide.http import open_url\nopen_url("${OUTSIDE}open_url")`,
  'pyfetch': `from pyodide.http import pyfetch\npyfetch("${OUTSIDE}pyfetch").send(None)`,
  'XMLHttpRequest': `import js\nx = js.XMLHttpRequest.new()\nx.open("GET", "${OUTSIDE}xhr")\nx.send()`,
  'run_js': `from pyodide.code import run_js\nrun_js("fetch('${OUTSIDE}run_js')")`,
  'constructor': `import js\njs.setTimeout.constructor("return fetch('${OUTSIDE}constructor')")()`,
  'string timer': `import js\njs.setTimeout("import('${OUTSIDE}timer.js')", 0)`,
  'pyodide_js': `import pyodide_js\npyodide_js.loadPackage("${OUTSIDE}paquet.whl")`,
  'pyodide_js fetch': `import pyodide_js\npyodide_js._module.fetch("${OUTSIDE}module")`,
  'caches': `import js\njs.caches.keys().then(lambda keys: [js.caches.delete(k) for k in keys])`,
  'indexedDB': `import js\njs.indexedDB.deleteDatabase("declic")`,
  'WebSocket': `import js\njs.WebSocket.new("wss://example.org/")`,
  'Worker': `import js\njs.Worker.new("data:text/javascript,fetch('${OUTSIDE}worker')")`,
};

function attackProgram(): string {
  const lines = ['def essai(nom, code):', '    try:', '        exec(code, {})', '        print(nom, "ok")', '    except BaseException as e:', '        print(nom, "bloqué", type(e).__name__)', ''];
  for (const [name, code] of Object.entries(ATTEMPTS)) lines.push(`essai(${JSON.stringify(name)}, ${JSON.stringify(code)})`);
  lines.push('print("fin")');
  return lines.join('\n');
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Ton programme' });

async function run(page: Page, code: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await page.getByRole('button', { name: 'Exécuter' }).click();
}

/** Every cached address, as « cache name address ». */
async function cachedEntries(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const entries: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) entries.push(`${name} ${request.url}`);
    return entries;
  });
}

test.describe.configure({ timeout: 240_000 });

test('a pupil’s program cannot send a request, empty the caches or break the site offline', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route((url) => !url.href.startsWith('http://127.0.0.1'), (route) => route.abort());

  await page.goto(EXERCISE);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i += 1) await new Promise((r) => setTimeout(r, 100));
  });
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });
  // The listener sees the worker's own requests.
  expect(requests.some((url) => url.endsWith('/pyodide/pyodide.asm.wasm'))).toBe(true);
  await expect.poll(async () => (await cachedEntries(page)).length, { timeout: 60_000 }).toBeGreaterThan(50);
  const cachesBefore = await cachedEntries(page);

  await run(page, attackProgram());
  const log = page.getByRole('log');
  await expect(log).toContainText('fin', { timeout: 30_000 });
  const output = await log.innerText();
  for (const name of Object.keys(ATTEMPTS)) expect(output, output).toMatch(new RegExp(`^${name} bloqué \\w+`, 'm'));
  await page.waitForTimeout(1000); // a request sent asynchronously would show up now

  // Nothing removed (the worker may have added Pyodide's files meanwhile, on their first use).
  expect(await cachedEntries(page)).toEqual(expect.arrayContaining(cachesBefore));

  // Python's own sockets: no way out either (the run fails or hits the time limit).
  await run(page, `import urllib.request\nurllib.request.urlopen("${OUTSIDE}urllib")`);
  await expect(page.locator('.feedback h2').filter({ hasText: /Un exercice ne sort pas de Déclic|Le programme ne s’arrêtait pas/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });

  // Through C: the refused eval ends the worker, which the page replaces.
  await run(page, `import ctypes\nctypes.CDLL(None).emscripten_run_script(b"fetch('${OUTSIDE}ctypes')")`);
  await expect(page.locator('.console-note')).toContainText('Python s’est arrêté brusquement', { timeout: 30_000 });
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });

  // Python still works for the exercise itself after all that.
  await run(page, 'morale = "Rien ne sert de courir il faut partir à point"\nfor mot in morale.split():\n    print(mot)\n');
  await expect(page.locator('.feedback')).toContainText('Bravo !', { timeout: PYTHON_READY });

  const outside = requests.filter((url) => !url.startsWith('http://127.0.0.1'));
  expect(outside).toEqual([]);
  // Nothing removed (the worker may have added Pyodide's files meanwhile, on their first use).
  expect(await cachedEntries(page)).toEqual(expect.arrayContaining(cachesBefore));

  await context.setOffline(true);
  await page.goto('modules/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tous les modules');
  await page.goto(EXERCISE);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
});

test('a module Déclic does not have, and a memory blow-up, are explained in French', async ({ page }) => {
  await page.goto(EXERCISE);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });
  const feedback = page.locator('.feedback');

  await run(page, 'import numpy\nprint(numpy.zeros(3))\n');
  await expect(feedback.getByRole('heading', { name: 'Ce module n’existe pas dans Déclic' })).toBeVisible();
  await expect(feedback).toContainText('numpy');

  await run(page, 'from pyodide.http import open_url\nopen_url("https://example.org/")\n');
  await expect(feedback.getByRole('heading', { name: 'Un exercice ne sort pas de Déclic' })).toBeVisible();

  // More memory than WebAssembly can give (4 GB): Python's MemoryError, explained.
  await run(page, 'cases = [0] * 1_100_000_000\n');
  await expect(feedback.getByRole('heading', { name: 'La mémoire est pleine' })).toBeVisible({ timeout: 30_000 });
});
