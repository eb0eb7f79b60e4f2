import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { identityConsents, identityDataRequests as r, identityUsers as u } from './tables';

export type DataRequestKind = 'export' | 'erasure' | 'consent';
export type DataRequestRow = typeof r.$inferSelect;

/** A new request; undefined when the account already has one of this kind open. */
export async function insertDataRequest(
  db: Db,
  row: { userId: string; kind: DataRequestKind; receivedAt: Date; dueAt: Date; note?: string },
): Promise<DataRequestRow | undefined> {
  const [inserted] = await db
    .insert(r)
    .values({ id: randomUUID(), ...row })
    .onConflictDoNothing()
    .returning();
  return inserted;
}

export async function findDataRequest(db: Db, id: string) {
  const [row] = await db.select().from(r).where(eq(r.id, id));
  return row;
}

/** The account's requests, newest first. */
export async function dataRequestsOf(db: Db, userId: string) {
  return db.select().from(r).where(eq(r.userId, userId)).orderBy(desc(r.receivedAt));
}

/** Closes an open request; undefined when it was closed meanwhile (someone acted first). */
export async function closeDataRequest(
  db: Db,
  id: string,
  outcome: Pick<
    typeof r.$inferInsert,
    'status' | 'completedAt' | 'handledBy' | 'note' | 'fileHash' | 'downloadTokenHash'
  > & { downloadExpiresAt?: Date },
): Promise<DataRequestRow | undefined> {
  const [row] = await db
    .update(r)
    .set(outcome)
    .where(and(eq(r.id, id), eq(r.status, 'open')))
    .returning();
  return row;
}

/** The export a download link opens, while the link is valid. */
export async function findExportByToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(r)
    .where(
      and(eq(r.downloadTokenHash, tokenHash), eq(r.kind, 'export'), gt(r.downloadExpiresAt, now)),
    );
  return row;
}

/** Requests for staff: open ones first by due date, then the most recently closed. */
export async function findDataRequestsForStaff(db: Db, input: { isOpen: boolean; limit: number }) {
  return db
    .select({
      id: r.id,
      kind: r.kind,
      status: r.status,
      receivedAt: r.receivedAt,
      dueAt: r.dueAt,
      completedAt: r.completedAt,
      note: r.note,
      userId: r.userId,
      email: u.email,
      name: u.name,
    })
    .from(r)
    .innerJoin(u, eq(u.id, r.userId))
    .where(input.isOpen ? eq(r.status, 'open') : undefined)
    .orderBy(input.isOpen ? asc(r.dueAt) : desc(r.receivedAt))
    .limit(input.limit);
}

/** Withdraws one of the account's consents still in force; undefined when there is none. */
export async function withdrawConsentRow(
  db: Db,
  input: { userId: string; consentId: string; now: Date },
) {
  const [row] = await db
    .update(identityConsents)
    .set({ withdrawnAt: input.now })
    .where(
      and(
        eq(identityConsents.id, input.consentId),
        eq(identityConsents.userId, input.userId),
        isNull(identityConsents.withdrawnAt),
      ),
    )
    .returning();
  return row;
}

/** Ends an export's download link and forgets its file; the file's hash, if it had one. */
export async function expireExport(db: Db, id: string): Promise<string | undefined> {
  const [before] = await db.select({ fileHash: r.fileHash }).from(r).where(eq(r.id, id));
  await db
    .update(r)
    .set({ fileHash: null, downloadTokenHash: null, downloadExpiresAt: null })
    .where(eq(r.id, id));
  return before?.fileHash ?? undefined;
}
