/**
 * Build-time loader of the factors of « Mon empreinte numérique » (server side only): reads the YAML
 * beside the activity and validates it; a wrong factor stops the build with the file and the field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { footprintFactorsSchema, type FootprintFactor } from '../../../schemas/mon-empreinte-numerique.ts';

export const FACTORS_FILE = 'content/modules/poids-du-numerique/activites/mon-empreinte-numerique/facteurs.yaml';

export function loadFootprintFactors(file: string = FACTORS_FILE): FootprintFactor[] {
  const parsed = footprintFactorsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} : ${parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}`);
  }
  return parsed.data.factors;
}
