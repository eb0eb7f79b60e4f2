import { recordAudit, type AuditContext } from '../audit';
import type { AppDeps } from '../deps';
import { AppError } from '../errors';
import type { Paged } from '../input/paging';
import {
  findOutboxMessages,
  getOutboxMessage,
  type OutboxListRow,
  type OutboxRow,
} from './outbox.repository';
import { requireCapability } from './overview.queries';

export async function findOutbox(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { status?: string; page: number },
): Promise<Paged<OutboxListRow>> {
  requireCapability(acting, 'mail.outbox:read');
  return findOutboxMessages(deps.database.db, { status: input.status }, input.page);
}

/** One message; reading it is on the record, as messages carry sign-in and reset links. */
export async function readOutboxMessage(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { id: string },
): Promise<OutboxRow> {
  requireCapability(acting, 'mail.outbox:read');
  const { db } = deps.database;
  const message = await getOutboxMessage(db, input.id);
  if (!message) throw new AppError('NOT_FOUND');
  await recordAudit(db, acting, {
    action: 'mail.message:read',
    entityType: 'mail',
    entityId: message.id,
  });
  return message;
}
