// What waits in the marketplace: offers to approve (a university's office, the centre's staff)
// and introductions to broker (the centre's staff).
import type { AppDeps } from '../../../platform/deps';
import type { SignedInActor, WorkItem } from '../../../platform/modules/manifest';
import { countInStage } from '../db/introductions.repository';
import { canBroker, STAFF_PATH } from '../permissions';
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
  const toBroker = canBroker(actor) ? await countInStage(deps.database.db, 'requested') : 0;
  if (toBroker > 0)
    items.push({
      id: 'marketplace.broker',
      label: 'marketplace.work.broker',
      count: toBroker,
      href: STAFF_PATH,
    });
  return items;
}
