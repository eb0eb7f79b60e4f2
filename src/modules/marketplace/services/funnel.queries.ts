// The funnel of a period for the brokers' page, its XLSX and the public "exchange in numbers":
// the totals and one row per sector or supplier, with names.
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { organizationFactsByIds } from '../../directory';
import { tallyFunnel, type FunnelDimension, type FunnelRow } from '../domain/funnel';
import { funnelEvents, funnelListings, type FunnelPeriod } from '../db/funnel.repository';

type Deps = Pick<AppDeps, 'database'>;

export interface FunnelGroup {
  key: string;
  /** The supplier's name; sectors and the needs' group are named by the page. */
  name?: string;
  row: FunnelRow;
}

export interface Funnel {
  total: FunnelRow;
  groups: FunnelGroup[];
}

const EMPTY: FunnelRow = {
  listed: 0,
  views: 0,
  ndas: 0,
  requested: 0,
  introduced: 0,
  deals: 0,
  valueVnd: 0n,
  daysToIntroduction: null,
  daysToDeal: null,
};

export async function exchangeFunnel(
  deps: Deps,
  input: FunnelPeriod & { by: FunnelDimension },
): Promise<Funnel> {
  const db = deps.database.db;
  const [listings, events] = await Promise.all([
    funnelListings(db, input),
    funnelEvents(db, input),
  ]);
  const total = tallyFunnel(listings, events, input, 'all').get('all') ?? EMPTY;
  const rows = tallyFunnel(listings, events, input, input.by);
  const names =
    input.by === 'supplier'
      ? await organizationFactsByIds(
          db,
          [...rows.keys()].filter((k) => k !== 'needs'),
        )
      : new Map();
  const groups = [...rows]
    .map(([key, row]) => ({ key, name: names.get(key)?.name as string | undefined, row }))
    .sort((a, b) => b.row.requested - a.row.requested || b.row.listed - a.row.listed);
  return { total, groups };
}

/** The figures of a period alone, for indicators (in the province's listings when one is asked). */
export async function funnelTotals(db: Db, period: FunnelPeriod): Promise<FunnelRow> {
  const [listings, events] = await Promise.all([
    funnelListings(db, period),
    funnelEvents(db, period),
  ]);
  return tallyFunnel(listings, events, period, 'all').get('all') ?? EMPTY;
}
