// What the account's own marketplace page lists besides offers: its organisations' needs and the
// introductions it asked for.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { introductionsRequestedBy } from '../db/introductions.repository';
import { needsOfOwners } from '../db/needs.repository';
import { ownersOf } from './owners';

type Deps = Pick<AppDeps, 'database'>;

export async function myNeeds(deps: Deps, acting: AuditContext) {
  const owners = await ownersOf(deps.database.db, acting.actor);
  return needsOfOwners(
    deps.database.db,
    owners.map((o) => o.id),
  );
}

export async function myIntroductions(deps: Deps, acting: AuditContext) {
  if (!isSignedIn(acting.actor)) return [];
  return introductionsRequestedBy(deps.database.db, acting.actor.user.id);
}
