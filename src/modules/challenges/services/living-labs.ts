// The living-lab register: sites and facilities where pilots run. The centre keeps it; everyone
// may read it. createLivingLab outcomes: created (audited) | INVALID (field messages, also when
// a lab of that name exists) | NOT_FOUND (thrown: the actor is not the centre).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { searchKey } from '../../../platform/text/vietnamese';
import { organizationFacts, organizationFactsByIds } from '../../directory';
import { ZLivingLabFields, type TLivingLabFieldsInput } from '../contracts';
import { insertLivingLab, listLivingLabs, type LivingLabRow } from '../db/pilots.repository';
import { canManagePilots } from '../permissions';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export async function createLivingLab(
  deps: Deps,
  acting: AuditContext,
  input: TLivingLabFieldsInput,
): Promise<{ ok: true; lab: LivingLabRow } | Invalid> {
  if (!canManagePilots(acting.actor)) throw new AppError('NOT_FOUND');
  const parsed = ZLivingLabFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const db = deps.database.db;
  const fields = parsed.data;
  const host = fields.hostOrganizationId
    ? await organizationFacts(db, fields.hostOrganizationId)
    : undefined;
  if (fields.hostOrganizationId && !host?.isLive) {
    return invalid({ hostOrganizationId: { key: 'validation.choice' } });
  }
  const editor = editorOf(acting);
  const now = deps.clock();
  const lab = await db.transaction(async (tx) => {
    const created = await insertLivingLab(tx, {
      ...fields,
      searchKey: searchKey(`${fields.name} ${fields.address} ${host?.name ?? ''}`),
      createdBy: editor.id,
      updatedBy: editor.id,
      createdAt: now,
      updatedAt: now,
    });
    if (created) {
      await recordAudit(tx, acting, {
        action: 'challenges.living_lab:create',
        entityType: 'challenges_living_lab',
        entityId: created.id,
        after: { name: created.name },
      });
    }
    return created;
  });
  if (!lab) return invalid({ name: { key: 'challenges.error.labNameTaken' } });
  return { ok: true, lab };
}

/** The register with each host's directory facts, filtered by words (diacritics forgiven). */
export async function livingLabRegister(deps: Pick<AppDeps, 'database'>, q = '') {
  const db = deps.database.db;
  const words = searchKey(q).split(' ').filter(Boolean).slice(0, 8);
  const labs = await listLivingLabs(db, words);
  const hostIds = labs.flatMap((l) => (l.hostOrganizationId ? [l.hostOrganizationId] : []));
  return { labs, hosts: await organizationFactsByIds(db, hostIds) };
}
