// What members tell the matching: suggestions they declined (and why, so similar ones rank
// lower), and the searches they saved to be told of new listings by mail.
import type { OfferSearchFilters } from '../domain/saved-search';
import {
  createdAt,
  id,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
  boolean,
} from '../../../platform/db/table-kit';

/**
 * A suggestion declined on one side: `side` is the listing whose suggestions it was (a need's
 * owner declining an offer, or an offer's owner declining a need). Undoing deletes the row (the
 * audit log keeps both steps).
 */
export const marketplaceMatchDeclines = pgTable(
  'marketplace_match_declines',
  {
    id: id(),
    side: text('side').notNull(),
    needId: uuid('need_id').notNull(),
    offerId: uuid('offer_id').notNull(),
    reason: text('reason').notNull(),
    comment: text('comment').notNull().default(''),
    declinedBy: text('declined_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // One decline per pair and side (a form sent twice is one); a listing's declines.
    uniqueIndex('marketplace_match_declines_pair_idx').on(t.side, t.needId, t.offerId),
    index('marketplace_match_declines_offer_idx').on(t.offerId),
  ],
);

/** A member's saved search of the offers, mailed about in a digest while alerts are on. */
export const marketplaceSavedSearches = pgTable(
  'marketplace_saved_searches',
  {
    id: id(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<OfferSearchFilters>().notNull(),
    /** The filters in one canonical spelling: the same search saved twice is one. */
    filtersKey: text('filters_key').notNull(),
    isAlerting: boolean('is_alerting').notNull().default(true),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    uniqueIndex('marketplace_saved_searches_user_idx').on(t.userId, t.filtersKey),
    // The digest: searches whose alerts are on.
    index('marketplace_saved_searches_alerting_idx').on(t.isAlerting),
  ],
);

/** The listings a saved search's mail carried: never the same listing twice to one search. */
export const marketplaceSavedSearchSent = pgTable(
  'marketplace_saved_search_sent',
  {
    searchId: uuid('search_id')
      .notNull()
      .references(() => marketplaceSavedSearches.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id').notNull(),
    sentAt: tz('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.searchId, t.offerId] })],
);
