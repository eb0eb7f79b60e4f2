// Checks (dry run) or applies (run) an imported table, row by row, in batches, for any kind of
// record: an ImportTarget knows how to find a batch's stored records, validate and plan each
// row, and write a planned batch.
//
// A row whose values are already stored is "unchanged", so importing the same file again writes
// nothing. A batch's writes are one savepoint in the caller's transaction (which also commits the
// import's checkpoint, jobs.ts); if it fails (another writer took a key meanwhile), its rows are
// redone one savepoint each, so a broken row never leaves anything half-written and the good rows
// are still stored.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db/client';
import type { FieldMessage } from '../../../platform/errors';
import { slugify } from '../../../platform/text/vietnamese';
import type { OrganizationKind } from '../domain/taxonomy';
import type { AnyImportField, ColumnMapping, ColumnSet } from './columns';
import type { ImportTable } from './read-table';
import { mapRow, type CellConverter, type MappedRow } from './values';

export type ImportMode = 'dry-run' | 'run';

export interface RowProblem {
  /** The row number in the user's sheet. */
  line: number;
  /** The field the message is about; undefined for the row as a whole. */
  field?: AnyImportField;
  /** What the cell held, when there was one. */
  value?: string;
  message: FieldMessage;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface ImportOutcome {
  counts: ImportCounts;
  /** Every problem found, in row order. */
  problems: RowProblem[];
  createdIds: string[];
  updatedIds: string[];
}

export interface ImportOptions {
  mode: ImportMode;
  /** The kind given to new organisations whose row has none. */
  defaultKind?: OrganizationKind;
  /** Recorded as created_by / updated_by. */
  actorId?: string;
}

/** What a target decided for one row; targets add what they need to write it. */
export interface PlannedRow {
  row: MappedRow;
  action: 'create' | 'update' | 'unchanged' | 'failed';
  problems: RowProblem[];
}

export interface BatchWritten<P extends PlannedRow> {
  created: string[];
  updated: string[];
  /** Rows whose record changed since it was read (nothing of them written). */
  stale: P[];
}

/** One kind of record the importer can store. */
export interface ImportTarget<P extends PlannedRow = PlannedRow> {
  columns: ColumnSet;
  cellValue: CellConverter;
  /** The row's values that must be unique in a file (its keys), by field. */
  uniqueKeys(row: MappedRow): Partial<Record<AnyImportField, string>>;
  /** Finds the stored records of a batch's rows and plans each row. */
  plan(db: Db, rows: MappedRow[], options: ImportOptions): Promise<P[]>;
  /** Writes a planned batch (creates and updates only) in one transaction; throws if one fails. */
  write(db: Db, batch: P[], actorId: string | undefined): Promise<BatchWritten<P>>;
  /** What to tell the user when writing a row alone failed. */
  dbProblem(err: unknown): FieldMessage & { field?: AnyImportField };
}

/** Rows planned and stored together (one transaction with the import's checkpoint). */
export const IMPORT_BATCH_SIZE = 200;
const COUNTED = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const;

export const problem = (
  row: MappedRow,
  field: AnyImportField | undefined,
  message: FieldMessage,
): RowProblem => ({
  line: row.line,
  field,
  value: field ? row.cells[field] : undefined,
  message,
});

/** The problems a row already had (unreadable cells), as RowProblems. */
export const cellProblems = (row: MappedRow) =>
  row.errors.map((e) => problem(row, e.field, e.message));

/** A row refused before validation, with its cell problems and one more. */
export const refused = (
  row: MappedRow,
  field: AnyImportField,
  message: FieldMessage,
): PlannedRow => ({
  row,
  action: 'failed',
  problems: [...cellProblems(row), problem(row, field, message)],
});

/** Stored and imported values agree (lists in any order; numbers and bigints by value). */
export function sameValue(stored: unknown, imported: unknown): boolean {
  if (Array.isArray(stored) || Array.isArray(imported)) {
    const a = [...((stored as string[] | null) ?? [])].sort();
    const b = [...((imported as string[] | null) ?? [])].sort();
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  const numeric = (v: unknown) => typeof v === 'number' || typeof v === 'bigint';
  if (numeric(stored) || numeric(imported))
    return (stored ?? null)?.toString() === (imported ?? null)?.toString();
  return (stored ?? null) === (imported ?? null);
}

/**
 * Slugs for new records: the name's, else with -2, -3 … (unique in the batch too), none of
 * them reserved; `taken` says which candidates are in use.
 */
export async function freeSlugs(
  names: string[],
  taken: (slugs: string[]) => Promise<Set<string>>,
  reserved: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const bases = names.map((n) => slugify(n));
  const candidates = bases.flatMap((b) => [
    b,
    ...Array.from({ length: 9 }, (_, i) => `${b}-${i + 2}`),
  ]);
  const used = new Set([...(await taken([...new Set(candidates)])), ...reserved]);
  return bases.map((base) => {
    for (let n = 1; n <= 10; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!used.has(slug)) {
        used.add(slug);
        return slug;
      }
    }
    // Many records of this name: a random suffix, as the one-by-one forms do.
    const slug = `${base}-${randomBytes(3).toString('hex')}`;
    used.add(slug);
    return slug;
  });
}

/** Marks the second and later rows with a key already seen in the file. */
function markDuplicates(rows: MappedRow[], keysOf: ImportTarget['uniqueKeys']) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const keys = keysOf(row);
    for (const [field, key] of Object.entries(keys) as [AnyImportField, string | undefined][]) {
      if (!key) continue;
      const first = seen.get(`${field}\u0000${key}`);
      if (first === undefined) seen.set(`${field}\u0000${key}`, row.line);
      else
        row.errors.push({
          field,
          message: { key: 'directory.import.error.duplicateInFile', params: { row: first } },
        });
    }
  }
}

/**
 * The rows of a table as the importer takes them, in sheet order: a row with nothing in the
 * imported columns (a numbered but empty line) is not a row; a key seen earlier in the file is
 * marked on the later rows. The same file always gives the same rows, so a step resumed after a
 * restart finds its checkpoint's row where it left it.
 */
export function importRows(
  table: ImportTable,
  mapping: ColumnMapping[],
  target: ImportTarget<PlannedRow>,
): MappedRow[] {
  const rows = table.rows
    .map((r) => mapRow(mapping, r.line, r.cells, target.cellValue))
    .filter((r) => Object.keys(r.cells).length > 0);
  markDuplicates(rows, (row) => target.uniqueKeys(row));
  return rows;
}

export const emptyOutcome = (): ImportOutcome => ({
  counts: { created: 0, updated: 0, unchanged: 0, failed: 0 },
  problems: [],
  createdIds: [],
  updatedIds: [],
});

/**
 * Counts (dry run) or stores (run) one planned batch. Pass a transaction: the batch's writes are
 * savepoints in it, so they commit with whatever the caller writes beside them (a checkpoint).
 * The outcome's problems are in sheet order.
 */
export async function settleBatch<P extends PlannedRow>(
  db: Db,
  batch: P[],
  target: ImportTarget<P>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const outcome = emptyOutcome();
  const fail = (p: PlannedRow, extra?: RowProblem) => {
    outcome.counts.failed++;
    outcome.problems.push(...p.problems, ...(extra ? [extra] : []));
  };
  const good = batch.filter((p) => p.action !== 'failed');
  for (const p of batch) if (p.action === 'failed') fail(p);
  if (options.mode === 'dry-run') {
    for (const p of good) outcome.counts[COUNTED[p.action as keyof typeof COUNTED]]++;
  } else {
    await applyBatch(db, good, target, options, outcome, fail);
  }
  outcome.problems.sort((a, b) => a.line - b.line);
  return outcome;
}

async function applyBatch<P extends PlannedRow>(
  db: Db,
  good: P[],
  target: ImportTarget<P>,
  options: ImportOptions,
  outcome: ImportOutcome,
  fail: (p: PlannedRow, extra?: RowProblem) => void,
) {
  const writes: P[] = [];
  for (const p of good) {
    if (p.action === 'unchanged') outcome.counts.unchanged++;
    else writes.push(p);
  }
  if (writes.length === 0) return;
  const record = (result: BatchWritten<P>) => {
    outcome.counts.created += result.created.length;
    outcome.counts.updated += result.updated.length;
    outcome.createdIds.push(...result.created);
    outcome.updatedIds.push(...result.updated);
    for (const p of result.stale)
      fail(p, problem(p.row, undefined, { key: 'directory.import.error.changedMeanwhile' }));
  };
  try {
    record(await target.write(db, writes, options.actorId));
  } catch {
    // A row broke the batch (nothing of it was kept), e.g. another import stored the same
    // record meanwhile: each row is looked up again and written on its own.
    for (const first of writes) {
      const [p] = await target.plan(db, [first.row], options);
      if (p!.action === 'failed') fail(p!);
      else if (p!.action === 'unchanged') outcome.counts.unchanged++;
      else {
        try {
          record(await target.write(db, [p!], options.actorId));
        } catch (err) {
          const { field, ...message } = target.dbProblem(err);
          fail(p!, problem(p!.row, field, message));
        }
      }
    }
  }
}
