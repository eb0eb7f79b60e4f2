import { describe, expect, it } from 'vitest';
import { archive, docxBomb, zipBomb } from '../../../test/support/bombs';
import { checkDocument, sniffDocument } from './documents';
import { inflateEntry, readZipEntry, zipEntries } from './zip';

const MB = 1024 * 1024;

/** What a check costs: its time and how far the heap and buffers grew. */
function measured<T>(run: () => T) {
  const before = process.memoryUsage();
  const started = performance.now();
  const value = run();
  const after = process.memoryUsage();
  return {
    value,
    ms: performance.now() - started,
    grew: after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers,
  };
}

describe('ZIP archives are read within a budget', () => {
  it('reads an entry back as written', () => {
    const zip = archive([{ name: 'a/b.txt', data: Buffer.from('xin chào') }]);
    expect(zipEntries(zip)?.map((e) => e.name)).toEqual(['a/b.txt']);
    expect(Buffer.from(readZipEntry(zip, 'a/b.txt', 100)!).toString()).toBe('xin chào');
    expect(readZipEntry(zip, 'a/b.txt', 3)).toBeUndefined();
  });

  it('stops inflating an entry that lies about its size once the budget is spent', () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(2 * MB);
    const entry = zipEntries(bomb)![0]!;
    expect(entry.size).toBe(1024);
    const { value, ms, grew } = measured(() => inflateEntry(bomb, entry, 256 * 1024));
    expect(value).toBe('TOO_LARGE');
    expect(ms).toBeLessThan(500);
    expect(grew).toBeLessThan(16 * MB);
  });

  it('a ZIP bomb upload is sniffed without unpacking it: a plain ZIP, quickly', () => {
    const { value, ms, grew } = measured(() => sniffDocument(zipBomb()));
    expect(value).toBe('zip');
    expect(ms).toBeLessThan(1_000);
    expect(grew).toBeLessThan(32 * MB);
  });

  it('a DOCX whose body unpacks to 1.6 GB is checked by its declared parts alone', () => {
    const { value, ms, grew } = measured(() =>
      checkDocument(docxBomb(), { kinds: ['pdf'], maxBytes: 10 * MB }),
    );
    expect(value).toEqual({ ok: false, reason: 'WRONG_TYPE', kind: 'docx' });
    expect(ms).toBeLessThan(1_000);
    expect(grew).toBeLessThan(32 * MB);
  });
});
