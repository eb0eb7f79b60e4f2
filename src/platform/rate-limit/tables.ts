import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { tz } from '../db/columns';

/**
 * Fixed-window attempt counters, one row a key, shared by every process on the database (several
 * app processes behind a load balancer must refuse the same guesses).
 */
export const platformRateLimits = pgTable(
  'platform_rate_limits',
  {
    /** What is counted: `login-ip:<address>`, `login-account:<e-mail>`, `api-key:<id>`… */
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    /** The end of the key's current window; a hit after it starts a new one. */
    windowEndsAt: tz('window_ends_at').notNull(),
  },
  // the sweep of ended windows
  (t) => [index('platform_rate_limits_window_idx').on(t.windowEndsAt)],
);
