/**
 * A QR code as one SVG path (no HTML string, no canvas): the island renders `<path d={…}>`, so nothing
 * is ever injected as markup. qrcode-generator (MIT, no dependency) computes the modules offline.
 */
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, quiet zone included. */
  size: number;
  d: string;
}

/** Returns null when the text is too long for a QR code. */
export function qrPath(text: string, margin = 4): QrPath | null {
  try {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const count = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) if (qr.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
    return { size: count + 2 * margin, d };
  } catch {
    return null;
  }
}
