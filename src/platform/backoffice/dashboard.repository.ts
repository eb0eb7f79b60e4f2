import { gte, inArray, sql } from 'drizzle-orm';
import { platformAuditLog } from '../audit/tables';
import type { Db } from '../db/client';
import { schema } from '../db/schema';
import { platformMailOutbox } from '../mail/tables';

export interface DashboardCounts {
  users: number;
  verifiedUsers: number;
  /** Waiting for SMTP, or failed and due for another attempt. */
  pendingMails: number;
  auditSince: number;
}

/**
 * The back office's headline numbers. Accounts are identity's table, read here through the
 * schema registry because identity's repository has no verified-account count yet.
 */
export async function dashboardCounts(db: Db, since: Date): Promise<DashboardCounts> {
  const users = schema.identityUsers;
  const [accounts] = await db
    .select({
      users: sql<number>`count(*)::int`,
      verifiedUsers: sql<number>`(count(*) filter (where ${users.emailVerified}))::int`,
    })
    .from(users);
  const pendingMails = await db.$count(
    platformMailOutbox,
    inArray(platformMailOutbox.status, ['pending', 'failed']),
  );
  const auditSince = await db.$count(platformAuditLog, gte(platformAuditLog.at, since));
  return {
    users: accounts?.users ?? 0,
    verifiedUsers: accounts?.verifiedUsers ?? 0,
    pendingMails: Number(pendingMails),
    auditSince: Number(auditSince),
  };
}
