// What waits in challenges: for the centre, problems sent for scoping; for an owner's members,
// problems sent back with changes requested.
import type { AppDeps } from '../../../platform/deps';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { countProblems } from '../db/problems.repository';
import { countPendingForOwners } from '../db/questions.repository';
import { canScopeProblems, CHALLENGES_PATH, PROBLEMS_PATH, STAFF_PATH } from '../permissions';
import { ownerOrganizationsOf } from './owners';

export async function challengesWorkWaiting(
  deps: AppDeps,
  actor: SignedInActor,
): Promise<WorkItem[]> {
  const db = deps.database.db;
  const items: WorkItem[] = [];
  if (canScopeProblems(actor)) {
    const count = await countProblems(db, { statuses: ['submitted'] });
    if (count > 0)
      items.push({
        id: 'challenges.scope',
        label: 'challenges.work.scope',
        count,
        href: `${STAFF_PATH}?status=submitted`,
      });
  }
  const owners = await ownerOrganizationsOf(db, actor);
  if (owners.length > 0) {
    const ownerIds = owners.map((o) => o.id);
    const changes = await countProblems(db, { ownerIds, statuses: ['changes_requested'] });
    const questions = await countPendingForOwners(db, ownerIds);
    if (questions > 0)
      items.push({
        id: 'challenges.questions',
        label: 'challenges.work.questions',
        count: questions,
        href: CHALLENGES_PATH,
      });
    if (changes > 0)
      items.push({
        id: 'challenges.changes',
        label: 'challenges.work.changes',
        count: changes,
        href: PROBLEMS_PATH,
      });
  }
  return items;
}
