// The weekly digest, a durable job: on Monday at 08:00 (Vietnam time) it gathers the news,
// announcements and stories published in the seven days before and still published, and queues
// one mail per active subscriber who asked for at least one of them, in one transaction with the
// week's send record — so a job run twice sends once — and with next week's job. Each mail
// carries its reader's unsubscribe link and the one-click headers of RFC 8058.
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import type { Db } from '../../../platform/db/client';
import { formatDate, translator, type Locale } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import type { OutgoingMail } from '../../../platform/mail/mailer';
import type { ItemRow } from '../db/items.repository';
import {
  activeSubscribers,
  insertSend,
  itemsPublishedBetween,
  type SubscriberRow,
} from '../db/newsletter.repository';
import {
  digestPeriod,
  digestTime,
  NEWSLETTER_KINDS,
  nextDigestTime,
  wantsItem,
  weekOf,
} from '../domain/newsletter';
import { itemPath, NEWSLETTER_PATH } from '../ui/paths';
import { textOf } from '../ui/localized';

export const DIGEST_JOB = 'content.newsletter-digest';
export const ONE_CLICK_PATH = '/content/newsletter/unsubscribe';

export const manageUrl = (origin: string, token: string) =>
  `${origin}${NEWSLETTER_PATH}/unsubscribe/${token}`;

const ZDigestPayload = z.object({ weekOf: z.iso.date() });

/** Schedules the next digest after `after`, once (one job per week). */
export async function scheduleDigest(tx: Db, after: Date): Promise<void> {
  const runAt = nextDigestTime(after);
  const week = weekOf(runAt);
  await scheduleJob(tx, {
    name: DIGEST_JOB,
    payload: { weekOf: week },
    runAt,
    key: `${DIGEST_JOB}:${week}`,
  });
}

function digestMail(
  deps: Pick<AppDeps, 'config'>,
  subscriber: SubscriberRow,
  items: ItemRow[],
  week: string,
): OutgoingMail {
  const locale = subscriber.locale as Locale;
  const t = translator(locale);
  const origin = deps.config.publicUrl;
  const list = items
    .map((item) => `- ${textOf(item, locale).title}\n  ${origin}${itemPath(item)}`)
    .join('\n');
  const manage = manageUrl(origin, subscriber.token);
  const oneClick = `${origin}/api/v1${ONE_CLICK_PATH}?token=${subscriber.token}`;
  return {
    to: subscriber.email,
    subject: t('content.newsletter.digest.subject', {
      date: formatDate(digestTime(week), locale),
    }),
    text: t('content.newsletter.digest.body', { list, manage }),
    template: 'content.newsletter-digest',
    headers: {
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** The `content.newsletter-digest` job. */
export async function sendWeeklyDigest(job: JobRun, deps: AppDeps): Promise<void> {
  const { weekOf: week } = ZDigestPayload.parse(job.payload);
  const sentAt = digestTime(week);
  const period = digestPeriod(sentAt);
  const db = deps.database.db;
  const [items, subscribers] = await Promise.all([
    itemsPublishedBetween(db, NEWSLETTER_KINDS, period),
    activeSubscribers(db),
  ]);
  const letters = subscribers
    .map((subscriber) => ({ subscriber, items: items.filter((i) => wantsItem(subscriber, i)) }))
    .filter((l) => l.items.length > 0);
  await db.transaction(async (tx) => {
    const isFirstRun = await insertSend(tx, {
      weekOf: week,
      periodFrom: period.from,
      periodTo: period.to,
      items: items.length,
      recipients: letters.length,
    });
    if (!isFirstRun) return;
    for (const l of letters)
      await deps.mail.queue(tx, digestMail(deps, l.subscriber, l.items, week));
    await scheduleDigest(tx, sentAt);
  });
  deps.jobs.wake();
}
