// The events module's part of "download my data" and "delete my account" (manifest
// `personalData`). An account's registrations (and a guest's under the same address) with the
// gender and organisation given, its calendar feed and its feedback are in the download. On
// erasure the registrations and their seats stay under the pseudonym, without e-mail, answers,
// gender, organisation or a working link — an event's totals and its signed attendance list must
// still add up, and a seat for an event yet to come stays taken until staff cancel it; the private
// calendar feed is deleted; feedback keeps its rating (the event's average) and loses its
// comment; a check-in volunteer's grants are deleted.
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { erasePersonalRecords, personalRecordsOf } from '../db/personal-data.repository';
import { EVENTS_MODULE } from '../db/tables';

export const eventsPersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const records = await personalRecordsOf(deps.database.db, subject);
    return [
      { id: 'events.registrations', rows: records.registered },
      { id: 'events.calendarFeed', rows: records.feed },
      { id: 'events.feedback', rows: records.given },
      { id: 'events.checkInVolunteering', rows: records.door },
    ];
  },
  async erase(tx, subject) {
    await erasePersonalRecords(tx, EVENTS_MODULE, subject);
  },
  kept: ['events.erasure.kept'],
};
