// The index of open needs the matching looks in: their title, teaser and the details their
// owners made public — a confidential detail is never matched, so a suggestion never hints at it.
// It follows the needs' recorded changes (decision 024).
import type { Db } from '../../../platform/db/client';
import { FollowedIndex } from '../../../platform/search/followed-index';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import { NEED_CHANGES, openNeeds, type NeedRow } from '../db/needs.repository';
import { needTiers } from './confidential-access';

export function publicNeedText(n: NeedRow): string {
  const tiers = needTiers(n);
  const open = (field: 'problem' | 'currentSolution' | 'constraints') =>
    tiers[field] === 'public' ? n[field] : '';
  return `${n.teaser} ${open('problem')} ${open('currentSolution')} ${open('constraints')}`;
}

const index = new FollowedIndex({
  changes: NEED_CHANGES,
  documents: async (db, ids) =>
    (await openNeeds(db, ids)).map((n) => ({
      id: n.id,
      names: searchKey(n.title),
      title: searchKey(n.title),
      body: searchKey(publicNeedText(n)),
      sortKey: sortKey(n.title),
      createdAt: n.createdAt.getTime(),
      updatedAt: n.updatedAt.getTime(),
      facets: { sector: n.sectors },
    })),
});

export const needIndex = (db: Db) => index.of(db);
