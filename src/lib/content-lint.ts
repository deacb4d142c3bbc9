/**
 * Small checks on the prose of lessons and notes that a schema cannot express: French typography
 * (the site fixes spaces itself, not quotes or dots), vague link text, and the shape the content
 * rules ask of a lesson (ends with an activity and an "À retenir" of 3 to 5 points).
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

/** Lessons end with their class activity (or debate) and then an "À retenir" of 3 to 5 points. */
export function lintLessonShape(body: string): string[] {
  const problems: string[] = [];
  const activityAt = body.lastIndexOf('<Activite');
  const rememberAt = body.lastIndexOf('<ARetenir');
  if (activityAt < 0) problems.push('aucune activité ou débat (<Activite>)');
  if (rememberAt < 0) problems.push('aucun encadré « À retenir » (<ARetenir>)');
  if (activityAt > rememberAt && rememberAt >= 0) problems.push('l’encadré « À retenir » doit venir après l’activité, en fin de leçon');
  if (rememberAt >= 0) {
    const box = body.slice(rememberAt, body.indexOf('</ARetenir>', rememberAt));
    const points = box.split('\n').filter((line) => /^\s*([-*]|\d+\.)\s+/.test(line)).length;
    if (points < 3 || points > 5) problems.push(`« À retenir » contient ${points} point(s) : il en faut de 3 à 5`);
    if (body.slice(body.indexOf('</ARetenir>', rememberAt) + '</ARetenir>'.length).trim() !== '') problems.push('rien ne doit suivre « À retenir »');
  }
  return problems;
}
