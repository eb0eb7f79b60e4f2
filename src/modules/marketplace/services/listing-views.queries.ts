// The owner's log of who saw what of a listing: for the owner's people only (everyone else,
// the viewers themselves included, finds no such page).
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { accountContact } from '../../identity';
import { documentsOf, viewsOf, type DocumentRow } from '../db/confidential.repository';
import type { Listing } from './introduction-parties';
import { listingReach, type ListingTarget } from './listing-confidential';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** The log shows the latest entries; older ones stay in the table. */
export const VIEW_LOG_SIZE = 500;

export interface ViewEntry {
  name: string;
  email: string;
  what: string;
  documentName?: string;
  viewedAt: Date;
}

export async function listingViewLog(
  deps: Deps,
  actor: Actor,
  target: ListingTarget,
): Promise<{ listing: Listing; entries: ViewEntry[] }> {
  const db = deps.database.db;
  const { listing, reach } = await listingReach(db, actor, target, deps.clock());
  if (!reach.isOwnerSide) throw new AppError('NOT_FOUND');
  const [rows, documents] = await Promise.all([
    viewsOf(db, listing, VIEW_LOG_SIZE),
    documentsOf(db, listing),
  ]);
  const names = new Map<string, DocumentRow>(documents.map((d) => [d.id, d]));
  const contacts = new Map<string, { name: string; email: string } | undefined>();
  const entries: ViewEntry[] = [];
  for (const row of rows) {
    if (!contacts.has(row.userId)) contacts.set(row.userId, await accountContact(db, row.userId));
    const contact = contacts.get(row.userId);
    entries.push({
      name: contact?.name ?? '',
      email: contact?.email ?? '',
      what: row.what,
      documentName: names.get(row.documentId)?.fileName,
      viewedAt: row.viewedAt,
    });
  }
  return { listing, entries };
}
