// recordCouncilMeeting outcomes: recorded (audited: place, time, who attended, conclusions) |
// NOT_FOUND (thrown: unknown council, or not the actor's to manage) | INVALID (field messages;
// a listed attendee who is not a member) | CONFLICT (changed since the page was loaded).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { fieldErrors } from '../../../../platform/input/validation';
import {
  findMembers,
  setPresence,
  updateCouncilRow,
  type CouncilRow,
} from '../../db/council.repository';
import { canManageCouncils } from '../../permissions';
import {
  changeStampOf,
  invalid,
  requireCapability,
  type Invalid,
  type Refusal,
  type ClockDeps,
} from '../common';
import { getCouncil, ZMeetingInput, type TMeetingInput } from './shared-council';

export async function recordCouncilMeeting(
  deps: ClockDeps,
  acting: AuditContext,
  input: TMeetingInput & { councilId: string; expectedVersion: number },
): Promise<{ ok: true; council: CouncilRow } | Invalid | Refusal<'CONFLICT'>> {
  const db = deps.database.db;
  const { councilId, expectedVersion } = input;
  requireCapability(canManageCouncils(acting.actor));
  const before = await getCouncil(db, councilId);
  const parsed = ZMeetingInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { presentIds, ...fields } = parsed.data;
  const members = new Set((await findMembers(db, councilId)).map((m) => m.id));
  if (presentIds.some((id) => !members.has(id)))
    return invalid({ presentIds: { key: 'programs.council.error.attendee' } });
  const council = await db.transaction(async (tx) => {
    const stamp = changeStampOf(deps, acting);
    const row = await updateCouncilRow(tx, councilId, expectedVersion, fields, stamp);
    if (!row) return undefined;
    await setPresence(tx, councilId, presentIds);
    await recordAudit(tx, acting, {
      action: 'programs.council:recordMeeting',
      entityType: 'council',
      entityId: councilId,
      before,
      after: { ...row, presentIds },
    });
    return row;
  });
  return council ? { ok: true, council } : { ok: false, reason: 'CONFLICT' };
}
