// The programmes' records an account made: the applications it started (they belong to the
// applying organisation) and the drafts it was invited to co-edit.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  programsApplicationCoEditors as e,
  programsApplications as a,
  programsCalls as c,
} from './tables';

export async function personalRecordsOf(db: Db, userId: string) {
  const applications = await db
    .select({
      call: c.titleVi,
      receiptNumber: a.receiptNumber,
      status: a.status,
      answers: a.answers,
      createdAt: a.createdAt,
      submittedAt: a.submittedAt,
      withdrawnAt: a.withdrawnAt,
    })
    .from(a)
    .innerJoin(c, eq(c.id, a.callId))
    .where(eq(a.createdBy, userId));
  const coEditing = await db
    .select({ call: c.titleVi, receiptNumber: a.receiptNumber, since: e.createdAt })
    .from(e)
    .innerJoin(a, eq(a.id, e.applicationId))
    .innerJoin(c, eq(c.id, a.callId))
    .where(eq(e.userId, userId));
  return { applications, coEditing };
}

/** The account stops co-editing; applications stay with their organisation (the law keeps them). */
export async function erasePersonalRecords(db: Db, userId: string): Promise<void> {
  await db.delete(e).where(eq(e.userId, userId));
}
