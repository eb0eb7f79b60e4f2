// The funnel's period from a page's query, and its XLSX: the totals, then one row per sector or
// supplier, numbers as numbers (the platform's official XLSX writer).
import { officialXlsxBytes, type TableBlock } from '../../../platform/documents';
import { vnDay, vnYearRange, vnWallClock } from '../../../platform/i18n/vn-time';
import type { Translate } from '../../../platform/i18n';
import { conversions, type FunnelDimension, type FunnelRow } from '../domain/funnel';
import type { Funnel, FunnelGroup } from './funnel.queries';

export const FIRST_YEAR = 2020;

/** The Vietnam year now, and the years one may choose, newest first. */
export function funnelYears(now: Date): number[] {
  const year = vnWallClock(now).getUTCFullYear();
  return Array.from({ length: year - FIRST_YEAR + 1 }, (_, i) => year - i);
}

/** A year, or one of its quarters, as instants (Vietnam time). */
export function funnelPeriod(year: number, quarter?: number) {
  if (!quarter) return vnYearRange(year);
  const { from } = vnYearRange(year);
  const month = (q: number) => new Date(Date.UTC(year, (q - 1) * 3, 1) - 7 * 3600_000);
  return {
    from: quarter === 1 ? from : month(quarter),
    to: quarter === 4 ? vnYearRange(year).to : month(quarter + 1),
  };
}

const STEPS = ['listed', 'views', 'ndas', 'requested', 'introduced', 'deals'] as const;

const cells = (row: FunnelRow) => {
  const rates = conversions(row);
  return [
    ...STEPS.map((s) => row[s]),
    Number(row.valueVnd),
    row.daysToIntroduction,
    row.daysToDeal,
    rates.viewToNda,
    rates.requestToIntroduction,
    rates.introductionToDeal,
  ];
};

export async function funnelXlsx(
  t: Translate,
  input: {
    funnel: Funnel;
    by: FunnelDimension;
    title: string;
    now: Date;
    /** Who downloads it: the sheet's compiler. */
    preparedBy: string;
    name: (g: FunnelGroup) => string;
  },
): Promise<Buffer | undefined> {
  const columns: TableBlock['columns'] = [
    { header: t(`marketplace.funnel.by.${input.by}`), width: 3 },
    ...STEPS.map((s) => ({ header: t(`marketplace.funnel.${s}`), kind: 'number' as const })),
    { header: t('marketplace.funnel.dealsValue'), kind: 'number' },
    { header: t('marketplace.funnel.daysToIntroduction'), kind: 'number' },
    { header: t('marketplace.funnel.daysToDeal'), kind: 'number' },
    { header: t('marketplace.funnel.rate.viewToNda'), kind: 'number', decimals: 1 },
    { header: t('marketplace.funnel.rate.requestToIntroduction'), kind: 'number', decimals: 1 },
    { header: t('marketplace.funnel.rate.introductionToDeal'), kind: 'number', decimals: 1 },
  ];
  return officialXlsxBytes({
    issuer: { name: t('marketplace.nav.staff') },
    place: '',
    date: vnDay(input.now),
    kind: t('marketplace.funnel.page'),
    summary: input.title,
    body: [
      {
        type: 'table',
        caption: input.title,
        columns,
        rows: input.funnel.groups.map((g) => [input.name(g), ...cells(g.row)]),
        total: [t('marketplace.funnel.total'), ...cells(input.funnel.total)],
      },
    ],
    signature: { position: t('marketplace.funnel.preparedBy'), name: input.preparedBy },
    recipients: [],
  });
}
