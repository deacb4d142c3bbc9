/**
 * YAML read for authors: a syntax error is explained in French, with the line and the fix. The most
 * common one in French prose — `title: Débat : pour ou contre ?`, where YAML takes the second « : »
 * for a new field — is answered with the exact line to write instead (the value between quotes).
 * (The same sentence inside a list, `- Objectif : comprendre`, is accepted: see repairFrenchColon.)
 */
import { parse, YAMLParseError } from 'yaml';

export interface YamlFailure {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** The line to write instead of `key: A : B`: the value between double quotes. */
export function quotedLine(line: string): string | null {
  const match = /^(\s*(?:-\s+)?[\w-]+:\s+)(.*?)\s*$/.exec(line);
  if (!match) return null;
  const [, head = '', value = ''] = match;
  if (!/:(\s|$)/.test(value) || /^["']/.test(value)) return null;
  return `${head}"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function explain(error: YAMLParseError, lines: string[]): string {
  const lineNo = error.linePos?.[0].line ?? 1;
  const line = lines[lineNo - 1] ?? '';
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const fixed = quotedLine(line);
      if (fixed) return `la valeur contient « : », que YAML lit comme un nouveau champ. Mettez-la entre guillemets droits : ${fixed.trim()}`;
      return 'indentation inattendue : une ligne est plus décalée que la précédente sans raison (vérifiez les espaces en début de ligne)';
    }
    case 'DUPLICATE_KEY':
      return 'ce champ apparaît deux fois : gardez-en un seul';
    case 'TAB_AS_INDENT':
      return 'une tabulation sert d’indentation : indentez avec des espaces';
    case 'MISSING_CHAR':
      return 'un guillemet, un crochet ou une accolade n’est pas refermé';
    case 'BAD_INDENT':
      return 'indentation incorrecte : alignez cette ligne sur les autres éléments du même niveau (ou refermez le crochet ouvert plus haut)';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'un nom de champ suivi de « : » est attendu sur cette ligne (ou l’indentation de la liste est incorrecte)';
    default:
      return `le YAML est mal formé (${error.code}) : vérifiez l’indentation, les « : » et les guillemets`;
  }
}

/**
 * Parses `source`. `firstLine` is the file line of the source's first line (2 for a frontmatter
 * that starts after `---`). Returns the data, or a French explanation of the first syntax error.
 */
export function readYaml(source: string, firstLine = 1): { data: unknown } | { error: YamlFailure } {
  try {
    return { data: parse(source, { prettyErrors: true }) as unknown };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
    return { error: { line, message: explain(error, source.split(/\r?\n/)) } };
  }
}

/** `---\nyaml\n---\nbody` → the YAML source and the body (an MDX file without frontmatter has none). */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : null;
}

/** Every string of a parsed YAML value. */
export const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
