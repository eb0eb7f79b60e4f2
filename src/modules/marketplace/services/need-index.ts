// The index of open needs the matching looks in: their title, teaser and the details their
// owners made public — a confidential detail is never matched, so a suggestion never hints at it.
import type { Db } from '../../../platform/db/client';
import { TableIndex } from '../../../platform/search/table-index';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import { needsStamp, openNeeds, type NeedRow } from '../db/needs.repository';
import { needTiers } from './confidential-access';

export function publicNeedText(n: NeedRow): string {
  const tiers = needTiers(n);
  const open = (field: 'problem' | 'currentSolution' | 'constraints') =>
    tiers[field] === 'public' ? n[field] : '';
  return `${n.teaser} ${open('problem')} ${open('currentSolution')} ${open('constraints')}`;
}

const index = new TableIndex({
  stamp: needsStamp,
  documents: async (db) =>
    (await openNeeds(db)).map((n) => ({
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
