import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeJpegHeader, makePng, SVG_LOGO } from '../../../test/support/images';
import { checkImage, sniffImage } from './image';
import { createDiskFileStore, parseFileKey, type FileStore } from './store';

const RULES = { maxBytes: 1_048_576, maxSide: 4096 };
const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('image kind and size, read from the bytes', () => {
  it('reads PNG, JPEG, GIF and the three WebP variants', () => {
    expect(sniffImage(makePng(37, 12))).toEqual({ kind: 'png', width: 37, height: 12 });
    expect(sniffImage(makeJpegHeader(640, 480))).toEqual({
      kind: 'jpeg',
      width: 640,
      height: 480,
    });
    const gif = bytes(...text('GIF89a'), 0x2c, 0x01, 0x96, 0x00, 0, 0, 0);
    expect(sniffImage(gif)).toEqual({ kind: 'gif', width: 300, height: 150 });

    const riff = (chunk: string, data: number[]) =>
      bytes(...text('RIFF'), 0, 0, 0, 0, ...text('WEBP'), ...text(chunk), 0, 0, 0, 0, ...data);
    // Lossy: frame tag, start code, 14-bit width and height (little-endian).
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02, 0, 0]);
    expect(sniffImage(vp8)).toEqual({ kind: 'webp', width: 800, height: 600 });
    // Lossless: (width − 1) | (height − 1) << 14 after the 0x2F signature.
    const packed = 99 | (49 << 14);
    const vp8l = riff('VP8L', [
      0x2f,
      ...[0, 8, 16, 24].map((s) => (packed >>> s) & 0xff),
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(sniffImage(vp8l)).toEqual({ kind: 'webp', width: 100, height: 50 });
    // Extended: flags, reserved, then (width − 1) and (height − 1) in 24 bits each.
    const vp8x = riff('VP8X', [0x10, 0, 0, 0, 0xff, 0x0f, 0, 0x1f, 0x00, 0x00]);
    expect(sniffImage(vp8x)).toEqual({ kind: 'webp', width: 4096, height: 32 });
  });

  it('finds the JPEG frame header after other segments and fill bytes', () => {
    const jpeg = makeJpegHeader(120, 90);
    const withExif = bytes(
      ...jpeg.subarray(0, 2),
      ...[0xff, 0xe1, 0x00, 0x06, 1, 2, 3, 4],
      0xff,
      ...jpeg.subarray(2),
    );
    expect(sniffImage(withExif)).toEqual({ kind: 'jpeg', width: 120, height: 90 });
    // Scan data before any frame header: not a picture we can size.
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0, 0))).toBeUndefined();
  });

  it('ignores names: text, SVG, HTML, PDF and truncated headers are not images', () => {
    for (const body of [
      text('hello, I am logo.png'),
      SVG_LOGO,
      text('<!doctype html><html><body><script>alert(1)</script>'),
      text('%PDF-1.7\n'),
      makePng(10, 10).subarray(0, 20),
      bytes(0xff, 0xd8, 0xff),
    ]) {
      expect(sniffImage(body)).toBeUndefined();
    }
  });

  it('checks emptiness, size in bytes, kind and size in pixels', () => {
    expect(checkImage(new Uint8Array(), RULES)).toEqual({ ok: false, reason: 'EMPTY' });
    expect(checkImage(makePng(10, 10, 1_048_576), RULES)).toEqual({
      ok: false,
      reason: 'TOO_LARGE',
    });
    expect(checkImage(SVG_LOGO, RULES)).toEqual({ ok: false, reason: 'SVG' });
    expect(checkImage(text('plain text'), RULES)).toEqual({ ok: false, reason: 'NOT_AN_IMAGE' });
    expect(checkImage(makePng(0, 10), RULES)).toEqual({ ok: false, reason: 'NOT_AN_IMAGE' });
    expect(checkImage(makePng(4097, 1), RULES)).toEqual({ ok: false, reason: 'TOO_MANY_PIXELS' });
    expect(checkImage(makeJpegHeader(10, 5000), RULES)).toEqual({
      ok: false,
      reason: 'TOO_MANY_PIXELS',
    });
    expect(checkImage(makePng(4096, 1), RULES)).toEqual({
      ok: true,
      image: { kind: 'png', width: 4096, height: 1 },
    });
  });
});

describe('the file store on disk', () => {
  let root: string;
  let store: FileStore;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'innohub-files-'));
    store = createDiskFileStore(path.join(root, 'files'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const filesUnder = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

  it('stores by content hash, once, and reads back the same bytes and type', async () => {
    const png = makePng(20, 10);
    const stored = await store.putImage(png, { kind: 'png', width: 20, height: 10 });
    expect(stored.key).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(stored).toMatchObject({ kind: 'png', width: 20, height: 10, bytes: png.length });
    const again = await store.putImage(png, { kind: 'png', width: 20, height: 10 });
    expect(again.key).toBe(stored.key);
    // One file under its final name, fanned out by the hash's first two digits; no temp left.
    expect(filesUnder(path.join(root, 'files'))).toEqual([
      path.join(stored.key.slice(0, 2), stored.key),
    ]);
    const file = path.join(root, 'files', stored.key.slice(0, 2), stored.key);
    expect(new Uint8Array(readFileSync(file))).toEqual(png);

    const read = await store.read(stored.key);
    expect(read?.mime).toBe('image/png');
    expect(read?.body).toEqual(png);
  });

  it('describes a stored image from its bytes, also in a new store on the same folder', async () => {
    const jpeg = makeJpegHeader(300, 200);
    const { key } = await store.putImage(jpeg, { kind: 'jpeg', width: 300, height: 200 });
    expect(key.endsWith('.jpg')).toBe(true);
    const fresh = createDiskFileStore(path.join(root, 'files'));
    expect(await fresh.describe(key)).toEqual({
      key,
      kind: 'jpeg',
      width: 300,
      height: 200,
      bytes: jpeg.length,
    });
  });

  it('answers nothing for unknown keys and for anything that is not a key', async () => {
    const png = makePng(2, 2);
    const { key } = await store.putImage(png, { kind: 'png', width: 2, height: 2 });
    const hash = key.slice(0, 64);
    for (const bad of [
      `${'0'.repeat(64)}.png`,
      `${hash}.svg`,
      `${hash}.jpg`, // the right hash under another kind is another (unknown) key
      `${hash}`,
      `../${key}`,
      `${hash.toUpperCase()}.png`,
      '',
    ]) {
      expect(await store.read(bad), bad).toBeUndefined();
      expect(await store.describe(bad), bad).toBeUndefined();
    }
    expect(parseFileKey(key)).toEqual({ hash, kind: 'png' });
  });
});
