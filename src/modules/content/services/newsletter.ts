// The newsletter's subscriptions, without an account. subscribe: a new or still pending address
// gets a confirmation mail (at most one every 10 minutes per address), an active one nothing, and
// every answer looks the same to whoever posted the form, so it never tells whether someone
// subscribes. confirmSubscription: the mailed link's secret makes it active and records the
// consent (given at, to which notice, for which topics) on the subscription and in identity's
// consent ledger, under the address; the first active subscriber schedules the weekly digest.
// endSubscription: the person's unsubscribe (page or mail client's one click) or the mail
// system's bounce or complaint (suppressSubscriber, the hook a bounce processor calls) ends it
// and records the consent's withdrawal in both. Each is idempotent: a second click changes nothing.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { invalid, type Invalid } from '../../../platform/errors';
import { translator, type Locale } from '../../../platform/i18n';
import { fieldErrors } from '../../../platform/input/validation';
import { SECTORS } from '../../directory';
import type { PersonalDataHooks } from '../../../platform/modules/personal-data';
import { recordConsent, withdrawEmailConsent } from '../../identity';
import {
  deleteSubscriber,
  findSubscriberByEmail,
  findSubscriberByToken,
  insertSubscriber,
  updateSubscriber,
  type SubscriberRow,
} from '../db/newsletter.repository';
import { NEWSLETTER_KINDS, NEWSLETTER_NOTICE, type Ending } from '../domain/newsletter';
import { NEWSLETTER_PATH } from '../ui/paths';
import { scheduleDigest } from './newsletter-digest';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'mail' | 'jobs' | 'config' | 'rateLimiter'>;

const RESEND_AFTER_MS = 10 * 60_000;

export const ZSubscription = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  topics: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
  kinds: z.array(z.enum(NEWSLETTER_KINDS)).max(NEWSLETTER_KINDS.length).default([]),
  consent: z.literal(true, { message: 'content.newsletter.error.consent' }),
});
/** The form as posted; the command checks it. */
export interface SubscriptionInput {
  email: string;
  topics: readonly string[];
  kinds: readonly string[];
  consent: boolean;
}

/** The ledger's purpose for the newsletter's consent. */
const NEWSLETTER_PURPOSE = 'newsletter';

/** What the subscriber agreed to receive, as the ledger keeps it: chosen sectors and kinds. */
const consentScope = (s: Pick<SubscriberRow, 'topics' | 'kinds'>) => [
  ...s.topics.map((code) => `sector:${code}`),
  ...s.kinds.map((kind) => `kind:${kind}`),
];

export const confirmUrl = (origin: string, token: string) =>
  `${origin}${NEWSLETTER_PATH}/confirm/${token}`;

async function sendConfirmation(deps: Deps, subscriber: SubscriberRow, now: Date) {
  await deps.database.db.transaction(async (tx) => {
    const marked = await updateSubscriber(
      tx,
      subscriber.id,
      ['pending'],
      { confirmationSentAt: now },
      now,
    );
    if (!marked) return;
    const t = translator(subscriber.locale as Locale);
    const url = confirmUrl(deps.config.publicUrl, subscriber.token);
    await deps.mail.queue(tx, {
      to: subscriber.email,
      subject: t('content.newsletter.confirmMail.subject'),
      text: t('content.newsletter.confirmMail.body', { url }),
      template: 'content.newsletter-confirm',
    });
  });
  deps.jobs.wake();
}

export async function subscribe(
  deps: Deps,
  input: { fields: SubscriptionInput; locale: Locale },
): Promise<{ ok: true } | Invalid> {
  const parsed = ZSubscription.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { email, topics, kinds } = parsed.data;
  const address = email.toLowerCase();
  const db = deps.database.db;
  const now = deps.clock();
  // Someone typing addresses that are not theirs sends each a few mails at most.
  const hit = await deps.rateLimiter.hit(`newsletter:${address}`, 5, 24 * 3600);
  if (!hit.ok) return { ok: true };
  const existing =
    (await findSubscriberByEmail(db, address)) ??
    (await insertSubscriber(db, {
      email: address,
      locale: input.locale,
      topics,
      kinds,
      token: randomBytes(24).toString('base64url'),
      consentNotice: NEWSLETTER_NOTICE,
      createdAt: now,
      updatedAt: now,
    })) ??
    (await findSubscriberByEmail(db, address));
  if (!existing || existing.status === 'active') return { ok: true };
  let subscriber = existing;
  if (existing.status === 'unsubscribed') {
    // Subscribing again is a new consent, confirmed again by mail.
    const renewed = await updateSubscriber(
      db,
      existing.id,
      ['unsubscribed'],
      { status: 'pending', topics, kinds, locale: input.locale, endedBy: null },
      now,
    );
    if (!renewed) return { ok: true };
    subscriber = renewed;
  }
  const sentAt = subscriber.confirmationSentAt?.getTime() ?? 0;
  if (now.getTime() - sentAt >= RESEND_AFTER_MS) await sendConfirmation(deps, subscriber, now);
  return { ok: true };
}

/** The subscription a link's secret names, or undefined. */
export async function subscriptionOf(deps: Pick<AppDeps, 'database'>, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  return findSubscriberByToken(deps.database.db, token);
}

export async function confirmSubscription(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  input: { token: string },
): Promise<{ ok: true; subscriber: SubscriberRow } | { ok: false; reason: 'NOT_FOUND' }> {
  const found = await subscriptionOf(deps, input.token);
  if (!found || found.status === 'unsubscribed') return { ok: false, reason: 'NOT_FOUND' };
  if (found.status === 'active') return { ok: true, subscriber: found };
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const confirmed = await updateSubscriber(
      tx,
      found.id,
      ['pending'],
      {
        status: 'active',
        consentNotice: NEWSLETTER_NOTICE,
        consentGivenAt: now,
        consentWithdrawnAt: null,
      },
      now,
    );
    if (!confirmed) return { ok: true, subscriber: found } as const;
    await recordConsent(tx, {
      subjectEmail: confirmed.email,
      purpose: NEWSLETTER_PURPOSE,
      scope: consentScope(confirmed),
      noticeVersion: NEWSLETTER_NOTICE,
      channel: 'email-link',
      givenAt: now,
    });
    await scheduleDigest(tx, now);
    return { ok: true, subscriber: confirmed } as const;
  });
}

async function endSubscription(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  subscriber: SubscriberRow,
  by: Ending,
): Promise<SubscriberRow> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const ended = await updateSubscriber(
      tx,
      subscriber.id,
      ['pending', 'active'],
      { status: 'unsubscribed', endedBy: by, consentWithdrawnAt: now },
      now,
    );
    if (!ended) return subscriber;
    await withdrawEmailConsent(tx, {
      subjectEmail: ended.email,
      purpose: NEWSLETTER_PURPOSE,
      withdrawnAt: now,
    });
    return ended;
  });
}

/** The person's own unsubscribe, from the page or by the mail client's one click. */
export async function unsubscribe(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  input: { token: string; by: 'unsubscribe' | 'one-click' },
): Promise<{ ok: true; subscriber: SubscriberRow } | { ok: false; reason: 'NOT_FOUND' }> {
  const found = await subscriptionOf(deps, input.token);
  if (!found) return { ok: false, reason: 'NOT_FOUND' };
  return { ok: true, subscriber: await endSubscription(deps, found, input.by) };
}

/**
 * The bounce and complaint hook: the mail system reports that an address bounces for good or
 * that its owner marked a digest as spam, and the digest stops going there. A bounce processor
 * (a webhook of the mail provider, or a job reading the bounce mailbox) calls it with the
 * address; an unknown address is ignored. Returns whether a subscription ended.
 */
export async function suppressSubscriber(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  input: { email: string; reason: 'bounce' | 'complaint' },
): Promise<boolean> {
  const found = await findSubscriberByEmail(deps.database.db, input.email.trim().toLowerCase());
  if (!found || found.status === 'unsubscribed') return false;
  await endSubscription(deps, found, input.reason);
  return true;
}

/**
 * The newsletter's part of "download my data" and "delete my account": the subscription of the
 * account's address. On erasure the consent is withdrawn in the ledger (which keeps that record)
 * and the subscription itself is deleted, so no digest goes to the address again.
 */
export const newsletterPersonalData: PersonalDataHooks = {
  async collect(deps, subject) {
    const found = await findSubscriberByEmail(deps.database.db, subject.email.toLowerCase());
    if (!found) return [];
    const { email, locale, topics, kinds, status, consentGivenAt, consentWithdrawnAt, endedBy } =
      found;
    const row = {
      email,
      locale,
      topics,
      kinds,
      status,
      consentGivenAt,
      consentWithdrawnAt,
      endedBy,
    };
    return [{ id: 'content.newsletter', rows: [row] }];
  },
  async erase(tx, subject) {
    const found = await findSubscriberByEmail(tx, subject.email.toLowerCase());
    if (!found) return;
    if (found.status !== 'unsubscribed') {
      await withdrawEmailConsent(tx, {
        subjectEmail: found.email,
        purpose: NEWSLETTER_PURPOSE,
        withdrawnAt: subject.now,
      });
    }
    await deleteSubscriber(tx, found.id);
  },
};
