// The follow-up's survey, reached by the attendee's own link (no account needed): a rating from 1
// to 5 and a comment, one answer per registration, changed as often as they like until the
// deadline. giveFeedback outcomes: saved | CLOSED (past the deadline: nothing written) | CONFLICT
// (the answer changed since the page was shown, e.g. in another tab: the current one returned) |
// INVALID (the rating, the comment's length). A link that is not one we gave is NOT_FOUND.
import { linkSecret, readSignedLink } from '../../../platform/authz/signed-links';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { z } from 'zod';
import { findEventById, type EventRow } from '../db/events.repository';
import {
  findFeedback,
  insertFeedback,
  updateFeedbackAtVersion,
  type FeedbackRow,
} from '../db/follow-up.repository';
import { findRegistrationBy, type RegistrationRow } from '../db/registrations.repository';
import { FEEDBACK_LINK, followUpSettings, type FollowUpSettings } from './follow-up';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

export const COMMENT_MAX = 2000;

export interface FeedbackForm {
  event: EventRow;
  registration: RegistrationRow;
  settings: FollowUpSettings;
  answer?: FeedbackRow;
  isOpen: boolean;
}

export async function openFeedback(deps: Deps, input: { token: string }): Promise<FeedbackForm> {
  const db = deps.database.db;
  const id = readSignedLink(linkSecret(deps.config), FEEDBACK_LINK, input.token);
  const registration = id ? await findRegistrationBy(db, 'id', id) : undefined;
  const event = registration ? await findEventById(db, registration.eventId) : undefined;
  if (!registration || !event) throw new AppError('NOT_FOUND');
  const settings = await followUpSettings(db, event);
  return {
    event,
    registration,
    settings,
    answer: await findFeedback(db, registration.id),
    isOpen: deps.clock() < settings.feedbackClosesAt,
  };
}

const ZAnswer = z.object({
  rating: z.coerce.number().int().min(1).max(5),
  comment: z.string().trim().max(COMMENT_MAX),
});

export type GiveFeedbackResult =
  | { ok: true; answer: FeedbackRow; form: FeedbackForm }
  | { ok: false; reason: 'CLOSED'; form: FeedbackForm }
  | { ok: false; reason: 'CONFLICT'; form: FeedbackForm }
  | (Invalid & { form: FeedbackForm });

export async function giveFeedback(
  deps: Deps,
  input: { token: string; rating: string; comment: string; version: number },
): Promise<GiveFeedbackResult> {
  const form = await openFeedback(deps, input);
  if (!form.isOpen) return { ok: false, reason: 'CLOSED', form };
  const parsed = ZAnswer.safeParse(input);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    return {
      ...invalid({
        ...(fields.has('rating') && { rating: { key: 'events.feedback.error.rating' } }),
        ...(fields.has('comment') && {
          comment: { key: 'validation.tooLong', params: { max: COMMENT_MAX } },
        }),
      }),
      form,
    };
  }
  const db = deps.database.db;
  const now = deps.clock();
  const { registration, event } = form;
  const answer =
    input.version === 0
      ? await insertFeedback(db, {
          registrationId: registration.id,
          eventId: event.id,
          ...parsed.data,
          createdAt: now,
          updatedAt: now,
        })
      : await updateFeedbackAtVersion(db, registration.id, input.version, parsed.data, now);
  if (!answer) return { ok: false, reason: 'CONFLICT', form: await openFeedback(deps, input) };
  return { ok: true, answer, form: { ...form, answer } };
}
