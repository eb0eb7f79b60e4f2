// ZIP archives read with a budget. An archive says how large its entries are, but a crafted one
// lies, and a few MB of deflate can expand to gigabytes: every entry is inflated with a ceiling on
// what it may produce, so reading stops there rather than filling the heap or the disk. Entries
// are found through the central directory, the list an archive's readers agree on.
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; nothing else is read. */
  method: number;
  compressedSize: number;
  /** What the archive declares; the bytes decide. */
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Where the end-of-central-directory record starts: in the last 22 + 65,535 bytes. */
function endOfDirectory(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/** The entries the central directory lists; undefined when the bytes are not such an archive. */
export function zipEntries(b: Uint8Array): ZipEntry[] | undefined {
  const eocd = endOfDirectory(b);
  if (eocd < 0) return undefined;
  const count = u16(b, eocd + 10);
  const entries: ZipEntry[] = [];
  let at = u32(b, eocd + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return undefined;
    const nameLength = u16(b, at + 28);
    entries.push({
      name: utf8.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      localOffset: u32(b, at + 42),
    });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

export type Inflated = Uint8Array | 'TOO_LARGE' | 'INVALID';

/** One entry's bytes, or TOO_LARGE as soon as they would pass `maxBytes`. */
export function inflateEntry(b: Uint8Array, entry: ZipEntry, maxBytes: number): Inflated {
  if (entry.size > maxBytes) return 'TOO_LARGE';
  const local = entry.localOffset;
  if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return 'INVALID';
  const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return 'INVALID';
  if (entry.method === 0) return data.length > maxBytes ? 'TOO_LARGE' : data;
  if (entry.method !== 8) return 'INVALID';
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'TOO_LARGE' : 'INVALID';
  }
}

/**
 * Whether every entry of the archive inflates within `maxBytes` in all: INVALID when the bytes are
 * not an archive whose entries can be read, TOO_LARGE as soon as the budget is spent.
 */
export function expandsWithin(b: Uint8Array, maxBytes: number): 'ok' | 'INVALID' | 'TOO_LARGE' {
  const entries = zipEntries(b);
  if (!entries) return 'INVALID';
  let budget = maxBytes;
  for (const entry of entries) {
    const inflated = inflateEntry(b, entry, budget);
    if (typeof inflated === 'string') return inflated;
    budget -= inflated.length;
  }
  return 'ok';
}

/** The bytes of the entry of that name, undefined when absent, unreadable or too large. */
export function readZipEntry(
  b: Uint8Array,
  name: string,
  maxBytes: number,
): Uint8Array | undefined {
  const entry = zipEntries(b)?.find((e) => e.name === name);
  const bytes = entry && inflateEntry(b, entry, maxBytes);
  return bytes instanceof Uint8Array ? bytes : undefined;
}

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** 8 when `data` is already deflated; then `size` and `crc` are what is declared. */
  method?: 0 | 8;
  size?: number;
  crc?: number;
}

/** An archive of the given parts, as chunks to stream (entries stored unless said otherwise). */
export function zipArchive(parts: readonly ZipPart[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data, method = 0, size = data.length, crc = crc32(data) } of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = directory.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return [...chunks, ...directory, end];
}
