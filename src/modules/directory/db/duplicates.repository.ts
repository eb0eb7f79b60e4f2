import type { Db } from '../../../platform/db/client';
import { directoryDuplicateDismissals } from './tables';

const d = directoryDuplicateDismissals;

/** The pair as stored: its two ids in order (the table's check and primary key). */
export const orderedPair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/**
 * Records that two organisations are not duplicates; false when the pair was already dismissed.
 * Ids are compared as text here and as uuids by the database: both orders agree for lower-case
 * uuids, so the ids are lower-cased first.
 */
export async function insertDuplicateDismissal(
  db: Db,
  pair: { aId: string; bId: string; dismissedBy: string },
): Promise<boolean> {
  const [aId, bId] = orderedPair(pair.aId.toLowerCase(), pair.bId.toLowerCase());
  const inserted = await db
    .insert(d)
    .values({ aId, bId, dismissedBy: pair.dismissedBy })
    .onConflictDoNothing()
    .returning({ aId: d.aId });
  return inserted.length > 0;
}
