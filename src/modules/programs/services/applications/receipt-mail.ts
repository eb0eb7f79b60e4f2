// The submitter's receipt leaves the submission's transaction as a durable job scheduled in it (so
// the receipt exists exactly when the submission does): the receipt number is given by the
// transaction's last statement, under the call's counter lock, and the letter that prints it is
// written after the commit. The outbox row takes the job's id: a job run twice mails once.
import { z } from 'zod';
import type { Db } from '../../../../platform/db/client';
import type { AppDeps } from '../../../../platform/deps';
import { scheduleJobStatement, type JobRun } from '../../../../platform/jobs';
import { findApplicationById } from '../../db/applications.repository';
import { submissionLetter } from './application-mail';

export const RECEIPT_MAIL_JOB = 'programs.receipt-mail';

/** The letter's facts as the submission saw them; the receipt number is read when it runs. */
const ZReceiptMail = z.object({
  applicationId: z.uuid(),
  versionNumber: z.number().int().positive(),
  to: z.string(),
  name: z.string(),
  locale: z.enum(['vi', 'en']),
  callTitle: z.string(),
  programmeTitle: z.string(),
  organizationName: z.string(),
  submittedAt: z.iso.datetime(),
  url: z.string(),
});
export type ReceiptMail = z.infer<typeof ZReceiptMail>;

/** The statement that schedules the receipt, for the submission's one statement. */
export const receiptMailStatement = (tx: Db, deps: Pick<AppDeps, 'clock'>, mail: ReceiptMail) =>
  scheduleJobStatement(tx, { name: RECEIPT_MAIL_JOB, payload: mail, runAt: deps.clock() });

export async function sendReceiptMail(
  job: JobRun,
  deps: Pick<AppDeps, 'database' | 'mail' | 'jobs'>,
): Promise<void> {
  const mail = ZReceiptMail.parse(job.payload);
  const db = deps.database.db;
  const application = await findApplicationById(db, mail.applicationId);
  if (!application?.receiptNumber) return;
  const letter = submissionLetter({
    ...mail,
    receiptNumber: application.receiptNumber,
    submittedAt: new Date(mail.submittedAt),
  });
  if (await deps.mail.queue(db, { ...letter, id: job.id })) deps.jobs.wake();
}
