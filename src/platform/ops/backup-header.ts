import { z } from 'zod';

/**
 * Every backup starts with a header saying what it holds. In a PostgreSQL dump (plain SQL) it is
 * the first line, an SQL comment, so `psql -f` still reads the file. In a PGlite dump (a gzipped
 * tar) it is the gzip member's comment field (RFC 1952 FCOMMENT), so `tar xzf` still reads it.
 */
export const ZBackupHeader = z.object({
  format: z.literal('innohub-backup'),
  version: z.literal(1),
  engine: z.enum(['pglite', 'postgres']),
  createdAt: z.string(),
  /** Migrations applied in the dumped database (rows of drizzle.__drizzle_migrations). */
  migrations: z.number().int().min(0),
  serverVersion: z.string(),
});
export type TBackupHeader = z.infer<typeof ZBackupHeader>;

const SQL_PREFIX = '-- InnoHub backup ';
const GZIP_PREFIX = 'InnoHub backup ';

export class NotABackupError extends Error {
  constructor(reason: string) {
    super(`Not an InnoHub backup: ${reason}`);
    this.name = 'NotABackupError';
  }
}

function parseJson(text: string): TBackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NotABackupError('the header is not JSON');
  }
  const parsed = ZBackupHeader.safeParse(value);
  if (!parsed.success) throw new NotABackupError('the header is incomplete');
  return parsed.data;
}

export function sqlHeaderLine(header: TBackupHeader): string {
  return `${SQL_PREFIX}${JSON.stringify(header)}\n`;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Reads the header from the first bytes of a backup (4 KiB is plenty). */
export function readHeader(head: Uint8Array): TBackupHeader {
  if (isGzip(head)) {
    const comment = readGzipComment(head);
    if (!comment?.startsWith(GZIP_PREFIX)) throw new NotABackupError('no header in the gzip data');
    return parseJson(comment.slice(GZIP_PREFIX.length));
  }
  const text = Buffer.from(head).toString('utf8');
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  if (!firstLine.startsWith(SQL_PREFIX)) throw new NotABackupError('no header line');
  return parseJson(firstLine.slice(SQL_PREFIX.length));
}

const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** Offset just past the optional FEXTRA and FNAME fields, where FCOMMENT belongs. */
function commentOffset(gz: Uint8Array): number {
  const flags = gz[3]!;
  let at = 10;
  if (flags & FEXTRA) at += 2 + (gz[at]! | (gz[at + 1]! << 8));
  if (flags & FNAME) at = gz.indexOf(0, at) + 1;
  return at;
}

function readGzipComment(gz: Uint8Array): string | undefined {
  if (gz.length < 10 || !(gz[3]! & FCOMMENT)) return undefined;
  const at = commentOffset(gz);
  const end = gz.indexOf(0, at);
  if (end < 0) return undefined;
  return Buffer.from(gz.subarray(at, end)).toString('latin1');
}

/** A copy of the gzip data with the header as its comment; the compressed body is untouched. */
export function withGzipHeader(gz: Uint8Array, header: TBackupHeader): Uint8Array {
  if (!isGzip(gz) || gz.length < 18) throw new Error('expected gzip data');
  const flags = gz[3]!;
  if (flags & FCOMMENT) throw new Error('gzip data already has a comment');
  const at = commentOffset(gz);
  // The optional header CRC would no longer match; it is dropped (the body keeps its CRC-32).
  const rest = flags & FHCRC ? gz.subarray(at + 2) : gz.subarray(at);
  const comment = Buffer.from(`${GZIP_PREFIX}${JSON.stringify(header)}\0`, 'latin1');
  const out = Buffer.concat([gz.subarray(0, at), comment, rest]);
  out[3] = (flags | FCOMMENT) & ~FHCRC;
  return out;
}
