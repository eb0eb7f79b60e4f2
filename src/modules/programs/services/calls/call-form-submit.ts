// Saves of the staff call page.
// createCallFromForm: created | NOT_FOUND (thrown: programme) | INVALID (messages per control).
// editCallFromForm: updated | NOT_FOUND (thrown) | INVALID | CONFLICT (someone saved first:
//   nothing overwritten) | FORM_LOCKED | OPENS_AT_LOCKED (the call has opened; see update-call.ts).
// grantExtensionFromForm: granted | NOT_FOUND (thrown) | INVALID.
import type { AuditContext } from '../../../../platform/audit';
import type { FieldErrors } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZCallFields } from '../../contracts';
import { findOrganizationRefBySlug } from '../../db/programmes.repository';
import { parseVnDateTime } from '../../../../platform/i18n';
import type { CallRow } from '../../db/calls.repository';
import { callInputFromForm, type CallFormState } from './call-form';
import { getCall } from './calls.queries';
import { createCall } from './create-call';
import { lastSegment, type FormValues } from '../../../../platform/input/form-values';
import { renameFields } from '../../../../platform/input/validation';
import { grantExtension } from './grant-extension';
import { getProgrammeBySlug } from '../programmes/programmes.queries';
import { updateCall, type UpdateCallResult } from './update-call';
import type { DbDeps } from '../common';
import type { ClockDeps } from '../common';

function checked(state: CallFormState) {
  const { input, errors, controlOf } = callInputFromForm(state);
  const parsed = ZCallFields.safeParse(input);
  const fields: FieldErrors = {
    ...(parsed.success ? {} : renameFields(fieldErrors(parsed.error), controlOf)),
    ...errors,
  };
  return { input, fields, controlOf };
}

const isEmpty = (fields: FieldErrors) => Object.keys(fields).length === 0;
const invalid = (fields: FieldErrors) => ({ ok: false, reason: 'INVALID', fields }) as const;

export async function createCallFromForm(
  deps: DbDeps,
  acting: AuditContext,
  input: { programmeSlug: string; state: CallFormState },
): Promise<{ ok: true; call: CallRow } | ReturnType<typeof invalid>> {
  const programme = await getProgrammeBySlug(deps, acting, { slug: input.programmeSlug });
  const typed = checked(input.state);
  if (!isEmpty(typed.fields)) return invalid(typed.fields);
  const result = await createCall(deps, acting, { ...typed.input, programmeId: programme.id });
  const { controlOf } = typed;
  return result.ok ? result : invalid(renameFields(result.fields, controlOf));
}

export async function editCallFromForm(
  deps: ClockDeps,
  acting: AuditContext,
  input: { programmeSlug: string; callSlug: string; expectedVersion: number; state: CallFormState },
): Promise<UpdateCallResult> {
  const { call } = await getCall(deps, acting, input);
  const typed = checked(input.state);
  if (!isEmpty(typed.fields)) return invalid(typed.fields);
  const result = await updateCall(deps, acting, {
    ...typed.input,
    callId: call.id,
    expectedVersion: input.expectedVersion,
  });
  if (result.ok || result.reason !== 'INVALID') return result;
  return invalid(renameFields(result.fields, typed.controlOf));
}

export async function grantExtensionFromForm(
  deps: ClockDeps,
  acting: AuditContext,
  input: { programmeSlug: string; callSlug: string; values: FormValues },
) {
  const { values } = input;
  const db = deps.database.db;
  const { call } = await getCall(deps, acting, input);
  const fields: FieldErrors = {};
  const typed = lastSegment(values.organization ?? '');
  const org = typed ? await findOrganizationRefBySlug(db, typed) : undefined;
  if (!org)
    fields.organization = {
      key: typed ? 'programs.error.organizationUnknown' : 'validation.required',
    };
  const closesAt = parseVnDateTime(values.extensionClosesAt ?? '');
  if (!closesAt)
    fields.extensionClosesAt = {
      key: values.extensionClosesAt?.trim() ? 'programs.error.dateTime' : 'validation.required',
    };
  if (!org || !closesAt) return invalid(fields);
  const result = await grantExtension(deps, acting, {
    callId: call.id,
    organizationId: org.id,
    closesAt,
    reason: values.reason ?? '',
  });
  if (result.ok) return result;
  return invalid(
    renameFields(result.fields, (p) =>
      p === 'closesAt' ? 'extensionClosesAt' : p === 'organizationId' ? 'organization' : p,
    ),
  );
}
