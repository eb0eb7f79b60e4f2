// Reads of councils for staff: a call's councils, one council with who may join it, and what
// its minutes (biên bản) print: members present, the round's ranking and the call's decisions.
import type { AuditContext } from '../../../../platform/audit';
import { organizationFacts } from '../../../directory';
import { accountContact } from '../../../identity';
import { findCallById, type CallRow } from '../../db/calls.repository';
import { findCouncilsOfCall, findMembers, findPoolOfCall } from '../../db/council.repository';
import { findProgrammeById } from '../../db/programmes.repository';
import {
  findDecisionsOfCall,
  findRoundApplications,
  findRoundsOfCall,
} from '../../db/review.repository';
import { canManageCouncils } from '../../permissions';
import { requireCapability, type DbDeps } from '../common';
import { roundRanking } from '../reviews/review.queries';
import { getCouncil } from './shared-council';

export async function councilsOfCall(deps: DbDeps, acting: AuditContext, input: { call: CallRow }) {
  const db = deps.database.db;
  const { actor } = acting;
  const { call } = input;
  requireCapability(canManageCouncils(actor));
  const [councils, rounds] = await Promise.all([
    findCouncilsOfCall(db, call.id),
    findRoundsOfCall(db, call.id),
  ]);
  return { councils, rounds };
}

/** A council with its members, and the reviewers of the call's pools who may join it. */
export async function councilView(
  deps: DbDeps,
  acting: AuditContext,
  input: { councilId: string },
) {
  const db = deps.database.db;
  const { actor } = acting;
  const { councilId } = input;
  requireCapability(canManageCouncils(actor));
  const council = await getCouncil(db, councilId);
  const call = (await findCallById(db, council.callId))!;
  const programme = (await findProgrammeById(db, call.programmeId))!;
  const members = await findMembers(db, council.id);
  const pool = await Promise.all(
    (await findPoolOfCall(db, call.id)).map(async (id) => ({
      userId: id,
      name: (await accountContact(db, id))?.name ?? id,
    })),
  );
  return { council, call, programme, members, pool };
}
export type CouncilView = Awaited<ReturnType<typeof councilView>>;

/** What the minutes print. The ranking is the council's round's, when it has one. */
export async function councilMinutes(
  deps: DbDeps,
  acting: AuditContext,
  input: { councilId: string },
) {
  const db = deps.database.db;
  const { councilId } = input;
  const view = await councilView(deps, acting, { councilId });
  const { council, call } = view;
  const applications = await findRoundApplications(db, call.id);
  const names = new Map(
    await Promise.all(
      applications.map(
        async (a) =>
          [
            a.id,
            {
              receiptNumber: a.receiptNumber ?? '',
              organizationName: (await organizationFacts(db, a.organizationId))?.name ?? '',
            },
          ] as const,
      ),
    ),
  );
  const ranking = council.roundId
    ? await roundRanking(deps, acting, { roundId: council.roundId })
    : undefined;
  const ranked = (ranking?.ranking.ranked ?? []).map((r) => ({
    rank: r.rank,
    isTied: r.isTied,
    score: r.score,
    rawMean: r.rawMean,
    reviewerCount: r.reviewerCount,
    ...names.get(r.applicationId)!,
  }));
  const decisions = (await findDecisionsOfCall(db, call.id))
    .map(({ decision }) => ({ ...decision, ...names.get(decision.applicationId) }))
    .sort((a, b) => (a.receiptNumber ?? '').localeCompare(b.receiptNumber ?? ''));
  return { ...view, ranked, decisions };
}
export type CouncilMinutes = Awaited<ReturnType<typeof councilMinutes>>;
