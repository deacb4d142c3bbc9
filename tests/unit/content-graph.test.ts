import { describe, expect, it } from 'vitest';
import { formatProblems, inlineTermIds, parseOrderedName, validateContentGraph, type ContentInventory } from '../../src/lib/content-graph.ts';

function validInventory(): ContentInventory {
  const session = { title: 'Séance 1', lessons: ['premiere'], steps: [{ minutes: 55, activity: 'Lecture' }] };
  return {
    modules: [
      {
        file: 'content/modules/m/module.yaml',
        slug: 'm',
        data: {
          title: 'M', summary: 'S', levels: ['5e'], theme: 'esprit-critique', accent: '#2f6fbf', sessions: 1, order: 1,
          objectives: ['Comprendre'], curriculum: { emi: ['raisonnee'], crcn: ['1.1'] }, lessons: ['premiere', 'seconde'],
        },
      },
    ],
    lessons: [
      { file: 'content/modules/m/lecons/01-premiere.mdx', module: 'm', slug: 'premiere', order: 1, body: 'Un <Terme id="biais">biais</Terme>.', data: { title: 'P', summary: 'S', objectives: ['O'], keyTerms: ['biais'], sources: [] } },
      { file: 'content/modules/m/lecons/02-seconde.mdx', module: 'm', slug: 'seconde', order: 2, body: '', data: { title: 'S', summary: 'S', objectives: ['O'], keyTerms: ['heuristique'], sources: [] } },
    ],
    glossary: [
      { file: 'content/modules/m/glossaire/biais.yaml', module: 'm', slug: 'biais', data: { term: 'Biais', definition: 'D', related: ['heuristique'] } },
      { file: 'content/modules/m/glossaire/heuristique.yaml', module: 'm', slug: 'heuristique', data: { term: 'Heuristique', definition: 'D', related: [] } },
    ],
    teacherNotes: [
      {
        file: 'content/modules/m/fiche-enseignant.mdx',
        module: 'm',
        data: {
          levels: ['5e'], objectives: ['O'], prerequisites: [], sessions: [session], material: ['Tableau'],
          expectedAnswers: [{ lesson: 'premiere', activity: 'A', answer: 'R' }], misconceptions: [{ misconception: 'X', correction: 'Y' }],
          differentiation: { support: ['a'], extension: ['b'] }, curriculum: { emi: ['raisonnee'], crcn: ['1.1'], other: [] }, crossSubject: [{ subject: 'Histoire', idea: 'I' }],
        },
      },
    ],
  };
}

describe('validateContentGraph', () => {
  it('accepts consistent content', () => {
    expect(validateContentGraph(validInventory())).toEqual([]);
  });

  it('names the module file and field of an unknown lesson', () => {
    const inv = validInventory();
    inv.modules[0]!.data.lessons.push('fantome');
    const [problem] = validateContentGraph(inv);
    expect(problem).toMatchObject({ file: 'content/modules/m/module.yaml', field: 'lessons[2]' });
    expect(problem?.message).toContain('fantome');
  });

  it('reports a lesson file its module does not list (unreachable)', () => {
    const inv = validInventory();
    inv.modules[0]!.data.lessons = ['premiere'];
    const problems = validateContentGraph(inv);
    expect(problems.map((p) => p.file)).toContain('content/modules/m/lecons/02-seconde.mdx');
    expect(problems.some((p) => p.message.includes('atteindre'))).toBe(true);
  });

  it('reports unknown glossary terms in keyTerms, in the body and in related', () => {
    const inv = validInventory();
    inv.lessons[0]!.data.keyTerms.push('inconnu');
    inv.lessons[0]!.body += '<Terme id="absent">x</Terme>';
    inv.glossary[1]!.data.related = ['nulle-part'];
    const fields = validateContentGraph(inv).map((p) => `${p.file}#${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'content/modules/m/lecons/01-premiere.mdx#keyTerms[1]',
        'content/modules/m/lecons/01-premiere.mdx#corps (<Terme>)',
        'content/modules/m/glossaire/heuristique.yaml#related[0]',
      ]),
    );
  });

  it('reports orphan glossary terms', () => {
    const inv = validInventory();
    inv.glossary.push({ file: 'content/modules/m/glossaire/seul.yaml', module: 'm', slug: 'seul', data: { term: 'Seul', definition: 'D', related: [] } });
    expect(validateContentGraph(inv)).toEqual([expect.objectContaining({ file: 'content/modules/m/glossaire/seul.yaml', message: expect.stringContaining('orphelin') })]);
  });

  it('reports duplicate slugs: lessons in a module and glossary terms across modules', () => {
    const inv = validInventory();
    inv.lessons.push({ ...inv.lessons[0]!, file: 'content/modules/m/lecons/03-premiere.mdx', order: 3 });
    inv.glossary.push({ ...inv.glossary[0]!, file: 'content/modules/autre/glossaire/biais.yaml', module: 'autre' });
    const messages = validateContentGraph(inv).map((p) => `${p.file}: ${p.message}`);
    expect(messages.some((m) => m.startsWith('content/modules/m/lecons/03-premiere.mdx') && m.includes('existe déjà'))).toBe(true);
    expect(messages.some((m) => m.startsWith('content/modules/autre/glossaire/biais.yaml') && m.includes('existe déjà'))).toBe(true);
  });

  it('reports a module without teacher notes, and notes that disagree with their module', () => {
    const inv = validInventory();
    inv.teacherNotes[0]!.data.expectedAnswers[0]!.lesson = 'ailleurs';
    inv.teacherNotes[0]!.data.sessions.push(inv.teacherNotes[0]!.data.sessions[0]!);
    const fields = validateContentGraph(inv).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['expectedAnswers[0].lesson', 'sessions']));
    inv.teacherNotes = [];
    expect(validateContentGraph(inv).map((p) => p.field)).toContain('fiche-enseignant.mdx');
  });

  it('reports lesson files without an order prefix and reserved slugs', () => {
    const inv = validInventory();
    inv.lessons[1]!.order = null;
    inv.lessons[1]!.slug = 'fiche-enseignant';
    inv.modules[0]!.data.lessons[1] = 'fiche-enseignant';
    const messages = validateContentGraph(inv).map((p) => p.message).join('\n');
    expect(messages).toContain('numéro d’ordre');
    expect(messages).toContain('réservé');
  });

  it('checks figures against public files when asked', () => {
    const inv = validInventory();
    inv.lessons[0]!.body += '<Figure src="/images/absente.png" alt="a" caption="c" />';
    expect(validateContentGraph(inv, { publicFileExists: () => false })[0]?.field).toBe('corps (<Figure>)');
    expect(validateContentGraph(inv, { publicFileExists: () => true })).toEqual([]);
  });

  it('formats problems one per line with file and field', () => {
    const text = formatProblems([{ file: 'a.yaml', field: 'title', message: 'vide' }]);
    expect(text).toContain('a.yaml — title : vide');
  });
});

describe('activities', () => {
  const activity = (lessons: string[], module = 'm') => ({
    file: `content/modules/${module}/activites/simulation.mdx`, module, slug: 'simulation',
    data: { title: 'T', summary: 'S', island: 'mon-fil-d-actualite' as const, minutes: 20, objectives: ['O'], lessons },
  });
  it('accepts an activity that points to lessons of its module', () => {
    expect(validateContentGraph({ ...validInventory(), activities: [activity(['premiere'])] })).toEqual([]);
  });
  it('reports unknown lessons, unknown modules and duplicates', () => {
    const problems = validateContentGraph({ ...validInventory(), activities: [activity(['ailleurs']), activity([]), activity([], 'fantome')] });
    expect(problems.map((p) => p.field)).toEqual(['lessons[0]', 'nom du fichier', 'dossier']);
  });
});

describe('helpers', () => {
  it('parses ordered file names', () => {
    expect(parseOrderedName('03-ancrage')).toEqual({ order: 3, slug: 'ancrage' });
    expect(parseOrderedName('ancrage')).toEqual({ order: null, slug: 'ancrage' });
  });
  it('finds inline glossary ids', () => {
    expect(inlineTermIds('<Terme id="a">x</Terme> et <Terme  id=\'b\'>y</Terme>')).toEqual(['a', 'b']);
  });
});
