/** French strings: the drawing a program makes with the `dessin` Python module. Part of ../fr.ts. */
export const dessin = {
  'dessin.title': 'Le dessin',
  'dessin.label': 'Dessin : {shapes}',
  'dessin.empty': 'Dessin : toile vide',
  'dessin.size': 'Toile de {width} × {height} pixels.',
  'dessin.saveSvg': 'Enregistrer l’image (.svg)',
  'dessin.shape.ligne.one': '{count} ligne',
  'dessin.shape.ligne.other': '{count} lignes',
  'dessin.shape.rectangle.one': '{count} rectangle',
  'dessin.shape.rectangle.other': '{count} rectangles',
  'dessin.shape.cercle.one': '{count} cercle',
  'dessin.shape.cercle.other': '{count} cercles',
  'dessin.shape.polygone.one': '{count} polygone',
  'dessin.shape.polygone.other': '{count} polygones',
  'dessin.shape.texte.one': '{count} texte',
  'dessin.shape.texte.other': '{count} textes',
} as const;
