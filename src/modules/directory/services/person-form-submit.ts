// Saves of the person forms, and who may make them.
// createPersonFromForm: created | INVALID (field messages; nothing stored) | HAS_PROFILE (the
//   account already has its own profile: nothing stored, that profile is returned).
// editPersonFromForm: updated | NOT_FOUND (thrown: unknown, archived, or not the actor's to edit) |
//   INVALID | CONFLICT (someone saved first: nothing overwritten, the stored row is returned).
// addAffiliationFromForm: linked | NOT_FOUND (thrown, as above) | INVALID (unknown organisation,
//   or one a member does not manage). removeAffiliationFromForm: done | NOT_FOUND (thrown).
import type { AuditContext } from '../../../platform/audit';
import { can, isSignedIn, type Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { recordConsent } from '../../identity';
import { findOrganizationBySlug } from '../db/organizations.repository';
import { findPersonOfUser, lockOwnProfileCreation } from '../db/person-accounts.repository';
import {
  findAffiliationsOfPerson,
  findPersonBySlug,
  type PersonRow,
} from '../db/people.repository';
import { createPerson, ZPersonFields } from './create-person';
import { canManageOrganization, isLive } from './managers';
import { formFieldErrors } from './organization-form';
import {
  differingPersonFields,
  personInputFromForm,
  type ComparedPersonField,
  type PersonFormValues,
} from './person-form';
import { linkPerson, unlinkPerson, updatePerson, type TAffiliationInput } from './update-person';

/** Consent to a directory profile (Law 91/2025/QH15 Art. 9), as recorded in the ledger. */
export const PROFILE_CONSENT = { purpose: 'directory-profile', noticeVersion: '2026-01' } as const;

export const isPeopleCurator = (actor: Actor) => can(actor, 'directory.person:curate');

/** Staff edit anyone; a signed-in person (in a browser) edits the profile of their account. */
export function canEditPerson(actor: Actor, person: Pick<PersonRow, 'userId'>): boolean {
  if (isPeopleCurator(actor)) return true;
  return isSignedIn(actor) && !actor.apiKey && person.userId === actor.user.id;
}

/** The listed person behind a slug, if the actor may edit them; NOT_FOUND otherwise. */
export async function getEditablePerson(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { slug: string },
): Promise<PersonRow> {
  const person = await findPersonBySlug(deps.database.db, input.slug);
  if (!person || person.archivedAt || !canEditPerson(acting.actor, person)) {
    throw new AppError('NOT_FOUND');
  }
  return person;
}

/** The signed-in actor's own profile, if any. */
export const ownProfileOf = async (deps: Pick<AppDeps, 'database'>, acting: AuditContext) =>
  isSignedIn(acting.actor) ? findPersonOfUser(deps.database.db, acting.actor.user.id) : undefined;

/** What the form says, checked the way the commands will check it, in the form's own terms. */
function validate(values: PersonFormValues, externalId: string) {
  const { input, errors } = personInputFromForm({
    ...values,
    text: { ...values.text, externalId },
  });
  const parsed = ZPersonFields.safeParse(input);
  const fields: FieldErrors = parsed.success ? {} : formFieldErrors(fieldErrors(parsed.error));
  return { input, fields: { ...fields, ...errors } };
}

export type CreateFromFormResult =
  | { ok: true; person: PersonRow }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors }
  | { ok: false; reason: 'HAS_PROFILE'; person: PersonRow };

type PersonDeps = Pick<AppDeps, 'database'>;

/** `consent`: the box confirming the notice; `own`: staff record their own profile. */
export async function createPersonFromForm(
  deps: PersonDeps,
  acting: AuditContext,
  options: { values: PersonFormValues; consent: boolean; own: boolean },
): Promise<CreateFromFormResult> {
  const { actor } = acting;
  const { values } = options;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  const db = deps.database.db;
  const curator = isPeopleCurator(actor);
  // Members only ever create their own profile; staff also record other people.
  const isOwn = !curator || options.own;
  // External ids belong to imports: only staff set them.
  const { input, fields } = validate(values, curator ? values.text.externalId : '');
  if (!options.consent) {
    fields.consent = {
      key: curator ? 'directory.personForm.error.confirm' : 'directory.personForm.error.consent',
    };
  }
  if (Object.keys(fields).length > 0) return { ok: false, reason: 'INVALID', fields };
  if (!isOwn) {
    const created = await createPerson(db, acting, input);
    return created.ok ? created : { ok: false, reason: 'INVALID', fields: created.fields };
  }
  const userId = actor.user.id;
  return db.transaction(async (tx): Promise<CreateFromFormResult> => {
    await lockOwnProfileCreation(tx, userId);
    const existing = await findPersonOfUser(tx, userId);
    if (existing) return { ok: false, reason: 'HAS_PROFILE', person: existing };
    const created = await createPerson(tx, acting, input, { userId });
    if (!created.ok) return { ok: false, reason: 'INVALID', fields: created.fields };
    await recordConsent(tx, { userId, ...PROFILE_CONSENT, channel: 'web-form' });
    return created;
  });
}

export type EditFromFormResult =
  | { ok: true; person: PersonRow }
  | { ok: false; reason: 'INVALID'; person: PersonRow; fields: FieldErrors }
  | { ok: false; reason: 'CONFLICT'; person: PersonRow; differing: ComparedPersonField[] };

export async function editPersonFromForm(
  deps: PersonDeps,
  acting: AuditContext,
  form: { slug: string; expectedVersion: number; values: PersonFormValues },
): Promise<EditFromFormResult> {
  const { slug, expectedVersion, values } = form;
  const db = deps.database.db;
  const person = await getEditablePerson(deps, acting, { slug });
  const externalId = isPeopleCurator(acting.actor)
    ? values.text.externalId
    : (person.externalId ?? '');
  const { input, fields } = validate(values, externalId);
  if (Object.keys(fields).length > 0) return { ok: false, reason: 'INVALID', person, fields };
  const result = await updatePerson(db, acting, person.id, expectedVersion, input);
  if (result.ok) return result;
  switch (result.reason) {
    case 'NOT_FOUND':
      throw new AppError('NOT_FOUND');
    case 'INVALID':
      return { ok: false, reason: 'INVALID', person, fields: formFieldErrors(result.fields) };
    case 'CONFLICT':
      return {
        ok: false,
        reason: 'CONFLICT',
        person: result.current,
        differing: differingPersonFields(ZPersonFields.parse(input), result.current),
      };
  }
}

/** A slug, or the address of an organisation's page pasted whole. */
export function organizationSlugOf(typed: string): string {
  const path = typed.trim().split(/[?#]/)[0] ?? '';
  return path.split('/').filter(Boolean).pop() ?? '';
}

export interface AffiliationForm {
  organization: string;
  role: string;
  title: string;
}

export type AffiliationFromFormResult = { ok: true } | { ok: false; fields: FieldErrors };

/**
 * Links the person to an organisation. Staff link any listed one; the person themselves, only
 * those whose profile they manage (anyone could otherwise claim to work anywhere).
 */
export async function addAffiliationFromForm(
  deps: PersonDeps,
  acting: AuditContext,
  input: { slug: string; form: AffiliationForm },
): Promise<AffiliationFromFormResult> {
  const { slug, form } = input;
  const db = deps.database.db;
  const person = await getEditablePerson(deps, acting, { slug });
  const orgSlug = organizationSlugOf(form.organization);
  const org = orgSlug ? await findOrganizationBySlug(db, orgSlug) : undefined;
  if (!org || !isLive(org)) {
    const key = orgSlug ? 'directory.personForm.error.organization' : 'validation.required';
    return { ok: false, fields: { organization: { key } } };
  }
  const manages = () => canManageOrganization(deps, acting, { organization: org });
  if (!isPeopleCurator(acting.actor) && !(await manages())) {
    return {
      ok: false,
      fields: { organization: { key: 'directory.personForm.error.organizationNotManaged' } },
    };
  }
  const result = await linkPerson(db, acting, {
    personId: person.id,
    organizationId: org.id,
    // Checked by the command, like the rest of what was typed.
    role: form.role as TAffiliationInput['role'],
    title: form.title,
  });
  if (result.ok) return result;
  if (result.reason === 'NOT_FOUND') throw new AppError('NOT_FOUND');
  const fields: FieldErrors = {};
  for (const [path, message] of Object.entries(result.fields)) {
    // The form's controls for the command's role and title.
    const control =
      path === 'role' ? 'affiliationRole' : path === 'title' ? 'affiliationTitle' : '_';
    fields[control] ??= message;
  }
  return { ok: false, fields };
}

/** The person's listed organisations, for the edit page. */
export const affiliationsOf = (deps: Pick<AppDeps, 'database'>, input: { personId: string }) =>
  findAffiliationsOfPerson(deps.database.db, input.personId);

/** Removes one link; one already gone is not an error (a second click, another tab). */
export async function removeAffiliationFromForm(
  deps: PersonDeps,
  acting: AuditContext,
  input: { slug: string; organizationId: string; role: string },
): Promise<void> {
  const { slug, organizationId } = input;
  const db = deps.database.db;
  const person = await getEditablePerson(deps, acting, { slug });
  const role = input.role as TAffiliationInput['role'];
  const result = await unlinkPerson(db, acting, { organizationId, personId: person.id, role });
  if (!result.ok && result.reason === 'INVALID') throw new AppError('BAD_REQUEST');
}
