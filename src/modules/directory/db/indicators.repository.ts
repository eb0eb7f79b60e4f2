// The directory's indicators (figures for plans and reports), one query each.
import { and, count, eq, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { STARTUP_KINDS } from '../domain/innovative-startup';
import { directoryOrganizations as o } from './tables';

const listed = () => and(isNull(o.archivedAt), isNull(o.mergedInto), eq(o.status, 'active'));
const inProvince = (province?: string): SQL | undefined =>
  province ? eq(o.provinceCode, province) : undefined;

/** Organisations added to the directory in [from, to), in the province when given. */
export async function countOrganizationsAdded(
  db: Db,
  q: { from: Date; to: Date; province?: string },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(o)
    .where(and(listed(), gte(o.createdAt, q.from), lt(o.createdAt, q.to), inProvince(q.province)));
  return row?.n ?? 0;
}

/**
 * Startups and SMEs listed on `day` (a Vietnam calendar date, yyyy-mm-dd) whose first
 * registration is at most 5 years before it: the innovative startups on that day.
 */
export async function countInnovativeStartupsOn(
  db: Db,
  q: { day: string; addedBefore: Date; province?: string },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(o)
    .where(
      and(
        listed(),
        inArray(o.kind, [...STARTUP_KINDS]),
        lt(o.createdAt, q.addedBefore),
        lte(o.firstRegisteredOn, q.day),
        gte(o.firstRegisteredOn, sql`(${q.day}::date - interval '5 years')::date`),
        inProvince(q.province),
      ),
    );
  return row?.n ?? 0;
}
