// Withdrawing a consent (Law 91/2025/QH15 Art. 9-10): done at once, kept in the ledger with its
// time, recorded as a data-subject request and on the security log. NOT_FOUND when the consent is
// not the account's or was withdrawn already. Withdrawing the consent to keep an account asks
// for the account's erasure too (nothing else can be done with it then).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  closeDataRequest,
  insertDataRequest,
  withdrawConsentRow,
} from '../db/data-requests.repository';
import { accountHolder } from './account-context';
import { dueAt } from './data-request-rules';

export async function withdrawConsent(
  deps: AppDeps,
  acting: AuditContext,
  input: { consentId: string },
): Promise<{ purpose: string }> {
  const { user } = accountHolder(acting);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const consent = await withdrawConsentRow(tx, {
      userId: user.id,
      consentId: input.consentId,
      now,
    });
    if (!consent) throw new AppError('NOT_FOUND');
    const request = await insertDataRequest(tx, {
      userId: user.id,
      kind: 'consent',
      receivedAt: now,
      dueAt: dueAt('consent', now),
      note: consent.purpose,
    });
    if (request) {
      await closeDataRequest(tx, request.id, {
        status: 'done',
        completedAt: now,
        handledBy: 'system',
      });
    }
    if (consent.purpose === 'account') {
      await insertDataRequest(tx, {
        userId: user.id,
        kind: 'erasure',
        receivedAt: now,
        dueAt: dueAt('erasure', now),
      });
    }
    await recordAudit(tx, acting, {
      action: 'security.dataRequest:consentWithdrawn',
      entityType: 'identity.user',
      entityId: user.id,
      after: { purpose: consent.purpose },
    });
    return { purpose: consent.purpose };
  });
}
