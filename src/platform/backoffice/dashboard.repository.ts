import { gte, inArray } from 'drizzle-orm';
import { countAccounts } from '../../modules/identity';
import { platformAuditLog } from '../audit/tables';
import type { Db } from '../db/client';
import { platformMailOutbox } from '../mail/tables';

export interface DashboardCounts {
  users: number;
  verifiedUsers: number;
  /** Waiting for SMTP, or failed and due for another attempt. */
  pendingMails: number;
  auditSince: number;
}

/** The back office's headline numbers; accounts are counted by identity. */
export async function dashboardCounts(db: Db, since: Date): Promise<DashboardCounts> {
  const accounts = await countAccounts(db);
  const pendingMails = await db.$count(
    platformMailOutbox,
    inArray(platformMailOutbox.status, ['pending', 'failed']),
  );
  const auditSince = await db.$count(platformAuditLog, gte(platformAuditLog.at, since));
  return {
    users: accounts.total,
    verifiedUsers: accounts.verified,
    pendingMails: Number(pendingMails),
    auditSince: Number(auditSince),
  };
}
