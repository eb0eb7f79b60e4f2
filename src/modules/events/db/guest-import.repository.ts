// What a guest-list import checks against: the e-mails already registered for the event, and the
// registrations an earlier confirmation of the same import created.
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventsRegistrations as registrations } from './tables';

export async function registeredEmails(db: Db, eventId: string): Promise<Set<string>> {
  const rows = await db
    .select({ email: registrations.email })
    .from(registrations)
    .where(eq(registrations.eventId, eventId));
  return new Set(rows.map((r) => r.email.trim().toLowerCase()));
}

export async function countImported(db: Db, eventId: string, keyPrefix: string): Promise<number> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), like(registrations.idempotencyKey, `${keyPrefix}%`)),
    );
  return rows.length;
}
