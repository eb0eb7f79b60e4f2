// The public list's search: published (and cancelled) events by title, summary, venue, speakers
// and organisers' words, diacritics and typos forgiven (the platform's index), filtered by time
// (upcoming or past), type, sector, province and how they are attended. Upcoming events come
// soonest first, past ones latest first, a typed search by relevance.
import type { Db } from '../../../platform/db/client';
import type { Paged } from '../../../platform/input/paging';
import type { Condition } from '../../../platform/search';
import { TableIndex } from '../../../platform/search/table-index';
import { plainText } from '../../../platform/text/rich-text';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import { eventsStamp, findEventsByIds, publicEvents, type EventRow } from '../db/events.repository';
import { attendanceMode } from '../domain/event';

const index = new TableIndex({
  stamp: eventsStamp,
  documents: async (db) =>
    (await publicEvents(db)).map((e) => ({
      id: e.id,
      names: searchKey(`${e.titleVi} ${e.titleEn}`),
      title: searchKey(e.titleVi),
      body: searchKey(
        [
          e.summaryVi,
          e.summaryEn,
          plainText(e.descriptionVi),
          e.venueName,
          e.venueAddress,
          e.speakers.map((s) => `${s.name} ${s.affiliation}`).join(' '),
        ].join(' '),
      ),
      sortKey: sortKey(e.titleVi),
      // "Newest" of the index is the latest start.
      createdAt: e.startsAt.getTime(),
      updatedAt: e.updatedAt.getTime(),
      facets: {
        type: [e.type],
        sector: e.sectors,
        province: e.provinceCode ? [e.provinceCode] : [],
        mode: [attendanceMode(e)],
      },
      numbers: { endsAt: e.endsAt.getTime() },
    })),
});

export const EVENT_WHEN = ['upcoming', 'past'] as const;
export const EVENT_MODES = ['offline', 'online'] as const;

export interface EventQuery {
  q?: string;
  when: (typeof EVENT_WHEN)[number];
  type?: string;
  sector?: string;
  province?: string;
  mode?: (typeof EVENT_MODES)[number];
  page: number;
}

export const EVENTS_PAGE_SIZE = 12;

function conditions(query: EventQuery, now: Date): Condition[] {
  const at = now.getTime();
  const where: Condition[] = [
    query.when === 'upcoming'
      ? { key: 'when', number: 'endsAt', min: at }
      : { key: 'when', number: 'endsAt', max: at - 1 },
  ];
  if (query.type) where.push({ key: 'type', field: 'type', anyOf: [query.type] });
  if (query.sector) where.push({ key: 'sector', field: 'sector', anyOf: [query.sector] });
  if (query.province) where.push({ key: 'province', field: 'province', anyOf: [query.province] });
  if (query.mode) where.push({ key: 'mode', field: 'mode', anyOf: [query.mode, 'mixed'] });
  return where;
}

export type EventPage = Paged<EventRow> & { provinces: string[] };

export async function searchEvents(db: Db, query: EventQuery, now: Date): Promise<EventPage> {
  const text = query.q ? searchKey(query.q) : '';
  const where = conditions(query, now);
  const found = await index.of(db);
  const size = EVENTS_PAGE_SIZE;
  const first = (query.page - 1) * size;
  const counted = found.search({ text, where, sort: 'newest', limit: 0, facets: ['province'] });
  const soonestFirst = !text && query.when === 'upcoming';
  // Soonest first is the index's latest-first order read from its end.
  const window = soonestFirst
    ? {
        offset: Math.max(0, counted.total - first - size),
        limit: Math.max(0, Math.min(size, counted.total - first)),
      }
    : { offset: first, limit: size };
  const result = found.search({ text, where, sort: text ? 'relevance' : 'newest', ...window });
  const ids = soonestFirst ? [...result.ids].reverse() : result.ids;
  const rows = new Map((await findEventsByIds(db, ids)).map((r) => [r.id, r]));
  return {
    rows: ids.map((id) => rows.get(id)).filter((r): r is EventRow => r !== undefined),
    total: counted.total,
    page: query.page,
    provinces: [...(counted.facets.province?.keys() ?? [])].sort(),
  };
}
