// What members tell the matching: suggestions they declined (and why, so similar ones rank
// lower), and the searches they saved to be told of new listings by mail.
import type { SavedSearchFilters } from '../domain/saved-search';
import {
  check,
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
  sql,
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

/** A member's saved search of the offers or the needs, mailed about in a digest while alerts are on. */
export const marketplaceSavedSearches = pgTable(
  'marketplace_saved_searches',
  {
    id: id(),
    userId: text('user_id').notNull(),
    /** offer or need: which list the search filters. */
    listingKind: text('listing_kind').notNull().default('offer'),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<SavedSearchFilters>().notNull(),
    /** The filters in one canonical spelling: the same search saved twice is one. */
    filtersKey: text('filters_key').notNull(),
    isAlerting: boolean('is_alerting').notNull().default(true),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    // The same filters saved twice over the same list are one search.
    uniqueIndex('marketplace_saved_searches_user_kind_idx').on(
      t.userId,
      t.listingKind,
      t.filtersKey,
    ),
    // The digest: searches whose alerts are on.
    index('marketplace_saved_searches_alerting_idx').on(t.isAlerting),
    check('marketplace_saved_searches_kind', sql`${t.listingKind} in ('offer', 'need')`),
  ],
);

/** The listings a saved search's mail carried: never the same listing twice to one search. */
export const marketplaceSavedSearchSent = pgTable(
  'marketplace_saved_search_sent',
  {
    searchId: uuid('search_id')
      .notNull()
      .references(() => marketplaceSavedSearches.id, { onDelete: 'cascade' }),
    /** The offer's id, or the need's for a search of the needs (the column keeps its first name). */
    listingId: uuid('offer_id').notNull(),
    sentAt: tz('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.searchId, t.listingId] })],
);
