// Attendance figures by who came: registered, confirmed, attended and no-shows (people, a party of
// 2 counts 2) by organisation kind, sector, province and gender, for one event or the events held
// in a period. A person counts under the first directory organisation their own profile is
// affiliated with; a guest without an account, or an account without such a profile, is "not
// given". An organisation of several sectors counts its people under each, so the sector rows may
// add up to more than the total (the page says so); kind, province and gender rows add up to the
// total. Gender is the registration's optional answer (the directory records none): a party
// counts under its registrant's answer, a walk-in or an unanswered question under "not given".
import type { Db } from '../../../platform/db/client';
import {
  organizationFactsByIds,
  organizationsLinkedToAccounts,
  type DirectoryOrganizationFacts,
} from '../../directory';
import type { EventRow } from '../db/events.repository';
import { GENDERS, type Gender } from '../domain/gender';
import { findParticipants, type ParticipantRow } from '../db/participants.repository';
import { EVENTS_MODULE } from '../db/tables';

export interface AttendanceCounts {
  registered: number;
  confirmed: number;
  attended: number;
  noShows: number;
}

export const COUNTS = ['registered', 'confirmed', 'attended', 'noShows'] as const;
export const DIMENSIONS = ['kind', 'sector', 'province', 'gender'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One row of a breakdown; key null: not given. */
export interface BreakdownRow {
  key: string | null;
  counts: AttendanceCounts;
}

export interface AttendanceBreakdown {
  total: AttendanceCounts;
  by: Record<Dimension, BreakdownRow[]>;
  byEvent: { event: EventRow; counts: AttendanceCounts }[];
}

const zero = (): AttendanceCounts => ({ registered: 0, confirmed: 0, attended: 0, noShows: 0 });

function add(to: AttendanceCounts, row: ParticipantRow) {
  to.registered += row.partySize;
  if (row.status !== 'confirmed') return;
  to.confirmed += row.partySize;
  if (row.isCheckedIn) to.attended += row.partySize;
  else to.noShows += row.partySize;
}

function keysOf(
  dimension: Dimension,
  row: ParticipantRow,
  org: DirectoryOrganizationFacts | undefined,
) {
  if (dimension === 'gender') return [row.gender];
  if (!org) return [null];
  if (dimension === 'kind') return [org.kind];
  if (dimension === 'province') return [org.provinceCode];
  return org.sectors.length > 0 ? [...org.sectors] : [null];
}

/** Rows with the most registered first (genders in their order), "not given" last. */
function sorted(
  dimension: Dimension,
  groups: Map<string | null, AttendanceCounts>,
): BreakdownRow[] {
  const rank = (row: BreakdownRow) =>
    dimension === 'gender' ? GENDERS.indexOf(row.key as Gender) : -row.counts.registered;
  return [...groups]
    .map(([key, counts]) => ({ key, counts }))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : rank(a) - rank(b)));
}

/** The women among them ("số lượng nữ"), as Vietnamese reports count them. */
export function womenOf(breakdown: AttendanceBreakdown): AttendanceCounts {
  return breakdown.by.gender.find((row) => row.key === 'female')?.counts ?? zero();
}

async function organizationOfAccounts(db: Db, rows: ParticipantRow[]) {
  const accounts = [...new Set(rows.flatMap((r) => (r.accountId ? [r.accountId] : [])))];
  const links = await organizationsLinkedToAccounts(db, accounts);
  const facts = await organizationFactsByIds(
    db,
    [...links.values()].flatMap((ids) => ids[0] ?? []),
  );
  return (accountId: string | null) => {
    const first = accountId ? links.get(accountId)?.[0] : undefined;
    return first ? facts.get(first) : undefined;
  };
}

/** The figures of these events (the caller decided who may see them). */
export async function attendanceBreakdown(
  db: Db,
  events: readonly EventRow[],
): Promise<AttendanceBreakdown> {
  const rows = await findParticipants(
    db,
    EVENTS_MODULE,
    events.map((e) => e.id),
  );
  const organizationOf = await organizationOfAccounts(db, rows);
  const total = zero();
  const perEvent = new Map(events.map((e) => [e.id, zero()]));
  const groups = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map()])) as Record<
    Dimension,
    Map<string | null, AttendanceCounts>
  >;
  for (const row of rows) {
    add(total, row);
    const eventCounts = perEvent.get(row.eventId);
    if (eventCounts) add(eventCounts, row);
    const org = organizationOf(row.accountId);
    for (const dimension of DIMENSIONS)
      for (const key of keysOf(dimension, row, org)) {
        const counts = groups[dimension].get(key) ?? zero();
        add(counts, row);
        groups[dimension].set(key, counts);
      }
  }
  return {
    total,
    by: Object.fromEntries(DIMENSIONS.map((d) => [d, sorted(d, groups[d])])) as Record<
      Dimension,
      BreakdownRow[]
    >,
    byEvent: events.map((event) => ({ event, counts: perEvent.get(event.id) ?? zero() })),
  };
}
