// Outcomes: updated | NOT_FOUND | CONFLICT (someone saved first: nothing overwritten) | INVALID.
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import {
  CLEARED_FIELDS,
  ZOrganizationFields,
  type TOrganizationFieldsInput,
} from '../organization-fields';
import {
  findOrganizationById,
  findOrganizationByTaxCode,
  uniqueViolation,
  updateOrganization as updateRow,
  type OrganizationRow,
} from '../db/organizations.repository';
import { organizationSearchFields } from './search-fields';

export type UpdateOrganizationResult =
  | { ok: true; organization: OrganizationRow }
  | { ok: false; reason: 'NOT_FOUND' }
  | { ok: false; reason: 'CONFLICT'; current: OrganizationRow }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors };

/** JSON-safe copy for audit entries (bigint money as text). */
export const auditable = (row: object) =>
  JSON.parse(JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) as unknown;

/**
 * Replaces the editable fields of an organisation the caller may edit (checked by the caller).
 * `logoFile`: the key of a logo already checked and stored, null to remove it; absent keeps it.
 */
export async function updateOrganization(
  db: Db,
  audit: AuditContext,
  id: string,
  expectedVersion: number,
  input: TOrganizationFieldsInput,
  options: { logoFile?: string | null } = {},
): Promise<UpdateOrganizationResult> {
  const parsed = ZOrganizationFields.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'INVALID', fields: fieldErrors(parsed.error) };
  const fields = parsed.data;
  const before = await findOrganizationById(db, id);
  if (!before || before.archivedAt || before.mergedInto) return { ok: false, reason: 'NOT_FOUND' };
  if (fields.taxCode && fields.taxCode !== before.taxCode) {
    const other = await findOrganizationByTaxCode(db, fields.taxCode);
    if (other && other.id !== id) {
      return {
        ok: false,
        reason: 'INVALID',
        fields: { taxCode: { key: 'directory.error.taxCodeTaken' } },
      };
    }
  }
  const actorId = audit.actor.kind === 'user' ? audit.actor.user.id : audit.label;
  try {
    const result = await db.transaction(async (tx) => {
      const updated = await updateRow(
        tx,
        id,
        expectedVersion,
        {
          ...CLEARED_FIELDS,
          ...fields,
          ...(options.logoFile !== undefined && { logoFile: options.logoFile }),
          ...organizationSearchFields(fields),
        },
        { by: actorId },
      );
      if (!updated) return undefined;
      if (isAuditedActor(audit.actor) || audit.label) {
        await recordAudit(tx, audit, {
          action: 'directory.organization:update',
          entityType: 'organization',
          entityId: id,
          before: auditable(before),
          after: auditable(updated),
        });
      }
      return updated;
    });
    if (result) return { ok: true, organization: result };
    const current = await findOrganizationById(db, id);
    return current
      ? { ok: false, reason: 'CONFLICT', current }
      : { ok: false, reason: 'NOT_FOUND' };
  } catch (err) {
    if (uniqueViolation(err) === 'taxCode') {
      return {
        ok: false,
        reason: 'INVALID',
        fields: { taxCode: { key: 'directory.error.taxCodeTaken' } },
      };
    }
    throw err;
  }
}
