// What waits in content, for those who publish: items sent for review, and scheduled items whose
// time has passed without going out (their publishing failed and is retried, or gave up).
import type { AppDeps } from '../../../platform/deps';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { countItems } from '../db/items.repository';
import { canPublishContent, STAFF_PATH } from '../permissions';

/** The runner polls every 30 s: a scheduled item this late did not go out. */
const LATE_AFTER_MS = 5 * 60_000;

export async function contentWorkWaiting(deps: AppDeps, actor: SignedInActor): Promise<WorkItem[]> {
  if (!canPublishContent(actor)) return [];
  const db = deps.database.db;
  const [inReview, late] = await Promise.all([
    countItems(db, { statuses: ['in_review'] }),
    countItems(db, {
      statuses: ['scheduled'],
      publishAtBefore: new Date(deps.clock().getTime() - LATE_AFTER_MS),
    }),
  ]);
  const work: WorkItem[] = [
    {
      id: 'content.review',
      label: 'content.work.review',
      count: inReview,
      href: `${STAFF_PATH}?status=in_review`,
    },
    {
      id: 'content.publishLate',
      label: 'content.work.publishLate',
      count: late,
      href: `${STAFF_PATH}?status=scheduled`,
    },
  ];
  return work.filter((w) => w.count > 0);
}
