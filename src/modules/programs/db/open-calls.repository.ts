// Calls taking applications now, across programmes: the home page's list of deadlines.
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { programsCalls as calls, programsProgrammes as programmes } from './tables';

export interface OpenCall {
  programmeSlug: string;
  programmeTitleVi: string;
  programmeTitleEn: string;
  callSlug: string;
  titleVi: string;
  titleEn: string;
  closesAt: Date;
}

/** Published calls of published programmes open at `now`, closing soonest first. */
export function findOpenCalls(db: Db, now: Date, limit: number): Promise<OpenCall[]> {
  return db
    .select({
      programmeSlug: programmes.slug,
      programmeTitleVi: programmes.titleVi,
      programmeTitleEn: programmes.titleEn,
      callSlug: calls.slug,
      titleVi: calls.titleVi,
      titleEn: calls.titleEn,
      closesAt: calls.closesAt,
    })
    .from(calls)
    .innerJoin(programmes, eq(programmes.id, calls.programmeId))
    .where(
      and(
        eq(calls.status, 'published'),
        eq(programmes.status, 'published'),
        lte(calls.opensAt, now),
        gt(calls.closesAt, now),
      ),
    )
    .orderBy(asc(calls.closesAt))
    .limit(limit);
}
