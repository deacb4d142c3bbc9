/** The report of `npm run check:content` (scripts/check-content.mjs). */
import { formatProblems } from '../content-graph.ts';
import { validateContent } from './validate.ts';

export function main(args: string[], startupMs: number): number {
  const started = Date.now();
  const report = validateContent(process.cwd());
  const { content, errors, warnings } = report;
  const files = Object.values(content.raw).reduce((n, list) => n + list.length, 0);
  const activityFiles = Object.keys(content.activityData).length;
  const ms = Date.now() - started + startupMs;
  if (report.problems.length > 0) console.log(formatProblems(report.problems) + '\n');
  const summary = `${files} fichiers de contenu et les données de ${activityFiles} activités vérifiés en ${(ms / 1000).toFixed(1).replace('.', ',')} s`;
  if (errors.length === 0 && warnings.length === 0) {
    console.log(`✓ ${summary} : aucun problème.`);
    return 0;
  }
  console.log(`${summary} : ${errors.length} erreur(s), ${warnings.length} avertissement(s).`);
  return errors.length > 0 || !args.includes('--errors-only') ? 1 : 0;
}
