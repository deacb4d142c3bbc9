/**
 * French typography for prose: no-break spaces before high punctuation and inside guillemets,
 * ellipsis, curly apostrophe. Authors type ordinary spaces; this keeps "?" from wrapping alone
 * onto the next line on a phone. Pure and idempotent.
 */

/** U+202F, the thin no-break space used before ; ! ? and inside « ». */
export const NARROW_NBSP = '\u202F';
/** U+00A0, the no-break space used before a colon. */
export const NBSP = '\u00A0';

export function frenchTypography(input: string): string {
  // Inline code (`print("Toc !")`) is left exactly as typed.
  if (input.includes('`')) {
    return input
      .split(/(`[^`]*`)/)
      .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? part : frenchTypography(part)))
      .join('');
  }
  return (
    input
      // "..." → "…"
      .replace(/\.{3}/g, '…')
      // 10 000, 1 010 → digit groups held together by a thin no-break space
      .replace(/(\d)[ \u00A0](?=\d{3}(?!\d))/g, `$1${NARROW_NBSP}`)
      // straight apostrophe between letters → typographic apostrophe (l'élève → l’élève)
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      // before ; ! ? → thin no-break space (also when none was typed), but only when the mark ends a
      // word: "?q=1" in a URL is left alone
      .replace(/([\p{L}\p{N}»)\]…])[ \u00A0\u202F]?([;!?]+)(?=\s|$|[»)\]])/gu, `$1${NARROW_NBSP}$2`)
      // space before a colon → no-break space (only when the author typed a space: "https://" is untouched)
      .replace(/([\p{L}\p{N}»)\]…])[ \u202F]:(?=\s|$)/gu, `$1${NBSP}:`)
      // the same at the start of a text node that follows an inline element ("<em>x</em> ?")
      .replace(/^[ \u00A0]([;!?]+)(?=\s|$)/u, `${NARROW_NBSP}$1`)
      .replace(/^[ \u202F]:(?=\s|$)/u, `${NBSP}:`)
      // « word » → thin no-break spaces inside guillemets
      .replace(/«[ \u00A0\u202F]*/g, `«${NARROW_NBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NARROW_NBSP}»`)
  );
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

const SKIPPED_TAGS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** Rehype plugin applying {@link frenchTypography} to every text node outside code. */
export function rehypeFrenchTypography() {
  const walk = (node: HastNode): void => {
    if (node.type === 'text' && typeof node.value === 'string') {
      node.value = frenchTypography(node.value);
      return;
    }
    if (node.type === 'element' && node.tagName && SKIPPED_TAGS.has(node.tagName)) return;
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}

/** Applies {@link frenchTypography} to every string of a frontmatter object, except the listed keys. */
export function typographyDeep<T>(value: T, skipKeys: ReadonlySet<string> = new Set(['url'])): T {
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (Array.isArray(value)) return value.map((item) => typographyDeep(item, skipKeys)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, skipKeys.has(key) ? item : typographyDeep(item, skipKeys)]),
    ) as T;
  }
  return value;
}

/** Elements whose text is left exactly as written: code, scripts, and islands (Svelte hydrates their text). */
const VERBATIM_ELEMENTS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'textarea', 'astro-island', 'template', 'svg']);
/** Attributes a reader sees or hears. */
const PROSE_ATTRIBUTES = /(\s(?:alt|title|aria-label|placeholder)=")([^"]*)(")/g;
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** frenchTypography() on text that holds HTML entities: they are kept whole (« &amp; » is not a « ; »). */
function typesetEscaped(text: string): string {
  const entities: string[] = [];
  const held = text
    .replace(/&(?:#39|#x27|apos);/g, "'")
    .replace(/&[#\w]+;/g, (entity) => `\uE000${entities.push(entity) - 1}\uE001`);
  return frenchTypography(held).replace(/\uE000(\d+)\uE001/g, (_, i: string) => entities[Number(i)] ?? '');
}

/**
 * French typography on a whole built page: every text node and every visible attribute outside code,
 * scripts and islands. Strings composed in templates (« Voir aussi : ») get the same no-break spaces
 * as the content. Idempotent.
 */
export function typesetHtml(html: string): string {
  let out = '';
  let last = 0;
  const verbatim: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, rawName = '', attributes = ''] = match;
    const text = html.slice(last, match.index);
    out += verbatim.length > 0 ? text : typesetEscaped(text);
    last = match.index + whole.length;
    const name = rawName.toLowerCase();
    if (whole.startsWith('<!--')) {
      out += whole;
      continue;
    }
    if (closing) {
      if (verbatim.at(-1) === name) verbatim.pop();
      out += whole;
      continue;
    }
    const selfClosing = attributes.trimEnd().endsWith('/');
    out += verbatim.length > 0 ? whole : whole.replace(PROSE_ATTRIBUTES, (_, before: string, value: string, after: string) => before + typesetEscaped(value) + after);
    if (VERBATIM_ELEMENTS.has(name) && !selfClosing) verbatim.push(name);
  }
  return out + (verbatim.length > 0 ? html.slice(last) : typesetEscaped(html.slice(last)));
}

export interface TypographyFault {
  /** The text around the fault. */
  context: string;
  message: string;
}

/**
 * Faults of French typography in a built page's visible text (what typesetHtml should have left none of):
 * an ordinary space, or none, before « : ; ! ? » or inside guillemets.
 */
export function typographyFaults(html: string): TypographyFault[] {
  const faults: TypographyFault[] = [];
  const text = html
    .replace(/<(script|style|pre|code|kbd|samp|textarea|astro-island|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, '\u0000')
    .replace(/&nbsp;/g, NBSP)
    .replace(/&[#\w]+;/g, 'x');
  const check = (pattern: RegExp, message: string) => {
    for (const m of text.matchAll(pattern)) faults.push({ context: text.slice(Math.max(0, m.index - 25), m.index + 10).replace(/\u0000/g, ''), message });
  };
  check(/[\p{L}\p{N}»)][ ]?[;!?](?=[\s\u0000]|$)/gu, 'espace insécable fine manquante avant ; ! ?');
  check(/[\p{L}\p{N}»)] :(?=[\s\u0000]|$)/gu, 'espace insécable manquante avant :');
  check(/«(?![\u202F\u00A0])/g, 'espace insécable manquante après «');
  check(/(?<![\u202F\u00A0])»/g, 'espace insécable manquante avant »');
  return faults;
}
