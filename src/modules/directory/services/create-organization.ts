// Outcomes: created | INVALID (field messages, e.g. tax code taken) — nothing stored on refusal.
import { randomBytes } from 'node:crypto';
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { slugify } from '../../../platform/text/vietnamese';
import { ZOrganizationFields, type TOrganizationFieldsInput } from '../contracts';
import {
  findOrganizationByTaxCode,
  insertOrganization,
  slugTaken,
  uniqueViolation,
  type OrganizationRow,
} from '../db/organizations.repository';
import { organizationSearchFields, sortName } from './search-fields';

export type CreateOrganizationResult =
  { ok: true; organization: OrganizationRow } | { ok: false; fields: FieldErrors };

export async function uniqueSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  if (!(await slugTaken(db, base))) return base;
  for (let n = 2; n < 50; n++) if (!(await slugTaken(db, `${base}-${n}`))) return `${base}-${n}`;
  return `${base}-${randomBytes(3).toString('hex')}`;
}

/** `logoFile`: the key of a logo already checked and stored (see organization-logo.ts). */
export async function createOrganization(
  db: Db,
  audit: AuditContext,
  input: TOrganizationFieldsInput,
  options: { logoFile?: string } = {},
): Promise<CreateOrganizationResult> {
  const parsed = ZOrganizationFields.safeParse(input);
  if (!parsed.success) return { ok: false, fields: fieldErrors(parsed.error) };
  const fields = parsed.data;
  if (fields.taxCode && (await findOrganizationByTaxCode(db, fields.taxCode))) {
    return { ok: false, fields: { taxCode: { key: 'directory.error.taxCodeTaken' } } };
  }
  const actorId = audit.actor.kind === 'user' ? audit.actor.user.id : audit.label;
  try {
    const organization = await db.transaction(async (tx) => {
      const created = await insertOrganization(tx, {
        ...fields,
        logoFile: options.logoFile,
        ...organizationSearchFields(fields),
        slug: await uniqueSlug(tx, sortName(fields)),
        createdBy: actorId,
        updatedBy: actorId,
      });
      if (isAuditedActor(audit.actor) || audit.label) {
        await recordAudit(tx, audit, {
          action: 'directory.organization:create',
          entityType: 'organization',
          entityId: created.id,
          after: {
            ...fields,
            logoFile: options.logoFile,
            capitalRaisedVnd: fields.capitalRaisedVnd?.toString(),
          },
        });
      }
      return created;
    });
    return { ok: true, organization };
  } catch (err) {
    // Two creations with the same tax code at once: the database keeps one.
    const field = uniqueViolation(err);
    if (field === 'taxCode')
      return { ok: false, fields: { taxCode: { key: 'directory.error.taxCodeTaken' } } };
    throw err;
  }
}
