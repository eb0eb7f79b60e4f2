import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { identitySessions } from './tables';

/** Marks a session as used now: the idle limit of staff sessions counts from here. */
export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.update(identitySessions).set({ updatedAt: now }).where(eq(identitySessions.id, id));
}
