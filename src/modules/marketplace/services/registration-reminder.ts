// The registration deadline of a deal the Law on Technology Transfer requires to be registered:
// once both sides confirmed it, a durable job is scheduled 30 days before the 90th day after
// signing (or at once when that has passed); it writes to both sides that the dossier is ready
// and by when it must be filed. The deal records the reminder in the transaction that queues the
// letters, so a job run twice writes once.
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { formatDate, translator } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { REGISTRATION_REMINDER_DAYS } from '../domain/deal';
import {
  claimRegistrationReminder,
  findDealById,
  findIntroductionById,
  type DealRow,
} from '../db/introductions.repository';
import { introductionPath } from '../ui/paths';
import { sidesOf } from './introduction-nudges';
import { listingOf } from './introduction-parties';

export const REGISTRATION_JOB = 'marketplace.registration-reminder';
const ZPayload = z.object({ dealId: z.uuid() });

export const isConfirmed = (deal: DealRow) =>
  deal.supplierConfirmedAt !== null && deal.recipientConfirmedAt !== null;

const startOfVnDay = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** In the transaction that confirmed the deal: the reminder, when it must be registered. */
export async function whenConfirmed(tx: Db, deal: DealRow, now: Date) {
  if (!isConfirmed(deal) || !deal.registrationDueOn) return;
  const remindAt = new Date(
    startOfVnDay(deal.registrationDueOn).getTime() - REGISTRATION_REMINDER_DAYS * 86_400_000,
  );
  await scheduleJob(tx, {
    name: REGISTRATION_JOB,
    key: `${REGISTRATION_JOB}:${deal.id}`,
    runAt: remindAt > now ? remindAt : now,
    payload: { dealId: deal.id },
  });
}

export async function remindRegistration(job: JobRun, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { dealId } = ZPayload.parse(job.payload);
  const deal = await findDealById(db, dealId);
  if (!deal || !isConfirmed(deal) || !deal.registrationDueOn || deal.registrationRemindedAt) return;
  const intro = await findIntroductionById(db, deal.introductionId);
  if (!intro) return;
  const listing = await listingOf(db, intro, job.now);
  const contacts = await sidesOf(db, intro, listing);
  const due = startOfVnDay(deal.registrationDueOn);
  const isClaimed = await db.transaction(async (tx) => {
    if (!(await claimRegistrationReminder(tx, deal.id, job.now))) return false;
    for (const contact of contacts) {
      const t = translator(contact.locale);
      const params = {
        name: contact.name,
        object: deal.object,
        due: formatDate(due, contact.locale),
        url: `${deps.config.publicUrl}${introductionPath(intro.id)}#deal`,
      };
      await deps.mail.queue(tx, {
        to: contact.email,
        subject: t('marketplace.registration.subject', params),
        text: t('marketplace.registration.body', params),
        template: 'marketplace.registration-reminder',
      });
    }
    return true;
  });
  if (isClaimed) deps.jobs.wake();
}
