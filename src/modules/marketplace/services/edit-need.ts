// updateNeed outcomes: updated (audited; the need's search index follows it) | CONFLICT (someone
// saved first: nothing overwritten, the need as it now is) | INVALID | NOT_FOUND (thrown: unknown,
// or not the actor's to write — the owner's people and the centre's staff write a need).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { isUuid } from '../../../platform/input/uuid';
import { ZNeedFields } from '../contracts';
import { findNeedById, updateNeedAtVersion, type NeedRow } from '../db/needs.repository';
import type { NeedInput } from './need-form';
import { mayWriteFor } from './offer-input';
import { ownerById } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type UpdateNeedResult =
  { ok: true; need: NeedRow } | { ok: false; reason: 'CONFLICT'; current: NeedRow } | Invalid;

const vndOrNull = (v: bigint | 'invalid' | undefined) => (typeof v === 'bigint' ? v : null);
const audited = (n: NeedRow) => ({
  version: n.version,
  title: n.title,
  isConfidential: n.isConfidential,
});

/** The need the actor may write, with its owner, or NOT_FOUND. */
export async function getWritableNeed(deps: Deps, acting: AuditContext, id: string) {
  const db = deps.database.db;
  const need = isUuid(id) ? await findNeedById(db, id) : undefined;
  const owner = need && (await ownerById(db, need.ownerOrgId));
  if (!need || !owner || !(await mayWriteFor(db, acting.actor, owner)))
    throw new AppError('NOT_FOUND');
  return { need, owner };
}

export async function updateNeed(
  deps: Deps,
  acting: AuditContext,
  input: Pick<NeedInput, 'fields'> & { id: string; version: number },
): Promise<UpdateNeedResult> {
  const { need: before } = await getWritableNeed(deps, acting, input.id);
  const parsed = ZNeedFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const f = parsed.data;
  const by = isSignedIn(acting.actor) ? acting.actor.user.id : null;
  return deps.database.db.transaction(async (tx) => {
    const after = await updateNeedAtVersion(
      tx,
      before.id,
      input.version,
      { ...f, budgetMinVnd: vndOrNull(f.budgetMinVnd), budgetMaxVnd: vndOrNull(f.budgetMaxVnd) },
      { by, now: deps.clock() },
    );
    if (!after) {
      const current = await findNeedById(tx, before.id);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await recordAudit(tx, acting, {
      action: 'marketplace.need:edit',
      entityType: 'marketplace_need',
      entityId: after.id,
      before: audited(before),
      after: audited(after),
    });
    return { ok: true, need: after } as const;
  });
}
