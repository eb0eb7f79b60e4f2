import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { builtOnce } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { programsCallExtensions, programsCalls, programsProgrammes } from './tables';
import type { ProgrammeRow } from './programmes.repository';

export type CallRow = typeof programsCalls.$inferSelect;
export type NewCallRow = typeof programsCalls.$inferInsert;
export type ExtensionRow = typeof programsCallExtensions.$inferSelect;

const c = programsCalls;
const x = programsCallExtensions;

/** A call stays in its programme, and its address (unique there) is fixed at creation. */
const SYSTEM_OWNED = ['programmeId', 'slug'] as const;
const editable = editableColumns(c, SYSTEM_OWNED);
/** What a command may change of a call's row. */
export type CallPatch = EditablePatch<typeof c, (typeof SYSTEM_OWNED)[number]>;

export async function insertCall(db: Db, row: NewCallRow): Promise<CallRow> {
  const [created] = await db.insert(c).values(row).returning();
  return created!;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateCallRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: CallPatch,
  stamp: ChangeStamp,
): Promise<CallRow | undefined> {
  return updateAtVersion(db, c, eq(c.id, id), expectedVersion, editable.pick(patch), stamp);
}

export async function findCallById(db: Db, id: string) {
  const [row] = await db.select().from(c).where(eq(c.id, id));
  return row;
}

/** The calls whose receipts a call's ordinal counts: every call that was not deleted. */
export const RECEIPT_CALL_STATUSES = ['draft', 'published', 'archived'] as const;

/**
 * A call with its programme and its ordinal among the programme's calls that open in the same
 * Vietnam year (by creation, then opening, then address): what a receipt number is made of.
 */
export interface CallInProgramme {
  call: CallRow;
  programme: ProgrammeRow;
  sameYearOrdinal: number;
}

/**
 * The columns of a CallInProgramme, read with the call since every submission reads it; the query
 * selecting them joins the call's programme.
 */
export function callInProgrammeFields() {
  const other = sql.raw('other');
  const vnYear = (opensAt: unknown) =>
    sql`extract(year from ${opensAt} at time zone 'UTC' + interval '7 hours')`;
  return {
    call: c,
    programme: programsProgrammes,
    sameYearOrdinal: sql<number>`(select count(*)::int from ${c} ${other}
      where ${other}.programme_id = ${c.programmeId}
        and ${other}.status in ${RECEIPT_CALL_STATUSES}
        and ${vnYear(sql`${other}.opens_at`)} = ${vnYear(c.opensAt)}
        and (${other}.created_at, ${other}.opens_at, ${other}.slug)
          <= (${c.createdAt}, ${c.opensAt}, ${c.slug}))`,
  };
}

const callInProgramme = builtOnce((db) =>
  db
    .select(callInProgrammeFields())
    .from(c)
    .innerJoin(programsProgrammes, eq(programsProgrammes.id, c.programmeId))
    .where(eq(c.id, sql.placeholder('id')))
    .prepare('programs_call_in_programme'),
);

/** Every application's page and command reads its call here: built once (platform/db/built-once). */
export async function findCallInProgramme(
  db: Db,
  id: string,
): Promise<CallInProgramme | undefined> {
  const [row] = await callInProgramme(db).execute({ id });
  return row;
}

export async function findCallBySlug(db: Db, programmeId: string, slug: string) {
  const [row] = await db
    .select()
    .from(c)
    .where(and(eq(c.programmeId, programmeId), eq(c.slug, slug)));
  return row;
}

export async function callSlugTaken(db: Db, programmeId: string, slug: string) {
  return Boolean(await findCallBySlug(db, programmeId, slug));
}

/** A programme's calls in the given states, in opening order. */
export async function findCallsOfProgramme(
  db: Db,
  programmeId: string,
  statuses: readonly string[],
): Promise<CallRow[]> {
  return db
    .select()
    .from(c)
    .where(and(eq(c.programmeId, programmeId), inArray(c.status, [...statuses])))
    .orderBy(asc(c.opensAt), c.slug);
}

export async function insertExtension(
  db: Db,
  row: typeof programsCallExtensions.$inferInsert,
): Promise<ExtensionRow> {
  const [created] = await db.insert(x).values(row).returning();
  return created!;
}

/** A call's extensions, of one applicant when given, oldest first. */
export async function findExtensions(
  db: Db,
  callId: string,
  organizationId?: string,
): Promise<ExtensionRow[]> {
  return db
    .select()
    .from(x)
    .where(
      and(eq(x.callId, callId), organizationId ? eq(x.organizationId, organizationId) : undefined),
    )
    .orderBy(asc(x.createdAt));
}
