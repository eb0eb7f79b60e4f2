import type { AppDeps } from '../../../platform/deps';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { countDrafts, countSheetsWaiting, countUndecided } from '../db/work.repository';
import { canDecide, STAFF_PATH } from '../permissions';
import { applicantOrganizations } from './applications/applicant';

/** Applications to decide (staff), sheets to score (reviewers), drafts to send (applicants). */
export async function programsWorkWaiting(
  deps: AppDeps,
  actor: SignedInActor,
): Promise<WorkItem[]> {
  const { db } = deps.database;
  const organizations = await applicantOrganizations(db, actor);
  const items: WorkItem[] = [
    {
      id: 'programs.sheets',
      label: 'programs.work.sheets',
      count: await countSheetsWaiting(db, actor.user.id),
      href: '/programs/reviews',
    },
    {
      id: 'programs.drafts',
      label: 'programs.work.drafts',
      count: await countDrafts(
        db,
        organizations.map((o) => o.id),
      ),
      href: '/programs/applications',
    },
  ];
  if (canDecide(actor)) {
    items.unshift({
      id: 'programs.toDecide',
      label: 'programs.work.toDecide',
      count: await countUndecided(db),
      href: STAFF_PATH,
    });
  }
  return items;
}
