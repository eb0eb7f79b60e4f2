// A target's figure computed from a module's indicator, shared for a minute: the targets
// dashboard and the public page compute every indicator target on each view, and one indicator
// over a national directory takes hundreds of milliseconds — twenty staff opening the dashboard
// at once would each wait for all of them. The period counted ends at the last whole minute, so
// views within that minute ask the same question and share one answer (and one query in flight).
// A cache of this process only: a figure a minute old is what the dashboard promises.
import type { Db } from '../../../platform/db/client';
import type { Indicator } from '../../../platform/modules/manifest';

const MINUTE = 60_000;
const MOST = 500;

type Shared = Map<string, { until: number; value: Promise<number> }>;
/** By database handle: two databases in one process (tests, benches) never share a figure. */
const sharedBy = new WeakMap<Db, Shared>();

/** The end of the period counted for a figure "so far": the minute `now` is in. */
export const lastWholeMinute = (now: Date) => new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);

export function indicatorFigure(
  db: Db,
  indicator: Indicator,
  query: { from: Date; to: Date; province?: string },
  now: Date,
): Promise<number> {
  let shared = sharedBy.get(db);
  if (!shared) sharedBy.set(db, (shared = new Map()));
  const key = `${indicator.id}|${query.from.getTime()}|${query.to.getTime()}|${query.province ?? ''}`;
  const held = shared.get(key);
  if (held && held.until > now.getTime()) return held.value;
  if (shared.size >= MOST)
    for (const [k, v] of shared)
      if (v.until <= now.getTime() || shared.size >= MOST) shared.delete(k);
  const value = indicator.compute(db, query);
  shared.set(key, { until: now.getTime() + MINUTE, value });
  // A failed query is not kept: the next view asks again.
  value.catch(() => shared.delete(key));
  return value;
}
