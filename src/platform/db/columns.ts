import { timestamp } from 'drizzle-orm/pg-core';

/** A moment in time (timestamptz), read as a Date; shown in Asia/Ho_Chi_Minh by the pages. */
export const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
