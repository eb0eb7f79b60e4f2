// Outcomes: dismissed (the pair leaves the duplicates list for good; one audit entry) |
// unchanged (it was dismissed before: nothing written) | NOT_FOUND (an unknown id, or one
// profile twice).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { insertDuplicateDismissal, orderedPair } from '../db/duplicates.repository';
import { findOrganizationById } from '../db/organizations.repository';
import { isUuid } from '../../../platform/input/uuid';

/** Staff say two candidate profiles are different organisations. */
export async function dismissDuplicate(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { firstId: string; secondId: string },
): Promise<{ changed: boolean }> {
  const { actor } = acting;
  const { firstId, secondId } = input;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  if (!isUuid(firstId) || !isUuid(secondId)) throw new AppError('NOT_FOUND');
  const [aId, bId] = orderedPair(firstId.toLowerCase(), secondId.toLowerCase());
  if (aId === bId) throw new AppError('NOT_FOUND');
  return deps.database.db.transaction(async (tx) => {
    const a = await findOrganizationById(tx, aId);
    const b = await findOrganizationById(tx, bId);
    if (!a || !b) throw new AppError('NOT_FOUND');
    const inserted = await insertDuplicateDismissal(tx, { aId, bId, dismissedBy: actor.user.id });
    if (!inserted) return { changed: false };
    const summary = (o: typeof a) => ({ id: o.id, slug: o.slug, legalName: o.legalName });
    await recordAudit(tx, acting, {
      action: 'directory.organization:dismissDuplicate',
      entityType: 'organization',
      entityId: aId,
      after: { a: summary(a), b: summary(b) },
    });
    return { changed: true };
  });
}
