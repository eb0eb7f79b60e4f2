import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { listApiKeysOf } from '../db/api-keys.repository';
import type { TApiKeyView } from './api-key-contracts';
import { sessionUserOf } from './api-key-create';

type ApiKeyRow = Awaited<ReturnType<typeof listApiKeysOf>>[number];

export function apiKeyView(row: ApiKeyRow, now: Date): TApiKeyView {
  const status = row.revokedAt
    ? 'revoked'
    : row.expiresAt && row.expiresAt.getTime() <= now.getTime()
      ? 'expired'
      : 'active';
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    status,
  };
}

/** The caller's own keys, newest first (a user has a handful, so no paging). */
export async function findMyApiKeys(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
): Promise<TApiKeyView[]> {
  const actor = sessionUserOf(acting.actor);
  const now = deps.clock();
  const rows = await listApiKeysOf(deps.database.db, actor.user.id);
  return rows.map((row) => apiKeyView(row, now));
}
