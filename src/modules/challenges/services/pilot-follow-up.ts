// The follow-up letter (a durable job 6 and 12 months after an adopted, contracted or extended
// pilot): asks the owner's members whether the solution is still in use and at what scale,
// unless they have answered already.
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { translator } from '../../../platform/i18n';
import type { JobRun } from '../../../platform/jobs';
import { findPilot, followUpsOfPilot } from '../db/pilots.repository';
import { pilotPath } from '../ui/paths';
import { contactsOf } from './pilot-reminder';

const ZPayload = z.object({ pilotId: z.uuid(), monthsAfter: z.number().int() });

export async function askFollowUp(job: JobRun, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { pilotId, monthsAfter } = ZPayload.parse(job.payload);
  const pilot = await findPilot(db, pilotId);
  if (!pilot) return;
  const answered = await followUpsOfPilot(db, pilot.id);
  if (answered.some((a) => a.monthsAfter === monthsAfter)) return;
  const contacts = await contactsOf(deps, pilot.ownerOrganizationId);
  await db.transaction(async (tx) => {
    for (const contact of contacts) {
      const t = translator(contact.locale);
      const params = {
        name: contact.name,
        months: monthsAfter,
        url: `${deps.config.publicUrl}${pilotPath(pilot)}#follow-up-title`,
      };
      await deps.mail.queue(tx, {
        to: contact.email,
        subject: t('challenges.followUp.subject', params),
        text: t('challenges.followUp.body', params),
        template: 'challenges.pilot-follow-up',
      });
    }
  });
  if (contacts.length > 0) deps.jobs.wake();
}
