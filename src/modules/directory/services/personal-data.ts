// The directory's part of "download my data" and "delete my account" (manifest `personalData`).
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { searchKey } from '../../../platform/text/vietnamese';
import { erasePersonalRecords, personalRecordsOf } from '../db/personal-data.repository';
import { personSortKey } from './person-search-fields';

export const directoryPersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const records = await personalRecordsOf(deps.database.db, subject.accountId);
    return [
      { id: 'directory.people', rows: records.people },
      { id: 'directory.affiliations', rows: records.affiliations },
      { id: 'directory.claims', rows: records.claims },
    ];
  },
  async erase(tx, subject) {
    await erasePersonalRecords(tx, {
      userId: subject.accountId,
      pseudonym: subject.pseudonym,
      nameKeys: {
        nameSearch: searchKey(subject.pseudonym),
        sortKey: personSortKey(subject.pseudonym),
      },
      now: subject.now,
    });
  },
};
