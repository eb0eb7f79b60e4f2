// Reads of problems: one problem with its scoping record, an owner's list, the centre's queue.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { offsetOf, PAGE_SIZE, type Paged } from '../../../platform/input/paging';
import { organizationFactsByIds, type DirectoryOrganizationFacts } from '../../directory';
import { challengesOfProblem, type ChallengeRow } from '../db/challenges.repository';
import {
  countProblems,
  findProblemById,
  listComments,
  listInvitations,
  listProblems,
  listVersions,
  type CommentRow,
  type ProblemFilter,
  type ProblemRow,
  type ProblemVersionRow,
} from '../db/problems.repository';
import { canScopeProblems, canSeeProblem, type ProblemAccess } from '../permissions';
import { ownerOrganizationsOf, problemAccessOf } from './owners';

type Deps = Pick<AppDeps, 'database'>;

export interface ProblemPage {
  problem: ProblemRow;
  owner: DirectoryOrganizationFacts | undefined;
  access: ProblemAccess;
  versions: ProblemVersionRow[];
  comments: CommentRow[];
  invited: DirectoryOrganizationFacts[];
  challenges: ChallengeRow[];
}

export async function getProblemPage(
  deps: Deps,
  acting: AuditContext,
  id: string,
): Promise<ProblemPage> {
  const db = deps.database.db;
  const problem = isUuid(id) ? await findProblemById(db, id) : undefined;
  if (!problem) throw new AppError('NOT_FOUND');
  const access = await problemAccessOf(db, acting.actor, problem.ownerOrganizationId);
  if (!canSeeProblem(access)) throw new AppError('NOT_FOUND');
  const [versions, comments, invitations, challenges] = await Promise.all([
    listVersions(db, problem.id),
    listComments(db, problem.id),
    listInvitations(db, problem.id),
    challengesOfProblem(db, problem.id),
  ]);
  const orgs = await organizationFactsByIds(db, [
    problem.ownerOrganizationId,
    ...invitations.map((i) => i.organizationId),
  ]);
  return {
    problem,
    owner: orgs.get(problem.ownerOrganizationId),
    access,
    versions,
    comments,
    invited: invitations.flatMap((i) => orgs.get(i.organizationId) ?? []),
    challenges,
  };
}

export interface ProblemList extends Paged<ProblemRow> {
  owners: Map<string, DirectoryOrganizationFacts>;
}

async function pageOf(deps: Deps, filter: ProblemFilter, page: number): Promise<ProblemList> {
  const db = deps.database.db;
  const [items, total] = await Promise.all([
    listProblems(db, filter, PAGE_SIZE, offsetOf(page)),
    countProblems(db, filter),
  ]);
  const owners = await organizationFactsByIds(
    db,
    items.map((p) => p.ownerOrganizationId),
  );
  return { rows: items, total, page, owners };
}

/** The problems of the organisations the actor brings problems for, and those organisations. */
export async function findOwnProblems(
  deps: Deps,
  acting: AuditContext,
  input: { page: number },
): Promise<ProblemList & { ownerChoices: DirectoryOrganizationFacts[] }> {
  const ownerChoices = await ownerOrganizationsOf(deps.database.db, acting.actor);
  if (ownerChoices.length === 0)
    return { rows: [], total: 0, page: 1, owners: new Map(), ownerChoices };
  const list = await pageOf(deps, { ownerIds: ownerChoices.map((o) => o.id) }, input.page);
  return { ...list, ownerChoices };
}

/** The centre's queue: every problem past its draft, or those of one status. */
export async function findProblemsForCentre(
  deps: Deps,
  acting: AuditContext,
  input: { status?: string; page: number },
): Promise<ProblemList> {
  if (!canScopeProblems(acting.actor)) throw new AppError('NOT_FOUND');
  const statuses = input.status
    ? [input.status]
    : ['submitted', 'changes_requested', 'approved', 'withdrawn'];
  return pageOf(deps, { statuses }, input.page);
}
