import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { listApiKeysOf, revokeApiKey as revokeOwnedKey } from '../db/api-keys.repository';
import { sessionUserOf } from './api-key-create';

/**
 * Revokes one of the caller's keys. Outcomes: ok (revoked now, or already revoked: nothing
 * changes) | NOT_FOUND thrown when the caller owns no such key, so another user's key ids stay
 * invisible. Audited when the owner is staff or an administrator.
 */
export async function revokeApiKey(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { keyId: string },
): Promise<{ ok: true; changed: boolean }> {
  const { keyId } = input;
  const actor = sessionUserOf(acting.actor);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    if (await revokeOwnedKey(tx, keyId, actor.user.id, now)) {
      if (isAuditedActor(actor)) {
        await recordAudit(tx, acting, {
          action: 'identity.apiKey:revoke',
          entityType: 'identity.apiKey',
          entityId: keyId,
          after: { revokedAt: now },
        });
      }
      return { ok: true, changed: true };
    }
    const own = await listApiKeysOf(tx, actor.user.id);
    if (!own.some((key) => key.id === keyId)) throw new AppError('NOT_FOUND');
    return { ok: true, changed: false };
  });
}
