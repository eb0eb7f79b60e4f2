// The check-in reminder (a durable job, one per check-in of a running pilot): when check-in n
// falls due, writes to the members of each side that has not reported it yet and schedules the
// next one, in one transaction — a failed run leaves neither, and its retry does both.
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { formatDate, translator } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { organizationFacts } from '../../directory';
import { accountContact, accountMembers } from '../../identity';
import { checkInsOfPilot, findPilot } from '../db/pilots.repository';
import { checkInCount, checkInDueAt, PILOT_SIDES, type PilotSide } from '../domain/pilot';
import { pilotPath } from '../ui/paths';
import { CHECK_IN_JOB, checkInJobKey } from './start-pilot';

const ZPayload = z.object({ pilotId: z.uuid(), checkIn: z.number().int().min(1) });

/** Whom to write to for an organisation: the members of the account that manages its profile. */
export async function contactsOf(deps: Pick<AppDeps, 'database'>, organizationId: string) {
  const db = deps.database.db;
  const facts = await organizationFacts(db, organizationId);
  if (!facts?.managedBy) return [];
  const members = await accountMembers(db, facts.managedBy);
  const contacts = await Promise.all(members.map((m) => accountContact(db, m.userId)));
  return contacts.filter((c) => c !== undefined);
}

export async function remindCheckIn(job: JobRun, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { pilotId, checkIn } = ZPayload.parse(job.payload);
  const pilot = await findPilot(db, pilotId);
  if (pilot?.status !== 'running') return;
  const reported = new Set(
    (await checkInsOfPilot(db, pilot.id)).filter((r) => r.checkIn === checkIn).map((r) => r.side),
  );
  const sides = PILOT_SIDES.filter((s) => !reported.has(s));
  const orgOf = (side: PilotSide) =>
    side === 'owner' ? pilot.ownerOrganizationId : pilot.solverOrganizationId;
  const letters = (await Promise.all(sides.map((s) => contactsOf(deps, orgOf(s))))).flat();
  await db.transaction(async (tx) => {
    for (const contact of letters) {
      const t = translator(contact.locale);
      const params = {
        name: contact.name,
        n: checkIn,
        due: formatDate(
          checkInDueAt(pilot.startsAt, pilot.checkInEveryWeeks, checkIn),
          contact.locale,
        ),
        url: `${deps.config.publicUrl}${pilotPath(pilot)}`,
      };
      await deps.mail.queue(tx, {
        to: contact.email,
        subject: t('challenges.pilot.reminderSubject', params),
        text: t('challenges.pilot.reminderBody', params),
        template: 'challenges.pilot-check-in',
      });
    }
    if (checkIn < checkInCount(pilot)) {
      await scheduleJob(tx, {
        name: CHECK_IN_JOB,
        payload: { pilotId: pilot.id, checkIn: checkIn + 1 },
        runAt: checkInDueAt(pilot.startsAt, pilot.checkInEveryWeeks, checkIn + 1),
        key: checkInJobKey(pilot.id, checkIn + 1),
      });
    }
  });
  if (letters.length > 0) deps.jobs.wake();
}
