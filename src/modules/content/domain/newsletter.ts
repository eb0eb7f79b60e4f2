// The weekly digest's rules, without I/O: which week a time falls in, what period a digest
// covers, and which items a subscriber asked for.
import { NEWS_KINDS, type ContentKind } from './content-item';

/** The notice a subscriber agreed to; a new wording gets a new version. */
export const NEWSLETTER_NOTICE = 'newsletter-2026-12';
/** The kinds a digest carries, each chosen or not by a subscriber. */
export const NEWSLETTER_KINDS = NEWS_KINDS;
export const SUBSCRIBER_STATUSES = ['pending', 'active', 'unsubscribed'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];
/** How a subscription ended: the person (page or mail client), or the mail system's report. */
export const ENDINGS = ['unsubscribe', 'one-click', 'bounce', 'complaint'] as const;
export type Ending = (typeof ENDINGS)[number];

const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** The digest leaves on Monday at 08:00, Vietnam time. */
const SEND_HOUR = 8;

/** The Monday (Vietnam time) of the week `at` falls in, as yyyy-mm-dd. */
export function weekOf(at: Date): string {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  return new Date(local.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** When the digest of the week starting that Monday leaves. */
export const digestTime = (monday: string) =>
  new Date(Date.parse(`${monday}T00:00:00Z`) - VN_OFFSET_MS + SEND_HOUR * 3600_000);

/** The first digest time after `at`. */
export function nextDigestTime(at: Date): Date {
  const thisWeek = digestTime(weekOf(at));
  return thisWeek > at ? thisWeek : new Date(thisWeek.getTime() + 7 * DAY_MS);
}

/** A digest sent at `sentAt` carries what was published in the seven days before. */
export const digestPeriod = (sentAt: Date) => ({
  from: new Date(sentAt.getTime() - 7 * DAY_MS),
  to: sentAt,
});

/** Whether an item is one a subscriber asked for: no choice means everything. */
export const wantsItem = (
  subscriber: { topics: readonly string[]; kinds: readonly string[] },
  item: { topics: readonly string[]; kind: ContentKind | string },
) =>
  (subscriber.kinds.length === 0 || subscriber.kinds.includes(item.kind)) &&
  (subscriber.topics.length === 0 || item.topics.some((t) => subscriber.topics.includes(t)));
