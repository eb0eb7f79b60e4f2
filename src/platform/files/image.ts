// What an uploaded image really is, read from its first bytes: never from its name or the
// Content-Type the client sent. Only raster formats browsers show safely are known; SVG (which
// can carry script) and everything else is refused. AVIF is stored and served (the variants sharp
// makes) but never accepted as an upload: an upload is also the fallback older browsers show.

export const IMAGE_KINDS = ['png', 'jpeg', 'webp', 'gif', 'avif'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

export const IMAGE_TYPES: Record<ImageKind, { mime: string; extension: string }> = {
  png: { mime: 'image/png', extension: 'png' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  webp: { mime: 'image/webp', extension: 'webp' },
  gif: { mime: 'image/gif', extension: 'gif' },
  avif: { mime: 'image/avif', extension: 'avif' },
};

export interface ImageInfo {
  kind: ImageKind;
  width: number;
  height: number;
}

export interface ImageRules {
  maxBytes: number;
  /** Largest width or height, in pixels. */
  maxSide: number;
}

export type ImageRefusal = 'EMPTY' | 'TOO_LARGE' | 'SVG' | 'NOT_AN_IMAGE' | 'TOO_MANY_PIXELS';

export type ImageCheck = { ok: true; image: ImageInfo } | { ok: false; reason: ImageRefusal };

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 0x10000 + u16be(b, i + 2);
const ascii = (b: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...b.subarray(start, end));
const startsWith = (b: Uint8Array, bytes: readonly number[]) =>
  b.length >= bytes.length && bytes.every((x, i) => b[i] === x);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function png(b: Uint8Array): ImageInfo | undefined {
  // The first chunk must be IHDR: width and height, big-endian.
  if (b.length < 24 || ascii(b, 12, 16) !== 'IHDR') return undefined;
  return { kind: 'png', width: u32be(b, 16), height: u32be(b, 20) };
}

function gif(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 10) return undefined;
  return { kind: 'gif', width: u16le(b, 6), height: u16le(b, 8) };
}

/** Start-of-frame markers (baseline, progressive, lossless…); C4, C8 and CC are not frames. */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(m);

function jpeg(b: Uint8Array): ImageInfo | undefined {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM, RSTn; an end of image before any frame means no picture.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined;
    const length = u16be(b, i + 2);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (i + 9 > b.length) return undefined;
      return { kind: 'jpeg', height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + length;
  }
  return undefined;
}

function webp(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 30) return undefined;
  const chunk = ascii(b, 12, 16);
  if (chunk === 'VP8 ') {
    // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit sizes.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return { kind: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    // Lossless: signature 0x2F, then width − 1 and height − 1 in 14 bits each.
    if (b[20] !== 0x2f) return undefined;
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return { kind: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    // Extended: canvas width − 1 and height − 1 in 24 bits each.
    return { kind: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  return undefined;
}

/** Boxes of an AVIF file (ISO base media): `size` (4 bytes) then `type` (4 bytes). */
const AVIF_BRANDS = new Set(['avif', 'avis']);

function avif(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 16 || ascii(b, 4, 8) !== 'ftyp' || !AVIF_BRANDS.has(ascii(b, 8, 12)))
    return undefined;
  // The image's spatial extents ('ispe': version and flags, then width and height), near the start.
  const head = b.subarray(0, Math.min(b.length, 4096));
  for (let i = 0; i + 20 <= head.length; i++) {
    if (head[i] === 0x69 && ascii(head, i, i + 4) === 'ispe')
      return { kind: 'avif', width: u32be(head, i + 8), height: u32be(head, i + 12) };
  }
  return undefined;
}

/** The kind and size of a PNG, JPEG, WebP, GIF or AVIF image; undefined for anything else. */
export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return png(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg(bytes);
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return webp(bytes);
  const head = ascii(bytes, 0, Math.min(6, bytes.length));
  if (head === 'GIF87a' || head === 'GIF89a') return gif(bytes);
  return avif(bytes);
}

/** SVG is text: an <svg element near the start, after an XML prolog, comments or a doctype. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /<svg[\s>/]/i.test(start);
}

/** Checks an upload against the rules by its content alone. */
export function checkImage(bytes: Uint8Array, rules: ImageRules): ImageCheck {
  if (bytes.length === 0) return { ok: false, reason: 'EMPTY' };
  if (bytes.length > rules.maxBytes) return { ok: false, reason: 'TOO_LARGE' };
  const image = sniffImage(bytes);
  if (!image) return { ok: false, reason: looksLikeSvg(bytes) ? 'SVG' : 'NOT_AN_IMAGE' };
  if (image.kind === 'avif') return { ok: false, reason: 'NOT_AN_IMAGE' };
  if (image.width < 1 || image.height < 1) return { ok: false, reason: 'NOT_AN_IMAGE' };
  if (image.width > rules.maxSide || image.height > rules.maxSide)
    return { ok: false, reason: 'TOO_MANY_PIXELS' };
  return { ok: true, image };
}
