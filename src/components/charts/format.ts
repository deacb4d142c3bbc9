/** Number formatting for the simulations, the local way (src/i18n/locale.ts). */
import { formatList, formatNumber } from '../../i18n/locale.ts';

/** `value` with at most `digits` decimals (exactly `digits` if `fixed`): 2.5 → « 2,5 », fixed 2 → « 2,50 ». */
export function num(value: number, digits = 1, fixed = false): string {
  return formatNumber(Math.abs(value) < 1e-9 ? 0 : value, { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 });
}

/** A share (0–1) as a whole percentage: 0.724 → « 72 ». */
export const percent = (share: number) => num(share * 100, 0);

/** A list the local way: « a », « a et b », « a, b et c ». */
export const frenchList = (items: readonly string[]): string => formatList(items);
