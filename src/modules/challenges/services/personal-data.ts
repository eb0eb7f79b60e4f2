// Challenges' part of "download my data" and "delete my account" (manifest `personalData`).
// Questions, comments, problem versions, accepted agreements and pilot reports are kept: they
// belong to the problem's owner, the solver and the centre's record of the challenge; the name
// written beside them becomes the pseudonym.
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { erasePersonalNames, personalRecordsOf } from '../db/personal-data.repository';

export const challengesPersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const records = await personalRecordsOf(deps.database.db, subject.accountId);
    return [
      { id: 'challenges.questions', rows: records.asked },
      { id: 'challenges.comments', rows: records.written },
      { id: 'challenges.agreements', rows: records.accepted },
      { id: 'challenges.pilotReports', rows: records.reported },
    ];
  },
  async erase(tx, subject) {
    await erasePersonalNames(tx, subject.accountId, subject.pseudonym);
  },
  kept: ['challenges.erasure.kept'],
};
