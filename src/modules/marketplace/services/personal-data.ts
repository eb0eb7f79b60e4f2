// The marketplace's part of "download my data" and "delete my account" (manifest `personalData`).
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { eraseViewLog, personalRecordsOf } from '../db/personal-data.repository';

export const marketplacePersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const records = await personalRecordsOf(deps.database.db, subject.accountId);
    return [
      { id: 'marketplace.ndaAcceptances', rows: records.agreements },
      { id: 'marketplace.views', rows: records.viewed },
      { id: 'marketplace.accessRequests', rows: records.asked },
      { id: 'marketplace.introductions', rows: records.requested },
      { id: 'marketplace.messages', rows: records.written },
    ];
  },
  async erase(tx, subject) {
    await eraseViewLog(tx, subject.accountId);
  },
  kept: ['marketplace.erasure.kept', 'marketplace.erasure.keptThread'],
};
