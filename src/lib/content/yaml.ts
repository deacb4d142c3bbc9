/**
 * YAML read for authors: a syntax error is explained in French, with the line and the fix.
 * French typography puts a space before « : », and YAML refuses `title: Débat : pour ou contre ?`
 * (it takes the second « : » for a new field). Such a line — a field whose value is plain text on one
 * line — is accepted as written: `repairFrenchColons` quotes the value before YAML reads it, here and
 * in Astro's own reading of the same files (src/integrations/content.ts). Where it cannot (a value
 * that starts like YAML syntax), the error gives the exact line to write instead (the value between
 * quotes). (The same sentence inside a list, `- Objectif : comprendre`, is read by YAML as a
 * one-field mapping and turned back into text: see repairFrenchColon in src/schemas/common.ts.)
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

/**
 * The source with each `field: text : more text` line rewritten `field: "text : more text"` (also
 * as the first field of a list item, `- field: …`): only a field whose value is plain text on one line (not quoted, not a list, block or
 * other YAML syntax, no « # »). Line numbers are kept.
 */
export function repairFrenchColons(source: string): string {
  if (!/:[ \t].*:(\s|$)/.test(source)) return source;
  return source
    .split('\n')
    .map((line) => {
      const match = /^(\s*(?:-[ \t]+)?[\w-]+:[ \t]+)([^\s"'[\]{}|>&*!%@`#,?:-][^\r#]*?)(\r?)$/.exec(line);
      if (!match) return line;
      const [, head = '', value = '', cr = ''] = match;
      // A plain value holding « : » followed by a space (or ending with « : ») is always a YAML error:
      // quoting it changes no file YAML could read.
      if (!/:(\s|$)/.test(value)) return line;
      return `${head}"${value.trimEnd().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"${cr}`;
    })
    .join('\n');
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
    return { data: parse(repairFrenchColons(source), { prettyErrors: true }) as unknown };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
    return { error: { line, message: explain(error, source.split(/\r?\n/)) } };
  }
}

/** An MDX/Markdown file with repairFrenchColons applied to its frontmatter, or a YAML file to all of it. */
export function repairFileColons(source: string, fileName: string): string {
  if (/\.ya?ml$/.test(fileName)) return repairFrenchColons(source);
  const match = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/.exec(source);
  if (!match) return source;
  const [whole, open = '', yaml = '', close = ''] = match;
  const repaired = repairFrenchColons(yaml);
  return repaired === yaml ? source : `${open}${repaired}${close}${source.slice(whole.length)}`;
}

/** `---\nyaml\n---\nbody` → the YAML source and the body (an MDX file without frontmatter has none). */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : null;
}

/** Every string of a parsed YAML value. */
export const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
