// The programmes' part of "download my data" and "delete my account" (manifest `personalData`).
// Submitted applications, reviews, decisions and funded projects' signed records are kept: they
// belong to the applying organisation and the Centre's files, and refer to the account, which
// stays under a pseudonym.
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { erasePersonalRecords, personalRecordsOf } from '../db/personal-data.repository';

export const programsPersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const records = await personalRecordsOf(deps.database.db, subject.accountId);
    return [
      { id: 'programs.applications', rows: records.applications },
      { id: 'programs.coEditing', rows: records.coEditing },
    ];
  },
  async erase(tx, subject) {
    await erasePersonalRecords(tx, subject.accountId);
  },
  kept: ['identity.erasure.keptApplications'],
};
