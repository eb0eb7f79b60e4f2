// Identity's part of "download my data" and "delete my account": the account, its roles,
// consents, sessions, organisations, API keys and requests, the security log's entries about it
// and the mail sent to it. On erasure the account row stays under a pseudonym, with its consents
// and requests (proof of what was agreed and done); the log keeps its entries under the pseudonym.
import { auditEntriesAbout, pseudonymiseAuditEntries } from '../../../platform/audit/personal-data';
import { forgetMailsTo, mailsTo } from '../../../platform/mail/personal-data';
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { accountRecords, eraseAccountRecords } from '../db/account-data.repository';

export const identityPersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const { db } = deps.database;
    const records = await accountRecords(db, subject.accountId);
    return [
      ...Object.entries(records).map(([name, rows]) => ({ id: `identity.${name}`, rows })),
      { id: 'platform.securityLog', rows: await auditEntriesAbout(db, subject) },
      { id: 'platform.mails', rows: await mailsTo(db, subject.email) },
    ];
  },
  async erase(tx, subject) {
    await eraseAccountRecords(tx, { ...subject, userId: subject.accountId });
    await pseudonymiseAuditEntries(tx, subject);
    await forgetMailsTo(tx, subject.email);
  },
  kept: ['identity.erasure.keptAccount', 'identity.erasure.keptLog'],
};
