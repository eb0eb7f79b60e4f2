// After the event: who gets the follow-up (the people checked in at the door when the door used
// the platform, else everyone who held a seat), what it says (thanks, the slides' link, their own
// feedback link open until the deadline), and staff setting the slides and the deadline.
// saveFollowUp outcomes: saved (audited) | CONFLICT (someone saved first) | INVALID | NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { linkSecret, signLink } from '../../../platform/authz/signed-links';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { vnDeadline, type Translate } from '../../../platform/i18n';
import { isUuid } from '../../../platform/input/uuid';
import { z } from 'zod';
import {
  findCheckedInRegistrationIds,
  findEventAttendees,
  type Attendee,
} from '../db/attendees.repository';
import { findEventById, type EventRow } from '../db/events.repository';
import {
  findFollowUp,
  insertFollowUp,
  listFeedbackComments,
  summariseFeedback,
  updateFollowUpAtVersion,
  type FollowUpRow,
} from '../db/follow-up.repository';
import { canManageEvents } from '../permissions';
import { eventText } from '../ui/event-text';
import type { AttendeeLetter } from './attendee-mail';
import { attendeeTranslator } from './attendee-mail';
import { accountOf } from './acting-account';

const DAY = 86_400_000;
/** Answers are open two weeks after the event unless staff set another deadline. */
export const FEEDBACK_DAYS = 14;

export const feedbackPath = (token: string) => `/events/feedback/${token}`;
/** The purpose of an attendee's feedback link (platform/authz/signed-links). */
export const FEEDBACK_LINK = 'events/feedback';

export interface FollowUpSettings {
  slidesUrl: string;
  feedbackClosesAt: Date;
  /** 0 before staff saved any. */
  version: number;
}

export async function followUpSettings(db: Db, event: EventRow): Promise<FollowUpSettings> {
  const row = await findFollowUp(db, event.id);
  return (
    row ?? {
      slidesUrl: '',
      feedbackClosesAt: new Date(event.endsAt.getTime() + FEEDBACK_DAYS * DAY),
      version: 0,
    }
  );
}

export async function followUpAttendees(tx: Db, event: EventRow): Promise<Attendee[]> {
  const seated = await findEventAttendees(tx, event.id, ['confirmed']);
  const present = await findCheckedInRegistrationIds(tx, event.id);
  return present.size ? seated.filter((a) => present.has(a.registration.id)) : seated;
}

/** The follow-up of one attendee, with their own feedback link. */
export async function followUpLetter(
  tx: Db,
  deps: Pick<AppDeps, 'config' | 'database' | 'clock'>,
  event: EventRow,
) {
  const settings = await followUpSettings(tx, event);
  const secret = linkSecret(deps.config);
  return (attendee: Attendee) =>
    (t: Translate): AttendeeLetter => {
      const { locale } = attendeeTranslator(attendee);
      const token = signLink(secret, FEEDBACK_LINK, attendee.registration.id);
      return {
        subject: t('events.mail.followUp.subject', { title: eventText(event, locale).title }),
        lead: [t('events.mail.followUp')],
        tail: [
          ...(settings.slidesUrl
            ? [t('events.mail.followUp.slides', { url: settings.slidesUrl })]
            : []),
          t('events.mail.followUp.feedback', {
            until: vnDeadline(settings.feedbackClosesAt, locale),
            url: `${deps.config.publicUrl}${feedbackPath(token)}`,
          }),
        ],
        template: 'events.follow-up',
      };
    };
}

const COMMENTS_SHOWN = 200;

/** The staff's follow-up page: the settings and the answers so far (comments without names). */
export async function followUpReport(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  eventId: string,
) {
  if (!canManageEvents(acting.actor) || !isUuid(eventId)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const event = await findEventById(db, eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const [settings, summary, comments] = await Promise.all([
    followUpSettings(db, event),
    summariseFeedback(db, event.id),
    listFeedbackComments(db, event.id, COMMENTS_SHOWN),
  ]);
  return { event, settings, summary, comments };
}

const ZFollowUp = z.object({
  slidesUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]),
  feedbackClosesAt: z.date(),
});

export type SaveFollowUpResult =
  { ok: true; followUp: FollowUpRow } | { ok: false; reason: 'CONFLICT' } | Invalid;

export async function saveFollowUp(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { eventId: string; version: number; slidesUrl: string; feedbackClosesAt?: Date },
): Promise<SaveFollowUpResult> {
  if (!canManageEvents(acting.actor) || !isUuid(input.eventId)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const event = await findEventById(db, input.eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const parsed = ZFollowUp.safeParse(input);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    return invalid({
      ...(fields.has('slidesUrl') && { slidesUrl: { key: 'events.followUp.error.slidesUrl' } }),
      ...(fields.has('feedbackClosesAt') && {
        feedbackClosesAt: { key: 'events.followUp.error.closesAt' },
      }),
    });
  }
  if (parsed.data.feedbackClosesAt < event.endsAt)
    return invalid({ feedbackClosesAt: { key: 'events.followUp.error.closesBeforeEnd' } });
  const now = deps.clock();
  const by = accountOf(acting);
  return db.transaction(async (tx) => {
    const saved =
      input.version === 0
        ? await insertFollowUp(tx, {
            eventId: event.id,
            ...parsed.data,
            updatedBy: by,
            updatedAt: now,
          })
        : await updateFollowUpAtVersion(tx, event.id, input.version, parsed.data, { by, now });
    if (!saved) return { ok: false, reason: 'CONFLICT' } as const;
    await recordAudit(tx, acting, {
      action: 'events.event:follow-up',
      entityType: 'events_event',
      entityId: event.id,
      after: { slidesUrl: saved.slidesUrl, feedbackClosesAt: saved.feedbackClosesAt.toISOString() },
    });
    return { ok: true, followUp: saved } as const;
  });
}
