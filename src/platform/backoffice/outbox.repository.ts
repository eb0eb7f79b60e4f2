import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformMailOutbox } from '../mail/tables';
import { offsetOf, PAGE_SIZE, type Paged } from '../input/paging';
import { isUuid } from '../input/uuid';

export type OutboxRow = typeof platformMailOutbox.$inferSelect;
export type OutboxListRow = Omit<OutboxRow, 'text' | 'html' | 'headers' | 'attachments'>;

/** Newest first, optionally one status (platform_mail_outbox_status_idx). */
export async function findOutboxMessages(
  db: Db,
  filter: { status?: string },
  page: number,
): Promise<Paged<OutboxListRow>> {
  const where = filter.status ? eq(platformMailOutbox.status, filter.status) : undefined;
  const rows = await db
    .select({
      id: platformMailOutbox.id,
      createdAt: platformMailOutbox.createdAt,
      to: platformMailOutbox.to,
      subject: platformMailOutbox.subject,
      template: platformMailOutbox.template,
      status: platformMailOutbox.status,
      attempts: platformMailOutbox.attempts,
      lastError: platformMailOutbox.lastError,
      sentAt: platformMailOutbox.sentAt,
    })
    .from(platformMailOutbox)
    .where(where)
    .orderBy(desc(platformMailOutbox.createdAt), desc(platformMailOutbox.id))
    .limit(PAGE_SIZE)
    .offset(offsetOf(page));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(platformMailOutbox)
    .where(where);
  return { rows, total: count?.n ?? 0, page };
}

/** One message, or undefined — also for an id that is not a UUID, which the column would reject. */
export async function getOutboxMessage(db: Db, id: string): Promise<OutboxRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(platformMailOutbox).where(eq(platformMailOutbox.id, id));
  return row;
}
