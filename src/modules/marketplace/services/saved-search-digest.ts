// The saved searches' daily digest, a durable job (07:00 Vietnam time, scheduled when a search is
// saved or its alerts turned on, and by each run for the next day while any search alerts): for
// every search whose alerts are on, the listed offers matching it that were published since it was
// saved and never mailed for it. Each search's mail is queued in one transaction with the record
// of the listings it carries, so a run repeated mails nothing twice. The mail holds what the
// public sees of a listing (title, owner, readiness, sectors, its address), in the member's
// language, with a link that stops the alerts without signing in.
import { z } from 'zod';
import { linkSecret, signLink } from '../../../platform/authz/signed-links';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { translator } from '../../../platform/i18n';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import type { Condition, TextIndex } from '../../../platform/search';
import { searchKey } from '../../../platform/text/vietnamese';
import { accountContact } from '../../identity';
import { findOffersByIds, type OfferRow } from '../db/offers.repository';
import {
  alertingSearches,
  recordSent,
  sentOfferIds,
  type SavedSearchRow,
} from '../db/saved-searches.repository';
import { nextDigestTime, vnDayOf, type OfferSearchFilters } from '../domain/saved-search';
import { sectorLabel } from '../ui/labels';
import { MARKETPLACE_PATH, offerPath } from '../ui/paths';
import { SAVED_SEARCHES_PATH, searchHref } from '../ui/saved-search-paths';
import { listedAt, offerIndex } from './offer-search';
import { ownersOfOffers } from './offers.queries';

export const SAVED_SEARCH_DIGEST_JOB = 'marketplace.saved-search-digest';
/** The purpose of a digest's unsubscribe link (platform/authz/signed-links); it never expires. */
export const UNSUBSCRIBE_LINK = 'marketplace/saved-search-unsubscribe';
/** Listings one mail lists; the rest wait for the next day's. */
export const MAIL_LISTINGS = 20;
const PAGE = 100;

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

/** The search page's conditions for these filters. */
function conditionsOf(f: OfferSearchFilters, now: Date): Condition[] {
  const where: Condition[] = [listedAt(now)];
  if (f.sector) where.push({ key: 'sector', field: 'sector', anyOf: [f.sector] });
  if (f.transfer) where.push({ key: 'transfer', field: 'transfer', anyOf: [f.transfer] });
  if (f.ownerKind) where.push({ key: 'ownerKind', field: 'ownerKind', anyOf: [f.ownerKind] });
  if (f.trlMin || f.trlMax) where.push({ key: 'trl', number: 'trl', min: f.trlMin, max: f.trlMax });
  return where;
}

/**
 * The matches published since the search was saved and not yet mailed for it, newest first (at
 * most MAIL_LISTINGS).
 */
async function newMatches(
  db: Db,
  index: TextIndex,
  search: SavedSearchRow,
  now: Date,
): Promise<OfferRow[]> {
  const request = {
    text: search.filters.q ? searchKey(search.filters.q) : '',
    where: conditionsOf(search.filters, now),
    sort: 'newest' as const,
    limit: PAGE,
  };
  const sent = await sentOfferIds(db, search.id);
  const found: OfferRow[] = [];
  for (let offset = 0; found.length < MAIL_LISTINGS; offset += PAGE) {
    const ids = index.search({ ...request, offset }).ids;
    const rows = new Map((await findOffersByIds(db, ids)).map((r) => [r.id, r]));
    for (const id of ids) {
      const row = rows.get(id);
      if (!row?.publishedAt || row.publishedAt < search.createdAt) return found;
      if (!sent.has(id) && found.length < MAIL_LISTINGS) found.push(row);
    }
    if (ids.length < PAGE) break;
  }
  return found;
}

async function mailSearch(deps: AppDeps, search: SavedSearchRow, offers: OfferRow[], now: Date) {
  const db = deps.database.db;
  const contact = await accountContact(db, search.userId);
  if (!contact || offers.length === 0) return false;
  const owners = await ownersOfOffers(deps, offers);
  const t = translator(contact.locale);
  const origin = deps.config.publicUrl;
  return db.transaction(async (tx) => {
    const fresh = new Set(
      await recordSent(
        tx,
        search.id,
        offers.map((o) => o.id),
        now,
      ),
    );
    const listed = offers.filter((o) => fresh.has(o.id));
    if (listed.length === 0) return false;
    const list = listed
      .map((o) => {
        const sectors = o.sectors.map((s) => sectorLabel(t, s)).join(', ');
        const owner = owners.get(o.ownerOrgId)?.name ?? '';
        return `- ${o.title}\n  ${owner} · TRL ${o.trl} · ${sectors}\n  ${origin}${offerPath(o.id)}`;
      })
      .join('\n');
    const unsubscribe = `${origin}${SAVED_SEARCHES_PATH}/unsubscribe/${signLink(linkSecret(deps.config), UNSUBSCRIBE_LINK, search.id)}`;
    const params = {
      name: contact.name,
      search: search.name,
      count: listed.length,
      list,
      results: `${origin}${searchHref(MARKETPLACE_PATH, search.filters)}`,
      manage: `${origin}${SAVED_SEARCHES_PATH}`,
      unsubscribe,
    };
    await deps.mail.queue(tx, {
      to: contact.email,
      subject: t('marketplace.savedSearch.mail.subject', params),
      text: t('marketplace.savedSearch.mail.body', params),
      template: 'marketplace.saved-search-digest',
      headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
    });
    return true;
  });
}

/** The `marketplace.saved-search-digest` job. */
export async function sendSavedSearchDigest(job: JobRun, deps: AppDeps): Promise<void> {
  ZPayload.parse(job.payload);
  const db = deps.database.db;
  const searches = await alertingSearches(db);
  const index = await offerIndex(db);
  let mailed = 0;
  for (const search of searches) {
    const offers = await newMatches(db, index, search, job.now);
    if (await mailSearch(deps, search, offers, job.now)) mailed += 1;
  }
  if (searches.length > 0) await scheduleSavedSearchDigest(db, job.now);
  if (mailed > 0) deps.jobs.wake();
}
