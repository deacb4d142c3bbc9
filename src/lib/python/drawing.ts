/**
 * The picture a program draws with the `dessin` Python module (dessin.py), as the page receives it.
 * Python records shapes; the harness hands their plain data to `buildDrawing`, which checks every value
 * again (the pupil's code runs in the same interpreter and could tamper with the module's state) and
 * writes the SVG itself: known elements and attributes only, numbers as numbers, colours from a fixed
 * list or a #hex code, text escaped. The page can therefore insert the SVG as markup. The output is the
 * same text as the module's own `svg()` (tests/unit/dessin.test.ts compares them).
 */

export const SHAPE_TYPES = ['ligne', 'rectangle', 'cercle', 'polygone', 'texte'] as const;
export type ShapeType = (typeof SHAPE_TYPES)[number];

/** Colour names of dessin.py and the value each takes in the picture (kept equal by a unit test). */
export const DRAWING_COLOURS: Readonly<Record<string, string>> = {
  noir: '#000000',
  blanc: '#ffffff',
  gris: '#808080',
  rouge: '#d62828',
  orange: '#f77f00',
  jaune: '#fcbf49',
  vert: '#2a9d4b',
  bleu: '#1d4ed8',
  violet: '#7b2cbf',
  rose: '#f472b6',
  marron: '#8b4513',
  cyan: '#00b4d8',
};

/** Same limits as dessin.py: beyond them the data did not come from the module as written. */
export const MAX_SHAPES = 20_000;
const MAX_TEXT = 500;
const MAX_COORDINATE = 1e7;

export interface Drawing {
  /** The picture, ready to insert in the page or to save as a .svg file. */
  svg: string;
  width: number;
  height: number;
  /** How many shapes of each type, for the picture's text alternative. */
  counts: Record<ShapeType, number>;
  total: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function colour(value: unknown, allowNone: boolean): string | null | undefined {
  if (value === null || value === undefined) return allowNone ? null : undefined;
  if (typeof value !== 'string') return undefined;
  const name = value.trim().toLowerCase();
  if (Object.hasOwn(DRAWING_COLOURS, name)) return DRAWING_COLOURS[name];
  return HEX.test(name) ? name : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE ? value : undefined;
}

/** Python's '%.2f' without trailing zeros ("12", "3.5", "0.33"). */
export function svgNumber(value: number): string {
  const text = value.toFixed(2).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

type Raw = Record<string, unknown>;

/** One shape as SVG, or null when a value is missing or out of bounds (the shape is then left out). */
function shapeSvg(shape: Raw): string | null {
  const type = shape.type;
  const stroke = colour(shape.couleur, false);
  if (!stroke) return null;
  const n = (name: string) => finite(shape[name]);
  const width = n('epaisseur');
  const line = width !== undefined && width > 0 ? ` stroke="${stroke}" stroke-width="${svgNumber(width)}"` : null;
  const fillValue = colour(shape.remplissage, true);
  const fill = fillValue === undefined ? null : ` fill="${fillValue ?? 'none'}"`;
  const num = (...names: string[]) => {
    const values = names.map(n);
    return values.every((v) => v !== undefined) ? values.map((v) => svgNumber(v!)) : null;
  };
  if (type === 'ligne') {
    const v = num('x1', 'y1', 'x2', 'y2');
    return v && line ? `<line x1="${v[0]}" y1="${v[1]}" x2="${v[2]}" y2="${v[3]}"${line}/>` : null;
  }
  if (type === 'rectangle') {
    const v = num('x', 'y', 'largeur', 'hauteur');
    return v && line && fill && !v[2]!.startsWith('-') && !v[3]!.startsWith('-') ? `<rect x="${v[0]}" y="${v[1]}" width="${v[2]}" height="${v[3]}"${line}${fill}/>` : null;
  }
  if (type === 'cercle') {
    const v = num('x', 'y', 'rayon');
    return v && line && fill && !v[2]!.startsWith('-') ? `<circle cx="${v[0]}" cy="${v[1]}" r="${v[2]}"${line}${fill}/>` : null;
  }
  if (type === 'polygone') {
    const points = Array.isArray(shape.points) ? shape.points : [];
    const pairs = points.map((p: unknown) => (Array.isArray(p) && p.length === 2 ? [finite(p[0]), finite(p[1])] : [undefined]));
    if (pairs.length < 3 || pairs.length > MAX_SHAPES || pairs.some((p) => p.some((v) => v === undefined))) return null;
    const text = pairs.map((p) => `${svgNumber(p[0]!)},${svgNumber(p[1]!)}`).join(' ');
    return line && fill ? `<polygon points="${text}"${line}${fill}/>` : null;
  }
  if (type === 'texte') {
    const v = num('x', 'y', 'taille');
    const content = shape.texte;
    if (!v || v[2]!.startsWith('-') || v[2] === '0' || typeof content !== 'string') return null;
    return `<text x="${v[0]}" y="${v[1]}" font-size="${v[2]}" font-family="sans-serif" fill="${stroke}">${escapeXml(content.slice(0, MAX_TEXT))}</text>`;
  }
  return null;
}

/**
 * The drawing from the module's data (`_declic_dessin()` in dessin.py), checked value by value;
 * null when there is no drawing at all.
 */
export function buildDrawing(raw: unknown): Drawing | null {
  if (!raw || typeof raw !== 'object') return null;
  const data = raw as Raw;
  const size = (value: unknown) => {
    const v = finite(value);
    return v !== undefined && v >= 10 && v <= 2000 ? v : 400;
  };
  const width = size(data.largeur);
  const height = size(data.hauteur);
  const background = colour(data.fond, false) ?? DRAWING_COLOURS.blanc!;
  const counts = Object.fromEntries(SHAPE_TYPES.map((t) => [t, 0])) as Record<ShapeType, number>;
  const w = svgNumber(width);
  const h = svgNumber(height);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`, `<rect width="100%" height="100%" fill="${background}"/>`];
  const shapes = Array.isArray(data.formes) ? data.formes.slice(0, MAX_SHAPES) : [];
  let total = 0;
  for (const shape of shapes) {
    if (!shape || typeof shape !== 'object') continue;
    const markup = shapeSvg(shape as Raw);
    if (!markup) continue;
    counts[(shape as Raw).type as ShapeType] += 1;
    total += 1;
    parts.push(markup);
  }
  parts.push('</svg>');
  return { svg: parts.join('\n'), width, height, counts, total };
}
