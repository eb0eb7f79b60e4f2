// The marketplace's part of "download my data" and "delete my account" (manifest `personalData`).
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { eraseViewLog, personalRecordsOf } from '../db/personal-data.repository';
import { declinesBy } from '../db/match-declines.repository';
import { deleteSavedSearchesOf, savedSearchesOf } from '../db/saved-searches.repository';

export const marketplacePersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const db = deps.database.db;
    const records = await personalRecordsOf(db, subject.accountId);
    const searches = await savedSearchesOf(db, subject.accountId);
    return [
      { id: 'marketplace.ndaAcceptances', rows: records.agreements },
      { id: 'marketplace.views', rows: records.viewed },
      { id: 'marketplace.accessRequests', rows: records.asked },
      { id: 'marketplace.introductions', rows: records.requested },
      { id: 'marketplace.messages', rows: records.written },
      {
        id: 'marketplace.savedSearches',
        rows: searches.map((s) => ({
          name: s.name,
          listingKind: s.listingKind,
          filters: JSON.stringify(s.filters),
          isAlerting: s.isAlerting,
          createdAt: s.createdAt,
        })),
      },
      { id: 'marketplace.declinedSuggestions', rows: await declinesBy(db, subject.accountId) },
    ];
  },
  async erase(tx, subject) {
    await eraseViewLog(tx, subject.accountId);
    await deleteSavedSearchesOf(tx, subject.accountId);
  },
  kept: ['marketplace.erasure.kept', 'marketplace.erasure.keptThread'],
};
