// The saved searches' daily digest, a durable job (07:00 Vietnam time, scheduled when a search is
// saved or its alerts turned on, and by each run for the next day while any search alerts): for
// every search whose alerts are on, the listings — offers or needs, as the search filters — that
// match it, appeared since it was saved and were never mailed for it (saved-search-matches.ts).
// Each search's mail is queued in one transaction with the record of the listings it carries, so
// a run repeated mails nothing twice. The mail holds what the public sees of a listing, in the
// member's language, with a link that stops the alerts without signing in.
import { z } from 'zod';
import { linkSecret, signLink } from '../../../platform/authz/signed-links';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { translator, type Translate } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import type { TextIndex } from '../../../platform/search';
import { accountContact } from '../../identity';
import { alertingSearches, recordSent, type SavedSearchRow } from '../db/saved-searches.repository';
import { nextDigestTime, vnDayOf } from '../domain/saved-search';
import { MARKETPLACE_PATH, NEEDS_PATH } from '../ui/paths';
import { SAVED_SEARCHES_PATH, searchHref } from '../ui/saved-search-paths';
import { offerIndex } from './offer-search';
import { newNeedItems, newOfferItems, type DigestItem } from './saved-search-matches';

export const SAVED_SEARCH_DIGEST_JOB = 'marketplace.saved-search-digest';
/** The purpose of a digest's unsubscribe link (platform/authz/signed-links); it never expires. */
export const UNSUBSCRIBE_LINK = 'marketplace/saved-search-unsubscribe';

const ZPayload = z.object({ day: z.iso.date() });

/** Schedules the first digest after `after`, once per day. */
export async function scheduleSavedSearchDigest(tx: Db, after: Date): Promise<void> {
  const runAt = nextDigestTime(after);
  const day = vnDayOf(runAt);
  await scheduleJob(tx, {
    name: SAVED_SEARCH_DIGEST_JOB,
    payload: { day },
    runAt,
    key: `${SAVED_SEARCH_DIGEST_JOB}:${day}`,
  });
}

const MAIL = {
  offer: {
    subject: 'marketplace.savedSearch.mail.subject',
    body: 'marketplace.savedSearch.mail.body',
    list: MARKETPLACE_PATH,
  },
  need: {
    subject: 'marketplace.savedSearch.needMail.subject',
    body: 'marketplace.savedSearch.needMail.body',
    list: NEEDS_PATH,
  },
} as const;

async function mailSearch(
  deps: AppDeps,
  search: SavedSearchRow,
  mail: { to: string; name: string; t: Translate; items: DigestItem[]; now: Date },
) {
  const origin = deps.config.publicUrl;
  const texts = search.listingKind === 'need' ? MAIL.need : MAIL.offer;
  return deps.database.db.transaction(async (tx) => {
    const ids = mail.items.map((i) => i.id);
    const fresh = new Set(await recordSent(tx, search.id, ids, mail.now));
    const listed = mail.items.filter((i) => fresh.has(i.id));
    if (listed.length === 0) return false;
    const unsubscribe = `${origin}${SAVED_SEARCHES_PATH}/unsubscribe/${signLink(linkSecret(deps.config), UNSUBSCRIBE_LINK, search.id)}`;
    const params = {
      name: mail.name,
      search: search.name,
      count: listed.length,
      list: listed.map((i) => i.text).join('\n'),
      results: `${origin}${searchHref(texts.list, search.filters)}`,
      manage: `${origin}${SAVED_SEARCHES_PATH}`,
      unsubscribe,
    };
    await deps.mail.queue(tx, {
      to: mail.to,
      subject: mail.t(texts.subject, params),
      text: mail.t(texts.body, params),
      template: 'marketplace.saved-search-digest',
      headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
    });
    return true;
  });
}

/** The offers' index, read once a run and only when an offers' search alerts. */
function lazyOfferIndex(db: Db) {
  let index: Promise<TextIndex> | undefined;
  return () => (index ??= offerIndex(db));
}

async function digestOf(
  deps: AppDeps,
  search: SavedSearchRow,
  index: () => Promise<TextIndex>,
  now: Date,
) {
  const db = deps.database.db;
  const contact = await accountContact(db, search.userId);
  if (!contact) return false;
  const t = translator(contact.locale);
  const origin = deps.config.publicUrl;
  const items =
    search.listingKind === 'need'
      ? await newNeedItems(db, { search, t, origin })
      : await newOfferItems(db, { index: await index(), search, now, t, origin });
  if (items.length === 0) return false;
  return mailSearch(deps, search, { to: contact.email, name: contact.name, t, items, now });
}

/** The `marketplace.saved-search-digest` job. */
export async function sendSavedSearchDigest(job: JobRun, deps: AppDeps): Promise<void> {
  ZPayload.parse(job.payload);
  const db = deps.database.db;
  const searches = await alertingSearches(db);
  const index = lazyOfferIndex(db);
  let mailed = 0;
  for (const search of searches) if (await digestOf(deps, search, index, job.now)) mailed += 1;
  if (searches.length > 0) await scheduleSavedSearchDigest(db, job.now);
  if (mailed > 0) deps.jobs.wake();
}
