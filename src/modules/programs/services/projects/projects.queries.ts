// Reads of funded projects: getX returns one or fails NOT_FOUND. Staff see every project of the
// programmes they manage; an organisation's members see that organisation's projects only.
import type { Actor } from '../../../../platform/authz';
import type { AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { accountContact, accountMembership, accountOrganizationsOf } from '../../../identity';
import { findOrganizationRefById, type OrganizationRef } from '../../db/programmes.repository';
import {
  budgetLinesOf,
  disbursementsOf,
  filesOfProject,
  findProjectById,
  findProjectFile,
  managingAccountOf,
  organizationIdsManagedBy,
  milestonesOf,
  projectsOfOrganizations,
  projectsOfProgramme,
  reportsOf,
  stepsOf,
  type ProjectFileRow,
  type ProjectRow,
} from '../../db/projects.repository';
import { canManageProjects, STEP_KINDS } from './funded-project-rules';
import type { DbDeps } from '../common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A project staff may manage; NOT_FOUND otherwise (ids that are not uuids included). */
export async function getProjectForStaff(
  deps: DbDeps,
  acting: AuditContext,
  input: { projectId: string; programmeId?: string },
): Promise<ProjectRow> {
  const db = deps.database.db;
  const { actor } = acting;
  const { projectId: id, programmeId } = input;
  const project = UUID.test(id) ? await findProjectById(db, id) : undefined;
  const isOther = programmeId !== undefined && project?.programmeId !== programmeId;
  if (!project || isOther || !canManageProjects(actor)) throw new AppError('NOT_FOUND');
  return project;
}

/** Whether the actor belongs to the account organisation that manages the funded organisation. */
export async function isProjectMember(db: Db, actor: Actor, project: ProjectRow) {
  if (actor.kind !== 'user' || actor.apiKey) return false;
  const account = await managingAccountOf(db, project.organizationId);
  if (!account) return false;
  return Boolean(await accountMembership(db, account, actor.user.id));
}

/** A project of one of the actor's organisations; NOT_FOUND for anyone else. */
export async function getProjectForMember(
  deps: DbDeps,
  acting: AuditContext,
  input: { projectId: string },
): Promise<ProjectRow> {
  const db = deps.database.db;
  const { actor } = acting;
  const { projectId: id } = input;
  const project = UUID.test(id) ? await findProjectById(db, id) : undefined;
  if (!project || !(await isProjectMember(db, actor, project))) throw new AppError('NOT_FOUND');
  return project;
}

/** The projects of the organisations the actor's account organisations manage. */
export async function projectsOfMember(deps: DbDeps, acting: AuditContext): Promise<ProjectRow[]> {
  const db = deps.database.db;
  const { actor } = acting;
  if (actor.kind !== 'user') return [];
  const accounts = await accountOrganizationsOf(db, actor.user.id);
  const organizationIds = await organizationIdsManagedBy(
    db,
    accounts.map((a) => a.id),
  );
  return projectsOfOrganizations(db, organizationIds);
}

export const projectsOf = (deps: DbDeps, acting: AuditContext, input: { programmeId: string }) =>
  projectsOfProgramme(deps.database.db, input.programmeId);

export type ProjectDetail = Awaited<ReturnType<typeof projectDetail>>;

/**
 * Everything a project page shows: budget, milestones with their reports, money, the chain, and
 * the files of each report, step and disbursement (the advance's are its disbursement's).
 */
export async function projectDetail(
  deps: DbDeps,
  acting: AuditContext,
  input: { project: ProjectRow },
) {
  const db = deps.database.db;
  const { project } = input;
  const [organization, lines, milestones, disbursements, steps, reports, files] = [
    await findOrganizationRefById(db, project.organizationId),
    await budgetLinesOf(db, project.id),
    await milestonesOf(db, project.id),
    await disbursementsOf(db, project.id),
    await stepsOf(db, project.id),
    await reportsOf(db, project.id),
    await filesOfProject(db, project.id),
  ];
  const filesOf = (owner: 'reportId' | 'stepId' | 'disbursementId', id?: string) =>
    id ? files.filter((f) => f[owner] === id) : [];
  const advance = disbursements.find((d) => d.kind === 'advance');
  const chain = STEP_KINDS.map((kind) => {
    const step = steps.find((s) => s.kind === kind);
    const stepFiles =
      kind === 'advance' ? filesOf('disbursementId', advance?.id) : filesOf('stepId', step?.id);
    return { kind, step, files: step ? stepFiles : [] };
  });
  return {
    project,
    organization: organization satisfies OrganizationRef | undefined,
    lines,
    budgetVnd: lines.reduce((sum, l) => sum + l.amountVnd, 0n),
    milestones: milestones.map((m) => ({
      milestone: m,
      reports: reports
        .filter((r) => r.milestoneId === m.id)
        .map((r) => ({ ...r, files: filesOf('reportId', r.id) })),
    })),
    disbursements: disbursements.map((d) => ({ ...d, files: filesOf('disbursementId', d.id) })),
    chain,
  };
}

/** A file of a project the caller may already read (getProjectForStaff / ForMember); else NOT_FOUND. */
export async function getProjectFile(
  deps: DbDeps,
  acting: AuditContext,
  input: { project: ProjectRow; fileId: string },
): Promise<ProjectFileRow> {
  const db = deps.database.db;
  const { project, fileId } = input;
  const file = UUID.test(fileId) ? await findProjectFile(db, project.id, fileId) : undefined;
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}

/** Projects with the directory organisation each funds, for lists. */
export const withOrganizations = (
  deps: DbDeps,
  acting: AuditContext,
  input: { projects: readonly ProjectRow[] },
) =>
  Promise.all(
    input.projects.map(async (project) => ({
      project,
      organization: await findOrganizationRefById(deps.database.db, project.organizationId),
    })),
  );

/** The names of the accounts that recorded a project's steps and disbursements, by id. */
export async function recorderNames(
  deps: DbDeps,
  acting: AuditContext,
  input: { detail: ProjectDetail },
) {
  const db = deps.database.db;
  const { detail } = input;
  const ids = new Set([
    ...detail.disbursements.map((d) => d.recordedBy),
    ...detail.chain.flatMap((c) => (c.step ? [c.step.recordedBy] : [])),
  ]);
  const names: Record<string, string> = {};
  for (const id of ids) {
    const contact = await accountContact(db, id);
    if (contact) names[id] = contact.name;
  }
  return names;
}
