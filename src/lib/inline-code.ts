/**
 * Content text may quote code between backticks (`print("Bonjour")`): split it into segments so
 * that components render the code in <code> as text, never as HTML.
 */
export interface TextSegment {
  text: string;
  code: boolean;
}

export function inlineCodeSegments(text: string): TextSegment[] {
  return text
    .split(/(`[^`\n]+`)/)
    .filter((part) => part !== '')
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? { text: part.slice(1, -1), code: true } : { text: part, code: false }));
}
