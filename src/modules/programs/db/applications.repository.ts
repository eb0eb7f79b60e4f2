import { and, asc, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import { builtOnce } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { rowFromDriver, rowsOf } from '../../../platform/db/raw-rows';
import {
  updateAtVersion,
  updateAtVersionStatement,
  type ChangeStamp,
} from '../../../platform/db/versioned';
import { failedRowsRequired, rowsRequired, violatedUnique } from '../../../platform/db/violations';
import { callInProgrammeFields, type CallInProgramme } from './calls.repository';
import {
  programsApplicationAttachments,
  programsApplicationCoEditors,
  programsApplications,
  programsApplicationVersions,
  programsCalls,
  programsIdempotencyKeys,
  programsProgrammes,
  programsReceiptCounters,
} from './tables';

export type ApplicationRow = typeof programsApplications.$inferSelect;
export type NewApplicationRow = typeof programsApplications.$inferInsert;
export type ApplicationVersionRow = typeof programsApplicationVersions.$inferSelect;
export type AttachmentRow = typeof programsApplicationAttachments.$inferSelect;
export type CoEditorRow = typeof programsApplicationCoEditors.$inferSelect;

const a = programsApplications;
const v = programsApplicationVersions;
const ce = programsApplicationCoEditors;
const ik = programsIdempotencyKeys;
const at = programsApplicationAttachments;

/** An application is one organisation's answer to one call, for good. */
const SYSTEM_OWNED = ['callId', 'organizationId'] as const;
const editable = editableColumns(a, SYSTEM_OWNED);
/** What a command may change of an application's row (answers, status, receipt, dates). */
export type ApplicationPatch = EditablePatch<typeof a, (typeof SYSTEM_OWNED)[number]>;

/** A new application, or undefined when this organisation already has one for the call. */
export async function insertApplication(
  db: Db,
  row: NewApplicationRow,
): Promise<ApplicationRow | undefined> {
  const [created] = await db
    .insert(a)
    .values(row)
    .onConflictDoNothing({ target: [a.callId, a.organizationId] })
    .returning();
  return created;
}

/** Every page and command of an application starts here: built once (platform/db/built-once). */
const applicationById = builtOnce((db) =>
  db
    .select()
    .from(a)
    .where(eq(a.id, sql.placeholder('id')))
    .prepare('programs_application_by_id'),
);

export async function findApplicationById(db: Db, id: string) {
  const [row] = await applicationById(db).execute({ id });
  return row;
}

/** The number of an application's latest frozen version (0: none), read with its row. */
// Qualified by hand: Drizzle writes a one-table select's columns without their table.
const lastVersionNumber = sql<number>`(select coalesce(max(number), 0) from ${v}
  where application_id = ${a}.id)`.mapWith(Number);

/**
 * An application with its call, the programme and the call's ordinal (calls.repository), and its
 * latest version's number: what its form's page and post read first, in one query. Built once
 * (platform/db/built-once).
 */
const applicationWithCall = builtOnce((db) =>
  db
    .select({ application: a, lastVersionNumber, ...callInProgrammeFields() })
    .from(a)
    .innerJoin(programsCalls, eq(programsCalls.id, a.callId))
    .innerJoin(programsProgrammes, eq(programsProgrammes.id, programsCalls.programmeId))
    .where(eq(a.id, sql.placeholder('id')))
    .prepare('programs_application_with_call'),
);

export async function findApplicationWithCall(
  db: Db,
  id: string,
): Promise<
  (CallInProgramme & { application: ApplicationRow; lastVersionNumber: number }) | undefined
> {
  const [row] = await applicationWithCall(db).execute({ id });
  return row;
}

export async function findApplicationOf(db: Db, callId: string, organizationId: string) {
  const [row] = await db
    .select()
    .from(a)
    .where(and(eq(a.callId, callId), eq(a.organizationId, organizationId)));
  return row;
}

/**
 * The row, locked until the transaction ends: commands on one application run one at a time; with
 * the number of its latest frozen version (0: none) as the statement saw it when it started. A
 * commit it waited for the lock of is not counted — such a commit moved the row's version on.
 */
export async function lockApplication(db: Db, id: string) {
  const [row] = await db
    .select({ application: a, lastVersionNumber })
    .from(a)
    .where(eq(a.id, id))
    .for('update');
  return row;
}

/** The number of an application's latest frozen version (0: none). */
export async function findLastVersionNumber(db: Db, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${v.number}), 0)`.mapWith(Number) })
    .from(v)
    .where(eq(v.applicationId, applicationId));
  return row?.n ?? 0;
}

/** Updates only when the stored version is the expected one; undefined means a stale write. */
export async function updateApplicationRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: ApplicationPatch,
  stamp: ChangeStamp,
): Promise<ApplicationRow | undefined> {
  return updateAtVersion(db, a, eq(a.id, id), expectedVersion, editable.pick(patch), stamp);
}

/** The applications of these organisations, and those the account co-edits; latest first. */
export async function findApplicationsFor(
  db: Db,
  params: { organizationIds: readonly string[]; userId: string },
): Promise<ApplicationRow[]> {
  const coEdited = db.select({ id: ce.applicationId }).from(ce).where(eq(ce.userId, params.userId));
  return db
    .select()
    .from(a)
    .where(
      or(
        params.organizationIds.length
          ? inArray(a.organizationId, [...params.organizationIds])
          : undefined,
        inArray(a.id, coEdited),
      ),
    )
    .orderBy(desc(a.updatedAt))
    .limit(200);
}

/** Every frozen submission of an application, first to last. */
export async function findVersions(
  db: Db,
  applicationId: string,
): Promise<ApplicationVersionRow[]> {
  return db.select().from(v).where(eq(v.applicationId, applicationId)).orderBy(asc(v.number));
}

export interface SubmissionWrite {
  applicationId: string;
  /** The row's version the submission was checked against. */
  expectedVersion: number;
  patch: Required<Pick<ApplicationPatch, 'status' | 'answers' | 'submittedAt'>>;
  stamp: ChangeStamp;
  /** The frozen copy of the answers: its number follows the latest version's at `expectedVersion`. */
  version: Omit<typeof v.$inferInsert, 'applicationId'> & { id: string; number: number };
  /** The key of the submitting page (or API call), answered again by this version. */
  idempotencyKey: Omit<typeof ik.$inferInsert, 'applicationId' | 'versionNumber'>;
  /** Files the answers reference that no save has recorded yet. */
  attachments: Omit<typeof at.$inferInsert, 'applicationId'>[];
  /**
   * The call's next receipt number for an application without one: `prefix` then the sequence, at
   * least six digits.
   */
  receipt?: { callId: string; prefix: string };
  /** The command's other writes (its audit entry, its jobs): data-modifying CTEs by name. */
  alongside: Record<string, SQL>;
}

/** Unique indexes a submission that got there first leaves to the next one. */
const TAKEN_BY_ANOTHER_SUBMISSION = new Set([
  'programs_application_versions_number_uq',
  'programs_idempotency_keys_user_id_key_pk',
]);

const applicationColumns = getTableColumns(a);

/**
 * A submission's writes in one statement, atomic with or without a transaction: the row moved to
 * the next version with its patch (and a receipt number) only while it is at `expectedVersion`,
 * and, as data-modifying CTEs, the frozen version, the idempotency key, the new attachments, the
 * receipt counter and the caller's `alongside` writes (named apart from those). Undefined, with
 * nothing written, when the row is not at that version or another submission took the version's
 * number or the key meanwhile (the caller then takes the row's lock and looks again).
 * The call's counter row stays locked until the commit and every first submission to the call
 * waits for it (the surge's bottleneck on PostgreSQL): alone, the statement is its own commit.
 */
export async function writeSubmission(
  db: Db,
  w: SubmissionWrite,
): Promise<ApplicationRow | undefined> {
  const applicationId = w.applicationId;
  const writes: Record<string, SQL> = {};
  let receiptNumber: SQL | undefined;
  if (w.receipt) {
    const c = programsReceiptCounters;
    const lastNumber = sql.identifier(c.lastNumber.name);
    // The application's row is locked before the counter's, as a transaction holding it takes
    // them: two submissions of one application never wait for each other's second lock.
    writes.counter = sql`insert into ${c} (${sql.identifier(c.callId.name)}, ${lastNumber})
      select ${w.receipt.callId}::uuid, 1 from ${a}
       where ${a}.id = ${applicationId} and ${a}.version = ${w.expectedVersion}::int for update
      on conflict (${sql.identifier(c.callId.name)}) do update set ${lastNumber} = ${c.lastNumber} + 1
      returning ${lastNumber}::text as n`;
    receiptNumber = sql`(select ${w.receipt.prefix} || lpad(n, greatest(6, length(n)), '0')
      from counter)`;
  }
  const patch = { ...editable.pick(w.patch), ...(receiptNumber && { receiptNumber }) };
  writes.submitted = updateAtVersionStatement(
    db,
    a,
    eq(a.id, applicationId),
    w.expectedVersion,
    patch,
    w.stamp,
  );
  if (w.attachments.length)
    writes.attachments = db
      .insert(at)
      .values(w.attachments.map((row) => ({ ...row, applicationId })))
      .getSQL();
  writes.version = db
    .insert(v)
    .values({ ...w.version, applicationId })
    .getSQL();
  writes.idempotency_key = db
    .insert(ik)
    .values({ ...w.idempotencyKey, applicationId, versionNumber: w.version.number })
    .getSQL();
  Object.assign(writes, w.alongside);
  const ctes = Object.entries(writes).map(
    ([name, write]) => sql`${sql.identifier(name)} as (${write})`,
  );
  try {
    const result = await db.execute(sql`with ${sql.join(ctes, sql`, `)}
      select (select row_to_json(submitted) from submitted) as submitted,
             ${rowsRequired('submitted')} as is_submitted`);
    const [row] = rowsOf<{ submitted: Record<string, unknown> }>(result);
    return rowFromDriver<ApplicationRow>(applicationColumns, row!.submitted);
  } catch (err) {
    if (failedRowsRequired(err) || TAKEN_BY_ANOTHER_SUBMISSION.has(violatedUnique(err) ?? ''))
      return undefined;
    throw err;
  }
}

export async function findIdempotencyKey(db: Db, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(ik)
    .where(and(eq(ik.userId, userId), eq(ik.key, key)));
  return row;
}

export async function findCoEditors(db: Db, applicationId: string): Promise<CoEditorRow[]> {
  return db.select().from(ce).where(eq(ce.applicationId, applicationId)).orderBy(asc(ce.createdAt));
}

/** False when the account already co-edits the application. */
export async function insertCoEditor(db: Db, row: typeof ce.$inferInsert): Promise<boolean> {
  const added = await db.insert(ce).values(row).onConflictDoNothing().returning();
  return added.length > 0;
}

/** False when the account did not co-edit the application. */
export async function deleteCoEditor(db: Db, applicationId: string, userId: string) {
  const removed = await db
    .delete(ce)
    .where(and(eq(ce.applicationId, applicationId), eq(ce.userId, userId)))
    .returning();
  return removed.length > 0;
}

export async function insertAttachments(db: Db, rows: (typeof at.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(at).values(rows).returning();
}

export async function findAttachments(db: Db, applicationId: string): Promise<AttachmentRow[]> {
  return db.select().from(at).where(eq(at.applicationId, applicationId)).orderBy(asc(at.createdAt));
}

/** An application's upload of these bytes (the latest, when uploaded twice). */
export async function findAttachmentByHash(db: Db, applicationId: string, contentHash: string) {
  const [row] = await db
    .select()
    .from(at)
    .where(and(eq(at.applicationId, applicationId), eq(at.contentHash, contentHash)))
    .orderBy(desc(at.createdAt))
    .limit(1);
  return row;
}
