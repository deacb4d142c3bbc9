/**
 * Small checks on the prose of lessons and notes that a schema cannot express: French typography
 * (the site fixes spaces itself, not quotes or dots) and vague link text. The shape of a lesson is
 * checked by ./content/lesson-format.ts.
 */
export interface LintIssue {
  line: number;
  message: string;
}

/** The MDX body with tags, attributes, code and link targets blanked out, line numbers kept. */
export function proseOf(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length))
    .replace(/<[^>]*>/g, (tag) => tag.replace(/[^\n]/g, ' '))
    .replace(/\]\([^)]*\)/g, (target) => ']' + ' '.repeat(target.length - 1));
}

export function lintFrenchProse(body: string): LintIssue[] {
  const issues: LintIssue[] = [];
  proseOf(body)
    .split('\n')
    .forEach((text, index) => {
      const line = index + 1;
      if (/"/.test(text)) issues.push({ line, message: 'guillemets droits " : utiliser « » (avec espaces insécables)' });
      if (/[“”]/.test(text)) issues.push({ line, message: 'guillemets anglais “ ” : utiliser « »' });
      if (/\.\.\./.test(text)) issues.push({ line, message: 'trois points ... : utiliser le caractère …' });
      if (/\[(cliquez|clique) ici\]|\[ici\]|\[lien\]/i.test(text)) issues.push({ line, message: 'texte de lien vague : dire où mène le lien' });
    });
  return issues;
}
