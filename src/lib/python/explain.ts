/**
 * Python errors explained to a beginner, in French: what kind of mistake it is, on which line, what it
 * means and a hint to fix it — never the fix itself. Python's English message is matched with regular
 * expressions on the messages of CPython 3.14 (the version in Pyodide); an unknown message still gets
 * the general explanation of its exception type. Unit-tested on real tracebacks (tests/unit/python-explain.test.ts).
 */
import type { PythonError } from './protocol.ts';
import { BLOCKED_GLOBALS } from './sandbox.ts';

export interface Explanation {
  /** Short title: « Il manque les deux-points ». */
  title: string;
  /** « Ligne 3 : for mot in vers » or null when Python gave no line. */
  where: string | null;
  /** What the error means, in plain French. */
  meaning: string;
  /** What to look at to fix it. */
  hint: string;
  /** Python's original line, for the curious and for the teacher: « NameError: name 'x' is not defined ». */
  original: string;
}

type Rule = {
  test: (e: PythonError) => RegExpExecArray | boolean | null;
  explain: (e: PythonError, m: RegExpExecArray | null) => Pick<Explanation, 'title' | 'meaning' | 'hint'>;
};

const is = (type: string, pattern?: RegExp) => (e: PythonError) =>
  e.type === type && (pattern ? pattern.exec(e.message) : true);

const TYPE_NAMES: Record<string, string> = {
  str: 'un texte (str)',
  int: 'un nombre entier (int)',
  float: 'un nombre à virgule (float)',
  list: 'une liste (list)',
  dict: 'un dictionnaire (dict)',
  NoneType: 'la valeur vide None',
  bool: 'un booléen (True ou False)',
  tuple: 'un tuple',
};
const typeName = (name: string | undefined) => TYPE_NAMES[name ?? ''] ?? `une valeur de type ${name ?? '?'}`;

const BLOCKED_NAMES = new Set<string>([...BLOCKED_GLOBALS, 'eval', 'XMLHttpRequest', 'fetch']);

/** An error met because the exercise sandbox refused something (network, storage, JavaScript). */
function isSandboxRefusal(e: PythonError): boolean {
  if (/SandboxError|not available to exercises/.test(e.message)) return true;
  if (e.type === 'URLError') return true;
  if (e.type === 'NameError') return BLOCKED_NAMES.has(/name '(\w+)'/.exec(e.message)?.[1] ?? '');
  if (e.type === 'AttributeError') return BLOCKED_NAMES.has(e.message.trim()) || /module 'js'|'pyodide/.test(e.message);
  if (e.type === 'ImportError') return /from '(?:js|pyodide[\w.]*)'/.test(e.message);
  return false;
}

const RULES: Rule[] = [
  {
    // The worker gives the pupil's code no network, storage nor JavaScript (lib/python/sandbox.ts).
    test: (e) => isSandboxRefusal(e),
    explain: () => ({
      title: 'Un exercice ne sort pas de Déclic',
      meaning: 'Ton programme tourne seulement sur cet appareil : il ne peut ni aller sur Internet, ni toucher aux données du site, ni lancer du JavaScript.',
      hint: 'Ici, utilise seulement Python et ce que l’exercice te donne.',
    }),
  },
  {
    // The site's own modules (dessin) raise ValueError/TypeError with a French message and advice.
    test: (e) => typeof e.advice === 'string' && e.advice !== '',
    explain: (e) => ({
      title: 'Une valeur que la bibliothèque dessin refuse',
      meaning: e.message,
      hint: e.advice ?? '',
    }),
  },
  {
    test: is('Timeout'),
    explain: () => ({
      title: 'Le programme ne s’arrêtait pas',
      meaning: 'Le programme tournait encore après le temps permis : il a été arrêté. C’est souvent une boucle infinie, par exemple un while dont la condition reste toujours vraie.',
      hint: 'Regarde ta boucle while : la variable de la condition change-t-elle à chaque tour ? Ton code est resté dans l’éditeur.',
    }),
  },
  {
    test: is('SyntaxError', /^expected ':'/),
    explain: () => ({
      title: 'Il manque les deux-points',
      meaning: 'En Python, une ligne qui annonce un bloc (for, while, if, else, def) se termine par deux-points « : ».',
      hint: 'Ajoute « : » à la fin de la ligne indiquée, puis écris le bloc en dessous, décalé vers la droite.',
    }),
  },
  {
    test: is('SyntaxError', /^unterminated (?:triple-quoted )?string literal/),
    explain: () => ({
      title: 'Un texte n’est pas refermé',
      meaning: 'Un texte commence par un guillemet (" ou \') et doit se terminer par le même guillemet, sur la même ligne.',
      hint: 'Cherche le guillemet qui ouvre le texte sur cette ligne et ajoute celui qui le ferme.',
    }),
  },
  {
    test: is('SyntaxError', /^'(.)' was never closed/),
    explain: (_e, m) => ({
      title: 'Une parenthèse n’est pas refermée',
      meaning: `Le signe « ${m?.[1] ?? '('} » ouvre quelque chose que Python ne voit jamais se refermer.`,
      hint: 'Compte les signes ouvrants et fermants de la ligne : il en faut autant de chaque sorte.',
    }),
  },
  {
    test: is('SyntaxError', /^unmatched '(.)'/),
    explain: (_e, m) => ({
      title: 'Un signe fermant en trop',
      meaning: `Le signe « ${m?.[1] ?? ')'} » ferme quelque chose qui n’a jamais été ouvert.`,
      hint: 'Compte les parenthèses ou les crochets de la ligne : un signe fermant est de trop, ou un signe ouvrant manque.',
    }),
  },
  {
    test: is('SyntaxError', /Maybe you meant '==' or ':=' instead of '='/),
    explain: () => ({
      title: 'Un « = » à la place de « == »',
      meaning: 'Dans une condition, on compare avec « == » (deux signes égal). Un seul « = » range une valeur dans une variable.',
      hint: 'Dans la condition de la ligne indiquée, écris « == » pour comparer.',
    }),
  },
  {
    test: is('SyntaxError', /Perhaps you forgot a comma/),
    explain: () => ({
      title: 'Il manque sans doute une virgule',
      meaning: 'Python voit deux valeurs côte à côte sans rien entre elles.',
      hint: 'Dans une liste ou entre les valeurs d’un print, sépare chaque valeur par une virgule.',
    }),
  },
  {
    test: is('SyntaxError'),
    explain: () => ({
      title: 'Une phrase que Python ne comprend pas',
      meaning: 'Le programme n’est pas écrit selon la grammaire de Python : Python n’a même pas pu commencer.',
      hint: 'Relis la ligne indiquée (et celle d’avant) : deux-points, parenthèses, guillemets, mots mal orthographiés ? Un else doit suivre un if.',
    }),
  },
  {
    test: is('IndentationError', /^expected an indented block after '?(\w+)'? statement/),
    explain: (_e, m) => ({
      title: 'Un bloc n’est pas décalé',
      meaning: `Après la ligne « ${m?.[1] ?? ''} … : », les lignes qui en dépendent doivent être décalées vers la droite (indentées), toutes de la même façon.`,
      hint: 'Ajoute 4 espaces au début de la ligne indiquée (touche Tab dans l’éditeur).',
    }),
  },
  {
    test: is('IndentationError', /^expected an indented block/),
    explain: () => ({
      title: 'Un bloc n’est pas décalé',
      meaning: 'Après une ligne qui finit par « : », les lignes du bloc doivent être décalées vers la droite.',
      hint: 'Ajoute 4 espaces au début de la ligne indiquée.',
    }),
  },
  {
    test: is('IndentationError', /^unexpected indent/),
    explain: () => ({
      title: 'Une ligne décalée sans raison',
      meaning: 'Cette ligne commence plus à droite que la précédente, alors qu’aucun bloc (for, if, def…) ne vient de s’ouvrir.',
      hint: 'Retire les espaces au début de la ligne indiquée, pour l’aligner sur celle du dessus.',
    }),
  },
  {
    test: is('IndentationError', /^unindent does not match/),
    explain: () => ({
      title: 'Un décalage qui ne tombe pas juste',
      meaning: 'Cette ligne revient vers la gauche, mais pas jusqu’à l’alignement d’une ligne au-dessus : Python ne sait pas à quel bloc elle appartient.',
      hint: 'Aligne-la exactement sur le bloc auquel elle appartient (4 espaces par niveau).',
    }),
  },
  {
    test: (e) => e.type === 'IndentationError' || e.type === 'TabError',
    explain: () => ({
      title: 'Un problème de décalage',
      meaning: 'En Python, le décalage des lignes (l’indentation) fait partie de la grammaire : il montre quelles lignes forment un bloc.',
      hint: 'Vérifie que chaque bloc est décalé de 4 espaces, sans mélanger espaces et tabulations.',
    }),
  },
  {
    test: is('NameError', /^name '(\w+)' is not defined/),
    explain: (e, m) => ({
      title: 'Un nom inconnu',
      meaning: `Python ne connaît pas le nom « ${m?.[1] ?? ''} » : ce n’est ni une variable créée plus haut, ni un mot de Python.`,
      hint: e.suggestion
        ? `Vérifie l’orthographe : voulais-tu écrire « ${e.suggestion} » ? Si c’est un texte, mets-le entre guillemets.`
        : 'Vérifie l’orthographe, les majuscules, et que la variable reçoit une valeur avant cette ligne. Si c’est un texte, mets-le entre guillemets.',
    }),
  },
  {
    test: is('TypeError', /^can only concatenate str \(not "(\w+)"\) to str/),
    explain: (_e, m) => ({
      title: 'Un texte et un nombre ne s’additionnent pas',
      meaning: `Le « + » colle des textes bout à bout, mais ici on essaie de coller ${typeName(m?.[1])} à un texte.`,
      hint: 'Transforme le nombre en texte avec str(…), ou sépare les valeurs par des virgules dans print.',
    }),
  },
  {
    test: is('TypeError', /^unsupported operand type\(s\) for (.+): '(\w+)' and '(\w+)'/),
    explain: (_e, m) => ({
      title: 'Une opération impossible entre ces valeurs',
      meaning: `L’opération « ${m?.[1] ?? ''} » ne marche pas entre ${typeName(m?.[2])} et ${typeName(m?.[3])}.`,
      hint: 'Convertis l’une des valeurs : int(…) pour un nombre lu avec input(), str(…) pour un texte.',
    }),
  },
  {
    test: is('TypeError', /missing (\d+) required positional argument/),
    explain: () => ({
      title: 'Il manque une valeur dans l’appel de la fonction',
      meaning: 'La fonction attend plus de valeurs entre ses parenthèses que celles que tu lui donnes.',
      hint: 'Compare l’appel de la fonction avec sa définition (def) : donne-lui une valeur pour chaque paramètre.',
    }),
  },
  {
    test: is('TypeError', /^'(\w+)' object is not callable/),
    explain: (_e, m) => ({
      title: 'Des parenthèses après quelque chose qui n’est pas une fonction',
      meaning: `Des parenthèses demandent d’exécuter une fonction, mais ici elles suivent ${typeName(m?.[1])}.`,
      hint: 'As-tu donné à une variable le nom d’une fonction (print, len, list…) ? Choisis un autre nom.',
    }),
  },
  {
    test: is('TypeError'),
    explain: () => ({
      title: 'Une valeur du mauvais type',
      meaning: 'Une opération reçoit une sorte de valeur qu’elle ne sait pas traiter (un texte au lieu d’un nombre, par exemple).',
      hint: 'Regarde les valeurs utilisées sur cette ligne : lesquelles sont des textes, des nombres, des listes ?',
    }),
  },
  {
    test: is('IndexError'),
    explain: () => ({
      title: 'Une position qui n’existe pas',
      meaning: 'Tu demandes un élément à une position qui n’existe pas : une liste de 3 éléments a les positions 0, 1 et 2.',
      hint: 'Les positions commencent à 0 et s’arrêtent à len(…) - 1. Vérifie le nombre entre crochets.',
    }),
  },
  {
    test: is('KeyError'),
    explain: (e) => ({
      title: 'Une clé absente du dictionnaire',
      meaning: `Le dictionnaire n’a pas d’entrée ${e.message || 'pour cette clé'}.`,
      hint: 'Vérifie l’orthographe et les majuscules de la clé, ou teste d’abord avec « if cle in dictionnaire: ».',
    }),
  },
  {
    test: is('ValueError', /^invalid literal for int\(\) with base 10: (.*)$/),
    explain: (_e, m) => ({
      title: 'Ce texte n’est pas un nombre',
      meaning: `int(…) transforme un texte en nombre, mais ${m?.[1] ?? 'ce texte'} ne s’écrit pas comme un nombre entier.`,
      hint: 'Vérifie ce que contient le texte (une entrée vide, des lettres, une virgule ?).',
    }),
  },
  {
    test: is('ValueError'),
    explain: () => ({
      title: 'Une valeur qui ne convient pas',
      meaning: 'La valeur a le bon type, mais pas un contenu acceptable pour cette opération.',
      hint: 'Regarde la valeur donnée à la fonction sur cette ligne.',
    }),
  },
  {
    test: is('ZeroDivisionError'),
    explain: () => ({
      title: 'Une division par zéro',
      meaning: 'On ne peut pas diviser par 0, ni en mathématiques ni en Python.',
      hint: 'Vérifie que le nombre par lequel tu divises ne vaut pas 0 (une liste vide a pour longueur 0).',
    }),
  },
  {
    test: is('ModuleNotFoundError', /module(?: named)? '([\w.]+)'/),
    explain: (_e, m) => ({
      title: 'Ce module n’existe pas dans Déclic',
      meaning: `Le module « ${m?.[1] ?? ''} » n’est pas disponible dans Déclic : seuls les modules de base de Python le sont (random, math, string…).`,
      hint: 'Vérifie l’orthographe du nom après import, ou fais sans ce module : l’exercice n’en a pas besoin.',
    }),
  },
  {
    test: is('MemoryError'),
    explain: () => ({
      title: 'La mémoire est pleine',
      meaning: 'Le programme a demandé plus de mémoire que l’appareil ne peut en donner : une liste ou un texte grandissait sans fin.',
      hint: 'Regarde ce qui grossit à chaque tour de boucle (append, +=, *) et vérifie que la boucle s’arrête.',
    }),
  },
  {
    test: is('AttributeError', /has no attribute '(\w+)'/),
    explain: (_e, m) => ({
      title: 'Une méthode qui n’existe pas',
      meaning: `« ${m?.[1] ?? ''} » n’existe pas pour cette valeur.`,
      hint: 'Vérifie l’orthographe du mot après le point (upper, lower, split, append…).',
    }),
  },
  {
    test: is('EOFError'),
    explain: () => ({
      title: 'Le programme attend une réponse',
      meaning: 'input() demande une ligne à écrire, mais il n’y en a plus dans « Entrées du programme ».',
      hint: 'Écris une réponse par ligne dans le champ « Entrées du programme », puis exécute à nouveau.',
    }),
  },
  {
    test: is('RecursionError'),
    explain: () => ({
      title: 'Une fonction qui s’appelle sans fin',
      meaning: 'Une fonction s’appelle elle-même encore et encore, sans jamais s’arrêter.',
      hint: 'Vérifie qu’il existe un cas où la fonction renvoie un résultat sans s’appeler.',
    }),
  },
];

/** The French explanation of `error`. */
export function explainError(error: PythonError): Explanation {
  let explained: Pick<Explanation, 'title' | 'meaning' | 'hint'> = {
    title: 'Une erreur pendant l’exécution',
    meaning: `Python s’est arrêté sur une erreur de type ${error.type}.`,
    hint: 'Lis la ligne indiquée et vérifie chaque valeur qu’elle utilise.',
  };
  for (const rule of RULES) {
    const match = rule.test(error);
    if (match) {
      explained = rule.explain(error, match === true ? null : match);
      break;
    }
  }
  const code = error.code?.trim();
  const where = error.line === null ? null : code ? `Ligne ${error.line} : ${code}` : `Ligne ${error.line}`;
  const original = error.type === 'Timeout' ? 'Temps limite dépassé' : `${error.type}: ${error.message}`;
  return { ...explained, where, original };
}
