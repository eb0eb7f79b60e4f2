// The maintenance-fee reminder (a durable job scheduled with the fee): writes to the managers of
// the account that manages the asset's organisation — its technology-transfer office — that the
// fee falls due. Nothing is sent for a fee paid or moved since, and the fee records the due day
// it reminded for in the transaction that queues the letters, so a job run twice writes once.
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { formatDate, formatVnd, startOfVnDay, translator } from '../../../platform/i18n';
import type { JobRun } from '../../../platform/jobs';
import { log } from '../../../platform/log/logger';
import { accountContact, accountMembers, isAccountManagerRole } from '../../identity';
import { claimIpFeeReminder, findIpAsset, findIpFee } from '../db/ip-portfolio.repository';
import { ipAssetPath } from '../ui/ip-paths';
import { ownerById } from './owners';

const ZPayload = z.object({ feeId: z.uuid(), dueOn: z.iso.date() });

async function officeContacts(deps: AppDeps, ownerOrgId: string) {
  const db = deps.database.db;
  const owner = await ownerById(db, ownerOrgId);
  const members = owner?.managedBy ? await accountMembers(db, owner.managedBy) : [];
  const contacts = await Promise.all(
    members.filter((m) => isAccountManagerRole(m.role)).map((m) => accountContact(db, m.userId)),
  );
  return contacts.filter((c) => c !== undefined);
}

export async function remindIpFee(job: JobRun, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { feeId, dueOn } = ZPayload.parse(job.payload);
  const fee = await findIpFee(db, feeId);
  if (!fee || fee.paidOn || fee.dueOn !== dueOn || fee.remindedFor === dueOn) return;
  const asset = await findIpAsset(db, fee.assetId);
  if (!asset) return;
  const contacts = await officeContacts(deps, asset.ownerOrgId);
  if (contacts.length === 0) {
    log.warn('IP fee reminder has nobody to write to', { feeId });
    return;
  }
  const isClaimed = await db.transaction(async (tx) => {
    if (!(await claimIpFeeReminder(tx, fee.id, dueOn))) return false;
    for (const contact of contacts) {
      const t = translator(contact.locale);
      const params = {
        name: contact.name,
        title: asset.title,
        fee: fee.label,
        amount: formatVnd(fee.amountVnd, contact.locale),
        due: formatDate(startOfVnDay(dueOn)!, contact.locale),
        url: `${deps.config.publicUrl}${ipAssetPath(asset.id)}`,
      };
      await deps.mail.queue(tx, {
        to: contact.email,
        subject: t('marketplace.ip.reminder.subject', params),
        text: t('marketplace.ip.reminder.body', params),
        template: 'marketplace.ip-fee-reminder',
      });
    }
    return true;
  });
  if (isClaimed) deps.jobs.wake();
}
