// Public votes: the vote of a call, its entries and the ballots cast on them.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  programsApplications as a,
  programsVoteBallots as b,
  programsVoteEntries as e,
  programsVotes as v,
} from './tables';

export type VoteRow = typeof v.$inferSelect;
export type VoteEntryRow = typeof e.$inferSelect;
export type BallotRow = typeof b.$inferSelect;

/** A vote is its call's (one per call). */
const SYSTEM_OWNED = ['callId'] as const;
const editable = editableColumns(v, SYSTEM_OWNED);
/** What a command may change of a vote's row (its state and when it moved). */
export type VotePatch = EditablePatch<typeof v, (typeof SYSTEM_OWNED)[number]>;

/** The call's vote; undefined when another request created it first. */
export async function insertVote(db: Db, row: typeof v.$inferInsert): Promise<VoteRow | undefined> {
  const [created] = await db.insert(v).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findVoteById(db: Db, id: string): Promise<VoteRow | undefined> {
  const [row] = await db.select().from(v).where(eq(v.id, id));
  return row;
}

export async function findVoteOfCall(db: Db, callId: string): Promise<VoteRow | undefined> {
  const [row] = await db.select().from(v).where(eq(v.callId, callId));
  return row;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateVoteRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: VotePatch,
  stamp: ChangeStamp,
): Promise<VoteRow | undefined> {
  return updateAtVersion(db, v, eq(v.id, id), expectedVersion, editable.pick(patch), stamp);
}

/**
 * Locks the vote: ballots in share mode (they do not wait for one another), closing it or
 * removing an entry in update mode, so a ballot and a closing cannot cross.
 */
export async function lockVote(
  db: Db,
  id: string,
  mode: 'share' | 'update',
): Promise<VoteRow | undefined> {
  const [row] = await db.select().from(v).where(eq(v.id, id)).for(mode);
  return row;
}

/** Undefined when the application is on the vote already. */
export async function insertEntry(
  db: Db,
  row: typeof e.$inferInsert,
): Promise<VoteEntryRow | undefined> {
  const [created] = await db.insert(e).values(row).onConflictDoNothing().returning();
  return created;
}

export async function deleteEntry(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(e).where(eq(e.id, id)).returning({ id: e.id });
  return rows.length > 0;
}

export async function findEntryById(db: Db, id: string): Promise<VoteEntryRow | undefined> {
  const [row] = await db.select().from(e).where(eq(e.id, id));
  return row;
}

export async function findEntriesOfVote(db: Db, voteId: string): Promise<VoteEntryRow[]> {
  return db.select().from(e).where(eq(e.voteId, voteId)).orderBy(asc(e.createdAt), asc(e.id));
}

/** The application an entry may be made of: one of the call's. */
export async function findCallApplication(db: Db, callId: string, applicationId: string) {
  const [row] = await db
    .select({ id: a.id, status: a.status, organizationId: a.organizationId })
    .from(a)
    .where(and(eq(a.id, applicationId), eq(a.callId, callId)));
  return row;
}

/** Undefined when the account has voted for the entry already (a double click, a race). */
export async function insertBallot(
  db: Db,
  row: typeof b.$inferInsert,
): Promise<BallotRow | undefined> {
  const [created] = await db.insert(b).values(row).onConflictDoNothing().returning();
  return created;
}

export async function countBallotsOfEntry(db: Db, entryId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(b).where(eq(b.entryId, entryId));
  return row?.n ?? 0;
}

export async function hasBallot(db: Db, entryId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ entryId: b.entryId })
    .from(b)
    .where(and(eq(b.entryId, entryId), eq(b.userId, userId)));
  return rows.length > 0;
}

/** A vote's ballots in time order, without the accounts: the tally and the burst check. */
export async function findBallotsOfVote(db: Db, voteId: string) {
  return db
    .select({ entryId: b.entryId, isNewAccount: b.isNewAccount, createdAt: b.createdAt })
    .from(b)
    .where(eq(b.voteId, voteId))
    .orderBy(asc(b.entryId), asc(b.createdAt));
}
