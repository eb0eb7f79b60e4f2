// Self-service saves of the organisation form.
// createManagedOrganization: created (managed by the chosen or a new account organisation) |
//   INVALID (field messages; nothing stored, no account organisation created).
// editOrganization: updated | NOT_FOUND (thrown: unknown, archived, or not the actor's to edit) |
//   INVALID | CONFLICT (someone saved first: nothing overwritten, the stored row is returned).
// A refused logo refuses the save. A valid logo refused with the rest of the form is stored (an
// unreferenced, content-addressed file) and carried in `values.logo.pending`, which the form
// shows again, so the user need not choose the file twice.
import type { AuditContext } from '../../../platform/audit';
import type { FileStore } from '../../../platform/files';
import {
  checkImageUpload,
  storedImageChange,
  type CheckedImage,
} from '../../../platform/files/image-upload';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { createAccountOrganization } from '../../identity';
import { ZOrganizationFields } from '../contracts';
import {
  findOrganizationByTaxCode,
  updateOrganization as updateRow,
  type OrganizationRow,
} from '../db/organizations.repository';
import { createOrganization } from './create-organization';
import { LOGO_RULES } from './organization-logo';
import {
  getManageableOrganization,
  isCurator,
  managingChoices,
  NEW_ACCOUNT_ORGANIZATION,
} from './managers';
import {
  differingFields,
  formFieldErrors,
  inputFromForm,
  withoutStaffFields,
  type OrganizationFormValues,
} from './organization-form';
import { updateOrganization } from './update-organization';

/** Staff may record a profile that no account manages yet. */
export const NO_MANAGER = 'none';

/** Keeps a valid logo of a refused save for the form shown again. */
async function carryLogo(files: FileStore, values: OrganizationFormValues, logo: CheckedImage) {
  if (!logo.ok) return;
  const key = await storedImageChange(files, logo);
  if (key) values.logo.pending = key;
}

export type CreateManagedResult =
  { ok: true; organization: OrganizationRow } | { ok: false; fields: FieldErrors };

/**
 * `manager`: the form's choice of who manages the profile (an account organisation id, new,
 * none). `deps`: all of them, for identity's command that may open an account organisation.
 */
export async function createManagedOrganization(
  deps: AppDeps,
  acting: AuditContext,
  input: { values: OrganizationFormValues; manager: string },
): Promise<CreateManagedResult> {
  const { actor } = acting;
  const { values, manager } = input;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  const db = deps.database.db;
  const curator = isCurator(actor);
  // Fields only staff set (the external id imports match on) are not an owner's to give.
  const typed = inputFromForm(values);
  const fieldsInput = curator ? typed : withoutStaffFields(typed, undefined);
  const parsed = ZOrganizationFields.safeParse(fieldsInput);
  const fields: FieldErrors = parsed.success ? {} : formFieldErrors(fieldErrors(parsed.error));
  if (parsed.success && parsed.data.taxCode) {
    if (await findOrganizationByTaxCode(db, parsed.data.taxCode)) {
      fields.taxCode = { key: 'directory.error.taxCodeTaken' };
    }
  }
  const choices = await managingChoices(deps, acting);
  const isKnownChoice =
    manager === NEW_ACCOUNT_ORGANIZATION ||
    (curator && manager === NO_MANAGER) ||
    choices.some((c) => c.id === manager);
  if (!isKnownChoice) fields.manager = { key: 'directory.form.error.manager' };
  const files = deps.files;
  const logo = await checkImageUpload(files, values.logo, LOGO_RULES);
  if (!logo.ok) fields.logoFile = logo.error;
  if (!logo.ok || !parsed.success || Object.keys(fields).length > 0) {
    await carryLogo(files, values, logo);
    return { ok: false, fields };
  }
  // Stored before the row that names it: a failure in between leaves an unused file, never a
  // profile pointing at nothing.
  const logoFile = (await storedImageChange(files, logo)) ?? undefined;

  const name = (parsed.data.shortName || parsed.data.legalName).slice(0, 120);
  const managedBy =
    manager === NEW_ACCOUNT_ORGANIZATION
      ? (await createAccountOrganization(deps, acting, { name })).id
      : manager === NO_MANAGER
        ? undefined
        : manager;

  return db.transaction(async (tx) => {
    const created = await createOrganization(tx, acting, fieldsInput, { logoFile });
    if (!created.ok || !managedBy) return created;
    const { id, version } = created.organization;
    const managed = await updateRow(tx, id, version, { managedBy }, { by: actor.user.id });
    return { ok: true as const, organization: managed ?? created.organization };
  });
}

export type EditOrganizationResult =
  | { ok: true; organization: OrganizationRow }
  | { ok: false; reason: 'INVALID'; organization: OrganizationRow; fields: FieldErrors }
  | {
      ok: false;
      reason: 'CONFLICT';
      organization: OrganizationRow;
      differing: ReturnType<typeof differingFields>;
    };

export async function editOrganization(
  deps: Pick<AppDeps, 'database' | 'files'>,
  acting: AuditContext,
  input: { slug: string; expectedVersion: number; values: OrganizationFormValues },
): Promise<EditOrganizationResult> {
  const { slug, expectedVersion, values } = input;
  const db = deps.database.db;
  const org = await getManageableOrganization(deps, acting, { slug });
  const typed = inputFromForm(values);
  const fieldsInput = isCurator(acting.actor) ? typed : withoutStaffFields(typed, org);
  const files = deps.files;
  const logo = await checkImageUpload(files, values.logo, LOGO_RULES);
  if (!logo.ok) {
    // Nothing is saved; the other fields' messages are shown with the logo's.
    const parsed = ZOrganizationFields.safeParse(fieldsInput);
    const fields = parsed.success ? {} : formFieldErrors(fieldErrors(parsed.error));
    return {
      ok: false,
      reason: 'INVALID',
      organization: org,
      fields: { ...fields, logoFile: logo.error },
    };
  }
  const logoFile = await storedImageChange(files, logo);
  const result = await updateOrganization(db, acting, org.id, expectedVersion, fieldsInput, {
    logoFile,
  });
  if (result.ok) return result;
  if (logoFile) values.logo.pending = logoFile;
  switch (result.reason) {
    case 'NOT_FOUND':
      throw new AppError('NOT_FOUND');
    case 'INVALID':
      return {
        ok: false,
        reason: 'INVALID',
        organization: org,
        fields: formFieldErrors(result.fields),
      };
    case 'CONFLICT': {
      const differing = differingFields(ZOrganizationFields.parse(fieldsInput), result.current);
      const isLogoDiffering = logoFile !== undefined && logoFile !== result.current.logoFile;
      if (isLogoDiffering && !differing.includes('logoFile')) differing.push('logoFile');
      return { ok: false, reason: 'CONFLICT', organization: result.current, differing };
    }
  }
}
