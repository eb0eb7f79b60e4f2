import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { builtOnce } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
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

/**
 * An application with its call, the programme and the call's ordinal (calls.repository): what its
 * form's page and post read first, in one query. Built once (platform/db/built-once).
 */
const applicationWithCall = builtOnce((db) =>
  db
    .select({ application: a, ...callInProgrammeFields() })
    .from(a)
    .innerJoin(programsCalls, eq(programsCalls.id, a.callId))
    .innerJoin(programsProgrammes, eq(programsProgrammes.id, programsCalls.programmeId))
    .where(eq(a.id, sql.placeholder('id')))
    .prepare('programs_application_with_call'),
);

export async function findApplicationWithCall(
  db: Db,
  id: string,
): Promise<(CallInProgramme & { application: ApplicationRow }) | undefined> {
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

/** The row, locked until the transaction ends: commands on one application run one at a time. */
export async function lockApplication(db: Db, id: string) {
  const [row] = await db.select().from(a).where(eq(a.id, id)).for('update');
  return row;
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

/**
 * The application's next frozen version (numbered after its latest; its row must be locked): its
 * id and number (the answers and form it froze are the caller's).
 */
export async function insertNextVersion(db: Db, row: Omit<typeof v.$inferInsert, 'number'>) {
  const next = sql<number>`(select coalesce(max(${v.number}), 0) + 1 from ${v}
    where ${v.applicationId} = ${row.applicationId})`;
  const [created] = await db
    .insert(v)
    .values({ ...row, number: next })
    .returning({ id: v.id, number: v.number });
  return created!;
}

/** Every frozen submission of an application, first to last. */
export async function findVersions(
  db: Db,
  applicationId: string,
): Promise<ApplicationVersionRow[]> {
  return db.select().from(v).where(eq(v.applicationId, applicationId)).orderBy(asc(v.number));
}

/**
 * Gives a submitted application the call's next receipt number (`prefix` then the sequence, at
 * least six digits) in one statement: the call's counter row stays locked until the commit, so
 * the submission's transaction takes it last and commits right after.
 */
export async function giveReceiptNumber(
  db: Db,
  input: { applicationId: string; callId: string; prefix: string },
): Promise<string> {
  const c = programsReceiptCounters;
  const result = await db.execute(sql`
    with counter as (
      insert into ${c} (${sql.identifier(c.callId.name)}, ${sql.identifier(c.lastNumber.name)})
      values (${input.callId}, 1)
      on conflict (${sql.identifier(c.callId.name)})
        do update set ${sql.identifier(c.lastNumber.name)} = ${c.lastNumber} + 1
      returning ${sql.identifier(c.lastNumber.name)}::text as n)
    update ${a} set ${sql.identifier(a.receiptNumber.name)} =
      ${input.prefix} || lpad(counter.n, greatest(6, length(counter.n)), '0')
    from counter where ${a.id} = ${input.applicationId}
    returning ${a.receiptNumber} as receipt`);
  // Both drivers (pg and PGlite) answer with `rows`.
  const [row] = (result as unknown as { rows: { receipt: string }[] }).rows;
  return row!.receipt;
}

export async function findIdempotencyKey(db: Db, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(ik)
    .where(and(eq(ik.userId, userId), eq(ik.key, key)));
  return row;
}

export async function insertIdempotencyKey(db: Db, row: typeof ik.$inferInsert) {
  await db.insert(ik).values(row);
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
