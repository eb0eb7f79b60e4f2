// Reads of applications: one the actor may see (getX, NOT_FOUND otherwise) and the actor's own.
import type { AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { organizationFacts } from '../../../directory';
import {
  findApplicationsFor,
  findApplicationWithCall,
  findAttachments,
  findCoEditors,
  findVersions,
  type AttachmentRow,
} from '../../db/applications.repository';
import { findCallById } from '../../db/calls.repository';
import { findProgrammeById } from '../../db/programmes.repository';
import {
  applicantIdOf,
  applicantOrganizations,
  applicationInReach,
  getApplicationInReach,
} from './applicant';
import { isUuid } from '../../../../platform/input/uuid';
import type { DbDeps } from '../common';

/** An application as its form shows it: with its call, programme and files. */
export async function getApplicationToEdit(
  deps: DbDeps,
  acting: AuditContext,
  input: { applicationId: string },
) {
  const form = await getApplicationForm(deps, acting, input);
  const attachments = await findAttachments(deps.database.db, form.application.id);
  return { ...form, attachments };
}

export type ApplicationToEdit = Awaited<ReturnType<typeof getApplicationToEdit>>;

/** An application with its call, programme, frozen versions, files and co-editors. */
export async function getApplication(
  deps: DbDeps,
  acting: AuditContext,
  input: { applicationId: string },
) {
  const db = deps.database.db;
  // Only once the actor is known to reach it (an id that is no UUID never gets here).
  const shown = await getApplicationToEdit(deps, acting, input);
  const id = shown.application.id;
  const [versions, coEditors] = await Promise.all([findVersions(db, id), findCoEditors(db, id)]);
  return { ...shown, versions, coEditors };
}

export type ApplicationView = Awaited<ReturnType<typeof getApplication>>;

/** An application with its call: what a post of its form is read against (a page needs more). */
export async function getApplicationForm(
  deps: DbDeps,
  acting: AuditContext,
  input: { applicationId: string },
) {
  const db = deps.database.db;
  const id = input.applicationId;
  const found = isUuid(id) ? await findApplicationWithCall(db, id) : undefined;
  if (!found) throw new AppError('NOT_FOUND');
  const { application, ...inProgramme } = found;
  const inReach = await applicationInReach(db, acting.actor, application, 'read');
  return { ...inReach, ...inProgramme };
}

/** The applications of every organisation the account acts for, and those it co-edits. */
export async function findMyApplications(deps: DbDeps, acting: AuditContext) {
  const db = deps.database.db;
  const { actor } = acting;
  const userId = applicantIdOf(actor);
  const organizations = await applicantOrganizations(db, actor);
  const rows = await findApplicationsFor(db, {
    organizationIds: organizations.map((o) => o.id),
    userId,
  });
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  return Promise.all(
    rows.map(async (application) => {
      const call = await findCallById(db, application.callId);
      const programme = call && (await findProgrammeById(db, call.programmeId));
      const organizationName =
        names.get(application.organizationId) ??
        (await organizationFacts(db, application.organizationId))?.name ??
        '';
      return { application, call, programme, organizationName };
    }),
  );
}

/** One attachment of an application the actor may see; NOT_FOUND otherwise. */
export async function getAttachment(
  deps: DbDeps,
  acting: AuditContext,
  input: { applicationId: string; attachmentId: string },
): Promise<AttachmentRow> {
  const db = deps.database.db;
  const { applicationId, attachmentId } = input;
  await getApplicationInReach(db, acting.actor, applicationId, 'read');
  const found = isUuid(attachmentId)
    ? (await findAttachments(db, applicationId)).find((a) => a.id === attachmentId)
    : undefined;
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}
