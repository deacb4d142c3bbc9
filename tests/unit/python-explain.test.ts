/**
 * The French explanations of Python errors, on real errors raised by Pyodide's Python (loaded once
 * under Node), so a change of wording in a new Python version shows up here. Also the harness itself:
 * fresh namespace per run, input() from prepared lines, checks, step limit.
 */
import { loadDeclicPython } from '../helpers/python.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainError } from '../helpers/explain.ts';
import { fr } from '../../src/i18n/fr.ts';
import { t } from '../../src/i18n/index.ts';
import { format } from '../../src/i18n/island.ts';
import { pseudoDictionary } from '../../src/i18n/pseudo.ts';
import { explainError as explainWith } from '../../src/lib/python/explain.ts';
import { NARROW_NBSP, NBSP } from '../../src/lib/french-typography.ts';
import { runProgram, type PythonRuntime } from '../../src/lib/python/harness.ts';
import { abortedResult } from '../../src/lib/python/protocol.ts';

let py: PythonRuntime;
beforeAll(async () => {
  py = await loadDeclicPython();
}, 120_000);

const run = (code: string, stdin: string[] = []) => runProgram(py, { code, stdin, checks: [], stepLimit: 100_000 }, () => undefined);

describe('explainError on real Python errors', () => {
  const cases: [string, string, string, number | null][] = [
    ['missing colon', 'for mot in ["a"]\n    print(mot)', 'Il manque les deux-points', 1],
    ['missing colon after while', 'n = 0\nwhile n < 3\n    n = n + 1', 'Il manque les deux-points', 2],
    ['block not indented', 'for mot in ["a"]:\nprint(mot)', 'Un bloc n’est pas décalé', 2],
    ['unexpected indent', 'print(1)\n    print(2)', 'Une ligne décalée sans raison', 2],
    ['unindent mismatch', 'if True:\n    print(1)\n  print(2)', 'Un décalage qui ne tombe pas juste', 3],
    ['unclosed string', 'print("abc)', 'Un texte n’est pas refermé', 1],
    ['unclosed parenthesis', 'print((1)', 'Une parenthèse n’est pas refermée', 1],
    ['= instead of ==', 'x = 1\nif x = 2:\n    pass', 'Un « = » à la place de « == »', 2],
    ['other syntax error', 'x = = 2', 'Une phrase que Python ne comprend pas', 1],
    ['NameError', 'print(nom)', 'Un nom inconnu', 1],
    ['str + int', 'annee = 1515\nprint("Marignan " + annee)', 'Un texte et un nombre ne s’additionnent pas', 2],
    ['int + str', 'print(1515 + "a")', 'Une opération impossible entre ces valeurs', 1],
    ['missing argument', 'def f(a):\n    return a\nf()', 'Il manque une valeur dans l’appel de la fonction', 3],
    ['len of int', 'len(5)', 'Une valeur du mauvais type', 1],
    ['IndexError', 'vers = ["a", "b"]\nprint(vers[2])', 'Une position qui n’existe pas', 2],
    ['KeyError', 'dates = {"Marignan": 1515}\nprint(dates["Bastille"])', 'Une clé absente du dictionnaire', 2],
    ['ValueError', 'int("mille")', 'Ce texte n’est pas un nombre', 1],
    ['ZeroDivisionError', 'mots = []\nprint(10 / len(mots))', 'Une division par zéro', 2],
    ['AttributeError', '"abc".uper()', 'Une méthode qui n’existe pas', 1],
    ['input without lines', 'nom = input("Nom ? ")', 'Le programme attend une réponse', 1],
    ['a module Déclic does not have', 'import numpy\nprint(numpy.zeros(3))', 'Ce module n’existe pas dans Déclic', 1],
    ['more memory than WebAssembly has', 'cases = [0] * 1_100_000_000', 'La mémoire est pleine', 1],
    ['infinite loop (step limit)', 'n = 0\nwhile n < 3:\n    print(n)', 'Le programme ne s’arrêtait pas', null],
  ];
  it.each(cases)('%s', (_name, code, title, line) => {
    const result = run(code);
    expect(result.error).not.toBeNull();
    const explanation = explainError(result.error!);
    expect(explanation.title).toBe(title);
    expect(result.error!.line === null ? null : result.error!.line).toBe(line === null ? result.error!.line : line);
    if (line !== null) expect(explanation.where).toMatch(new RegExp(`^Ligne ${line}`));
    expect(explanation.meaning.length).toBeGreaterThan(20);
    expect(explanation.hint.length).toBeGreaterThan(20);
  });

  it('suggests the closest name for a misspelt function', () => {
    const explanation = explainError(run('prnt("Corbeau")').error!);
    expect(explanation.hint).toContain('« print »');
    expect(explanation.where).toBe('Ligne 1 : prnt("Corbeau")');
  });

  it('explains the time limit the page enforces', () => {
    const result = abortedResult('timeout', 'a\n', false, 5000);
    expect(result.status).toBe('timeout');
    expect(explainError(result.error!).title).toBe('Le programme ne s’arrêtait pas');
  });

  it('explains what the exercise sandbox refuses, and only that (lib/python/sandbox.ts)', () => {
    const error = (type: string, message: string) => ({ type, message, line: 1, code: null, suggestion: null });
    const sandbox = 'Un exercice ne sort pas de Déclic';
    expect(explainError(error('NameError', "name 'XMLHttpRequest' is not defined")).title).toBe(sandbox);
    expect(explainError(error('AttributeError', 'caches')).title).toBe(sandbox);
    expect(explainError(error('URLError', '<urlopen error [Errno 23] Host is unreachable>')).title).toBe(sandbox);
    expect(explainError(error('JsException', 'SandboxError: Function is not available to exercises')).title).toBe(sandbox);
    expect(explainError(error('NameError', "name 'nom' is not defined")).title).toBe('Un nom inconnu');
    expect(explainError(error('AttributeError', "'str' object has no attribute 'uper'")).title).toBe('Une méthode qui n’existe pas');
  });

  it('falls back on a general explanation for an unknown error', () => {
    const explanation = explainError(run('raise RuntimeError("x")').error!);
    expect(explanation.title).toBe('Une erreur pendant l’exécution');
    expect(explanation.original).toBe('RuntimeError: x');
  });
});

describe('the words of the explanations', () => {
  it('come from the dictionary, with French typography around Python’s words left as written', () => {
    const explanation = explainWith(run('x = 1\nif x = 2:\n    pass').error!, t);
    expect(explanation.title).toBe(`Un «${NARROW_NBSP}=${NARROW_NBSP}» à la place de «${NARROW_NBSP}==${NARROW_NBSP}»`);
    // « Ligne 2 » takes its no-break space; the pupil's line keeps its tight colon.
    expect(explanation.where).toBe(`Ligne 2${NBSP}: if x = 2:`);
    const misspelt = explainWith(run('prnt("Toc ! Qui est là ?")').error!, t);
    expect(misspelt.where).toBe(`Ligne 1${NBSP}: prnt("Toc ! Qui est là ?")`);
    expect(misspelt.hint).toContain(`«${NARROW_NBSP}print${NARROW_NBSP}»${NARROW_NBSP}?`);
  });

  it('are all in another language when the dictionary is (the pseudo-locale), Python’s words untouched', () => {
    const pseudo = pseudoDictionary(fr);
    const pseudoT = (key: keyof typeof fr, params?: Record<string, string | number>) => format(pseudo[key], params);
    const programs = ['print(nom)', 'print("a" + 1)', 'print(1 + "a")', 'int("mille")', '{"a": 1}.pop("b")', 'import numpy', '"abc".uper()', 'input()', 'x = = 2', 'raise RuntimeError("x")'];
    for (const code of programs) {
      const explanation = explainWith(run(code).error!, pseudoT);
      for (const text of [explanation.title, explanation.meaning, explanation.hint, explanation.where ?? '']) {
        // Every French word is pseudo-localised: what is left outside brackets is Python's.
        expect(text, code).toMatch(/^\[.*\]$/s);
        let outside = text;
        // A type's name is a pseudo-localised string inside another: brackets nest.
        while (/\[[^[\]]*\]/.test(outside)) outside = outside.replace(/\[[^[\]]*\]/g, '');
        expect(outside, code).toBe('');
      }
      expect(explanation.where, code).toContain(code);
    }
    expect(explainWith(run('print(nom)').error!, pseudoT).meaning).toContain('nom');
  });
});

describe('the harness', () => {
  it('streams print output and captures it', () => {
    const chunks: string[] = [];
    const result = runProgram(py, { code: 'for m in ["Le", "Corbeau"]:\n    print(m)', stdin: [], checks: [] }, (t) => chunks.push(t));
    expect(result.status).toBe('ok');
    expect(result.output).toBe('Le\nCorbeau\n');
    expect(chunks.join('')).toBe('Le\nCorbeau\n');
  });

  it('gives each run a fresh namespace', () => {
    run('secret = 42');
    expect(run('print(secret)').error?.type).toBe('NameError');
  });

  it('feeds input() from prepared lines and echoes them', () => {
    const result = run('nom = input("Ton nom ? ")\nprint("Bonjour", nom)', ['Ada']);
    expect(result.output).toBe('Ton nom ? Ada\nBonjour Ada\n');
  });

  it('runs assertion checks in the pupil namespace, with OUTPUT, SOURCE, uses() and defined()', () => {
    const result = runProgram(
      py,
      {
        code: 'def double(x):\n    return 2 * x\nprint(double(2))',
        stdin: [],
        checks: [
          { kind: 'assert', code: 'assert double(3) == 6' },
          { kind: 'assert', code: 'assert uses("def") and not uses("for")' },
          { kind: 'assert', code: 'assert defined("double") and OUTPUT == "4\\n" and "return" in SOURCE' },
          { kind: 'assert', code: 'assert double(3) == 7' },
          { kind: 'output', expected: '4' },
          { kind: 'output', expected: '5' },
        ],
      },
      () => undefined,
    );
    expect(result.checks.map((c) => c.ok)).toEqual([true, true, true, false, true, false]);
  });

  it('reports an error raised by the pupil’s function during a check, located in the pupil’s code', () => {
    const result = runProgram(py, { code: 'def f(x):\n    return 10 / x', stdin: [], checks: [{ kind: 'assert', code: 'assert f(0) == 1' }] }, () => undefined);
    expect(result.checks[0]?.ok).toBe(false);
    expect(result.checks[0]?.error).toMatchObject({ type: 'ZeroDivisionError', line: 2 });
  });

  it('restores print and input after a run, even after an error', () => {
    run('raise ValueError("x")');
    expect(run('print("encore")').output).toBe('encore\n');
  });

  it('cannot reach the page: there is no document in Python’s world', () => {
    expect(run('import js\njs.document.title = "piraté"').error).not.toBeNull();
  });
});
