// Which organisations an account acts for, read through the identity and directory indexes: an
// account acts for the live directory profiles its account organisations manage. Problem owners
// are those of an owner kind (agencies, enterprises…); any of them may be a solver.
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import {
  organizationFacts,
  organizationsManagedBy,
  type DirectoryOrganizationFacts,
} from '../../directory';
import { accountMembership, accountOrganizationsOf } from '../../identity';
import { isOwnerKind } from '../domain/problem';
import { canScopeProblems, type ProblemAccess } from '../permissions';

/** A browser account's id; visitors and API keys act for nobody here. */
export function accountIdOf(actor: Actor): string | undefined {
  return isSignedIn(actor) && !actor.apiKey ? actor.user.id : undefined;
}

/** The live directory organisations the account acts for, by name. */
export async function organizationsOfActor(
  db: Db,
  actor: Actor,
): Promise<DirectoryOrganizationFacts[]> {
  const userId = accountIdOf(actor);
  if (!userId) return [];
  const accounts = await accountOrganizationsOf(db, userId);
  return organizationsManagedBy(
    db,
    accounts.map((a) => a.id),
  );
}

/** The organisations for which the account may bring a problem. */
export async function ownerOrganizationsOf(db: Db, actor: Actor) {
  return (await organizationsOfActor(db, actor)).filter((o) => isOwnerKind(o.kind));
}

/** Whether the account acts for this organisation (a member of its managing account). */
export async function actsFor(db: Db, actor: Actor, organizationId: string): Promise<boolean> {
  const userId = accountIdOf(actor);
  if (!userId) return false;
  const facts = await organizationFacts(db, organizationId);
  if (!facts?.isLive || !facts.managedBy) return false;
  return Boolean(await accountMembership(db, facts.managedBy, userId));
}

/** How the actor stands to a problem of this owner. */
export async function problemAccessOf(
  db: Db,
  actor: Actor,
  ownerOrganizationId: string,
): Promise<ProblemAccess> {
  return {
    isOwner: await actsFor(db, actor, ownerOrganizationId),
    isCentre: canScopeProblems(actor),
  };
}

/** A live organisation that may own problems, or NOT_FOUND. */
export async function getOwnerOrganization(
  db: Db,
  organizationId: string,
): Promise<DirectoryOrganizationFacts> {
  const facts = await organizationFacts(db, organizationId);
  if (!facts?.isLive || !isOwnerKind(facts.kind)) throw new AppError('NOT_FOUND');
  return facts;
}
