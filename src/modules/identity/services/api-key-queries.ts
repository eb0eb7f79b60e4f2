import type { Db } from '../../../platform/db/client';
import { listApiKeysOf } from '../db/api-keys.repository';
import type { TApiKeyView } from './api-key-contracts';

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

/** The user's own keys, newest first (a user has a handful, so no paging). */
export async function findApiKeysOf(db: Db, userId: string, now: Date): Promise<TApiKeyView[]> {
  const rows = await listApiKeysOf(db, userId);
  return rows.map((row) => apiKeyView(row, now));
}
