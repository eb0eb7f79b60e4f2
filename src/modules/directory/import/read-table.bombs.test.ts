import { describe, expect, it } from 'vitest';
import { sharedStringBomb, xlsxBomb } from '../../../../test/support/bombs';
import {
  IMPORT_MAX_CELL_LENGTH,
  IMPORT_MAX_CHARACTERS,
  IMPORT_MAX_COLUMNS,
  readTable,
  type ReadResult,
} from './read-table';

/** The refusal and how much the heap grew (and stayed grown) while reading. */
async function read(bytes: Uint8Array) {
  global.gc?.();
  const before = process.memoryUsage();
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - before.heapUsed);
  }, 5);
  const started = performance.now();
  const result: ReadResult = await readTable(bytes);
  clearInterval(sampler);
  const after = process.memoryUsage();
  return {
    result,
    ms: performance.now() - started,
    heapGrowth: Math.max(peak, after.heapUsed - before.heapUsed),
    bufferGrowth: after.arrayBuffers - before.arrayBuffers,
  };
}

const MB = 1024 * 1024;

describe('upload bombs: read within limits, refused with a message', () => {
  it('the reported 2 MB sheet that unpacks to 1.6 GB is refused from its declared size', async () => {
    const bomb = xlsxBomb();
    expect(bomb.length).toBeLessThan(3 * MB);
    const { result, heapGrowth, ms } = await read(bomb);
    expect(result).toEqual({
      ok: false,
      error: { key: 'directory.import.error.expandsTooMuch', params: { max: 64 } },
    });
    expect(heapGrowth).toBeLessThan(32 * MB);
    expect(ms).toBeLessThan(2_000);
  });

  it('the same sheet lying about its size is stopped once 64 MB came out', async () => {
    const { result, heapGrowth, bufferGrowth, ms } = await read(xlsxBomb(1_000));
    expect(result.ok || result.error.key).toBe('directory.import.error.expandsTooMuch');
    expect(heapGrowth).toBeLessThan(32 * MB);
    expect(bufferGrowth).toBeLessThan(80 * MB);
    expect(ms).toBeLessThan(5_000);
  });

  it('a cell longer than Excel allows is refused with its row', async () => {
    const { result } = await read(sharedStringBomb(IMPORT_MAX_CELL_LENGTH + 1, 2));
    expect(result).toEqual({
      ok: false,
      error: {
        key: 'directory.import.error.cellTooLong',
        params: { max: IMPORT_MAX_CELL_LENGTH, line: 1 },
      },
    });
  });

  it('a small sheet repeating one long shared string stops at the text budget', async () => {
    // 2,000 rows × 200 cells × 30,000 characters: 12 billion characters once read as rows.
    const bomb = sharedStringBomb(30_000, 2_000);
    const { result, heapGrowth, ms } = await read(bomb);
    expect(result).toEqual({
      ok: false,
      error: {
        key: 'directory.import.error.tooMuchText',
        params: { max: IMPORT_MAX_CHARACTERS / 1e6 },
      },
    });
    expect(heapGrowth).toBeLessThan(200 * MB);
    expect(ms).toBeLessThan(10_000);
  });

  it('a CSV cell of 10 MB is refused', async () => {
    const csv = `legalName,note\nCông ty A,"${'x'.repeat(10_000_000)}"\n`;
    const { result } = await read(Buffer.from(csv));
    expect(result).toEqual({
      ok: false,
      error: {
        key: 'directory.import.error.cellTooLong',
        params: { max: IMPORT_MAX_CELL_LENGTH, line: 2 },
      },
    });
  });

  it('a CSV of 10 MB of delimiters stops at the column limit', async () => {
    const { result, heapGrowth } = await read(
      Buffer.from(`legalName\n${','.repeat(10_000_000)}\n`),
    );
    expect(result).toEqual({
      ok: false,
      error: { key: 'directory.import.error.tooManyColumns', params: { max: IMPORT_MAX_COLUMNS } },
    });
    expect(heapGrowth).toBeLessThan(64 * MB);
  });
});
