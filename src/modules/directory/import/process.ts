// Checks (dry run) or applies (run) an imported table, row by row, in batches.
//
// A row is matched to a stored organisation by tax code, else by external id; otherwise it is
// new. An existing organisation takes only the non-empty cells of the file's columns (an empty
// cell changes nothing), and a row whose values are already stored is "unchanged", so importing
// the same file again writes nothing. Each batch is one transaction; if it fails (another writer
// took a tax code meanwhile), its rows are redone one transaction each, so a broken row never
// leaves anything half-written and the good rows are still stored.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db/client';
import type { FieldMessage } from '../../../platform/http/errors';
import { issueMessage } from '../../../platform/http/forms';
import { slugify } from '../../../platform/text/vietnamese';
import { ZOrganizationFields, type TOrganizationFields } from '../contracts';
import {
  findOrganizationsByExternalIds,
  findOrganizationsByTaxCodes,
  insertOrganizations,
  slugsTaken,
  uniqueViolation,
  updateOrganization as updateRow,
  type NewOrganizationRow,
  type OrganizationRow,
} from '../db/organizations.repository';
import { checkTaxCode } from '../domain/tax-code';
import type { OrganizationKind } from '../domain/taxonomy';
import { organizationSearchFields, sortName } from '../services/search-fields';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './columns';
import type { ImportTable } from './read-table';
import { mapRow, type MappedRow } from './values';

export type ImportMode = 'dry-run' | 'run';

export interface RowProblem {
  /** The row number in the user's sheet. */
  line: number;
  /** The field the message is about; undefined for the row as a whole. */
  field?: ImportField;
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
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const BATCH_SIZE = 200;
const COUNTED = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const;

type Stored = OrganizationRow;

/** The stored value of a field, for comparison with an imported one. */
function same(field: ImportField, stored: unknown, imported: unknown): boolean {
  if (Array.isArray(stored) || Array.isArray(imported)) {
    const a = [...((stored as string[] | null) ?? [])].sort();
    const b = [...((imported as string[] | null) ?? [])].sort();
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  if (field === 'capitalRaisedVnd' || field === 'teamSize')
    return (stored ?? null)?.toString() === (imported ?? null)?.toString();
  return (stored ?? null) === (imported ?? null);
}

/** A stored organisation as the fields its search texts are computed from. */
const asFields = (row: Stored): TOrganizationFields =>
  ({
    ...row,
    kind: row.kind as TOrganizationFields['kind'],
  }) as unknown as TOrganizationFields;

interface Planned {
  row: MappedRow;
  action: 'create' | 'update' | 'unchanged' | 'failed';
  /** For create: the validated fields; for update: the changed fields only. */
  fields?: Partial<TOrganizationFields>;
  target?: Stored;
  problems: RowProblem[];
}

const problem = (row: MappedRow, field: ImportField | undefined, message: FieldMessage) => ({
  line: row.line,
  field,
  value: field ? row.cells[field] : undefined,
  message,
});

/** Validates one row against what is stored and decides what to do with it. */
function planRow(row: MappedRow, found: Stored | undefined, defaultKind?: OrganizationKind) {
  const planned: Planned = { row, action: 'failed', problems: [] };
  for (const e of row.errors) planned.problems.push(problem(row, e.field, e.message));
  const input: Record<string, unknown> = found
    ? { kind: found.kind, legalName: found.legalName, ...row.values }
    : { kind: defaultKind, ...row.values };
  const parsed = ZOrganizationFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ImportField | undefined;
      if (planned.problems.some((p) => p.field === field)) continue;
      const message: FieldMessage =
        field === 'kind' && input.kind === undefined
          ? { key: 'directory.import.error.kindMissing' }
          : issueMessage(issue);
      planned.problems.push(problem(row, field, message));
    }
  }
  if (planned.problems.length > 0 || !parsed.success) return planned;
  const fields = parsed.data;
  if (!found) return { ...planned, action: 'create' as const, fields };
  const changed: Partial<TOrganizationFields> = {};
  for (const field of IMPORT_FIELDS) {
    if (!(field in row.values)) continue;
    const value = fields[field];
    if (!same(field, found[field as keyof Stored], value))
      (changed as Record<string, unknown>)[field] = value;
  }
  const action = Object.keys(changed).length > 0 ? ('update' as const) : ('unchanged' as const);
  return { ...planned, action, fields: changed, target: found };
}

/** Marks the second and later rows with a tax code or external id already seen in the file. */
function markDuplicates(rows: MappedRow[]) {
  const seen = { taxCode: new Map<string, number>(), externalId: new Map<string, number>() };
  for (const row of rows) {
    const tax = typeof row.values.taxCode === 'string' ? checkTaxCode(row.values.taxCode) : null;
    const keys = {
      taxCode: tax?.ok ? tax.value : undefined,
      externalId: typeof row.values.externalId === 'string' ? row.values.externalId : undefined,
    };
    for (const field of ['taxCode', 'externalId'] as const) {
      const key = keys[field];
      if (!key) continue;
      const first = seen[field].get(key);
      if (first === undefined) seen[field].set(key, row.line);
      else
        row.errors.push({
          field,
          message: { key: 'directory.import.error.duplicateInFile', params: { row: first } },
        });
    }
  }
}

const taxOf = (row: MappedRow) => {
  const checked = typeof row.values.taxCode === 'string' ? checkTaxCode(row.values.taxCode) : null;
  return checked?.ok ? checked.value : undefined;
};
const externalOf = (row: MappedRow) =>
  typeof row.values.externalId === 'string' && row.values.externalId
    ? row.values.externalId.normalize('NFC')
    : undefined;

/** Finds the stored organisations of a batch's rows (two queries) and plans each row. */
async function planBatch(db: Db, rows: MappedRow[], defaultKind?: OrganizationKind) {
  const taxCodes = rows.map(taxOf).filter((t): t is string => Boolean(t));
  const externalIds = rows.map(externalOf).filter((t): t is string => Boolean(t));
  const [byTax, byExternal] = await Promise.all([
    findOrganizationsByTaxCodes(db, taxCodes),
    findOrganizationsByExternalIds(db, externalIds),
  ]);
  const taxMap = new Map(byTax.map((r) => [r.taxCode!, r]));
  const externalMap = new Map(byExternal.map((r) => [r.externalId!, r]));
  return rows.map((row): Planned => {
    const tax = taxOf(row);
    const external = externalOf(row);
    const viaTax = tax ? taxMap.get(tax) : undefined;
    const viaExternal = external ? externalMap.get(external) : undefined;
    const failed = (field: ImportField, message: FieldMessage): Planned => ({
      row,
      action: 'failed',
      problems: [
        ...row.errors.map((e) => problem(row, e.field, e.message)),
        problem(row, field, message),
      ],
    });
    if (viaTax && viaExternal && viaTax.id !== viaExternal.id) {
      return failed('externalId', { key: 'directory.import.error.externalIdTaken' });
    }
    const found = viaTax ?? viaExternal;
    if (found && (found.archivedAt || found.mergedInto)) {
      return failed(viaTax ? 'taxCode' : 'externalId', {
        key: found.mergedInto ? 'directory.import.error.merged' : 'directory.import.error.archived',
      });
    }
    return planRow(row, found, defaultKind);
  });
}

/** Slugs for new organisations: the name's, else with -2, -3 … (unique in the batch too). */
async function slugsFor(db: Db, names: string[]): Promise<string[]> {
  const bases = names.map((n) => slugify(n));
  const candidates = bases.flatMap((b) => [
    b,
    ...Array.from({ length: 9 }, (_, i) => `${b}-${i + 2}`),
  ]);
  const taken = await slugsTaken(db, [...new Set(candidates)]);
  return bases.map((base) => {
    for (let n = 1; n <= 10; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!taken.has(slug)) {
        taken.add(slug);
        return slug;
      }
    }
    // Many organisations of this name: a random suffix, as uniqueSlug does.
    const slug = `${base}-${randomBytes(3).toString('hex')}`;
    taken.add(slug);
    return slug;
  });
}

function newRow(fields: TOrganizationFields, slug: string, actorId?: string): NewOrganizationRow {
  return {
    ...fields,
    ...organizationSearchFields(fields),
    slug,
    createdBy: actorId,
    updatedBy: actorId,
  };
}

/** Writes one planned batch in one transaction; throws if any statement fails. */
async function writeBatch(db: Db, batch: Planned[], actorId: string | undefined) {
  return db.transaction(async (tx) => {
    const creates = batch.filter((p) => p.action === 'create');
    const names = creates.map((p) => sortName(p.fields as TOrganizationFields));
    const slugs = await slugsFor(tx, names);
    const created = await insertOrganizations(
      tx,
      creates.map((p, i) => newRow(p.fields as TOrganizationFields, slugs[i]!, actorId)),
    );
    const updated: string[] = [];
    const stale: Planned[] = [];
    for (const p of batch.filter((q) => q.action === 'update')) {
      const target = p.target!;
      const merged = { ...asFields(target), ...p.fields } as TOrganizationFields;
      const row = await updateRow(tx, target.id, target.version, {
        ...p.fields,
        ...organizationSearchFields(merged),
        updatedBy: actorId,
      });
      if (row) updated.push(row.id);
      else stale.push(p);
    }
    return { created: created.map((c) => c.id), updated, stale };
  });
}

const dbProblem = (err: unknown): FieldMessage & { field?: ImportField } => {
  const field = uniqueViolation(err);
  if (field === 'taxCode') return { key: 'directory.error.taxCodeTaken', field: 'taxCode' };
  if (field === 'externalId')
    return { key: 'directory.import.error.externalIdTaken', field: 'externalId' };
  return { key: 'directory.import.error.rowFailed' };
};

/** Validates every row and, in run mode, stores the good ones. */
export async function processImport(
  db: Db,
  table: ImportTable,
  mapping: ColumnMapping[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    counts: { created: 0, updated: 0, unchanged: 0, failed: 0 },
    problems: [],
    createdIds: [],
    updatedIds: [],
  };
  // A row with nothing in the imported columns (a numbered but empty line) is not a row.
  const rows = table.rows
    .map((r) => mapRow(mapping, r.line, r.cells))
    .filter((r) => Object.keys(r.cells).length > 0);
  markDuplicates(rows);
  const size = options.batchSize ?? BATCH_SIZE;
  const fail = (p: Planned, extra?: RowProblem) => {
    outcome.counts.failed++;
    outcome.problems.push(...p.problems, ...(extra ? [extra] : []));
  };
  for (let start = 0; start < rows.length; start += size) {
    const batch = await planBatch(db, rows.slice(start, start + size), options.defaultKind);
    const good = batch.filter((p) => p.action !== 'failed');
    for (const p of batch) if (p.action === 'failed') fail(p);
    if (options.mode === 'dry-run') {
      for (const p of good) outcome.counts[COUNTED[p.action as keyof typeof COUNTED]]++;
    } else {
      await applyBatch(db, good, options, outcome, fail);
    }
    options.onProgress?.(Math.min(start + size, rows.length), rows.length);
    // Let the requests waiting for the database (and the progress page) in between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  outcome.problems.sort((a, b) => a.line - b.line);
  return outcome;
}

async function applyBatch(
  db: Db,
  good: Planned[],
  options: ImportOptions,
  outcome: ImportOutcome,
  fail: (p: Planned, extra?: RowProblem) => void,
) {
  const writes: Planned[] = [];
  for (const p of good) {
    if (p.action === 'unchanged') outcome.counts.unchanged++;
    else writes.push(p);
  }
  if (writes.length === 0) return;
  const record = (result: Awaited<ReturnType<typeof writeBatch>>) => {
    outcome.counts.created += result.created.length;
    outcome.counts.updated += result.updated.length;
    outcome.createdIds.push(...result.created);
    outcome.updatedIds.push(...result.updated);
    for (const p of result.stale)
      fail(p, problem(p.row, undefined, { key: 'directory.import.error.changedMeanwhile' }));
  };
  try {
    record(await writeBatch(db, writes, options.actorId));
  } catch {
    // A row broke the batch (nothing of it was kept), e.g. another import stored the same
    // organisation meanwhile: each row is looked up again and written on its own.
    for (const first of writes) {
      const [p] = await planBatch(db, [first.row], options.defaultKind);
      if (p!.action === 'failed') fail(p!);
      else if (p!.action === 'unchanged') outcome.counts.unchanged++;
      else {
        try {
          record(await writeBatch(db, [p!], options.actorId));
        } catch (err) {
          const { field, ...message } = dbProblem(err);
          fail(p!, problem(p!.row, field, message));
        }
      }
    }
  }
}
