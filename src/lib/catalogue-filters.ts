/**
 * The catalogue filters work without JavaScript: radio buttons and CSS `:has()`. This module computes
 * each module's filter values and the CSS that hides non-matching cards and shows the "no result"
 * message for exactly the filter combinations that match nothing.
 */
import { LEVELS, type Level, type Theme } from '../schemas/common.ts';

export const DURATION_BUCKETS = ['short', 'medium', 'long'] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

export function durationBucket(sessions: number): DurationBucket {
  if (sessions <= 2) return 'short';
  if (sessions <= 4) return 'medium';
  return 'long';
}

export interface FilterableModule {
  levels: readonly Level[];
  theme: Theme;
  sessions: number;
}

export interface FilterDimension {
  /** Radio group name and id prefix. */
  name: 'level' | 'theme' | 'duration';
  /** Data attribute on each card. */
  attribute: string;
  values: readonly string[];
}

export function filterDimensions(themes: readonly Theme[]): FilterDimension[] {
  return [
    { name: 'level', attribute: 'data-levels', values: LEVELS },
    { name: 'theme', attribute: 'data-theme', values: themes },
    { name: 'duration', attribute: 'data-duration', values: DURATION_BUCKETS },
  ];
}

export const filterInputId = (name: string, value: string) => `filtre-${name}-${value}`;

function matches(mod: FilterableModule, name: FilterDimension['name'], value: string): boolean {
  if (value === 'all') return true;
  if (name === 'level') return (mod.levels as readonly string[]).includes(value);
  if (name === 'theme') return mod.theme === value;
  return durationBucket(mod.sessions) === value;
}

/** CSS for the catalogue: card hiding per filter, and the empty message per empty combination. */
export function catalogueFilterCss(modules: readonly FilterableModule[], dimensions: readonly FilterDimension[], scope = '.catalogue'): string {
  const rules: string[] = [];
  for (const dim of dimensions) {
    for (const value of dim.values) {
      const op = dim.name === 'level' ? '~=' : '=';
      rules.push(`${scope}:has(#${filterInputId(dim.name, value)}:checked) .module-card:not([${dim.attribute}${op}"${value}"])`);
    }
  }
  const css = [`${rules.join(',\n')}{display:none}`];

  // Every combination of one value per dimension ("all" included) that leaves no card shows the message.
  let combos: { name: FilterDimension['name']; value: string }[][] = [[]];
  for (const dim of dimensions) {
    combos = combos.flatMap((combo) => ['all', ...dim.values].map((value) => [...combo, { name: dim.name, value }]));
  }
  const nonEmpty = combos.filter((combo) => modules.some((mod) => combo.every(({ name, value }) => matches(mod, name, value))));
  const selectors = nonEmpty.map((combo) => `${scope}${combo.map(({ name, value }) => `:has(#${filterInputId(name, value)}:checked)`).join('')} .catalogue-empty`);
  // Shown by default; hidden for the combinations that have results (selectors above).
  if (selectors.length > 0) css.push(`${selectors.join(',\n')}{display:none}`);
  return css.join('\n');
}
