import { gte, inArray } from 'drizzle-orm';
import { platformAuditLog } from '../audit/tables';
import type { Db } from '../db/client';
import { platformMailOutbox } from '../mail/tables';

/** The platform's own headline numbers: mails waiting, and audit entries since a time. */
export async function platformCounts(db: Db, since: Date) {
  const pendingMails = await db.$count(
    platformMailOutbox,
    inArray(platformMailOutbox.status, ['pending', 'failed']),
  );
  const auditSince = await db.$count(platformAuditLog, gte(platformAuditLog.at, since));
  return { pendingMails: Number(pendingMails), auditSince: Number(auditSince) };
}
