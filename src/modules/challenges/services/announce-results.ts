// announceResults outcomes: announced (the call's results published through programmes, which
// sends each solver's held letter — outcome and feedback — once; the announcement recorded and
// audited) | NO_CALL | STILL_OPEN (solutions are still coming in) | UNDECIDED (a submitted
// solution has no decision yet) | ALREADY_ANNOUNCED (someone did
// it first: nothing more is sent) | NOT_FOUND (thrown: not the centre, unknown challenge).
// Publishing and recording are two modules' transactions; each is written once by its key (the
// call's publication, the challenge's announcement row), so of two announcements at once, or a
// retry after a failure between the two, one of each is written and one set of letters leaves.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  publishWinners,
  publishedWinnersOfCall,
  undecidedApplicationsOfCall,
} from '../../programs';
import { findChallengeBySlug, type ChallengeRow } from '../db/challenges.repository';
import {
  findAnnouncement,
  insertAnnouncement,
  type AnnouncementRow,
} from '../db/announcements.repository';
import { canPublishChallenges } from '../permissions';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'mail' | 'jobs' | 'config'>;

export async function announceResults(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string },
): Promise<
  | { ok: true; announcement: AnnouncementRow }
  | { ok: false; reason: 'NO_CALL' | 'STILL_OPEN' | 'UNDECIDED' | 'ALREADY_ANNOUNCED' }
> {
  const db = deps.database.db;
  if (!canPublishChallenges(acting.actor)) throw new AppError('NOT_FOUND');
  const challenge = input.slug ? await findChallengeBySlug(db, input.slug) : undefined;
  if (!challenge) throw new AppError('NOT_FOUND');
  if (!challenge.callId) return { ok: false, reason: 'NO_CALL' };
  const now = deps.clock();
  if (now < challenge.closesAt) return { ok: false, reason: 'STILL_OPEN' };
  if (await findAnnouncement(db, challenge.id)) return { ok: false, reason: 'ALREADY_ANNOUNCED' };
  // Every solver is told its outcome: none is announced while a solution waits for its decision.
  if (await undecidedApplicationsOfCall(deps, { callId: challenge.callId }))
    return { ok: false, reason: 'UNDECIDED' };
  // UNCHANGED: published by a concurrent announcement, or before a failure below; its letters left then.
  await publishWinners(deps, acting, { callId: challenge.callId, isPublished: true });
  const editor = editorOf(acting);
  const winners = await publishedWinnersOfCall(deps, acting, { callId: challenge.callId });
  return db.transaction(async (tx) => {
    const announcement = await insertAnnouncement(tx, {
      challengeId: challenge.id,
      announcedBy: editor.id ?? '',
      announcedByName: editor.name,
      announcedAt: now,
    });
    if (!announcement) return { ok: false, reason: 'ALREADY_ANNOUNCED' } as const;
    await recordAudit(tx, acting, {
      action: 'challenges.challenge:announce_results',
      entityType: 'challenges_challenge',
      entityId: challenge.id,
      after: { callId: challenge.callId, winners: winners.map((w) => w.organizationId) },
    });
    return { ok: true, announcement } as const;
  });
}

/** A challenge's announced results for its page: none for anyone before the announcement. */
export async function challengeResults(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  challenge: Pick<ChallengeRow, 'id' | 'callId'>,
) {
  const announcement = await findAnnouncement(deps.database.db, challenge.id);
  if (!announcement || !challenge.callId) return undefined;
  const winners = await publishedWinnersOfCall(deps, acting, { callId: challenge.callId });
  return { announcement, winners };
}
