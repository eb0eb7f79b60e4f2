// The public change feed another instance (the national hub) follows: every public record that
// changed after a cursor, in order, with its public fields only.
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { findOrganizationsByIds, type OrganizationRow } from '../db/organizations.repository';
import {
  findPeopleByIds,
  linksOfPeople,
  type PersonLink,
  type PersonRecord,
} from '../db/people-listing.repository';
import { isLockTimeout, latestChangesSince, withSettledChanges } from '../db/changes.repository';
import { withVisibleFields } from './visibility';

export const FEED_TYPES = ['organization', 'person'] as const;
export type FeedType = (typeof FEED_TYPES)[number];

interface FeedItemBase {
  seq: number;
  id: string;
  /** upsert: the record is public, here is its public view; delete: it no longer is. */
  op: 'upsert' | 'delete';
  at: Date;
}

/** The public view (restricted fields null), or null when the record is not public. */
export type FeedItem = FeedItemBase &
  (
    | { type: 'organization'; record: OrganizationRow | null }
    | { type: 'person'; record: PersonRecord | null; links: PersonLink[] }
  );

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

/** Archived people are no longer listed. */
export const isListedPerson = (row: PersonRecord | undefined): row is PersonRecord =>
  Boolean(row && !row.archivedAt);

/**
 * The changes after `since`: each record once, at its latest change, with its current public
 * view. Applying the items in order from 0 reproduces the public state of the directory.
 */
export async function readChangeFeed(
  deps: Pick<AppDeps, 'database'>,
  params: { since: number; limit: number },
): Promise<FeedPage> {
  const { db } = deps.database;
  try {
    return await withSettledChanges(db, async (tx) => {
      const changes = await latestChangesSince(tx, { ...params, entityTypes: FEED_TYPES });
      const idsOf = (type: FeedType) =>
        changes.filter((c) => c.entityType === type).map((c) => c.entityId);
      const organizations = new Map(
        (await findOrganizationsByIds(tx, idsOf('organization'))).map((r) => [r.id, r]),
      );
      const people = new Map((await findPeopleByIds(tx, idsOf('person'))).map((r) => [r.id, r]));
      const links = await linksOfPeople(tx, [...people.keys()]);
      const items = changes.map((change): FeedItem => {
        const base = { seq: change.seq, id: change.entityId, at: change.at };
        if (change.entityType === 'person') {
          const row = people.get(change.entityId);
          return isListedPerson(row)
            ? {
                ...base,
                type: 'person',
                op: 'upsert',
                record: withVisibleFields(row, ANONYMOUS),
                links: links.filter((l) => l.personId === row.id),
              }
            : { ...base, type: 'person', op: 'delete', record: null, links: [] };
        }
        const row = organizations.get(change.entityId);
        return isPublicOrganization(row)
          ? {
              ...base,
              type: 'organization',
              op: 'upsert',
              record: withVisibleFields(row, ANONYMOUS),
            }
          : { ...base, type: 'organization', op: 'delete', record: null };
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
