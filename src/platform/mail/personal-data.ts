// The outbox's part of an account's personal data: the messages sent to its address.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformMailOutbox as o } from './tables';

/** Messages to the address (subject, when, delivery), newest first, for "download my data". */
export async function mailsTo(db: Db, email: string) {
  return db
    .select({ createdAt: o.createdAt, subject: o.subject, status: o.status, sentAt: o.sentAt })
    .from(o)
    .where(eq(o.to, email))
    .orderBy(desc(o.createdAt));
}

/** Forgets every message to the address: nothing requires keeping them. */
export async function forgetMailsTo(db: Db, email: string): Promise<void> {
  await db.delete(o).where(eq(o.to, email));
}
