import { and, eq, lt } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client';
import { log } from '../log/logger';
import { platformMailOutbox } from './tables';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Which template produced it, for the outbox list. */
  template?: string;
}

export interface Mailer {
  /** Keeps the message in the outbox, then delivers it over SMTP when configured. */
  send(mail: OutgoingMail): Promise<void>;
  /** Retries failed deliveries; returns how many were sent. */
  retryFailed(maxAttempts?: number): Promise<number>;
}

export function createMailer(db: Db, options: { smtpUrl?: string; from: string }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;

  async function deliver(id: string, mail: OutgoingMail, attempts: number): Promise<boolean> {
    if (!transport) return false;
    try {
      await transport.sendMail({ from: options.from, ...mail });
      await db
        .update(platformMailOutbox)
        .set({ status: 'sent', sentAt: new Date(), attempts: attempts + 1, lastError: null })
        .where(eq(platformMailOutbox.id, id));
      return true;
    } catch (err) {
      log.warn('mail delivery failed', { id, err });
      await db
        .update(platformMailOutbox)
        .set({ status: 'failed', attempts: attempts + 1, lastError: String(err) })
        .where(eq(platformMailOutbox.id, id));
      return false;
    }
  }

  return {
    async send(mail) {
      const [row] = await db
        .insert(platformMailOutbox)
        .values({ ...mail, status: transport ? 'pending' : 'kept' })
        .returning({ id: platformMailOutbox.id });
      if (row) await deliver(row.id, mail, 0);
    },
    async retryFailed(maxAttempts = 5) {
      const failed = await db
        .select()
        .from(platformMailOutbox)
        .where(
          and(
            eq(platformMailOutbox.status, 'failed'),
            lt(platformMailOutbox.attempts, maxAttempts),
          ),
        )
        .limit(50);
      let sent = 0;
      for (const m of failed) {
        const mail = { to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined };
        if (await deliver(m.id, mail, m.attempts)) sent += 1;
      }
      return sent;
    },
  };
}
