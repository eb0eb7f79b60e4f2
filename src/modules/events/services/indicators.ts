// The figures of events for plans and official reports, per period and province (the venue's):
// events held (published, not cancelled, started within the period); participants — the figure
// staff recorded after the event (paper lists, walk-ins) or else the people checked in on the
// portal; startups reached as staff recorded them.
import type { Db } from '../../../platform/db/client';
import type { Indicator, IndicatorQuery } from '../../../platform/modules/manifest';
import { countAttendance } from '../../../platform/reservations';
import { heldEvents, type EventRow } from '../db/events.repository';
import { EVENTS_MODULE } from '../db/tables';

const sumOf = (values: (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

async function participantsOf(db: Db, event: EventRow): Promise<number> {
  if (event.reportedParticipants !== null) return event.reportedParticipants;
  const pools = await countAttendance({ db }, { ownerModule: EVENTS_MODULE, groupKey: event.id });
  return sumOf(pools.map((p) => p.checkedInUnits));
}

/**
 * The events events.events_held counts, each with the participants events.participants adds up,
 * in the order they started: the evidence behind the two figures.
 */
export async function heldEventsWithParticipants(db: Db, q: IndicatorQuery) {
  const held = (await heldEvents(db, q)).sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime(),
  );
  return Promise.all(
    held.map(async (e) => ({
      id: e.id,
      title: e.titleVi,
      startsAt: e.startsAt,
      participants: await participantsOf(db, e),
      isReported: e.reportedParticipants !== null,
    })),
  );
}

export const EVENTS_INDICATORS: Indicator[] = [
  {
    id: 'events.events_held',
    label: 'events.indicator.eventsHeld',
    unit: 'count',
    compute: async (db, q) => (await heldEvents(db, q)).length,
  },
  {
    id: 'events.participants',
    label: 'events.indicator.participants',
    unit: 'count',
    compute: async (db, q) =>
      sumOf(await Promise.all((await heldEvents(db, q)).map((e) => participantsOf(db, e)))),
  },
  {
    id: 'events.startups_reached',
    label: 'events.indicator.startupsReached',
    unit: 'count',
    compute: async (db, q) => sumOf((await heldEvents(db, q)).map((e) => e.reportedStartups)),
  },
];
