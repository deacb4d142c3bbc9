/**
 * Rules for a lesson's SVG figures, read from the file: legible on a phone, light, self-contained.
 * A figure is shown about 330 px wide on a 360 px phone: its text shrinks with it.
 */
export const PHONE_FIGURE_WIDTH = 330;
/** Smallest text, in CSS px, once the figure is shrunk to a phone's width. */
export const MIN_PHONE_TEXT = 12;
export const MAX_FIGURE_BYTES = 8 * 1024;

export function svgFigureProblems(svg: string, bytes: number): string[] {
  const problems: string[] = [];
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(svg);
  if (!viewBox) problems.push('pas de viewBox : la figure ne pourrait pas s’adapter à l’écran (ajoutez viewBox="0 0 400 260")');
  const width = viewBox ? Number(viewBox[1]) : 0;
  const scale = width > PHONE_FIGURE_WIDTH ? PHONE_FIGURE_WIDTH / width : 1;
  const sizes = [...svg.matchAll(/font-size\s*[=:]\s*["']?([\d.]+)/g)].map((m) => Number(m[1]));
  const smallest = Math.min(...sizes);
  if (sizes.length > 0 && smallest * scale < MIN_PHONE_TEXT) {
    problems.push(`texte de ${smallest} px dans une figure de ${width} px de large : sur téléphone il ferait ${(smallest * scale).toFixed(1).replace(".", ",")} px ; grossissez-le (${Math.ceil(MIN_PHONE_TEXT / scale)} px au moins)${width > 400 ? ' ou redessinez la figure sur 400 px de large' : ''}`);
  }
  if (!/<title[\s>]/.test(svg)) problems.push('pas de <title> : ajoutez un titre qui dit ce que montre la figure');
  if (/<script[\s>]|\son\w+\s*=/i.test(svg)) problems.push('la figure contient un script : retirez-le');
  if (/(?:href|src)\s*=\s*["'](?:https?:)?\/\//i.test(svg) || /@import|url\(\s*["']?https?:/i.test(svg)) problems.push('la figure appelle une ressource externe (image, police) : tout doit être dans le fichier');
  if (bytes > MAX_FIGURE_BYTES) problems.push(`${(bytes / 1024).toFixed(1)} Ko : une figure pèse ${MAX_FIGURE_BYTES / 1024} Ko au plus (simplifiez les tracés, retirez les métadonnées d’éditeur)`);
  return problems;
}
