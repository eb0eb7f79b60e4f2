// createNeed outcomes: created (open at once: its teaser is public, its details confidential
// unless the owner said otherwise; audited) | the need the same form already made (a form sent
// twice is one need) | INVALID (the owner unknown or not the author's, the fields). Staff taking a
// need down by phone or at an event write it for any organisation; it is marked as their intake.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { invalid, type Invalid } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { ZNeedFields } from '../contracts';
import { findNeedBySubmission, insertNeed, type NeedRow } from '../db/needs.repository';
import { canManageListings } from '../permissions';
import { checkOwner } from './offer-input';
import { actsFor } from './owners';
import type { NeedInput } from './need-form';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

const vndOrNull = (v: bigint | 'invalid' | undefined) => (typeof v === 'bigint' ? v : null);

export async function createNeed(
  deps: Deps,
  acting: AuditContext,
  input: NeedInput,
): Promise<{ ok: true; need: NeedRow } | Invalid> {
  const db = deps.database.db;
  const owner = await checkOwner(db, acting.actor, input.owner);
  const parsed = ZNeedFields.safeParse(input.fields);
  if (!owner.ok || !parsed.success)
    return invalid({
      ...(owner.ok ? {} : owner.fields),
      ...(parsed.success ? {} : fieldErrors(parsed.error)),
    });
  const key = input.submissionKey?.slice(0, 80) || undefined;
  const made = key && (await findNeedBySubmission(db, key));
  if (made) return { ok: true, need: made };
  const isStaffIntake =
    canManageListings(acting.actor) && !(await actsFor(db, acting.actor, owner.owner));
  const by = isSignedIn(acting.actor) ? acting.actor.user.id : null;
  const now = deps.clock();
  const f = parsed.data;
  try {
    const need = await db.transaction(async (tx) => {
      const created = await insertNeed(tx, {
        ...f,
        budgetMinVnd: vndOrNull(f.budgetMinVnd),
        budgetMaxVnd: vndOrNull(f.budgetMaxVnd),
        ownerOrgId: owner.owner.id,
        ownerKind: owner.owner.kind,
        ownerProvince: owner.owner.provinceCode,
        isStaffIntake,
        submissionKey: key,
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
      await recordAudit(tx, acting, {
        action: 'marketplace.need:create',
        entityType: 'marketplace_need',
        entityId: created.id,
        after: { title: created.title, isConfidential: created.isConfidential, isStaffIntake },
      });
      return created;
    });
    return { ok: true, need };
  } catch (err) {
    const existing = key && violatedUnique(err) && (await findNeedBySubmission(db, key));
    if (existing) return { ok: true, need: existing };
    throw err;
  }
}
