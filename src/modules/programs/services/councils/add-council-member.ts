// addCouncilMember outcomes: added (audited) | NOT_FOUND (thrown: unknown council, or not the
// actor's to manage) | INVALID (neither a reviewer of the call's pools nor a known directory
// person) | ALREADY_EXISTS (a member already, or the council has its chair or secretary) |
// MEETING_RECORDED (see lockComposition).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { fieldErrors } from '../../../../platform/input/validation';
import { personAccountBySlug } from '../../../directory';
import { accountContact } from '../../../identity';
import { findPoolOfCall, insertMember, type CouncilMemberRow } from '../../db/council.repository';
import { canManageCouncils } from '../../permissions';
import { invalid, requireCapability, type Invalid, type Refusal, type DbDeps } from '../common';
import { lastSegment } from '../../../../platform/input/form-values';
import {
  getCouncil,
  lockComposition,
  ZCouncilMemberInput,
  type TCouncilMemberInput,
} from './shared-council';

export type AddCouncilMemberResult =
  { ok: true; member: CouncilMemberRow } | Invalid | Refusal<'ALREADY_EXISTS' | 'MEETING_RECORDED'>;

async function whoIs(db: Db, callId: string, reviewerId: string, profile: string) {
  if (reviewerId !== '') {
    const pool = await findPoolOfCall(db, callId);
    const contact = pool.includes(reviewerId) ? await accountContact(db, reviewerId) : undefined;
    return contact && { userId: contact.id, personId: null, fullName: contact.name };
  }
  const person = profile === '' ? undefined : await personAccountBySlug(db, lastSegment(profile));
  return person && { userId: person.userId, personId: person.personId, fullName: person.fullName };
}

export async function addCouncilMember(
  deps: DbDeps,
  acting: AuditContext,
  input: TCouncilMemberInput & { councilId: string },
): Promise<AddCouncilMemberResult> {
  const db = deps.database.db;
  const { councilId } = input;
  requireCapability(canManageCouncils(acting.actor));
  const council = await getCouncil(db, councilId);
  const parsed = ZCouncilMemberInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { reviewerId, profile, role, affiliation } = parsed.data;
  const who = await whoIs(db, council.callId, reviewerId, profile);
  if (!who) return invalid({ profile: { key: 'programs.council.error.person' } });
  return db.transaction(async (tx): Promise<AddCouncilMemberResult> => {
    const composition = await lockComposition(tx, councilId);
    if ('reason' in composition) return composition;
    const member = await insertMember(tx, { councilId, ...who, role, affiliation });
    if (!member) return { ok: false, reason: 'ALREADY_EXISTS' };
    await recordAudit(tx, acting, {
      action: 'programs.council:addMember',
      entityType: 'council',
      entityId: councilId,
      after: member,
    });
    return { ok: true, member };
  });
}
