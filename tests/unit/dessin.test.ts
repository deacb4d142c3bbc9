/**
 * The `dessin` drawing module (src/lib/python/dessin.py), run for real in Pyodide under Node with the
 * exercise harness, as the worker runs it: shapes recorded, state fresh at every run, SVG valid and
 * escaped, seeded randomness reproducible, bad arguments explained in French; and the page-side
 * builder (src/lib/python/drawing.ts) that re-checks the data before the page shows it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { explainError } from '../helpers/explain.ts';
import { buildDrawing, DRAWING_COLOURS, svgNumber } from '../../src/lib/python/drawing.ts';
import { runProgram, type PythonRuntime } from '../../src/lib/python/harness.ts';
import type { WorkerCheck } from '../../src/lib/python/protocol.ts';
import { loadDeclicPython } from '../helpers/python.ts';

let py: PythonRuntime;
beforeAll(async () => {
  py = await loadDeclicPython();
}, 120_000);

const run = (code: string, checks: WorkerCheck[] = []) => runProgram(py, { code, stdin: [], checks, stepLimit: 200_000 }, () => undefined, buildDrawing);
const assert = (code: string): WorkerCheck => ({ kind: 'assert', code });

interface Element {
  tag: string;
  attrib: Record<string, string>;
  text: string | null;
}

/**
 * Parses `svg` as XML with Python's own parser (expat, as strict as a browser reading a .svg file):
 * throws on a syntax error; returns the root's attributes and its children.
 */
function parseSvg(svg: string): { root: Element; children: Element[] } {
  const json = py.runPython(`
import json, xml.etree.ElementTree as ET
_root = ET.fromstring(${JSON.stringify(svg)})
_el = lambda e: {"tag": e.tag.split("}")[-1], "attrib": dict(e.attrib), "text": e.text}
json.dumps({"ns": _root.tag.split("}")[0], "root": _el(_root), "children": [_el(c) for c in _root]})
`) as string;
  const parsed = JSON.parse(json) as { ns: string; root: Element; children: Element[] };
  expect(parsed.ns).toBe('{http://www.w3.org/2000/svg');
  return parsed;
}

const GRID = `from dessin import *
toile(300, 200)
couleur("bleu")
remplissage("jaune")
for i in range(3):
    rectangle(10 + 50 * i, 10, 40, 40)
remplissage(None)
epaisseur(2.5)
cercle(150, 100, 30)
ligne(0, 0, 300, 200)
polygone([(0, 0), (20, 0), (10, 15)])
couleur("#c0ffee")
texte(10, 190, "Vera Molnár", taille=12)
print(len(formes()))`;

describe('shapes are recorded', () => {
  it('in drawing order, with the style in force when each was drawn', () => {
    const result = run(GRID, [
      assert('assert taille_toile() == (300, 200)'),
      assert('assert [f["type"] for f in formes()] == ["rectangle"] * 3 + ["cercle", "ligne", "polygone", "texte"]'),
      assert(
        'assert formes("rectangle")[0] == {"type": "rectangle", "x": 10, "y": 10, "largeur": 40, "hauteur": 40, "couleur": "bleu", "remplissage": "jaune", "epaisseur": 1}',
      ),
      assert('assert formes("cercle") == [{"type": "cercle", "x": 150, "y": 100, "rayon": 30, "couleur": "bleu", "remplissage": None, "epaisseur": 2.5}]'),
      assert('assert formes("texte")[0]["texte"] == "Vera Molnár" and formes("texte")[0]["couleur"] == "#c0ffee"'),
      assert('assert formes("polygone")[0]["points"] == [(0, 0), (20, 0), (10, 15)]'),
      assert('assert len(formes("ligne")) == 1'),
    ]);
    expect(result.error).toBeNull();
    expect(result.output).toBe('7\n');
    expect(result.checks.map((c) => c.ok)).toEqual([true, true, true, true, true, true, true]);
    expect(result.drawing).toMatchObject({ width: 300, height: 200, total: 7, counts: { rectangle: 3, cercle: 1, ligne: 1, polygone: 1, texte: 1 } });
  });

  it('implies a 400 x 400 white canvas, black stroke, no fill', () => {
    const result = run('from dessin import *\nrectangle(0, 0, 10, 10)', [
      assert('assert taille_toile() == (400, 400)'),
      assert('f = formes()[0]\nassert (f["couleur"], f["remplissage"], f["epaisseur"]) == ("noir", None, 1)'),
    ]);
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(result.drawing).toMatchObject({ width: 400, height: 400, total: 1 });
  });

  it('starts afresh at every run, and toile() clears the canvas', () => {
    expect(run('import dessin\nfor i in range(5):\n    dessin.cercle(i, i, 3)').drawing?.total).toBe(5);
    const next = run('import dessin\ndessin.couleur("rouge")', [assert('assert formes() == []'), assert('assert dessin._etat.couleur == "rouge"')]);
    expect(next.checks.map((c) => c.ok)).toEqual([true, true]);
    expect(run('import dessin\nprint(dessin._etat.couleur)').output).toBe('noir\n');
    const cleared = run('from dessin import *\ncercle(1, 1, 1)\ntoile(100, 100)\nligne(0, 0, 1, 1)', [assert('assert len(formes()) == 1')]);
    expect(cleared.checks[0]?.ok).toBe(true);
  });

  it('gives checks the module’s formes() even when the program used the name for something else', () => {
    const result = run('from dessin import *\ncercle(1, 1, 1)\nformes = ["carré"]', [assert('assert len(formes("cercle")) == 1')]);
    expect(result.checks[0]?.ok).toBe(true);
  });

  it('has no drawing when the program does not import dessin', () => {
    expect(run('print("bonjour")').drawing).toBeNull();
    // …and a program's own `formes` stays its own in the checks.
    expect(run('formes = [1, 2]', [assert('assert formes == [1, 2]')]).checks[0]?.ok).toBe(true);
  });

  it('shows what was drawn before an error', () => {
    const result = run('from dessin import *\ncercle(10, 10, 5)\ncercle(10, 10, -5)');
    expect(result.status).toBe('error');
    expect(result.drawing?.total).toBe(1);
  });
});

describe('the SVG', () => {
  it('is valid, and the page’s copy is the module’s svg() text', () => {
    const fromPython = run(`${GRID}\nprint(svg())`).output.split('\n').slice(1).join('\n').trim();
    const page = run(GRID).drawing!;
    expect(page.svg).toBe(fromPython);
    const { root, children } = parseSvg(page.svg);
    expect(root.attrib.viewBox).toBe('0 0 300 200');
    expect(children.map((e) => e.tag)).toEqual(['rect', 'rect', 'rect', 'rect', 'circle', 'line', 'polygon', 'text']);
    const circle = children.find((e) => e.tag === 'circle')!;
    expect(circle.attrib).toMatchObject({ fill: 'none', stroke: DRAWING_COLOURS.bleu, 'stroke-width': '2.5' });
    expect(children.find((e) => e.tag === 'text')?.text).toBe('Vera Molnár');
  });

  it('escapes text, so a pupil’s string never becomes markup', () => {
    const drawing = run('from dessin import *\ntexte(5, 20, \'<script>alert("x")</script> & <b onclick=\\\'f()\\\'>\')').drawing!;
    expect(drawing.svg).not.toMatch(/<script|<b /);
    const { children } = parseSvg(drawing.svg);
    expect(children.map((e) => e.tag)).toEqual(['rect', 'text']);
    expect(children[1]?.text).toBe('<script>alert("x")</script> & <b onclick=\'f()\'>');
  });

  it('is rebuilt from checked values: tampering with the module’s state draws nothing unsafe', () => {
    const code = `import dessin
dessin.cercle(1, 1, 1)
dessin._etat.formes.append({"type": "cercle", "x": 1, "y": 1, "rayon": 2, "couleur": '" onload="alert(1)', "remplissage": None, "epaisseur": 1})
dessin._etat.formes.append({"type": "script", "x": 1})
dessin._etat.formes.append({"type": "rectangle", "x": "1\\" onclick=\\"f()", "y": 1, "largeur": 2, "hauteur": 2, "couleur": "noir", "remplissage": None, "epaisseur": 1})
dessin._etat.fond = "url(javascript:alert(1))"
dessin._etat.largeur = 10 ** 9`;
    const drawing = run(code).drawing!;
    expect(drawing.total).toBe(1);
    expect(drawing.width).toBe(400);
    expect(drawing.svg).not.toMatch(/onload|onclick|javascript|script/);
    parseSvg(drawing.svg);
  });

  it('leaves out what is not data at all', () => {
    expect(buildDrawing(null)).toBeNull();
    expect(buildDrawing('<svg/>')).toBeNull();
    expect(buildDrawing({ formes: 'x' })?.total).toBe(0);
  });

  it('writes numbers like Python’s %.2f without trailing zeros', () => {
    expect([12, 3.5, 1 / 3, -0.001, 100.1].map(svgNumber)).toEqual(['12', '3.5', '0.33', '0', '100.1']);
  });

  it('uses the same colours as the module', () => {
    const colours = JSON.parse(run('import dessin, json\nprint(json.dumps(dessin.COULEURS))').output) as Record<string, string>;
    expect(colours).toEqual(DRAWING_COLOURS);
  });
});

describe('randomness', () => {
  const MOLNAR = `from dessin import *
for i in range(20):
    rectangle(hasard(0, 380), hasard(0, 380), hasard(5.0, 20.0), 10)`;

  it('is reproducible: seed 0 at every run, the same seed gives the same drawing', () => {
    const first = run(MOLNAR).drawing!.svg;
    expect(run(MOLNAR).drawing!.svg).toBe(first);
    expect(run(`from dessin import *\ngraine(0)\n${MOLNAR}`).drawing!.svg).toBe(first);
    const seeded = run(`from dessin import *\ngraine(7)\n${MOLNAR}`).drawing!.svg;
    expect(seeded).not.toBe(first);
    expect(run(`from dessin import *\ngraine(7)\n${MOLNAR}`).drawing!.svg).toBe(seeded);
    // toile() clears the canvas, not the seed the program chose.
    expect(run(`from dessin import *\ngraine(7)\ntoile()\n${MOLNAR}`).drawing!.svg).toBe(seeded);
  });

  it('gives integers between a and b inclusive for integers, floats in [a, b) otherwise', () => {
    const result = run('from dessin import *\nv = [hasard(1, 3) for _ in range(300)]\nw = [hasard(0, 1.5) for _ in range(300)]', [
      assert('assert set(v) == {1, 2, 3}'),
      assert('assert all(isinstance(x, float) and 0 <= x < 1.5 for x in w)'),
      assert('assert hasard(4, 4) == 4'),
    ]);
    expect(result.checks.map((c) => c.ok)).toEqual([true, true, true]);
  });
});

describe('bad arguments are explained in French', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a size as text', 'rectangle(10, 10, "dix", 40)', 'TypeError', /rectangle : la largeur doit être un nombre, pas un texte \(« dix »\)/],
    ['a negative radius', 'cercle(50, 50, -3)', 'ValueError', /cercle : le rayon doit être positif ou nul, pas -3/],
    ['an unknown colour', 'couleur("bleu ciel")', 'ValueError', /« bleu ciel » n’est pas une couleur connue\. Couleurs possibles : noir, blanc, gris, rouge/],
    ['a canvas too large', 'toile(5000, 400)', 'ValueError', /toile : la largeur doit être entre 10 et 2000 pixels, pas 5000/],
    ['a polygon of two points', 'polygone([(0, 0), (5, 5)])', 'ValueError', /polygone : il faut au moins 3 points, pas 2/],
    ['a polygon point that is not a pair', 'polygone([(0, 0), 5, (5, 5)])', 'TypeError', /le point n° 2 doit être une paire \(x, y\)/],
    ['a zero width', 'epaisseur(0)', 'ValueError', /epaisseur : l’épaisseur doit être plus grand que 0/],
    ['hasard the wrong way round', 'hasard(6, 1)', 'ValueError', /hasard : le premier nombre \(6\) doit être plus petit que le second \(1\)/],
    ['an unknown shape type', 'formes("carré")', 'ValueError', /formes : « carré » n’est pas un type de forme/],
  ];
  it.each(cases)('%s', (_name, call, type, message) => {
    const result = run(`from dessin import *\n\n${call}`);
    expect(result.error?.type).toBe(type);
    expect(result.error?.message).toMatch(message);
    const explanation = explainError(result.error!);
    expect(explanation.title).toBe('Une valeur que la bibliothèque dessin refuse');
    expect(explanation.where).toBe(`Ligne 3 : ${call}`);
    expect(explanation.meaning).toMatch(message);
    expect(explanation.hint.length).toBeGreaterThan(20);
    expect(explanation.original).toBe(`${type}: ${result.error!.message}`);
  });

  it('still lets a program catch them as ValueError or TypeError', () => {
    expect(run('from dessin import *\ntry:\n    cercle(0, 0, -1)\nexcept ValueError:\n    print("attrapé")').output).toBe('attrapé\n');
  });

  it('stops a runaway loop of shapes with a clear message', () => {
    const result = run('from dessin import *\nwhile True:\n    ligne(0, 0, 1, 1)');
    expect(explainError(result.error!).meaning).toMatch(/plus de 20000 formes/);
    expect(result.drawing?.total).toBe(20000);
  });
});
