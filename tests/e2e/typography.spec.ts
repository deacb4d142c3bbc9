/**
 * French typography on the built pages themselves, not only on the content: strings composed in
 * templates must carry no-break spaces too (src/integrations/typography.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { typographyFaults } from '../../src/lib/french-typography.ts';
import { DIST, builtPages } from './site-files.ts';

test.skip(({ isMobile }) => isMobile, 'static check of the built files: run once, on the desktop project');

test('no built page has a French typography fault', () => {
  const faults = builtPages().flatMap((page) => {
    const file = join(DIST, page === '' || page.endsWith('/') ? `${page}index.html` : page);
    return typographyFaults(readFileSync(file, 'utf8')).map((f) => `${page || '/'} — ${f.message} : « ${f.context.trim()} »`);
  });
  expect(faults).toEqual([]);
});
