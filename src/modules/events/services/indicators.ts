// The figures of events for plans and official reports, per period and province (the venue's):
// events held (published, not cancelled, started within the period), participants and startups
// reached as staff recorded them after each event.
import type { Indicator } from '../../../platform/modules/manifest';
import { heldEvents } from '../db/events.repository';

const sumOf = (values: (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

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
    compute: async (db, q) => sumOf((await heldEvents(db, q)).map((e) => e.reportedParticipants)),
  },
  {
    id: 'events.startups_reached',
    label: 'events.indicator.startupsReached',
    unit: 'count',
    compute: async (db, q) => sumOf((await heldEvents(db, q)).map((e) => e.reportedStartups)),
  },
];
