// A target's figure computed from a module's indicator, kept per period (indicator, year,
// province) by this process until a write: the targets dashboard, the plan's dashboard and the
// public page compute every indicator target on each view, and one indicator over a national
// directory takes hundreds of milliseconds — on the embedded engine it holds the one connection,
// so twenty staff opening the dashboard at once would queue behind each recount.
// - A write request or a durable job run by this process forgets every kept figure before and
//   after it runs (the manifest's forgetOnWrite, decision 025): what it changes shows at the
//   next view, and an issued report counts the data as it is.
// - A change made elsewhere (another process on the same PostgreSQL, a script) shows once the kept
//   figure is FRESH_MS old: the next view is answered with it at once while it is counted again
//   in the background (one count in flight); a figure older than STALE_LIMIT_MS is never shown,
//   that view waits for the count.
// Each figure carries the end of the period it counted, which the provenance shows.
import type { Db } from '../../../platform/db/client';
import type { Indicator } from '../../../platform/modules/manifest';

export const FRESH_MS = 5 * 60_000;
export const STALE_LIMIT_MS = 60 * 60_000;
const MINUTE = 60_000;
const MOST = 500;

export interface IndicatorFigure {
  value: number;
  /** The end of the period counted (exclusive): the year's end, or the last whole minute before. */
  to: Date;
}

interface Kept {
  figure: Promise<IndicatorFigure>;
  countedAt: number;
  isRecounting: boolean;
}

type KeptFigures = Map<string, Kept>;
/** By database handle: two databases in one process (tests, benches) never share a figure. */
const keptBy = new WeakMap<Db, KeptFigures>();

/** The end of the period counted for a figure "so far": the minute `now` is in. */
export const lastWholeMinute = (now: Date) => new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);

function count(
  db: Db,
  indicator: Indicator,
  query: { from: Date; yearEnd: Date; province?: string },
  now: Date,
): Promise<IndicatorFigure> {
  const to = new Date(Math.min(lastWholeMinute(now).getTime(), query.yearEnd.getTime()));
  return indicator
    .compute(db, { from: query.from, to, province: query.province })
    .then((value) => ({ value, to }));
}

function keptFigures(db: Db): KeptFigures {
  let kept = keptBy.get(db);
  if (!kept) keptBy.set(db, (kept = new Map()));
  if (kept.size >= MOST) kept.clear();
  return kept;
}

/** Counts again behind the kept figure, which stays until the new one is there. */
function recount(
  kept: KeptFigures,
  key: string,
  held: Kept,
  now: Date,
  counting: () => Promise<IndicatorFigure>,
) {
  held.isRecounting = true;
  const figure = counting();
  figure.then(
    () => {
      if (kept.get(key) === held)
        kept.set(key, { figure, countedAt: now.getTime(), isRecounting: false });
    },
    () => {
      held.isRecounting = false;
    },
  );
}

/** The indicator's figure for the year `from`…`yearEnd` so far (as of `now`) and the province. */
export function indicatorFigure(
  db: Db,
  indicator: Indicator,
  query: { from: Date; yearEnd: Date; province?: string },
  now: Date,
): Promise<IndicatorFigure> {
  const kept = keptFigures(db);
  const key = `${indicator.id}|${query.from.getTime()}|${query.yearEnd.getTime()}|${query.province ?? ''}`;
  const counting = () => count(db, indicator, query, now);
  const held = kept.get(key);
  // A clock moved back (a test) finds a figure counted in its future: counted again.
  const age = held ? now.getTime() - held.countedAt : -1;
  if (held && age >= 0 && age < FRESH_MS) return held.figure;
  if (held && age >= 0 && age < STALE_LIMIT_MS) {
    if (!held.isRecounting) recount(kept, key, held, now, counting);
    return held.figure;
  }
  const figure = counting();
  const entry: Kept = { figure, countedAt: now.getTime(), isRecounting: false };
  kept.set(key, entry);
  // A failed count is not kept: the next view asks again.
  figure.catch(() => {
    if (kept.get(key) === entry) kept.delete(key);
  });
  return figure;
}

/** Forgets this database's kept figures: the next view counts them again. */
export function forgetIndicatorFigures(db: Db): void {
  keptBy.get(db)?.clear();
}
