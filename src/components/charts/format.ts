/** Number formatting for the simulations, the French way (decimal comma, no-break thousands). */
const formats = new Map<number, Intl.NumberFormat>();

/** `value` with at most `digits` decimals (exactly `digits` if `fixed`): 2.5 → « 2,5 », fixed 2 → « 2,50 ». */
export function num(value: number, digits = 1, fixed = false): string {
  const key = digits + (fixed ? 100 : 0);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 });
    formats.set(key, format);
  }
  return format.format(Math.abs(value) < 1e-9 ? 0 : value);
}

/** A share (0–1) as a whole percentage: 0.724 → « 72 ». */
export const percent = (share: number) => num(share * 100, 0);

/** A French list: « a », « a et b », « a, b et c ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
