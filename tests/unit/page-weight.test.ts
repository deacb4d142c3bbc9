import { describe, expect, it } from 'vitest';
import { formatKilobytes, MEDIAN_PAGE, sumEntries, targetPath, timesLighter } from '../../src/lib/page-weight.ts';
import { LOCALE } from '../../src/i18n/locale.ts';

const entry = (name: string, transferSize: number, encodedBodySize: number, entryType = 'resource') => ({ name, transferSize, encodedBodySize, decodedBodySize: encodedBodySize * 3, entryType });

describe('page weight', () => {
  it('sums the page and its files, counting cached files in the weight but not in the transfer', () => {
    const w = sumEntries([entry('http://x/declic/', 12_300, 12_000, 'navigation'), entry('http://x/declic/a.css', 0, 8_000), entry('http://x/declic/b.svg', 3_300, 3_000)]);
    expect(w).toEqual({ requests: 3, bodyBytes: 23_000, transferredBytes: 15_600, decodedBytes: 69_000, fromCache: 1 });
  });
  it('formats kilobytes in French and compares with the median page', () => {
    expect(formatKilobytes(23_456, LOCALE)).toBe('23 ko');
    expect(formatKilobytes(2_345, LOCALE)).toBe('2,3 ko');
    expect(timesLighter(23_110)).toBe(100);
    expect(timesLighter(MEDIAN_PAGE.kilobytes * 1000)).toBe(1);
    expect(timesLighter(0)).toBe(0);
  });
  it('only measures pages of this site', () => {
    expect(targetPath('/declic/modules/', '/declic/')).toBe('/declic/modules/');
    expect(targetPath('https://ailleurs.example/', '/declic/')).toBe('/declic/');
    expect(targetPath('//ailleurs.example/declic/', '/declic/')).toBe('/declic/');
    expect(targetPath(null, '/declic')).toBe('/declic/');
    expect(targetPath('/declic/combien-pese-cette-page/', '/declic/')).toBe('/declic/');
  });
});
