import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { consentsOf } from '../db/users.repository';
import { dataRequestsOf, findDataRequestsForStaff } from '../db/data-requests.repository';
import { personalDataHolders } from '../../../platform/modules/personal-data';
import type { MessageKey } from '../../../platform/i18n';
import { accountHolder } from './account-context';

const STAFF_LIST_LIMIT = 200;

/** What /account/data shows: the account's requests and consents. */
export async function myPersonalData(deps: Pick<AppDeps, 'database'>, acting: AuditContext) {
  const { user } = accountHolder(acting);
  const { db } = deps.database;
  const consents = await consentsOf(db, user.id);
  consents.sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime());
  return { requests: await dataRequestsOf(db, user.id), consents };
}

/** What every installed module says it keeps after an erasure. */
export const keptAfterErasure = (): MessageKey[] =>
  personalDataHolders().flatMap(({ hooks }) => hooks.kept ?? []);

/** Staff's list: open requests by due date, or every request newest first. */
export async function findDataRequests(
  deps: Pick<AppDeps, 'database'>,
  _acting: AuditContext,
  input: { isOpen: boolean },
) {
  return findDataRequestsForStaff(deps.database.db, { ...input, limit: STAFF_LIST_LIMIT });
}
