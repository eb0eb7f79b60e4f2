// moveSolutionsCall: the linked programmes call follows its challenge's corrected window, through
// programs' own command (its rules hold: a call that has opened keeps its opening). Outcomes:
// moved | OPENS_AT_LOCKED | CONFLICT (someone changed the call since solutionsCallOf read it) |
// INVALID. It runs in the correction's transaction, before the challenge is saved in the same
// one: a correction refused as stale, or failing after the move, rolls the move back with it, so
// the call never moves without its challenge. The call is read before that transaction (an
// embedded database runs one statement at a time) and moved at the version read.
import type { AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { getCall, updateCallIn } from '../../programs';
import type { ChallengeRow } from '../db/challenges.repository';

const APPLY_PATH = /^\/programs\/([^/]+)\/calls\/([^/]+)\/apply$/;

export type SolutionsCall = Awaited<ReturnType<typeof getCall>>['call'];

export type MoveCallResult =
  { ok: true } | { ok: false; reason: 'OPENS_AT_LOCKED' | 'CONFLICT' | 'INVALID' };

/** The challenge's linked call as it stands, when it has one. */
export async function solutionsCallOf(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  challenge: ChallengeRow,
): Promise<SolutionsCall | undefined> {
  const m = APPLY_PATH.exec(challenge.callApplyPath ?? '');
  if (!m) return undefined;
  const { call } = await getCall(deps, acting, { programmeSlug: m[1]!, callSlug: m[2]! });
  return call;
}

/** In the caller's transaction: writes nothing unless it answers ok. */
export async function moveSolutionsCall(
  tx: Db,
  deps: Pick<AppDeps, 'clock'>,
  acting: AuditContext,
  input: { call: SolutionsCall; opensAt: Date; closesAt: Date },
): Promise<MoveCallResult> {
  const { call } = input;
  const moved = await updateCallIn(tx, deps, acting, {
    callId: call.id,
    expectedVersion: call.version,
    titleVi: call.titleVi,
    titleEn: call.titleEn,
    status: call.status as never,
    form: call.form,
    eligibility: call.eligibility,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
  });
  if (moved.ok) return { ok: true };
  if (moved.reason === 'OPENS_AT_LOCKED' || moved.reason === 'CONFLICT')
    return { ok: false, reason: moved.reason };
  return { ok: false, reason: 'INVALID' };
}
