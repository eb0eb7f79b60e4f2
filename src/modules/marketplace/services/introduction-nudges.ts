// Nudges (durable jobs scheduled when both sides are introduced): 30, 90 and 180 days later each
// side is asked, by letter, how far they got — talking, negotiating, a deal or no deal — with a
// link to the record where they say so. Nothing is sent once the introduction has ended. The
// introduction records each nudge in the transaction that queues its letters, so a job run twice
// writes once.
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { translator } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { accountContact, accountMembers, isAccountManagerRole } from '../../identity';
import { NUDGE_DAYS, OPEN_STAGES, type IntroductionStage } from '../domain/introduction';
import {
  claimNudge,
  findIntroductionById,
  type IntroductionRow,
} from '../db/introductions.repository';
import { introductionPath } from '../ui/paths';
import { listingOf, type Listing } from './introduction-parties';

export const NUDGE_JOB = 'marketplace.introduction-nudge';
const DAY_MS = 86_400_000;

const ZPayload = z.object({ introductionId: z.uuid(), days: z.number().int().positive() });

/** The requester and the managers of the listing owner's account. */
export async function sidesOf(db: Db, intro: IntroductionRow, listing: Listing) {
  const owners = listing.owner.managedBy
    ? (await accountMembers(db, listing.owner.managedBy))
        .filter((m) => isAccountManagerRole(m.role))
        .map((m) => m.userId)
    : [];
  const ids = [...new Set([intro.requesterUserId, ...owners])];
  return (await Promise.all(ids.map((id) => accountContact(db, id)))).filter(
    (c) => c !== undefined,
  );
}

/** In the introducing transaction: one job per nudge day, keyed so a retry schedules none twice. */
export async function scheduleNudges(tx: Db, introductionId: string, introducedAt: Date) {
  for (const days of NUDGE_DAYS)
    await scheduleJob(tx, {
      name: NUDGE_JOB,
      key: `${NUDGE_JOB}:${introductionId}:${days}`,
      runAt: new Date(introducedAt.getTime() + days * DAY_MS),
      payload: { introductionId, days },
    });
}

export async function nudgeIntroduction(job: JobRun, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { introductionId, days } = ZPayload.parse(job.payload);
  const intro = await findIntroductionById(db, introductionId);
  if (!intro || !OPEN_STAGES.includes(intro.stage as IntroductionStage)) return;
  const listing = await listingOf(db, intro, job.now);
  const contacts = await sidesOf(db, intro, listing);
  const isClaimed = await db.transaction(async (tx) => {
    if (!(await claimNudge(tx, intro.id, days))) return false;
    for (const contact of contacts) {
      const t = translator(contact.locale);
      const params = {
        name: contact.name,
        days,
        listing: listing.title,
        stage: t(`marketplace.stage.${intro.stage as IntroductionStage}`),
        url: `${deps.config.publicUrl}${introductionPath(intro.id)}`,
      };
      await deps.mail.queue(tx, {
        to: contact.email,
        subject: t('marketplace.nudge.subject', params),
        text: t('marketplace.nudge.body', params),
        template: 'marketplace.introduction-nudge',
      });
    }
    return true;
  });
  if (isClaimed) deps.jobs.wake();
}
