// A challenge's evaluation for its problem owner (and the centre): what the programmes engine's
// reviewers made of each solution — each criterion's mean and their words, blind rounds without
// the solver's name — and, once the centre has announced the results, the ranking with the
// decisions. Anyone else, solvers included, finds no such page (404): a solver never reads
// another's solution or score.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { callEvaluation, type CallEvaluation } from '../../programs';
import { findAnnouncement, type AnnouncementRow } from '../db/announcements.repository';
import type { ChallengeRow } from '../db/challenges.repository';
import { challengeInReach } from './challenge-access';

type Deps = Pick<AppDeps, 'database'>;
type Round = CallEvaluation['rounds'][number];

export interface ChallengeEvaluation {
  challenge: ChallengeRow;
  announcement: AnnouncementRow | undefined;
  rounds: Round[];
}

export async function getChallengeEvaluation(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string },
): Promise<ChallengeEvaluation> {
  const db = deps.database.db;
  const { challenge, access } = await challengeInReach(db, acting.actor, input.slug);
  if (!access.isOwner && !access.isCentre) throw new AppError('NOT_FOUND');
  const announcement = await findAnnouncement(db, challenge.id);
  const evaluation = challenge.callId
    ? await callEvaluation(deps, { callId: challenge.callId })
    : { rounds: [], areDecisionsHeld: true };
  const rounds = evaluation.rounds.map((round) =>
    announcement ? ranked(round) : withoutResults(round),
  );
  return { challenge, announcement, rounds };
}

/** Before the announcement: no rank and no decision, solutions in the order they came in. */
function withoutResults(round: Round): Round {
  return {
    ...round,
    applications: round.applications.map(
      ({ rank: _rank, rawMean: _raw, decision: _decision, ...rest }) => rest,
    ),
  };
}

/** After it: best first, the unranked (no complete sheet) last in the order they came in. */
function ranked(round: Round): Round {
  const position = (rank: number | undefined) => rank ?? Number.MAX_SAFE_INTEGER;
  return {
    ...round,
    applications: [...round.applications].sort((a, b) => position(a.rank) - position(b.rank)),
  };
}
