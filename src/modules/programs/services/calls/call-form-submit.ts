// Saves of the staff call page.
// createCallFromForm: created | NOT_FOUND (thrown: programme) | INVALID (messages per control).
// editCallFromForm: updated | NOT_FOUND (thrown) | INVALID | CONFLICT (someone saved first:
//   nothing overwritten) | FORM_LOCKED | OPENS_AT_LOCKED (the call has opened; see update-call.ts).
// grantExtensionFromForm: granted | NOT_FOUND (thrown) | INVALID.
import type { RequestContext } from '../../../../platform/http/context';
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
  ctx: RequestContext,
  programmeSlug: string,
  state: CallFormState,
): Promise<{ ok: true; call: CallRow } | ReturnType<typeof invalid>> {
  const db = ctx.deps.database.db;
  const programme = await getProgrammeBySlug(db, ctx.actor, programmeSlug);
  const { input, fields, controlOf } = checked(state);
  if (!isEmpty(fields)) return invalid(fields);
  const result = await createCall(db, ctx, programme.id, input);
  return result.ok ? result : invalid(renameFields(result.fields, controlOf));
}

export async function editCallFromForm(
  ctx: RequestContext,
  programmeSlug: string,
  callSlug: string,
  version: number,
  state: CallFormState,
): Promise<UpdateCallResult> {
  const db = ctx.deps.database.db;
  const { call } = await getCall(db, ctx.actor, programmeSlug, callSlug);
  const { input, fields, controlOf } = checked(state);
  if (!isEmpty(fields)) return invalid(fields);
  const result = await updateCall(db, ctx, call.id, version, input, ctx.deps.clock());
  if (result.ok || result.reason !== 'INVALID') return result;
  return invalid(renameFields(result.fields, controlOf));
}

export async function grantExtensionFromForm(
  ctx: RequestContext,
  programmeSlug: string,
  callSlug: string,
  values: FormValues,
) {
  const db = ctx.deps.database.db;
  const { call } = await getCall(db, ctx.actor, programmeSlug, callSlug);
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
  const result = await grantExtension(
    db,
    ctx,
    { callId: call.id, organizationId: org.id, closesAt, reason: values.reason ?? '' },
    ctx.deps.clock(),
  );
  if (result.ok) return result;
  return invalid(
    renameFields(result.fields, (p) =>
      p === 'closesAt' ? 'extensionClosesAt' : p === 'organizationId' ? 'organization' : p,
    ),
  );
}
