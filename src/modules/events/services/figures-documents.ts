// The attendance figures as an XLSX (numbers stored as numbers), built by the platform's official
// documents from the same breakdown the page charts: one sheet of totals with the women among
// them (and one per event for a period), one per breakdown. Labels in the reader's language.
import { officialXlsxBytes, type TableBlock } from '../../../platform/documents';
import type { Translate } from '../../../platform/i18n';
import { vnDay } from '../../../platform/i18n/vn-time';
import { provinceByCode } from '../../directory';
import { isGender } from '../domain/gender';
import type { Signer } from './attendance-documents';
import {
  COUNTS,
  DIMENSIONS,
  type AttendanceBreakdown,
  type AttendanceCounts,
  type Dimension,
  womenOf,
} from './attendance-breakdown';

/** A breakdown row's label: a directory kind, sector or province, or "not given". */
export function groupLabel(t: Translate, dimension: Dimension, key: string | null): string {
  if (key === null) return t('events.figures.notGiven');
  if (dimension === 'province') return provinceByCode(key)?.name ?? key;
  if (dimension === 'gender') return isGender(key) ? t(`events.gender.${key}`) : key;
  const label = t(`directory.${dimension}.${key}` as never);
  return label.startsWith('directory.') ? key : label;
}

const figuresOf = (c: AttendanceCounts) => COUNTS.map((k) => c[k]);

function table(t: Translate, caption: string, head: string, rows: [string, AttendanceCounts][]) {
  return {
    type: 'table',
    caption,
    unit: t('events.figures.unit'),
    columns: [
      { header: head, width: 3 },
      ...COUNTS.map((k) => ({ header: t(`events.attendance.${k}`), kind: 'number' as const })),
    ],
    rows: rows.map(([label, counts]) => [label, ...figuresOf(counts)]),
  } satisfies TableBlock;
}

export interface FiguresFile {
  t: Translate;
  title: string;
  issuer: string;
  signer: Signer;
  today: Date;
  breakdown: AttendanceBreakdown;
  /** A period's figures list its events; an event's, its total. */
  isPeriod: boolean;
}

export function figuresBreakdownXlsx(file: FiguresFile) {
  const { t, breakdown } = file;
  const totals = table(t, t('events.figures.totals'), t('events.figures.figure'), [
    [t('events.attendance.total'), breakdown.total],
    [t('events.figures.womenRow'), womenOf(breakdown)],
  ]);
  const first: TableBlock[] = file.isPeriod
    ? [
        {
          ...table(
            t,
            t('events.figures.byEvent'),
            t('events.figures.event'),
            breakdown.byEvent.map((e) => [
              `${vnDay(e.event.startsAt)} ${e.event.titleVi}`,
              e.counts,
            ]),
          ),
          total: [t('events.attendance.total'), ...figuresOf(breakdown.total)],
        },
        totals,
      ]
    : [totals];
  const groups = DIMENSIONS.map((d) =>
    table(
      t,
      t(`events.figures.by.${d}`),
      t(`events.figures.dimension.${d}`),
      breakdown.by[d].map((row) => [groupLabel(t, d, row.key), row.counts]),
    ),
  );
  return officialXlsxBytes({
    issuer: { name: file.issuer },
    place: '',
    date: vnDay(file.today),
    kind: t('events.figures.documentKind'),
    summary: file.title,
    body: [...first, ...groups],
    signature: file.signer,
    recipients: [],
  });
}
