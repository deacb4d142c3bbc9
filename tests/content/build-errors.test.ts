/**
 * A broken content file must stop the real build with a message naming the file and the field.
 * Copies the project (without node_modules) to a temporary folder, breaks one file, runs astro build.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const run = promisify(execFile);
const copies: string[] = [];

function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'declic-broken-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    // public/pyodide is regenerated from node_modules by the build itself
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (source) => !source.includes(`${join('public', 'pyodide')}`) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function buildOutput(dir: string, command: 'build' | 'sync' = 'build'): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(ROOT, 'node_modules', 'astro', 'astro.js'), command], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DECLIC_OUT_DIR: join(dir, 'dist') },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const LESSON = 'content/modules/biais-cognitifs/lecons/02-biais-de-confirmation.mdx';

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a broken content file fails the build', () => {
  it('names the file and the field of a schema error (empty objectives)', async () => {
    const dir = projectCopy();
    const path = join(dir, LESSON);
    const source = readFileSync(path, 'utf8').replace(/objectives:\n(  - .*\n)+/, 'objectives: []\n');
    writeFileSync(path, source);
    const { failed, output } = await buildOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('02-biais-de-confirmation');
    expect(output).toContain('objectives');
  }, 180_000);

  it('names the file and the field of a broken reference (unknown glossary term)', async () => {
    const dir = projectCopy();
    const path = join(dir, LESSON);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/keyTerms: \[/, 'keyTerms: [terme-fantome, '));
    const { failed, output } = await buildOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain(`${LESSON} — keyTerms[0] : le terme « terme-fantome » n’existe pas dans le glossaire`);
  }, 180_000);

  it('astro sync answers in French, naming the file and the field (a missing summary), and reads a « : » in a title as written', async () => {
    const dir = projectCopy();
    const path = join(dir, LESSON);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^summary: .*\n/m, ''));
    const activity = join(dir, 'content/modules/biais-cognitifs/activites/experience-ancrage.mdx');
    writeFileSync(activity, readFileSync(activity, 'utf8').replace(/^title: .*$/m, 'title: L’ancrage : une expérience'));
    const { failed, output } = await buildOutput(dir, 'sync');
    expect(failed).toBe(true);
    expect(output).toContain(`${LESSON} — summary : champ obligatoire manquant`);
    expect(output).not.toContain('experience-ancrage.mdx');
    expect(output).not.toMatch(/Required|does not match/);
  }, 180_000);

  it('astro sync reads `title: A : B` as written, in an MDX frontmatter and in a YAML collection', async () => {
    const dir = projectCopy();
    const activity = join(dir, 'content/modules/biais-cognitifs/activites/experience-ancrage.mdx');
    writeFileSync(activity, readFileSync(activity, 'utf8').replace(/^title: .*$/m, 'title: L’ancrage : une expérience'));
    const module = join(dir, 'content/modules/biais-cognitifs/module.yaml');
    writeFileSync(module, readFileSync(module, 'utf8').replace(/^title: .*$/m, 'title: Biais cognitifs : les raccourcis'));
    const { failed, output } = await buildOutput(dir, 'sync');
    expect(output).not.toMatch(/ligne 2|bad indentation|YAML/);
    expect(failed).toBe(false);
    // Astro 5 keeps the content store in node_modules/.astro (here the project's, linked into the copy).
    const store = readFileSync(join(dir, 'node_modules', '.astro', 'data-store.json'), 'utf8');
    expect(store).toContain('L’ancrage : une expérience');
    expect(store).toContain('Biais cognitifs : les raccourcis');
  }, 180_000);
});
