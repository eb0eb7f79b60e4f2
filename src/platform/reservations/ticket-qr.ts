// A ticket's QR code: the signed code of tickets.ts, nothing more, so a scan reads exactly what a
// person would type. The code's characters (digits, capitals, dashes) are all in the QR
// alphanumeric set: 23 characters fit a 25 × 25 symbol at level M (15 % damage tolerated), small
// enough for a cracked phone screen under a door's light. Drawn as one SVG path for pages and as a
// PNG for mail, where clients show PNG attachments but many refuse SVG.
import qrcode from 'qrcode-generator';

/** Blank modules around the symbol, as the QR standard asks for a reader to find it. */
const QUIET_ZONE = 4;

/** The symbol's dark modules, row by row. */
export function ticketQrModules(code: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(code, 'Alphanumeric');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
  );
}

/** The SVG path of the dark modules, one unit a module, offset by the quiet zone; and the side. */
export function ticketQrPath(code: string): { d: string; side: number } {
  const modules = ticketQrModules(code);
  const runs: string[] = [];
  modules.forEach((cells, row) => {
    // A horizontal run of dark modules is one rectangle: a few hundred bytes for the symbol.
    for (let col = 0; col < cells.length; col++) {
      if (!cells[col]) continue;
      const start = col;
      while (cells[col + 1]) col++;
      runs.push(
        `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start + 1}v1H${start + QUIET_ZONE}z`,
      );
    }
  });
  return { d: runs.join(''), side: modules.length + 2 * QUIET_ZONE };
}

/** A standalone SVG file of the code (black on white, crisp at any size). */
export function ticketQrSvg(code: string, title: string): string {
  const { d, side } = ticketQrPath(code);
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${side * 8}" ` +
    `height="${side * 8}" shape-rendering="crispEdges"><title>${escaped}</title>` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
  );
}

/** A PNG of the code, `scale` pixels a module (8: 264 px for the usual symbol). */
export async function ticketQrPng(code: string, scale = 8): Promise<Buffer> {
  const modules = ticketQrModules(code);
  const side = (modules.length + 2 * QUIET_ZONE) * scale;
  const pixels = Buffer.alloc(side * side, 255);
  modules.forEach((cells, row) =>
    cells.forEach((isDark, col) => {
      if (!isDark) return;
      for (let y = 0; y < scale; y++) {
        const offset = ((row + QUIET_ZONE) * scale + y) * side + (col + QUIET_ZONE) * scale;
        pixels.fill(0, offset, offset + scale);
      }
    }),
  );
  // sharp is loaded only when a ticket is mailed (as the image variants do): a server that never
  // sends one never holds it.
  const { default: sharp } = await import('sharp');
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
    .png({ palette: true, colours: 2 })
    .toBuffer();
}
