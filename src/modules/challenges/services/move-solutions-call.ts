// moveSolutionsCall: the linked programmes call follows its challenge's corrected window, through
// programs' own command (its rules hold: a call that has opened keeps its opening). Outcomes:
// moved | OPENS_AT_LOCKED | CONFLICT (someone changed the call meanwhile) | INVALID. It is its own
// transaction, as programs exports no command that takes a caller's: editChallenge checks its own
// version first, so only a correction racing another one can leave the call moved alone.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { getCall, updateCall } from '../../programs';
import type { ChallengeRow } from '../db/challenges.repository';

const APPLY_PATH = /^\/programs\/([^/]+)\/calls\/([^/]+)\/apply$/;

export type MoveCallResult =
  { ok: true } | { ok: false; reason: 'OPENS_AT_LOCKED' | 'CONFLICT' | 'INVALID' };

export async function moveSolutionsCall(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { challenge: ChallengeRow; opensAt: Date; closesAt: Date },
): Promise<MoveCallResult> {
  const m = APPLY_PATH.exec(input.challenge.callApplyPath ?? '');
  if (!m) return { ok: true };
  const { call } = await getCall(deps, acting, { programmeSlug: m[1]!, callSlug: m[2]! });
  const moved = await updateCall(deps, acting, {
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
