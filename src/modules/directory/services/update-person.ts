// updatePerson outcomes: updated | NOT_FOUND | CONFLICT (someone saved first: nothing
// overwritten) | INVALID. linkPerson / unlinkPerson outcomes: done | NOT_FOUND | INVALID.
import { z } from 'zod';
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { findOrganizationById, recordChange } from '../db/organizations.repository';
import {
  deleteAffiliation,
  findPersonByExternalId,
  findPersonById,
  personUniqueViolation,
  updatePersonRow,
  upsertAffiliation,
  type PersonRow,
} from '../db/people.repository';
import type { Visibility } from '../db/people.repository';
import {
  AFFILIATION_ROLES,
  ZPersonFields,
  type ContactPreference,
  type TPersonFieldsInput,
} from './create-person';
import { personSearchFields } from './person-search-fields';

export type UpdatePersonResult =
  | { ok: true; person: PersonRow }
  | { ok: false; reason: 'NOT_FOUND' }
  | { ok: false; reason: 'CONFLICT'; current: PersonRow }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors };

const actorIdOf = (audit: AuditContext) =>
  audit.actor.kind === 'user' ? audit.actor.user.id : audit.label;
const isAudited = (audit: AuditContext) => isAuditedActor(audit.actor) || Boolean(audit.label);

/** A stored person as the input of an edit (the form's starting values). */
export function personFieldsOf(row: PersonRow): TPersonFieldsInput {
  const v = row.visibility;
  const opt = (s: string | null) => s ?? undefined;
  return {
    fullName: row.fullName,
    roles: row.roles as TPersonFieldsInput['roles'],
    headline: opt(row.headline),
    bioVi: opt(row.bioVi),
    bioEn: opt(row.bioEn),
    expertise: row.expertise,
    languages: row.languages,
    provinceCode: opt(row.provinceCode),
    email: opt(row.email),
    phone: opt(row.phone),
    website: opt(row.website),
    links: row.links,
    externalId: opt(row.externalId),
    contactPreference: row.contactPreference as ContactPreference,
    visibility: {
      email: v.email,
      phone: v.phone,
      website: v.website,
      provinceCode: v.provinceCode,
      bio: (v.bioVi ?? v.bioEn) as Visibility | undefined,
    },
  };
}

/** Replaces the editable fields of a person the caller may edit (checked by the caller). */
export async function updatePerson(
  db: Db,
  audit: AuditContext,
  id: string,
  expectedVersion: number,
  input: TPersonFieldsInput,
): Promise<UpdatePersonResult> {
  const parsed = ZPersonFields.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'INVALID', fields: fieldErrors(parsed.error) };
  const fields = parsed.data;
  const before = await findPersonById(db, id);
  if (!before || before.archivedAt) return { ok: false, reason: 'NOT_FOUND' };
  const externalIdTaken = {
    ok: false,
    reason: 'INVALID',
    fields: { externalId: { key: 'directory.person.error.externalIdTaken' } },
  } as const;
  if (fields.externalId && fields.externalId !== before.externalId) {
    const other = await findPersonByExternalId(db, fields.externalId);
    if (other && other.id !== id) return externalIdTaken;
  }
  const empty = {
    headline: null,
    bioVi: null,
    bioEn: null,
    provinceCode: null,
    email: null,
    phone: null,
    website: null,
    externalId: null,
  };
  try {
    const result = await db.transaction(async (tx) => {
      const updated = await updatePersonRow(
        tx,
        id,
        expectedVersion,
        {
          ...empty,
          ...fields,
          ...personSearchFields(fields),
        },
        { by: actorIdOf(audit) },
      );
      if (!updated) return undefined;
      if (isAudited(audit)) {
        await recordAudit(tx, audit, {
          action: 'directory.person:update',
          entityType: 'person',
          entityId: id,
          before,
          after: updated,
        });
      }
      return updated;
    });
    if (result) return { ok: true, person: result };
    const current = await findPersonById(db, id);
    return current
      ? { ok: false, reason: 'CONFLICT', current }
      : { ok: false, reason: 'NOT_FOUND' };
  } catch (err) {
    if (personUniqueViolation(err) === 'externalId') return externalIdTaken;
    throw err;
  }
}

export const ZAffiliation = z.object({
  personId: z.uuid(),
  organizationId: z.uuid(),
  role: z.enum(AFFILIATION_ROLES),
  /** The person's own title there, e.g. "Giám đốc công nghệ". */
  title: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(120))
    .optional(),
});
export type TAffiliationInput = z.input<typeof ZAffiliation>;

export type AffiliationResult =
  | { ok: true }
  | { ok: false; reason: 'NOT_FOUND' }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors };

/** Links a person to an organisation with a role there (again with a new title: updated). */
export async function linkPerson(
  db: Db,
  audit: AuditContext,
  input: TAffiliationInput,
): Promise<AffiliationResult> {
  const parsed = ZAffiliation.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'INVALID', fields: fieldErrors(parsed.error) };
  const { personId, organizationId, role, title } = parsed.data;
  const person = await findPersonById(db, personId);
  const org = await findOrganizationById(db, organizationId);
  if (!person || person.archivedAt || !org || org.archivedAt || org.mergedInto)
    return { ok: false, reason: 'NOT_FOUND' };
  await db.transaction(async (tx) => {
    await upsertAffiliation(tx, { personId, organizationId, role, title: title || null });
    // Followers of the change feed re-read both records, whose links changed.
    await recordChange(tx, 'person', personId, 'upsert');
    await recordChange(tx, 'organization', organizationId, 'upsert');
    if (isAudited(audit)) {
      await recordAudit(tx, audit, {
        action: 'directory.person:link',
        entityType: 'person',
        entityId: personId,
        after: { organizationId, role, title },
      });
    }
  });
  return { ok: true };
}

export async function unlinkPerson(
  db: Db,
  audit: AuditContext,
  input: Omit<TAffiliationInput, 'title'>,
): Promise<AffiliationResult> {
  const parsed = ZAffiliation.omit({ title: true }).safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'INVALID', fields: fieldErrors(parsed.error) };
  const key = parsed.data;
  const removed = await db.transaction(async (tx) => {
    if (!(await deleteAffiliation(tx, key))) return false;
    await recordChange(tx, 'person', key.personId, 'upsert');
    await recordChange(tx, 'organization', key.organizationId, 'upsert');
    if (isAudited(audit)) {
      await recordAudit(tx, audit, {
        action: 'directory.person:unlink',
        entityType: 'person',
        entityId: key.personId,
        before: key,
      });
    }
    return true;
  });
  return removed ? { ok: true } : { ok: false, reason: 'NOT_FOUND' };
}
