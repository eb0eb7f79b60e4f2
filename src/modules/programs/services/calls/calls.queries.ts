// Reads of calls and of when they take submissions.
import type { AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import {
  findCallBySlug,
  findCallsOfProgramme,
  findExtensions,
  type CallRow,
} from '../../db/calls.repository';
import { findOrganizationRefById, type ProgrammeRow } from '../../db/programmes.repository';
import { isOpenFor, phaseAt } from '../../domain/call-window';
import { visibleCallStatuses } from '../../permissions';
import { getProgrammeBySlug } from '../programmes/programmes.queries';
import type { DbDeps } from '../common';

/** A programme's calls the actor may see, in opening order (its timeline). */
export const callsOf = (deps: DbDeps, acting: AuditContext, input: { programme: ProgrammeRow }) =>
  findCallsOfProgramme(deps.database.db, input.programme.id, visibleCallStatuses(acting.actor));

/** A call and its programme; NOT_FOUND when either is not the actor's to see. */
export async function getCall(
  deps: DbDeps,
  acting: AuditContext,
  input: { programmeSlug: string; callSlug: string },
): Promise<{ programme: ProgrammeRow; call: CallRow }> {
  const { programmeSlug, callSlug } = input;
  const { actor } = acting;
  const programme = await getProgrammeBySlug(deps, acting, { slug: programmeSlug });
  const call = await findCallBySlug(deps.database.db, programme.id, callSlug);
  if (!call || !visibleCallStatuses(actor).includes(call.status as never))
    throw new AppError('NOT_FOUND');
  return { programme, call };
}

/**
 * True when this applicant (a directory organisation) may submit to the call at `now`: the call
 * is published and `now` is in its window, or in the window its latest extension gives.
 */
export async function isCallOpenFor(
  db: Db,
  call: CallRow,
  organizationId: string,
  now: Date,
): Promise<boolean> {
  if (call.status !== 'published') return false;
  // Extensions only add time: within the call's own window nobody's needs looking up.
  if (phaseAt(call, now) === 'open') return true;
  return isOpenFor(call, await findExtensions(db, call.id, organizationId), organizationId, now);
}

/** A call's extensions with the organisation each is for, for staff. */
export async function extensionsOf(deps: DbDeps, acting: AuditContext, input: { callId: string }) {
  const db = deps.database.db;
  const { callId } = input;
  const rows = await findExtensions(db, callId);
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      organization: await findOrganizationRefById(db, row.organizationId),
    })),
  );
}
