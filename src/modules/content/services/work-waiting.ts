// What waits in content: items sent for review, for those who publish.
import type { AppDeps } from '../../../platform/deps';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { countItems } from '../db/items.repository';
import { canPublishContent, STAFF_PATH } from '../permissions';

export async function contentWorkWaiting(deps: AppDeps, actor: SignedInActor): Promise<WorkItem[]> {
  if (!canPublishContent(actor)) return [];
  const count = await countItems(deps.database.db, { statuses: ['in_review'] });
  return count > 0
    ? [
        {
          id: 'content.review',
          label: 'content.work.review',
          count,
          href: `${STAFF_PATH}?status=in_review`,
        },
      ]
    : [];
}
