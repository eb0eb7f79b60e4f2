// The public change feed another instance (the national hub) follows: every public record that
// changed after a cursor, in order, with its public fields only.
import { ANONYMOUS } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/http/errors';
import {
  findOrganizationsByIds,
  isLockTimeout,
  latestChangesSince,
  withSettledChanges,
  type OrganizationRow,
} from '../db/organizations.repository';
import { withVisibleFields } from './visibility';

export const FEED_TYPES = ['organization'] as const;
export type FeedType = (typeof FEED_TYPES)[number];

export interface FeedItem {
  seq: number;
  type: FeedType;
  id: string;
  /** upsert: the record is public, here is its public view; delete: it no longer is. */
  op: 'upsert' | 'delete';
  at: Date;
  /** The public view (restricted fields null), or null when the record is not public. */
  record: OrganizationRow | null;
}

export interface FeedPage {
  items: FeedItem[];
  /** The cursor to ask for next: the seq of the last item, or the one given when none. */
  next: number;
  /** True when the page was full: more changes may follow at once. */
  hasMore: boolean;
}

/** Archived and merged organisations have no public record; a follower deletes its copy. */
export const isPublicOrganization = (row: OrganizationRow | undefined): row is OrganizationRow =>
  Boolean(row && !row.archivedAt && !row.mergedInto);

/**
 * The changes after `since`: each record once, at its latest change, with its current public
 * view. Applying the items in order from 0 reproduces the public state of the directory.
 */
export async function readChangeFeed(
  db: Db,
  params: { since: number; limit: number },
): Promise<FeedPage> {
  try {
    return await withSettledChanges(db, async (tx) => {
      const changes = await latestChangesSince(tx, { ...params, entityTypes: FEED_TYPES });
      const rows = await findOrganizationsByIds(
        tx,
        changes.map((c) => c.entityId),
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const items = changes.map((change): FeedItem => {
        const row = byId.get(change.entityId);
        const isPublic = isPublicOrganization(row);
        return {
          seq: change.seq,
          type: change.entityType as FeedType,
          id: change.entityId,
          op: isPublic ? 'upsert' : 'delete',
          at: change.at,
          record: isPublic ? withVisibleFields(row, ANONYMOUS) : null,
        };
      });
      return {
        items,
        next: items.at(-1)?.seq ?? params.since,
        hasMore: items.length === params.limit,
      };
    });
  } catch (err) {
    // A long write (an import) holds the change table: the follower comes back shortly.
    if (isLockTimeout(err)) throw new AppError('UNAVAILABLE', { retryAfterSeconds: 5 });
    throw err;
  }
}
