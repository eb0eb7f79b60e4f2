// The back-office's event form as posted, read into a command's input, and an event as the form
// shows it.
import { readImageUpload } from '../../../platform/files/image-upload';
import {
  formFiles,
  formString,
  formStrings,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import { vnDateTimeInputValue } from '../../../platform/i18n/vn-time';
import { EVENT_TIMES, type TEventFieldsInput } from '../contracts';
import type { EventRow, SessionRow } from '../db/events.repository';
import { agendaLineText } from '../domain/event';
import type { EventInput } from './event-input';

export const TEXT_FIELDS = [
  'titleVi',
  'summaryVi',
  'descriptionVi',
  'titleEn',
  'summaryEn',
  'descriptionEn',
  'venueName',
  'venueAddress',
  'mapUrl',
  'onlineUrl',
  'coverAltVi',
  'coverAltEn',
] as const;
const OTHER_FIELDS = [
  'type',
  'language',
  'provinceCode',
  'holdHours',
  'reportedParticipants',
  'reportedStartups',
  'organizers',
  'speakers',
  'agenda',
  'programme',
  'slug',
  ...EVENT_TIMES,
] as const;

/** What the form shows: its texts, the sectors ticked, a cover kept from a refused save. */
export interface EventFormState {
  values: FormValues;
  sectors: string[];
  pendingCover?: string;
}

const lines = (typed: string) =>
  typed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function readEventForm(body: FormBody): {
  input: EventInput & { slug?: string };
  state: EventFormState;
} {
  const values: FormValues = {};
  for (const f of [...TEXT_FIELDS, ...OTHER_FIELDS]) values[f] = formString(body, f);
  const sectors = formStrings(body, 'sectors');
  const v = (name: string) => values[name] ?? '';
  const fields = {
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, v(f)])),
    type: v('type'),
    language: v('language') || 'vi',
    provinceCode: v('provinceCode') || null,
    sectors,
    holdHours: v('holdHours'),
    reportedParticipants: v('reportedParticipants'),
    reportedStartups: v('reportedStartups'),
  } as TEventFieldsInput;
  const input = {
    slug: v('slug') || undefined,
    fields,
    times: Object.fromEntries(EVENT_TIMES.map((f) => [f, v(f)])),
    organizers: lines(v('organizers')),
    speakers: v('speakers'),
    agenda: v('agenda'),
    programme: v('programme'),
    cover: readImageUpload(
      formFiles(body, 'cover')[0],
      formString(body, 'coverPending'),
      formString(body, 'coverRemove'),
    ),
  };
  return { input, state: { values, sectors, pendingCover: input.cover.pending } };
}

export function eventFormState(
  event: EventRow,
  sessions: SessionRow[],
  organizerSlugs: string[],
): EventFormState {
  const values: FormValues = {
    type: event.type,
    language: event.language,
    provinceCode: event.provinceCode ?? '',
    holdHours: String(event.holdHours),
    reportedParticipants: event.reportedParticipants?.toString() ?? '',
    reportedStartups: event.reportedStartups?.toString() ?? '',
    organizers: organizerSlugs.join('\n'),
    speakers: event.speakers
      .map((s) => [s.name, s.affiliation, s.personSlug ? `/directory/people/${s.personSlug}` : ''])
      .map((parts) => parts.join(' | ').replace(/( \| )+$/, ''))
      .join('\n'),
    agenda: sessions.map((s) => agendaLineText(s, event.startsAt)).join('\n'),
    programme: event.programmeSlug ?? '',
  };
  for (const f of TEXT_FIELDS) values[f] = event[f];
  for (const f of EVENT_TIMES) {
    const at = event[f];
    values[f] = at ? vnDateTimeInputValue(at) : '';
  }
  return { values, sectors: event.sectors };
}
