import type { AppDeps } from '../../../platform/deps';
import { findDuplicateCandidates, type DuplicatePair } from '../db/curation.repository';

export const DUPLICATES_PAGE_SIZE = 25;
/** Names this alike (trigram similarity of their search keys) in one province are worth a look. */
export const MIN_NAME_SIMILARITY = 0.7;

export interface DuplicatesPage {
  pairs: DuplicatePair[];
  page: number;
  hasNext: boolean;
}

export async function findDuplicates(
  deps: Pick<AppDeps, 'database'>,
  input: { page: number },
): Promise<DuplicatesPage> {
  const { page } = input;
  const rows = await findDuplicateCandidates(deps.database.db, {
    limit: DUPLICATES_PAGE_SIZE + 1,
    offset: (page - 1) * DUPLICATES_PAGE_SIZE,
    minSimilarity: MIN_NAME_SIMILARITY,
  });
  return {
    pairs: rows.slice(0, DUPLICATES_PAGE_SIZE),
    page,
    hasNext: rows.length > DUPLICATES_PAGE_SIZE,
  };
}
