// Uploaded files stored by content: the key is the SHA-256 of the bytes and the extension of the
// kind read from them, so identical content is stored once and a stored file never changes.
// Files are written to a temporary name and renamed, so a crash never leaves a partial file under
// its final name (at worst an orphan in .tmp/).
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_KINDS, IMAGE_TYPES, sniffImage, type ImageInfo, type ImageKind } from './image';

export interface StoredImage extends ImageInfo {
  key: string;
  bytes: number;
}

export interface FileStore {
  /** Stores image bytes already checked (see checkImage); the same content is stored once. */
  putImage(bytes: Uint8Array, image: ImageInfo): Promise<StoredImage>;
  /** A stored file's bytes and type; undefined when the key is malformed or unknown. */
  read(key: string): Promise<{ body: Uint8Array<ArrayBuffer>; mime: string } | undefined>;
  /** A stored image's kind and size; undefined when the key is malformed or unknown. */
  describe(key: string): Promise<StoredImage | undefined>;
  /**
   * Stores bytes in the private part of the store (never served at /files): application
   * attachments, reached only through a route that checks who asks. Returns the SHA-256, hex.
   */
  putPrivate(bytes: Uint8Array): Promise<{ hash: string; bytes: number }>;
  /** A private file's bytes; undefined when the hash is malformed or unknown. */
  readPrivate(hash: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Forgets a private file only one record used (a copy of someone's data that expired). */
  deletePrivate(hash: string): Promise<void>;
}

const KIND_OF_EXTENSION = new Map(IMAGE_KINDS.map((k) => [IMAGE_TYPES[k].extension, k]));
const KEY = /^([0-9a-f]{64})\.([a-z]{3,4})$/;

/** The hash and kind a key names, or undefined for anything that is not a key we make. */
export function parseFileKey(key: string): { hash: string; kind: ImageKind } | undefined {
  const m = KEY.exec(key);
  const kind = m && KIND_OF_EXTENSION.get(m[2]!);
  return m && kind ? { hash: m[1]!, kind } : undefined;
}

export const fileKeyOf = (bytes: Uint8Array, kind: ImageKind) =>
  `${createHash('sha256').update(bytes).digest('hex')}.${IMAGE_TYPES[kind].extension}`;

/** Keys a store remembers the size of (their content never changes). */
const DESCRIBED_CACHE = 2000;

const HASH = /^[0-9a-f]{64}$/;

/**
 * Files under `root` (DATA_DIR/files), fanned out by the first two hex digits of the hash;
 * private files under `root/private`, whose names (bare hashes) the public route never accepts.
 */
export function createDiskFileStore(root: string): FileStore {
  const described = new Map<string, StoredImage>();
  const pathOf = (key: string) => path.join(root, key.slice(0, 2), key);
  const privatePathOf = (hash: string) => path.join(root, 'private', hash.slice(0, 2), hash);

  async function exists(file: string) {
    try {
      return (await stat(file)).isFile();
    } catch {
      return false;
    }
  }

  async function writeAtomically(file: string, bytes: Uint8Array) {
    const tmpDir = path.join(root, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    try {
      const handle = await open(tmp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, file);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  function remember(image: StoredImage) {
    if (described.size >= DESCRIBED_CACHE) described.delete(described.keys().next().value!);
    described.set(image.key, image);
    return image;
  }

  async function readOrUndefined(file: string) {
    try {
      return new Uint8Array(await readFile(file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async function read(key: string) {
    const parsed = parseFileKey(key);
    if (!parsed) return undefined;
    const body = await readOrUndefined(pathOf(key));
    return body && { body, mime: IMAGE_TYPES[parsed.kind].mime };
  }

  return {
    read,

    async putImage(bytes, image) {
      const key = fileKeyOf(bytes, image.kind);
      const file = pathOf(key);
      if (!(await exists(file))) await writeAtomically(file, bytes);
      return remember({ ...image, key, bytes: bytes.length });
    },

    async putPrivate(bytes) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const file = privatePathOf(hash);
      if (!(await exists(file))) await writeAtomically(file, bytes);
      return { hash, bytes: bytes.length };
    },

    async readPrivate(hash) {
      return HASH.test(hash) ? readOrUndefined(privatePathOf(hash)) : undefined;
    },

    async deletePrivate(hash) {
      if (HASH.test(hash)) await rm(privatePathOf(hash), { force: true });
    },

    async describe(key) {
      const known = described.get(key);
      if (known) return known;
      const file = await read(key);
      const image = file && sniffImage(file.body);
      if (!file || !image || image.kind !== parseFileKey(key)?.kind) return undefined;
      return remember({ ...image, key, bytes: file.body.length });
    },
  };
}
