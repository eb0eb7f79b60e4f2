// A member's saved searches of the offers or the needs. saveSearch outcomes: saved (the daily
// digest is scheduled in the same transaction) | the same filters of the same list already saved
// by this account (a form sent twice, or saved again: that one search) | INVALID (a filter
// outside its choices or not the list's, a name too long). renameSearch: renamed | CONFLICT (a stale version: someone renamed it meanwhile) |
// INVALID. setSearchAlerts, deleteSearch: done. Another account's search, or none, is NOT_FOUND.
// stopAlertsByToken: alerts off for the search a genuine unsubscribe link names, with no sign-in.
import { z } from 'zod';
import type { AuditContext } from '../../../platform/audit';
import type { Actor } from '../../../platform/authz';
import { linkSecret, readSignedLink } from '../../../platform/authz/signed-links';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { SECTORS } from '../../directory';
import {
  deleteSavedSearch,
  findSavedSearch,
  findSavedSearchByFilters,
  insertSavedSearch,
  renameSavedSearchAtVersion,
  savedSearchesOf,
  setAlerting,
  type SavedSearchRow,
} from '../db/saved-searches.repository';
import { TRANSFER_FORMS } from '../domain/offer';
import {
  filtersKey,
  keptFilters,
  SEARCH_NAME_MAX,
  type SavedSearchKind,
} from '../domain/saved-search';
import { OWNER_KIND_FILTERS } from '../ui/labels';
import { scheduleSavedSearchDigest, UNSUBSCRIBE_LINK } from './saved-search-digest';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

const ZTrl = z.coerce.number().int().min(1).max(9).optional();
const ZFilters = z.object({
  q: z.string().trim().max(200).optional(),
  sector: z.enum(SECTORS).optional(),
  transfer: z.enum(TRANSFER_FORMS).optional(),
  ownerKind: z.enum(OWNER_KIND_FILTERS).optional(),
  trlMin: ZTrl,
  trlMax: ZTrl,
});
const ZName = z.object({ name: z.string().trim().min(1).max(SEARCH_NAME_MAX) });
/** Each list's filters; one the list does not have is refused. */
const ZSave = {
  offer: ZFilters.extend(ZName.shape).strict(),
  need: ZFilters.pick({ sector: true }).extend(ZName.shape).strict(),
};

/** The filters as posted: absent or empty means "any". */
export type PostedFilters = Partial<Record<keyof z.infer<typeof ZFilters>, string>>;

const present = (posted: PostedFilters) =>
  Object.fromEntries(Object.entries(posted).filter(([, v]) => v !== undefined && v !== ''));

function userOf(actor: Actor) {
  if (actor.kind !== 'user') throw new AppError('NOT_FOUND');
  return actor.user;
}

export async function saveSearch(
  deps: Deps,
  acting: AuditContext,
  input: { kind: SavedSearchKind; filters: PostedFilters; name: string },
): Promise<{ ok: true; search: SavedSearchRow } | Invalid> {
  const user = userOf(acting.actor);
  const posted = { ...present(input.filters), name: input.name };
  const parsed = ZSave[input.kind].safeParse(posted);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { name, ...filters } = parsed.data;
  const db = deps.database.db;
  const kept = keptFilters(filters, input.kind);
  const key = filtersKey(kept, input.kind);
  const now = deps.clock();
  const created = await db.transaction(async (tx) => {
    const row = await insertSavedSearch(tx, {
      userId: user.id,
      listingKind: input.kind,
      name,
      filters: kept,
      filtersKey: key,
      createdAt: now,
      updatedAt: now,
    });
    if (row) await scheduleSavedSearchDigest(tx, now);
    return row;
  });
  const search =
    created ??
    (await findSavedSearchByFilters(db, {
      userId: user.id,
      listingKind: input.kind,
      filtersKey: key,
    }));
  if (!search) throw new AppError('CONFLICT');
  return { ok: true, search };
}

export const mySavedSearches = (deps: Deps, acting: AuditContext) =>
  savedSearchesOf(deps.database.db, userOf(acting.actor).id);

/** The account's own search; anyone else's, or none, is NOT_FOUND. */
async function ownSearch(deps: Deps, acting: AuditContext, id: string) {
  const user = userOf(acting.actor);
  const search = isUuid(id) ? await findSavedSearch(deps.database.db, id) : undefined;
  if (search?.userId !== user.id) throw new AppError('NOT_FOUND');
  return search;
}

export async function renameSearch(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; name: string; version: number },
): Promise<{ ok: true } | Invalid> {
  const search = await ownSearch(deps, acting, input.id);
  const parsed = ZName.safeParse({ name: input.name });
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const renamed = await renameSavedSearchAtVersion(
    deps.database.db,
    search.id,
    input.version,
    parsed.data.name,
    deps.clock(),
  );
  if (!renamed) throw new AppError('CONFLICT');
  return { ok: true };
}

export async function setSearchAlerts(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; isAlerting: boolean },
): Promise<void> {
  const search = await ownSearch(deps, acting, input.id);
  const now = deps.clock();
  await deps.database.db.transaction(async (tx) => {
    await setAlerting(tx, search.id, input.isAlerting, now);
    if (input.isAlerting) await scheduleSavedSearchDigest(tx, now);
  });
}

export async function deleteSearch(deps: Deps, acting: AuditContext, id: string): Promise<void> {
  const search = await ownSearch(deps, acting, id);
  await deleteSavedSearch(deps.database.db, search.id);
}

/** The search a genuine link names (undefined once deleted); NOT_FOUND for a forged link. */
export async function searchOfUnsubscribeLink(
  deps: Pick<AppDeps, 'database' | 'config'>,
  token: string,
) {
  const id = readSignedLink(linkSecret(deps.config), UNSUBSCRIBE_LINK, token);
  if (!id) throw new AppError('NOT_FOUND');
  return findSavedSearch(deps.database.db, id);
}

export async function stopAlertsByToken(
  deps: Pick<AppDeps, 'database' | 'config' | 'clock'>,
  token: string,
): Promise<void> {
  const search = await searchOfUnsubscribeLink(deps, token);
  if (search?.isAlerting) await setAlerting(deps.database.db, search.id, false, deps.clock());
}
