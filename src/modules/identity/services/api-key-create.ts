import { randomUUID } from 'node:crypto';
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import { can, isSignedIn, type Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import { insertApiKey } from '../db/api-keys.repository';
import type { TApiKeyView, TCreateApiKeyInput } from './api-key-contracts';
import { generateApiKey } from './api-key-secret';

export type CreateApiKeyResult =
  | { ok: true; key: TApiKeyView; secret: string }
  | { ok: false; reason: 'SCOPE_NOT_HELD' | 'EXPIRY_NOT_IN_FUTURE' };

/** Only a browser session manages keys: a key must never mint or revoke keys. */
export function sessionUserOf(actor: Actor) {
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  if (actor.apiKey) throw new AppError('FORBIDDEN');
  return actor;
}

/**
 * Creates an API key for the signed-in user; the secret is returned once and never stored.
 * Outcomes: ok | SCOPE_NOT_HELD (a scope the owner's roles do not grant, so the key could not
 * use it) | EXPIRY_NOT_IN_FUTURE. Audited when the owner is staff or an administrator.
 */
export async function createApiKey(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: TCreateApiKeyInput,
): Promise<CreateApiKeyResult> {
  const actor = sessionUserOf(acting.actor);
  if (!input.scopes.every((scope) => can(actor, scope))) {
    return { ok: false, reason: 'SCOPE_NOT_HELD' };
  }
  const now = deps.clock();
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    return { ok: false, reason: 'EXPIRY_NOT_IN_FUTURE' };
  }
  const { secret, prefix, hash } = generateApiKey();
  const key: TApiKeyView = {
    id: randomUUID(),
    name: input.name,
    prefix,
    scopes: [...input.scopes],
    createdAt: now,
    lastUsedAt: null,
    expiresAt: input.expiresAt,
    revokedAt: null,
    status: 'active',
  };
  await deps.database.db.transaction(async (tx) => {
    await insertApiKey(tx, {
      id: key.id,
      userId: actor.user.id,
      name: key.name,
      prefix,
      hash,
      scopes: key.scopes,
      createdAt: now,
      expiresAt: key.expiresAt,
    });
    if (isAuditedActor(actor)) {
      await recordAudit(tx, acting, {
        action: 'identity.apiKey:create',
        entityType: 'identity.apiKey',
        entityId: key.id,
        after: { name: key.name, prefix, scopes: key.scopes, expiresAt: key.expiresAt },
      });
    }
  });
  return { ok: true, key, secret };
}

/** Where each refusal is shown, for the form and the API alike. */
export function createRefusalFields(
  reason: 'SCOPE_NOT_HELD' | 'EXPIRY_NOT_IN_FUTURE',
): FieldErrors {
  return reason === 'SCOPE_NOT_HELD'
    ? { scopes: { key: 'identity.apiKeys.scopes.notHeld' } }
    : { expiresAt: { key: 'identity.apiKeys.expiresAt.past' } };
}
