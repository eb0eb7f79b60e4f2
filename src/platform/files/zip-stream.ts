// A ZIP written as the client reads it: entries are produced one at a time (a document rendered,
// a stored file read) and handed to archiver, which writes the format (ZIP64 when it grows
// large); the next entry waits until the client has taken most of what is buffered, so memory
// holds one entry and about a megabyte, whatever the archive's size. Files already compressed
// (Office, PDF, images) are stored as they are.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Readable, type Transform } from 'node:stream';
import { log } from '../log/logger';

export interface ZipStreamEntry {
  /** The path inside the archive, with / between folders. */
  name: string;
  /** Produced when the entry's turn comes, not before. */
  bytes(): Promise<Uint8Array>;
  date?: Date;
  /** Stored without deflating: the bytes are compressed already. */
  isCompressed?: boolean;
}

/** What of archiver this uses (the package has no types of its own). */
type ZipArchive = Transform & {
  append(source: Buffer, data: { name: string; date?: Date; store?: boolean }): ZipArchive;
  finalize(): Promise<void>;
};
type Archiver = (format: 'zip', options: { zlib?: { level: number } }) => ZipArchive;
const loadArchiver = () => createRequire(import.meta.url)('archiver') as Archiver;

/** The client is this far behind: wait before producing more. */
const BUFFERED_MAX = 1024 * 1024;

async function whileBehind(archive: ZipArchive) {
  while (archive.readableLength > BUFFERED_MAX && !archive.destroyed)
    await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Resolves once archiver has packed the entry, or the client has gone. */
async function packed(archive: ZipArchive) {
  const ac = new AbortController();
  try {
    await Promise.race([
      once(archive, 'entry', { signal: ac.signal }),
      once(archive, 'close', { signal: ac.signal }),
    ]);
  } finally {
    ac.abort();
  }
}

/** The archive of the entries, as a stream to answer a request with; `label` names it in logs. */
export function zipStream(
  entries: AsyncIterable<ZipStreamEntry> | Iterable<ZipStreamEntry>,
  label: string,
): ReadableStream<Uint8Array> {
  const archive = loadArchiver()('zip', { zlib: { level: 6 } });
  const produce = async () => {
    for await (const entry of entries) {
      if (archive.destroyed) return;
      const bytes = await entry.bytes();
      const done = packed(archive);
      archive.append(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        name: entry.name,
        date: entry.date,
        store: entry.isCompressed,
      });
      await done;
      await whileBehind(archive);
    }
    await archive.finalize();
  };
  produce().catch((err: unknown) => {
    log.error('zip stream failed', { label, err });
    archive.destroy(err as Error);
  });
  return Readable.toWeb(archive) as ReadableStream<Uint8Array>;
}
