// Reads of needs: the public list (teasers only), a need's page with the details for those who
// may read them, and what its owner sees of the requests to read them.
import type { Actor } from '../../../platform/authz';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { pageWindow } from '../../../platform/input/paging';
import { isUuid } from '../../../platform/input/uuid';
import { accountContact } from '../../identity';
import {
  accessRequestsOf,
  countOpenNeeds,
  findAccess,
  findNeedById,
  listOpenNeeds,
  type NeedRow,
} from '../db/needs.repository';
import { documentsOf, type DocumentRow } from '../db/confidential.repository';
import { NEED_RESTRICTABLE } from '../domain/confidentiality';
import {
  approvedForNeed,
  disclosureOf,
  needTiers,
  reachOf,
  type Disclosure,
} from './confidential-access';
import { actsFor, managesFor, ownerById, type Owner } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export const NEED_PAGE_SIZE = 20;

export async function findOpenNeeds(deps: Deps, query: { sector?: string; page: number }) {
  const db = deps.database.db;
  const window = pageWindow(query.page, NEED_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    listOpenNeeds(db, query, window),
    countOpenNeeds(db, query),
  ]);
  return { rows, total, page: query.page };
}

export interface NeedView {
  need: NeedRow;
  owner: Owner;
  /** What this viewer may read of it; its documents (read by the parties only). */
  disclosure: Disclosure;
  documents: DocumentRow[];
  /** The viewer's own request to read the details, if any. */
  ownRequest?: string;
  /** For the owner's managers: the requests, with who asked. */
  requests?: { id: string; name: string; email: string; message: string; status: string }[];
  isOwnerSide: boolean;
}

export async function getNeedPage(deps: Deps, actor: Actor, id: string): Promise<NeedView> {
  const db = deps.database.db;
  const need = isUuid(id) ? await findNeedById(db, id) : undefined;
  const owner = need && (await ownerById(db, need.ownerOrgId));
  if (!need || !owner) throw new AppError('NOT_FOUND');
  const isOwnerSide = await actsFor(db, actor, owner);
  if (need.status !== 'open' && !isOwnerSide) throw new AppError('NOT_FOUND');
  const listing = { kind: 'need' as const, id: need.id };
  const view: NeedView = {
    need,
    owner,
    disclosure: disclosureOf(
      await reachOf(db, actor, listing, owner, approvedForNeed(db, actor, need.id)),
      NEED_RESTRICTABLE,
      needTiers(need),
    ),
    documents: await documentsOf(db, listing),
    isOwnerSide,
  };
  if (isSignedIn(actor)) view.ownRequest = (await findAccess(db, need.id, actor.user.id))?.status;
  if (await managesFor(db, actor, owner)) {
    const rows = await accessRequestsOf(db, need.id);
    view.requests = await Promise.all(
      rows.map(async (r) => {
        const contact = await accountContact(db, r.userId);
        return {
          id: r.id,
          name: contact?.name ?? '',
          email: contact?.email ?? '',
          message: r.message,
          status: r.status,
        };
      }),
    );
  }
  return view;
}
