// A ticket's QR code: the signed code of tickets.ts, nothing more, so a scan reads exactly what a
// person would type. The code's characters (digits, capitals, dashes) are all in the QR
// alphanumeric set: 23 characters fit a 25 × 25 symbol at level M (15 % damage tolerated), small
// enough for a cracked phone screen under a door's light. Drawn as one SVG path for pages and as a
// PNG for mail, where clients show PNG attachments but many refuse SVG.
import { crc32, deflateSync } from 'node:zlib';
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

/** A PNG chunk: length, type, data and the CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG of the code, `scale` pixels a module (8: 264 px for the usual symbol): one bit a pixel,
 * black or white, written here with zlib. A ticket is mailed to every confirmed seat, so its cost
 * counts in a registration surge: ~1.5 ms of CPU with the symbol itself, where sharp took ~8.5.
 */
export async function ticketQrPng(code: string, scale = 8): Promise<Buffer> {
  const modules = ticketQrModules(code);
  const side = (modules.length + 2 * QUIET_ZONE) * scale;
  const rowBytes = 1 + Math.ceil(side / 8); // the filter byte (0: none), then 8 pixels a byte
  const rows = Buffer.alloc(rowBytes * side, 0xff); // white: bit 1
  for (let y = 0; y < side; y++) rows[y * rowBytes] = 0;
  modules.forEach((cells, row) => {
    // The module row's pixels once, then copied to the scale - 1 rows under it.
    const first = (row + QUIET_ZONE) * scale * rowBytes;
    cells.forEach((isDark, col) => {
      if (!isDark) return;
      for (let x = (col + QUIET_ZONE) * scale, end = x + scale; x < end; x++)
        rows[first + 1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
    });
    for (let y = 1; y < scale; y++) rows.copy(rows, first + y * rowBytes, first, first + rowBytes);
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.writeUInt8(1, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale; compression, filter and interlace 0
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
