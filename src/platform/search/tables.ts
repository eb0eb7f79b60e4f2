import { bigserial, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The latest change of each record a followed search index holds (decision 024): a write records
 * its record here in its own transaction, taking the next `seq`, so an index asks only "anything
 * after my seq?" (one index probe) and then re-reads the records changed since. One row per
 * record: a record written again moves to the end, so the table never grows past its records.
 */
export const platformSearchChanges = pgTable(
  'platform_search_changes',
  {
    /** The index's name, e.g. `marketplace_offers`. */
    source: text('source').notNull(),
    recordId: text('record_id').notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.recordId] }),
    index('platform_search_changes_seq_idx').on(t.source, t.seq),
  ],
);
