/**
 * French strings: the charts of the simulations (src/components/charts/), shared by the islands that
 * draw one (their registry line lists the prefix `chart.`). Part of the dictionary assembled in ../fr.ts.
 */
export const chart = {
  'chart.showData': 'Voir les données du graphique',
  'chart.titleOf': 'Graphique : {title}',
} as const;
