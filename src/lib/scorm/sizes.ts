/** Sizes of the SCORM packages, as the Espace enseignants shows them. Pure. */
import { formatNumber } from '../../i18n/locale.ts';

const NBSP = '\u00A0';

/** 75 758 bytes → « 74 Ko »; 1 300 000 → « 1,2 Mo » (French units, no-break space). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))}${NBSP}Ko`;
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)}${NBSP}Mo`;
}

/** Fills each `<span data-scorm-size="<module>">…</span>` of a built page with that package's size. */
export function fillScormSizes(html: string, sizes: Record<string, number>, label: (size: string) => string = (size) => size): string {
  return html.replace(/(<span\b[^>]*\bdata-scorm-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g, (whole, open: string, module: string, close: string) => {
    const size = sizes[module];
    return size === undefined ? whole : `${open}${label(formatFileSize(size))}${close}`;
  });
}
