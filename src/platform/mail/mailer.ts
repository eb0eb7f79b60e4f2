// Mail on the job runner (decision 012): a message is an outbox row and a delivery job, both
// written in the transaction of the change that causes it; the job sends it over SMTP, and the
// runner retries it with backoff until it is sent or given up.
import type { Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Db } from '../db/client';
import { scheduleJob, type JobRun } from '../jobs';
import { errorChain } from '../log/error-chain';
import {
  findOutboxRow,
  findOutboxRowsWithoutJob,
  insertOutboxRow,
  markOutboxFailed,
  markOutboxSent,
} from './mail.repository';
import type { MailAttachment } from './tables';

export type { MailAttachment };

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Which template produced it, for the outbox list. */
  template?: string;
  /** Extra headers (a digest's List-Unsubscribe and List-Unsubscribe-Post). */
  headers?: Record<string, string>;
  /** Kept in the outbox with the message and sent as they are (decided when the mail was). */
  attachments?: MailAttachment[];
  /**
   * The message's id, chosen by the caller (a uuid): queuing it again does nothing, so a job that
   * may run twice (its runner died before marking it done) mails once.
   */
  id?: string;
}

export const DELIVER_MAIL_JOB = 'mail.deliver';
/** 30 s, 2 min, 8 min, 32 min, ~2 h, then every 6 h: given up after about 15 hours. */
export const MAIL_MAX_ATTEMPTS = 8;
const KEY_PREFIX = `${DELIVER_MAIL_JOB}:`;
export const deliveryJobKey = (outboxId: string) => `${KEY_PREFIX}${outboxId}`;

const ZDeliverPayload = z.object({ outboxId: z.uuid() });

export interface Mailer {
  /**
   * Writes the message to the outbox in the caller's transaction and, with SMTP configured,
   * schedules its delivery there too: a change that rolls back leaves no mail, one that commits
   * is delivered even if the process stops right after. Without SMTP the message is only kept,
   * for the back-office. Call `deps.jobs.wake()` after the commit to deliver it at once.
   * False when a message with the mail's `id` was queued already.
   */
  queue(tx: Db, mail: OutgoingMail): Promise<boolean>;
  /**
   * The `mail.deliver` job: sends one message unless it was sent already (a job run twice sends
   * once); a failure is recorded on the message and thrown, for the runner to retry.
   */
  deliver(job: JobRun): Promise<void>;
  /**
   * At start: schedules delivery of messages waiting without a job (written before delivery
   * moved to the runner); returns how many.
   */
  scheduleWaiting(): Promise<number>;
}

export function createMailer(
  db: Db,
  options: { smtpUrl?: string; from: string; clock?: () => Date },
): Mailer {
  const clock = options.clock ?? (() => new Date());
  const smtpUrl = options.smtpUrl;
  // nodemailer is loaded with the first message to send: ~2.5 MiB of heap a server without mail
  // to send never needs.
  let transport: Promise<Transporter> | undefined;
  const smtp = (url: string) =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      // A stuck server holds the runner, and the jobs queued behind this one, for a minute or two
      // rather than nodemailer's default ten minutes of socket silence.
      nodemailer.createTransport({
        url,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      }),
    ));

  const schedule = (tx: Db, outboxId: string) =>
    scheduleJob(tx, {
      name: DELIVER_MAIL_JOB,
      payload: { outboxId },
      runAt: clock(),
      key: deliveryJobKey(outboxId),
      maxAttempts: MAIL_MAX_ATTEMPTS,
    });

  return {
    async queue(tx, mail) {
      const id = await insertOutboxRow(tx, { ...mail, status: smtpUrl ? 'pending' : 'kept' });
      if (id && smtpUrl) await schedule(tx, id);
      return id !== undefined;
    },

    async deliver(job) {
      const { outboxId } = ZDeliverPayload.parse(job.payload);
      const message = await findOutboxRow(db, outboxId);
      if (!message || message.status === 'sent') return;
      try {
        if (!smtpUrl) throw new Error('SMTP_URL is not set in this process');
        await (
          await smtp(smtpUrl)
        ).sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? undefined,
          headers: message.headers ?? undefined,
          attachments: message.attachments ?? undefined,
        });
      } catch (err) {
        const isFinal = job.attempt >= job.maxAttempts;
        await markOutboxFailed(db, outboxId, errorChain(err), isFinal);
        throw err;
      }
      await markOutboxSent(db, outboxId, job.now);
    },

    async scheduleWaiting() {
      if (!smtpUrl) return 0;
      const ids = await findOutboxRowsWithoutJob(db, KEY_PREFIX, 1000);
      for (const id of ids) await schedule(db, id);
      return ids.length;
    },
  };
}
