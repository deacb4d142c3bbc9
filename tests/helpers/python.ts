/**
 * Pyodide under Node as the exercise worker sets it up: the harness installed and the site's own Python
 * modules importable (`from dessin import *`). Content and unit tests load it once per file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { installHarness, type PythonRuntime } from '../../src/lib/python/harness.ts';

export const DESSIN_SOURCE = readFileSync(fileURLToPath(new URL('../../src/lib/python/dessin.py', import.meta.url)), 'utf8');
export const HARNESS_SOURCE = readFileSync(fileURLToPath(new URL('../../src/lib/python/harness.py', import.meta.url)), 'utf8');

export async function loadDeclicPython(): Promise<PythonRuntime> {
  const py = await loadPyodide();
  installHarness(py, { harness: HARNESS_SOURCE, dessin: DESSIN_SOURCE });
  return py;
}
