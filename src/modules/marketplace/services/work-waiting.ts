// What waits in the marketplace: offers to approve (a university's office, the centre's staff).
import type { AppDeps } from '../../../platform/deps';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { MINE_PATH } from '../ui/paths';
import { offersToApprove } from './offers.queries';

export async function marketplaceWorkWaiting(
  deps: AppDeps,
  actor: SignedInActor,
): Promise<WorkItem[]> {
  const toApprove = (await offersToApprove(deps, { actor })).length;
  const items: WorkItem[] = [];
  if (toApprove > 0)
    items.push({
      id: 'marketplace.approve',
      label: 'marketplace.work.approve',
      count: toApprove,
      href: `${MINE_PATH}#to-approve`,
    });
  return items;
}
