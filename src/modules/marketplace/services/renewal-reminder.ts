// The renewal reminder (a durable job scheduled at approval and renewal): writes to whoever
// submitted the offer — or, failing them, the managers of its owner's account — that the listing
// comes down on its expiry unless renewed. Nothing is sent for an offer withdrawn or renewed
// since (a renewal has its own job). The offer records the expiry it reminded for in the
// transaction that queues the letter, so a job run twice writes once.
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { formatDate, translator } from '../../../platform/i18n';
import type { JobRun } from '../../../platform/jobs';
import { log } from '../../../platform/log/logger';
import { accountContact, accountMembers, isAccountManagerRole } from '../../identity';
import { claimRenewalReminder, findOfferById } from '../db/offers.repository';
import { offerPath } from '../ui/paths';
import { ownerById } from './owners';

const ZPayload = z.object({ offerId: z.uuid(), expiresAt: z.iso.datetime() });

async function recipientsOf(deps: AppDeps, submittedBy: string | null, ownerOrgId: string) {
  const db = deps.database.db;
  let userIds = submittedBy ? [submittedBy] : [];
  if (userIds.length === 0) {
    const owner = await ownerById(db, ownerOrgId);
    userIds = owner?.managedBy
      ? (await accountMembers(db, owner.managedBy))
          .filter((m) => isAccountManagerRole(m.role))
          .map((m) => m.userId)
      : [];
  }
  return (await Promise.all(userIds.map((id) => accountContact(db, id)))).filter(
    (c) => c !== undefined,
  );
}

export async function remindRenewal(job: JobRun, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { offerId, expiresAt } = ZPayload.parse(job.payload);
  const offer = await findOfferById(db, offerId);
  if (offer?.status !== 'published' || offer.expiresAt?.toISOString() !== expiresAt) return;
  const contacts = await recipientsOf(deps, offer.submittedBy, offer.ownerOrgId);
  if (contacts.length === 0) {
    log.warn('renewal reminder has nobody to write to', { offerId });
    return;
  }
  const isClaimed = await db.transaction(async (tx) => {
    if (!(await claimRenewalReminder(tx, offer.id, offer.expiresAt!))) return false;
    for (const contact of contacts) {
      const t = translator(contact.locale);
      const params = {
        name: contact.name,
        title: offer.title,
        expires: formatDate(offer.expiresAt!, contact.locale),
        url: `${deps.config.publicUrl}${offerPath(offer.id)}`,
      };
      await deps.mail.queue(tx, {
        to: contact.email,
        subject: t('marketplace.renewal.subject', params),
        text: t('marketplace.renewal.body', params),
        template: 'marketplace.renewal-reminder',
      });
    }
    return true;
  });
  if (isClaimed) deps.jobs.wake();
}
