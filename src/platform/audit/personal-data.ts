// The audit log's part of an account's personal data: entries it made or that name it are shown
// in "download my data" and, since the log must be kept, put under a pseudonym on erasure.
import { desc, eq, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformAuditLog as l } from './tables';

interface AuditSubject {
  accountId: string;
  email: string;
}

const about = (s: AuditSubject) =>
  or(
    eq(l.actorId, s.accountId),
    eq(l.actorLabel, s.email),
    eq(l.entityId, s.accountId),
    eq(l.entityId, s.email),
  );

/** Entries made by the account or about it (sign-ins name the address typed), newest first. */
export async function auditEntriesAbout(db: Db, subject: AuditSubject) {
  return db
    .select({
      at: l.at,
      action: l.action,
      entityType: l.entityType,
      entityId: l.entityId,
      ip: l.ip,
    })
    .from(l)
    .where(about(subject))
    .orderBy(desc(l.at));
}

/** The address is replaced by the pseudonym wherever the log names it; the entries stay. */
export async function pseudonymiseAuditEntries(
  db: Db,
  subject: AuditSubject & { pseudonym: string },
): Promise<void> {
  await db
    .update(l)
    .set({ actorLabel: subject.pseudonym })
    .where(or(eq(l.actorId, subject.accountId), eq(l.actorLabel, subject.email)));
  await db.update(l).set({ entityId: subject.pseudonym }).where(eq(l.entityId, subject.email));
}
