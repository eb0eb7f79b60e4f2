// Who sees which challenge: public ones for everyone; a confidential one for its owner's members,
// the centre and the solvers invited to its problem — for anyone else it does not exist.
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import type { DirectoryOrganizationFacts } from '../../directory';
import {
  findChallengeBySlug,
  type ChallengeRow,
  type PublicFilter,
} from '../db/challenges.repository';
import { invitedProblemIds, listInvitations } from '../db/problems.repository';
import { canScopeProblems, canSeeChallenge, type ProblemAccess } from '../permissions';
import { organizationsOfActor } from './owners';

export interface ChallengeAccess extends ProblemAccess {
  isInvited: boolean;
  /** The organisations the actor acts for: who may ask, accept and propose. */
  solverOrganizations: DirectoryOrganizationFacts[];
}

export async function challengeAccessOf(
  db: Db,
  actor: Actor,
  challenge: ChallengeRow,
): Promise<ChallengeAccess> {
  const orgs = await organizationsOfActor(db, actor);
  const ids = new Set(orgs.map((o) => o.id));
  const invited = challenge.isConfidential ? await listInvitations(db, challenge.problemId) : [];
  return {
    isOwner: ids.has(challenge.ownerOrganizationId),
    isCentre: canScopeProblems(actor),
    isInvited: invited.some((i) => ids.has(i.organizationId)),
    solverOrganizations: orgs.filter((o) => o.id !== challenge.ownerOrganizationId),
  };
}

/** The challenge and how the actor stands to it; NOT_FOUND when it is not theirs to see. */
export async function challengeInReach(
  db: Db,
  actor: Actor,
  slug: string,
): Promise<{ challenge: ChallengeRow; access: ChallengeAccess }> {
  const challenge = slug ? await findChallengeBySlug(db, slug) : undefined;
  if (!challenge) throw new AppError('NOT_FOUND');
  const access = await challengeAccessOf(db, actor, challenge);
  if (!canSeeChallenge(challenge, access)) throw new AppError('NOT_FOUND');
  return { challenge, access };
}

/** Which confidential challenges a list shows the actor. */
export async function confidentialScope(
  db: Db,
  actor: Actor,
): Promise<PublicFilter['confidential']> {
  if (canScopeProblems(actor)) return 'all';
  const ownerIds = (await organizationsOfActor(db, actor)).map((o) => o.id);
  return { ownerIds, problemIds: await invitedProblemIds(db, ownerIds) };
}
