/**
 * Output truncation: the console shows at most OUTPUT_LIMITS of a program's output, then one French
 * notice, and drops the rest. A `while True: print(…)` therefore costs the page a few hundred lines,
 * never a frozen tab. Pure: the worker feeds it, the tests drive it.
 */
import { OUTPUT_LIMITS } from './protocol.ts';

export class OutputLimiter {
  private chars = 0;
  private lines = 0;
  truncated = false;

  constructor(private readonly limits: { chars: number; lines: number } = OUTPUT_LIMITS) {}

  /** The part of `text` that may still be shown ('' once the limit is reached). */
  accept(text: string): string {
    if (this.truncated) return '';
    let kept = '';
    for (const char of text) {
      if (this.chars >= this.limits.chars || this.lines >= this.limits.lines) {
        this.truncated = true;
        break;
      }
      kept += char;
      this.chars += 1;
      if (char === '\n') this.lines += 1;
    }
    return kept;
  }
}
