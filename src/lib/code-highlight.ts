/**
 * Light syntax highlighting for code blocks in lessons and teacher notes, built on the Shiki pass
 * that Astro already runs (no extra dependency, no JavaScript in the page).
 *
 * Shiki's default output puts one <span style="color:…"> around every token and every line: a
 * 9-line Python block costs ≈ 30 elements, and the colours ignore the reader's theme. Pupils
 * learning to read code need fewer, meaningful colours: what is a word of the language (keyword),
 * what is text copied as is (string), what the machine ignores (comment), and the built-in
 * functions they learn as vocabulary (print, input, len). Everything else stays plain text.
 *
 * How: `codeTheme` maps TextMate scopes to those four kinds (its "colours" are placeholders that
 * Shiki already merges when neighbours share one); `codeTransformer` then replaces each token of a
 * kind by <span class="tok-…">, unwraps every other token and the line wrappers, and names the
 * scrollable block. The colours live in global.css, per theme and for print.
 */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer, ThemeRegistrationRaw } from 'shiki';
import { t } from '../i18n/index.ts';

/** The kinds of token that get a colour, and their class (`tok-keyword`…). */
export const TOKEN_KINDS = ['keyword', 'string', 'comment', 'function'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

const placeholder = (kind: TokenKind) => `var(--tok-${kind})`;
const PLAIN = '#000000';

/**
 * A Shiki theme whose colours name a kind instead of a colour. More specific scopes win, so
 * operators (`=`, `+`, `>`) stay plain while `and`, `or`, `not`, `in` are keywords, and the `f` of an
 * f-string belongs to the string.
 */
export const codeTheme: ThemeRegistrationRaw = {
  name: 'declic-kinds',
  type: 'light',
  fg: PLAIN,
  bg: '#ffffff',
  settings: [
    { settings: { foreground: PLAIN, background: '#ffffff' } },
    { scope: ['keyword', 'storage.type', 'storage.modifier', 'constant.language'], settings: { foreground: placeholder('keyword') } },
    { scope: ['keyword.operator'], settings: { foreground: PLAIN } },
    { scope: ['keyword.operator.logical', 'keyword.operator.word', 'keyword.operator.new'], settings: { foreground: placeholder('keyword') } },
    { scope: ['string', 'storage.type.string'], settings: { foreground: placeholder('string') } },
    { scope: ['comment', 'punctuation.definition.comment'], settings: { foreground: placeholder('comment') } },
    { scope: ['support.function.builtin'], settings: { foreground: placeholder('function') } },
  ],
};

const KIND_OF_STYLE = new Map(TOKEN_KINDS.map((kind) => [`color:${placeholder(kind)}`, kind]));

/** Language names as a pupil reads them in the block's accessible name. */
const LANGUAGE_NAMES: Record<string, string> = { python: 'Python', py: 'Python', javascript: 'JavaScript', js: 'JavaScript', html: 'HTML', css: 'CSS', json: 'JSON', sql: 'SQL' };

/** The display name of a code block's language, or undefined for plain text. */
export function languageName(lang: string | undefined): string | undefined {
  if (!lang || lang === 'plaintext' || lang === 'text' || lang === 'txt' || lang === 'plain') return undefined;
  return LANGUAGE_NAMES[lang] ?? lang.charAt(0).toUpperCase() + lang.slice(1);
}

/**
 * Flattens Shiki's lines and tokens: a token of a kind becomes <span class="tok-…">, every other
 * token and every line wrapper gives back its text. The text, line breaks included, is unchanged.
 */
export function flattenTokens(code: Element): ElementContent[] {
  const out: ElementContent[] = [];
  const visit = (node: ElementContent) => {
    if (node.type === 'text') return void out.push(node);
    if (node.type !== 'element') return;
    const kind = KIND_OF_STYLE.get(String(node.properties.style ?? '').replace(/\s|;$/g, ''));
    if (!kind) return node.children.forEach(visit);
    // Shiki glues spaces to the next token; they stay outside the span (a space shows no colour).
    const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    const space = /^\s*/.exec(text)?.[0] ?? '';
    if (space) out.push({ type: 'text', value: space });
    out.push({ type: 'element', tagName: 'span', properties: { className: [`tok-${kind}`] }, children: [{ type: 'text', value: text.slice(space.length) }] });
  };
  code.children.forEach(visit);
  return out;
}

/**
 * The Shiki transformer: few spans, classes instead of inline colours, and a block that keyboard
 * users can scroll (tabindex, kept from Shiki) and that screen readers name ("Code Python").
 */
export function codeTransformer(): ShikiTransformer {
  return {
    name: 'declic-code',
    code(node) {
      node.children = flattenTokens(node);
    },
    pre(node) {
      const language = languageName(this.options.lang);
      node.properties = {
        className: ['code'],
        tabindex: '0',
        // A group, not a region: a lesson has many blocks of the same name, and landmarks must be few and unique.
        role: 'group',
        ariaLabel: language ? t('code.label', { language }) : t('code.plainLabel'),
        dataLanguage: this.options.lang ?? 'plaintext',
      };
    },
  };
}
