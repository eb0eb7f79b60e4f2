// An event's input checked as one: fields against their schema, the times typed in Vietnam time,
// where it happens (a venue, an online link or both), organisers and speakers against the
// directory, the linked programme, the agenda's lines and the cover image by its content.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import type { ImageRules } from '../../../platform/files';
import {
  checkImageUpload,
  storedImageChange,
  type ImageUpload,
} from '../../../platform/files/image-upload';
import { parseDateTime } from '../../../platform/input/form-values';
import { fieldErrors } from '../../../platform/input/validation';
import { provinceByCode } from '../../directory';
import {
  EVENT_TIMES,
  ZEventFields,
  type EventTimeField,
  type TEventFields,
  type TEventFieldsInput,
} from '../contracts';
import type { NewSessionRow } from '../db/events.repository';
import { parseAgendaLine, type Speaker } from '../domain/event';
import { resolveOrganizers, resolveProgramme, resolveSpeakers } from './event-links';

/** Covers: at most 5 MB and 6000 pixels a side, as the portal's other covers. */
export const COVER_RULES: ImageRules = { maxBytes: 5 * 1_048_576, maxSide: 6000 };
/** The form carries its cover: above the cover's own limit, so a mistake gets a message. */
export const EVENT_FORM_BODY_LIMIT = 12_000_000;
const MAX_SESSIONS = 80;

export interface EventInput {
  fields: TEventFieldsInput;
  /** Vietnam wall-clock times as typed ("2026-12-01T09:00" or "01/12/2026 09:00"). */
  times: Partial<Record<EventTimeField, string>>;
  /** Directory organisations (page addresses or slugs): the organiser first, then co-organisers. */
  organizers: string[];
  /** Lines "Name | affiliation | directory person page (optional)". */
  speakers: string;
  /** Lines "09:00-10:30 | Title | Track | Speakers" (see parseAgendaLine). */
  agenda: string;
  /** A programme's page address or slug, or ''. */
  programme: string;
  cover?: ImageUpload;
}

export interface CheckedEvent {
  fields: TEventFields & {
    organizerIds: string[];
    speakers: Speaker[];
    programmeSlug: string | null;
    programmeTitle: string;
  } & Record<EventTimeField, Date | null>;
  sessions: NewSessionRow[];
  cover: string | null | undefined;
}

export type EventInvalid = Invalid & { pendingCover?: string };

type Times = Record<EventTimeField, Date | null>;

function readTimes(input: EventInput, errors: FieldErrors): Times {
  const times = {} as Times;
  for (const name of EVENT_TIMES) {
    const typed = parseDateTime(input.times[name] ?? '');
    if (typed === 'invalid') errors[name] = { key: 'events.error.dateTime' };
    else if (typed === undefined && (name === 'startsAt' || name === 'endsAt'))
      errors[name] = { key: 'validation.required' };
    times[name] = typed instanceof Date ? typed : null;
  }
  const { startsAt, endsAt, registrationOpensAt, registrationClosesAt, cancelUntil } = times;
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = { key: 'events.error.endsBefore' };
  if (registrationClosesAt && endsAt && registrationClosesAt > endsAt)
    errors.registrationClosesAt = { key: 'events.error.closesAfterEnd' };
  if (registrationOpensAt && registrationClosesAt && registrationClosesAt <= registrationOpensAt)
    errors.registrationClosesAt = { key: 'events.error.closesBeforeOpens' };
  if (cancelUntil && endsAt && cancelUntil > endsAt)
    errors.cancelUntil = { key: 'events.error.cancelAfterEnd' };
  return times;
}

function readAgenda(text: string, startsAt: Date | null, errors: FieldErrors): NewSessionRow[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0 || !startsAt) return [];
  if (lines.length > MAX_SESSIONS) {
    errors.agenda = { key: 'events.error.agendaTooLong', params: { max: MAX_SESSIONS } };
    return [];
  }
  const sessions: NewSessionRow[] = [];
  for (const [i, line] of lines.entries()) {
    const parsed = parseAgendaLine(line, startsAt);
    if (!parsed) {
      errors.agenda = { key: 'events.error.agendaLine', params: { line: i + 1 } };
      return [];
    }
    sessions.push(parsed);
  }
  return sessions;
}

function checkPlace(fields: TEventFields, errors: FieldErrors) {
  if (!fields.venueAddress && !fields.onlineUrl)
    errors.venueAddress = { key: 'events.error.where' };
  if (fields.provinceCode && !provinceByCode(fields.provinceCode))
    errors.provinceCode = { key: 'validation.invalid' };
}

export async function checkEventInput(
  deps: Pick<AppDeps, 'database' | 'files'>,
  acting: AuditContext,
  input: EventInput,
  currentCover: string | null,
): Promise<({ ok: true } & CheckedEvent) | EventInvalid> {
  const errors: FieldErrors = {};
  const parsed = ZEventFields.safeParse(input.fields);
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  else checkPlace(parsed.data, errors);
  const times = readTimes(input, errors);
  const sessions = readAgenda(input.agenda, times.startsAt, errors);
  const db = deps.database.db;
  const organizers = await resolveOrganizers(db, input.organizers);
  if (!organizers.ok) errors.organizers = organizers.error;
  const speakers = await resolveSpeakers(db, input.speakers);
  if (!speakers.ok) errors.speakers = speakers.error;
  const programme = await resolveProgramme(deps, acting, input.programme);
  if (!programme.ok) errors.programme = programme.error;
  const cover = await checkImageUpload(deps.files, input.cover ?? { remove: false }, COVER_RULES);
  if (!cover.ok) errors.cover = cover.error;
  const willHaveCover =
    cover.ok && Boolean(cover.upload || cover.pending || (!cover.remove && currentCover));
  if (willHaveCover && parsed.success && !parsed.data.coverAltVi)
    errors.coverAltVi = { key: 'events.error.coverAlt' };
  if (
    !parsed.success ||
    !organizers.ok ||
    !speakers.ok ||
    !programme.ok ||
    !cover.ok ||
    Object.keys(errors).length > 0
  ) {
    const pendingCover =
      cover.ok && cover.upload ? await storedImageChange(deps.files, cover) : undefined;
    return { ...invalid(errors), pendingCover: pendingCover ?? undefined };
  }
  return {
    ok: true,
    fields: {
      ...parsed.data,
      ...times,
      organizerIds: organizers.ids,
      speakers: speakers.speakers,
      programmeSlug: programme.slug,
      programmeTitle: programme.title,
    },
    sessions,
    cover: await storedImageChange(deps.files, cover),
  };
}
