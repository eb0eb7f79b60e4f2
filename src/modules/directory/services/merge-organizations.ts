// Outcomes: merged (one transaction: the survivor takes the chosen values, people's links and
// claims; the other record points at it, so its address redirects; both change-feed entries and
// one audit entry with both records before and after) | NOT_FOUND (unknown, archived, merged) |
// CONFLICT (either record changed since the page was shown) | INVALID (the chosen values).
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { storedAsInput } from '../fields/field-values';
import {
  CLEARED_FIELDS,
  LIST_FIELDS,
  SCALAR_FIELDS,
  ZOrganizationFields,
  type ListField,
  type TOrganizationFieldsInput,
} from '../organization-fields';
import {
  lockOrganization,
  recordChange,
  updateOrganization as updateRow,
  type OrganizationRow,
} from '../db/organizations.repository';
import { moveAffiliations, moveClaims, repointMergedRecords } from '../db/curation.repository';
import { isUuid } from '../../../platform/input/uuid';
import { isLive } from './managers';
import { organizationSearchFields } from './search-fields';
import { auditable } from './update-organization';

/** Every field a merge chooses; lists may also keep both sides. */
export const MERGE_FIELDS = [...SCALAR_FIELDS, ...LIST_FIELDS, 'visibility'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type Side = 'a' | 'b';
export type Pick = Side | 'both';

export const isListField = (f: MergeField): f is ListField =>
  (LIST_FIELDS as readonly string[]).includes(f);

export const ZMergeForm = z.object({
  a: z.string().refine(isUuid),
  b: z.string().refine(isUuid),
  aVersion: z.coerce.number().int(),
  bVersion: z.coerce.number().int(),
  survivor: z.enum(['a', 'b'], { message: 'directory.merge.error.survivor' }),
});
export type TMergeForm = z.infer<typeof ZMergeForm>;

/** The stored values as the create/update contract takes them. */
export function inputOf(row: OrganizationRow): Record<MergeField, unknown> {
  const out = {} as Record<MergeField, unknown>;
  for (const f of SCALAR_FIELDS) out[f] = storedAsInput(row[f]);
  for (const f of LIST_FIELDS) out[f] = row[f];
  out.visibility = row.visibility;
  return out;
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** What the page proposes: the survivor's value, or the other's when the survivor has none. */
export function defaultPick(
  field: MergeField,
  a: OrganizationRow,
  b: OrganizationRow,
  survivor: Side,
): Pick {
  const [mine, theirs] = survivor === 'a' ? [inputOf(a), inputOf(b)] : [inputOf(b), inputOf(a)];
  if (isListField(field) && !isEmpty(mine[field]) && !isEmpty(theirs[field])) return 'both';
  const other: Side = survivor === 'a' ? 'b' : 'a';
  return isEmpty(mine[field]) && !isEmpty(theirs[field]) ? other : survivor;
}

/** The record that should survive unless staff choose otherwise: verified, managed, then older. */
export function defaultSurvivor(a: OrganizationRow, b: OrganizationRow): Side {
  const score = (r: OrganizationRow) => (r.verifiedAt ? 2 : 0) + (r.managedBy ? 1 : 0);
  if (score(a) !== score(b)) return score(a) > score(b) ? 'a' : 'b';
  return a.createdAt <= b.createdAt ? 'a' : 'b';
}

export type MergeResult =
  | { ok: true; survivor: OrganizationRow; merged: OrganizationRow }
  | { ok: false; reason: 'CONFLICT'; a: OrganizationRow; b: OrganizationRow }
  | { ok: false; reason: 'INVALID'; a: OrganizationRow; b: OrganizationRow; fields: FieldErrors };

/** `picks`: which record each field's value comes from; absent fields take defaultPick. */
export async function mergeOrganizations(
  deps: { database: AppDeps['database'] },
  acting: AuditContext,
  input: TMergeForm & { picks: Partial<Record<MergeField, Pick>> },
): Promise<MergeResult> {
  const { actor } = acting;
  const { picks, ...form } = input;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  if (form.a === form.b) throw new AppError('NOT_FOUND');
  return deps.database.db.transaction(async (tx) => {
    // Lock in a fixed order so two merges of overlapping pairs wait rather than deadlock.
    const [first, second] = [form.a, form.b].sort();
    const locked = new Map<string, OrganizationRow | undefined>();
    locked.set(first!, await lockOrganization(tx, first!));
    locked.set(second!, await lockOrganization(tx, second!));
    const a = locked.get(form.a);
    const b = locked.get(form.b);
    if (!a || !b || !isLive(a) || !isLive(b)) throw new AppError('NOT_FOUND');
    if (a.version !== form.aVersion || b.version !== form.bVersion) {
      return { ok: false as const, reason: 'CONFLICT' as const, a, b };
    }
    const values = { a: inputOf(a), b: inputOf(b) };
    const merged = {} as Record<MergeField, unknown>;
    for (const f of MERGE_FIELDS) {
      const pick = picks[f] ?? defaultPick(f, a, b, form.survivor);
      merged[f] =
        pick === 'both' && isListField(f)
          ? [...new Set([...(a[f] as string[]), ...(b[f] as string[])])]
          : values[pick === 'b' ? 'b' : 'a'][f];
    }
    const parsed = ZOrganizationFields.safeParse(merged as TOrganizationFieldsInput);
    if (!parsed.success) {
      return {
        ok: false as const,
        reason: 'INVALID' as const,
        a,
        b,
        fields: fieldErrors(parsed.error),
      };
    }
    const fields = parsed.data;
    const [survivor, other] = form.survivor === 'a' ? [a, b] : [b, a];

    // The other record first gives up the unique keys the survivor takes over.
    const otherAfter = await updateRow(
      tx,
      other.id,
      other.version,
      {
        mergedInto: survivor.id,
        ...(fields.taxCode && fields.taxCode === other.taxCode ? { taxCode: null } : {}),
        ...(fields.externalId && fields.externalId === other.externalId
          ? { externalId: null }
          : {}),
      },
      { by: actor.user.id },
    );
    // Gone from the public directory, for those who follow the change feed.
    await recordChange(tx, 'organization', other.id, 'delete');
    const survivorAfter = await updateRow(
      tx,
      survivor.id,
      survivor.version,
      {
        ...CLEARED_FIELDS,
        ...fields,
        ...organizationSearchFields(fields),
        links: { ...other.links, ...survivor.links },
        logoFile: survivor.logoFile ?? other.logoFile,
        managedBy: survivor.managedBy ?? other.managedBy,
        verifiedAt: survivor.verifiedAt ?? other.verifiedAt,
        verifiedBy: survivor.verifiedAt ? survivor.verifiedBy : other.verifiedBy,
      },
      { by: actor.user.id },
    );
    if (!otherAfter || !survivorAfter) throw new AppError('CONFLICT');
    const movedAffiliations = await moveAffiliations(tx, other.id, survivor.id);
    const movedClaims = await moveClaims(tx, other.id, survivor.id);
    await repointMergedRecords(tx, other.id, survivor.id);
    await recordAudit(tx, acting, {
      action: 'directory.organization:merge',
      entityType: 'organization',
      entityId: survivor.id,
      before: { survivor: auditable(survivor), merged: auditable(other) },
      after: {
        survivor: auditable(survivorAfter),
        merged: auditable(otherAfter),
        picks,
        movedAffiliations,
        movedClaims,
      },
    });
    return { ok: true as const, survivor: survivorAfter, merged: otherAfter };
  });
}
