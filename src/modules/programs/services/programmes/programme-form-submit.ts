// Saves of the staff programme form.
// createProgrammeFromForm: created | INVALID (messages per control; nothing stored).
// editProgrammeFromForm: updated | NOT_FOUND (thrown) | INVALID | CONFLICT (someone saved first:
//   nothing overwritten; the stored programme is returned to show beside what was typed).
import type { Db } from '../../../../platform/db/client';
import type { AuditContext } from '../../../../platform/audit';
import type { FieldErrors } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZProgrammeFields } from '../../contracts';
import { findOrganizationRefBySlug, type ProgrammeRow } from '../../db/programmes.repository';
import { createProgramme } from './create-programme';
import { lastSegment, type FormValues } from '../../../../platform/input/form-values';
import { renameFields } from '../../../../platform/input/validation';
import { programmeInputFromForm } from './programme-form';
import { getProgrammeBySlug } from './programmes.queries';
import { updateProgramme } from './update-programme';
import type { ClockDeps, DbDeps } from '../common';

/**
 * The form's input with the posting organisation (typed as a profile address) resolved, and
 * every message the form deserves: what could not be read, then what the command would refuse.
 */
async function inputOf(db: Db, values: FormValues) {
  const { input, errors, controlOf } = programmeInputFromForm(values);
  const typed = lastSegment(values.postingOrganization ?? '');
  if (typed) {
    const org = await findOrganizationRefBySlug(db, typed);
    if (org) input.postingOrganizationId = org.id;
    else errors.postingOrganization = { key: 'programs.error.organizationUnknown' };
  }
  const checked = ZProgrammeFields.safeParse(input);
  const fields: FieldErrors = {
    ...(checked.success ? {} : renameFields(fieldErrors(checked.error), controlOf)),
    ...errors,
  };
  return { input, fields, controlOf };
}

export type ProgrammeFromFormResult =
  | { ok: true; programme: ProgrammeRow }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors }
  | { ok: false; reason: 'CONFLICT'; current: ProgrammeRow };

const isEmpty = (fields: FieldErrors) => Object.keys(fields).length === 0;

export async function createProgrammeFromForm(
  deps: DbDeps,
  acting: AuditContext,
  values: FormValues,
): Promise<ProgrammeFromFormResult> {
  const { input, fields, controlOf } = await inputOf(deps.database.db, values);
  if (!isEmpty(fields)) return { ok: false, reason: 'INVALID', fields };
  const result = await createProgramme(deps, acting, input);
  if (result.ok) return result;
  return { ok: false, reason: 'INVALID', fields: renameFields(result.fields, controlOf) };
}

export async function editProgrammeFromForm(
  deps: ClockDeps,
  acting: AuditContext,
  input: { slug: string; expectedVersion: number; values: FormValues },
): Promise<ProgrammeFromFormResult> {
  const { slug, expectedVersion, values } = input;
  const programme = await getProgrammeBySlug(deps, acting, { slug });
  const typed = await inputOf(deps.database.db, values);
  if (!isEmpty(typed.fields)) return { ok: false, reason: 'INVALID', fields: typed.fields };
  const result = await updateProgramme(deps, acting, {
    ...typed.input,
    programmeId: programme.id,
    expectedVersion,
  });
  if (result.ok || result.reason === 'CONFLICT') return result;
  return { ok: false, reason: 'INVALID', fields: renameFields(result.fields, typed.controlOf) };
}
