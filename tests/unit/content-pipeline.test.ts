/**
 * The content pipeline (src/lib/content/): French zod messages (also through Astro's own error map),
 * French YAML errors with the fix, and the validator's errors and warnings on a broken copy of content/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
// Astro's error map, as `astro sync` and `astro build` pass it to every collection schema.
import { errorMap as astroErrorMap } from '../../node_modules/astro/dist/core/errors/zod-error-map.js';
import { inFrench } from '../../src/lib/content/french-zod.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { readYaml, repairFileColons, repairFrenchColons } from '../../src/lib/content/yaml.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { ROOT } from '../helpers/content.ts';

const messages = (result: { success: boolean; error?: z.ZodError }) => (result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`));

describe('zod messages are French', () => {
  const schema = z.object({ title: z.string(), level: z.enum(['4e', '3e']), points: z.array(z.string()).min(3), count: z.number().max(5) }).strict();

  it('names the missing field and how to add it', () => {
    expect(messages(schema.safeParse({ level: '4e', points: ['a', 'b', 'c'], count: 1 }))).toEqual(['title: champ obligatoire manquant : ajoutez une ligne « title: … »']);
  });

  it('explains wrong types, unknown values, sizes and unknown fields', () => {
    const found = messages(schema.safeParse({ title: 3, level: '6e', points: ['a'], count: 9, titel: 'x' }));
    expect(found).toEqual([
      'title: attendu un texte, trouvé un nombre',
      'level: valeur inconnue « 6e » : attendu l’une de « 4e », « 3e »',
      'points: au moins 3 éléments attendus',
      'count: nombre trop grand : au plus 5',
      ': champ inconnu : « titel » (faute de frappe ? retirez-le ou corrigez son nom)',
    ]);
  });

  it('stays French through Astro’s English error map (astro sync: « summary: Required » before)', () => {
    const wrapped = inFrench(lessonSchema);
    const result = wrapped.safeParse({ title: 'Une leçon' }, { errorMap: astroErrorMap });
    const found = messages(result);
    expect(found.some((m) => m.startsWith('summary: ') && /manquant/.test(m))).toBe(true);
    expect(found.join('\n')).not.toMatch(/Required|Expected/);
    expect(wrapped.safeParse({ title: 'x' }).success).toBe(false);
  });
});

describe('YAML errors are French, with the fix', () => {
  it('a field whose text holds « : » (French typography) is read as written', () => {
    expect(readYaml('summary: ok\ntitle: Débat : pour ou contre ?\n')).toEqual({ data: { summary: 'ok', title: 'Débat : pour ou contre ?' } });
    expect(readYaml('questions:\n  - prompt: Vrai ou faux : « il a dit "oui" »\n    note: Fin :\n')).toEqual({ data: { questions: [{ prompt: 'Vrai ou faux : « il a dit "oui" »', note: 'Fin :' }] } });
    // Nothing YAML already reads changes: quoted values, lists, blocks, times, links.
    const untouched = 'a: "x : y"\nb: [c, d]\nc: |\n  e : f\nd: 10:30\ne: https://example.org\n- Objectif : comprendre\n';
    expect(repairFrenchColons(untouched)).toBe(untouched);
  });
  it('in an MDX file, only the frontmatter is read that way', () => {
    const mdx = '---\ntitle: Le biais : confirmation\n---\n\nTexte : suite\n';
    expect(repairFileColons(mdx, 'lecon.mdx')).toBe('---\ntitle: "Le biais : confirmation"\n---\n\nTexte : suite\n');
    expect(repairFileColons('title: A : B\n', 'module.yaml')).toBe('title: "A : B"\n');
  });
  it('a value it cannot read that way: the exact line to write', () => {
    const result = readYaml('summary: ok\ntitle: Débat : pour # ou contre ?\n', 2);
    expect(result).toEqual({ error: { line: 3, message: 'la valeur contient « : », que YAML lit comme un nouveau champ. Mettez-la entre guillemets droits : title: "Débat : pour # ou contre ?"' } });
  });
  it('the same sentence in a list is read as written (see repairFrenchColon)', () => {
    expect(readYaml('objectives:\n  - Objectif : comprendre\n')).toEqual({ data: { objectives: [{ Objectif: 'comprendre' }] } });
  });
  it('tabs and duplicate fields', () => {
    expect(readYaml('a:\n\t- b\n')).toMatchObject({ error: { line: 2, message: expect.stringMatching(/tabulation/) } });
    expect(readYaml('a: 1\na: 2\n')).toMatchObject({ error: { line: 2, message: expect.stringMatching(/deux fois/) } });
  });
});

describe('the validator on a broken copy of content/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'declic-content-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'public'), join(dir, 'public'), 'dir');
  const edit = (path: string, change: (source: string) => string) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));

  it('the real content has no problem', () => {
    expect(validateContent(dir).problems).toEqual([]);
  });

  it('reports errors by file and field, and stops there (no consequence of a broken file)', () => {
    edit('content/modules/biais-cognitifs/lecons/02-biais-de-confirmation.mdx', (s) => s.replace(/^title: .*$/m, 'title: Le biais : confirmation # à revoir'));
    edit('content/modules/biais-cognitifs/activites/experience-ancrage.mdx', (s) => s.replace(/^summary: .*\n/m, ''));
    edit('content/modules/vrai-faux-ou-trompeur/activites/enquete-laterale/01-sieste-obligatoire.yaml', (s) => s.replace('verdict: satire', 'verdict: parodie'));
    const { errors, warnings } = validateContent(dir);
    expect(warnings).toEqual([]);
    expect(errors.map((p) => `${p.file} — ${p.field}`)).toEqual([
      'content/modules/biais-cognitifs/lecons/02-biais-de-confirmation.mdx — ligne 2',
      'content/modules/biais-cognitifs/activites/experience-ancrage.mdx — summary',
      'content/modules/vrai-faux-ou-trompeur/activites/enquete-laterale/01-sieste-obligatoire.yaml — verdict',
    ]);
    expect(errors[0]?.message).toContain('title: "Le biais : confirmation # à revoir"');
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  });

  it('writing rules are warnings, not errors', () => {
    edit('content/modules/biais-cognitifs/lecons/02-biais-de-confirmation.mdx', (s) => s.replace(/\n## /, '\nIl a dit "non"...\n\n## '));
    const { errors, warnings } = validateContent(dir);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual(['guillemets droits " : utiliser « » (avec espaces insécables)', 'trois points ... : utiliser le caractère …']);
    expect(warnings[0]?.field).toMatch(/^ligne \d+$/);
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  });

  it('lessons are read in the order of their file numbers; a list in module.yaml is optional, and checked', () => {
    const module = 'content/modules/biais-cognitifs/module.yaml';
    edit(module, (s) => s.replace(/\nlessons:\n(  - .*\n)+/, '\n'));
    const report = validateContent(dir);
    expect(report.problems).toEqual([]);
    expect(report.content.inventory.modules.find((m) => m.slug === 'biais-cognitifs')?.data.lessons).toEqual(['pourquoi-des-raccourcis', 'biais-de-confirmation', 'disponibilite-et-repetition', 'ancrage-et-conformisme']);
    edit(module, (s) => `${s}lessons: [biais-de-confirmation, pourquoi-des-raccourcis, disponibilite-et-repetition, ancrage-et-conformisme]\n`);
    expect(validateContent(dir).errors.map((p) => `${p.file} — ${p.field}`)).toEqual([`${module} — lessons`]);
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  });

  it('a missing data file of an activity is an error', () => {
    rmSync(join(dir, 'content/modules/bulles-de-filtre/activites/mon-fil-d-actualite/sport.yaml'));
    expect(validateContent(dir).errors).toEqual([{ file: 'content/modules/bulles-de-filtre/activites/mon-fil-d-actualite/sport.yaml', field: 'fichier', message: 'fichier manquant' }]);
  });
});
