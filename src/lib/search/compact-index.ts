/**
 * A smaller serialised form of a lunr index, for the file the browser downloads.
 *
 * lunr's own JSON repeats, for every term, its number and the name of every field, and writes every
 * weight of every document vector in full with its term number. Here terms are numbered by their
 * position in the (sorted) list, so the number is implied; postings are plain lists of document refs
 * per field; vector term numbers are stored as gaps and weights with three significant digits, which
 * changes no ranking that matters and roughly halves the gzipped vectors.
 * `unpackIndex(packIndex(json))` is a valid lunr index JSON (tests compare their results).
 */

/** The parts of lunr's `Index#toJSON()` this module reads (lunr has no type for it). */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

export interface PackedIndex {
  version: string;
  fields: string[];
  pipeline: string[];
  /** [term, refs in field 0, refs in field 1, …], sorted by term: a term's number is its position. */
  terms: [string, ...string[][]][];
  /** [field/ref, gap to previous term number, weight, gap, weight, …]. */
  vectors: [string, number[]][];
}

const SIGNIFICANT_DIGITS = 3;

export function packIndex(json: LunrIndexJson): PackedIndex {
  const terms = [...json.invertedIndex].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const renumber = new Map<number, number>();
  const packedTerms = terms.map(([term, posting], position): [string, ...string[][]] => {
    renumber.set(Number(posting._index), position);
    const refsByField = json.fields.map((field) => {
      const refs = (posting[field] ?? {}) as Record<string, object>;
      for (const metadata of Object.values(refs)) {
        // Term positions or other metadata would be lost: the builder must keep metadataWhitelist empty.
        if (Object.keys(metadata).length > 0) throw new Error('Recherche : métadonnées de termes non prises en charge par l’index compact');
      }
      return Object.keys(refs);
    });
    return [term, ...refsByField];
  });
  const vectors = json.fieldVectors.map(([ref, elements]): [string, number[]] => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < elements.length; i += 2) {
      const index = renumber.get(elements[i] as number);
      if (index === undefined) throw new Error(`Recherche : terme inconnu dans le vecteur ${ref}`);
      pairs.push([index, elements[i + 1] as number]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    let previous = 0;
    const packed = pairs.flatMap(([index, weight]) => {
      const gap = index - previous;
      previous = index;
      return [gap, Number(weight.toPrecision(SIGNIFICANT_DIGITS))];
    });
    return [ref, packed];
  });
  return { version: json.version, fields: json.fields, pipeline: json.pipeline, terms: packedTerms, vectors };
}

/**
 * The term metadata of every posting: always empty (packIndex refuses anything else), so one shared
 * object serves them all. lunr only reads its keys (MatchData clones them), there are none to write.
 */
const NO_METADATA = Object.freeze({});

export function unpackIndex(packed: PackedIndex): LunrIndexJson {
  // Plain loops: this runs in the pupil's browser when search opens, over every term of the site.
  const fields = packed.fields;
  const invertedIndex: [string, Record<string, unknown>][] = new Array(packed.terms.length);
  for (let position = 0; position < packed.terms.length; position++) {
    const entry = packed.terms[position] as [string, ...string[][]];
    const posting: Record<string, unknown> = { _index: position };
    for (let f = 0; f < fields.length; f++) {
      const refs: Record<string, object> = {};
      for (const ref of entry[f + 1] ?? []) refs[ref] = NO_METADATA;
      posting[fields[f] as string] = refs;
    }
    invertedIndex[position] = [entry[0], posting];
  }
  const fieldVectors: [string, number[]][] = new Array(packed.vectors.length);
  for (let v = 0; v < packed.vectors.length; v++) {
    const [ref, elements] = packed.vectors[v] as [string, number[]];
    const unpacked = new Array<number>(elements.length);
    let index = 0;
    for (let i = 0; i < elements.length; i += 2) {
      index += elements[i] as number;
      unpacked[i] = index;
      unpacked[i + 1] = elements[i + 1] as number;
    }
    fieldVectors[v] = [ref, unpacked];
  }
  return { version: packed.version, fields, fieldVectors, invertedIndex, pipeline: packed.pipeline };
}
