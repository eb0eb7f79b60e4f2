// Organisations as an import target. A row is matched to a stored organisation by tax code, else
// by external id; otherwise it is new. An existing organisation takes only the non-empty cells
// of the file's columns (an empty cell changes nothing).
import type { Db } from '../../../platform/db/client';
import type { FieldMessage } from '../../../platform/errors';
import { issueMessage } from '../../../platform/input/validation';
import { ZOrganizationFields, type TOrganizationFields } from '../contracts';
import {
  findOrganizationsByExternalIds,
  findOrganizationsByTaxCodes,
  insertOrganizations,
  slugsTaken,
} from '../db/organization-import.repository';
import {
  uniqueViolation,
  updateOrganization as updateRow,
  type NewOrganizationRow,
  type OrganizationRow,
} from '../db/organizations.repository';
import { checkTaxCode } from '../domain/tax-code';
import type { OrganizationKind } from '../domain/taxonomy';
import { organizationSearchFields, sortName } from '../services/search-fields';
import { IMPORT_FIELDS, ORGANIZATION_COLUMNS, type ImportField } from './columns';
import {
  cellProblems,
  freeSlugs,
  problem,
  refused,
  sameValue,
  type ImportTarget,
  type PlannedRow,
} from './process';
import { cellValue, type MappedRow } from './values';

type Stored = OrganizationRow;

interface Planned extends PlannedRow {
  /** For create: the validated fields; for update: the changed fields only. */
  fields?: Partial<TOrganizationFields>;
  target?: Stored;
}

/** A stored organisation as the fields its search texts are computed from. */
const asFields = (row: Stored): TOrganizationFields =>
  ({
    ...row,
    kind: row.kind as TOrganizationFields['kind'],
  }) as unknown as TOrganizationFields;

/** Validates one row against what is stored and decides what to do with it. */
function planRow(row: MappedRow, found: Stored | undefined, defaultKind?: OrganizationKind) {
  const planned: Planned = { row, action: 'failed', problems: cellProblems(row) };
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
    if (!sameValue(found[field as keyof Stored], value))
      (changed as Record<string, unknown>)[field] = value;
  }
  const action = Object.keys(changed).length > 0 ? ('update' as const) : ('unchanged' as const);
  return { ...planned, action, fields: changed, target: found };
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
    if (viaTax && viaExternal && viaTax.id !== viaExternal.id) {
      return refused(row, 'externalId', { key: 'directory.import.error.externalIdTaken' });
    }
    const found = viaTax ?? viaExternal;
    if (found && (found.archivedAt || found.mergedInto)) {
      return refused(row, viaTax ? 'taxCode' : 'externalId', {
        key: found.mergedInto ? 'directory.import.error.merged' : 'directory.import.error.archived',
      });
    }
    return planRow(row, found, defaultKind);
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
    const slugs = await freeSlugs(names, (candidates) => slugsTaken(tx, candidates));
    const created = await insertOrganizations(
      tx,
      creates.map((p, i) => newRow(p.fields as TOrganizationFields, slugs[i]!, actorId)),
    );
    const updated: string[] = [];
    const stale: Planned[] = [];
    for (const p of batch.filter((q) => q.action === 'update')) {
      const target = p.target!;
      const merged = { ...asFields(target), ...p.fields } as TOrganizationFields;
      const row = await updateRow(
        tx,
        target.id,
        target.version,
        { ...p.fields, ...organizationSearchFields(merged) },
        { by: actorId },
      );
      if (row) updated.push(row.id);
      else stale.push(p);
    }
    return { created: created.map((c) => c.id), updated, stale };
  });
}

export const ORGANIZATION_TARGET: ImportTarget<Planned> = {
  columns: ORGANIZATION_COLUMNS,
  cellValue,
  uniqueKeys: (row) => ({ taxCode: taxOf(row), externalId: externalOf(row) }),
  plan: (db, rows, options) => planBatch(db, rows, options.defaultKind),
  write: writeBatch,
  dbProblem(err) {
    const field = uniqueViolation(err);
    if (field === 'taxCode') return { key: 'directory.error.taxCodeTaken', field: 'taxCode' };
    if (field === 'externalId')
      return { key: 'directory.import.error.externalIdTaken', field: 'externalId' };
    return { key: 'directory.import.error.rowFailed' };
  },
};
