// messageRegistrants: the organisers write to every live registrant of an event (confirmed,
// awaiting approval, offered a seat or waiting) or to one ticket type's. One mail per recipient
// through the outbox (durable delivery jobs), so nobody sees another's address, in the language
// each registered in (the English text when given, else the Vietnamese). Outcomes: sent (with how
// many) | the same form sent again (isReplay: the first message, nothing mailed twice) | INVALID.
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { FieldErrors } from '../../../platform/errors';
import type { Translate } from '../../../platform/i18n';
import { fieldErrors } from '../../../platform/input/validation';
import { LIVE_STATUSES } from '../../../platform/reservations';
import { findEventAttendees } from '../db/attendees.repository';
import type { EventRow } from '../db/events.repository';
import { findMessageByKey, insertMessage, type MessageRow } from '../db/messages.repository';
import { listTicketTypes } from '../db/registrations.repository';
import { queueAttendeeMail } from './attendee-mail';
import { getManagedEvent } from './event-access';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

const ZMessage = z.object({
  ticketTypeId: z.string(),
  subjectVi: z.string().trim().min(1).max(200),
  bodyVi: z.string().trim().min(1).max(5000),
  subjectEn: z.string().trim().max(200),
  bodyEn: z.string().trim().max(5000),
  key: z.string().min(8).max(100),
});
export type MessageInput = z.input<typeof ZMessage>;

export type MessageOutcome =
  | { ok: true; message: MessageRow; isReplay: boolean }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors };

function letterOf(message: MessageRow, locale: string) {
  const isEnglish = locale === 'en' && message.subjectEn !== '';
  return (t: Translate) => ({
    subject: isEnglish ? message.subjectEn : message.subjectVi,
    lead: [
      isEnglish && message.bodyEn ? message.bodyEn : message.bodyVi,
      '',
      t('events.messages.about'),
    ],
    template: 'events.message',
  });
}

async function send(
  deps: Deps,
  acting: AuditContext,
  event: EventRow,
  input: z.output<typeof ZMessage>,
) {
  return deps.database.db.transaction(async (tx) => {
    const live = await findEventAttendees(tx, event.id, LIVE_STATUSES);
    const to = live.filter(
      (a) => !input.ticketTypeId || a.registration.ticketTypeId === input.ticketTypeId,
    );
    const message = await insertMessage(tx, {
      eventId: event.id,
      ticketTypeId: input.ticketTypeId || null,
      subjectVi: input.subjectVi,
      bodyVi: input.bodyVi,
      subjectEn: input.subjectEn,
      bodyEn: input.bodyEn,
      idempotencyKey: input.key,
      recipients: to.length,
      sentBy: acting.actor.kind === 'user' ? acting.actor.user.id : null,
    });
    if (!message) return undefined;
    for (const attendee of to)
      await queueAttendeeMail(tx, deps, {
        event,
        attendee,
        letter: letterOf(message, attendee.registration.locale),
      });
    await recordAudit(tx, acting, {
      action: 'events.message.send',
      entityType: 'events.event',
      entityId: event.id,
      after: { messageId: message.id, recipients: to.length },
    });
    return message;
  });
}

export async function messageRegistrants(
  deps: Deps,
  acting: AuditContext,
  input: MessageInput & { eventId: string },
): Promise<MessageOutcome> {
  const db = deps.database.db;
  const event = await getManagedEvent(db, acting.actor, input.eventId);
  const parsed = ZMessage.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'INVALID', fields: fieldErrors(parsed.error) };
  const types = await listTicketTypes(db, event.id);
  if (parsed.data.ticketTypeId && !types.some((t) => t.id === parsed.data.ticketTypeId))
    return { ok: false, reason: 'INVALID', fields: { ticketTypeId: { key: 'validation.choice' } } };
  const earlier = await findMessageByKey(db, event.id, parsed.data.key);
  if (earlier) return { ok: true, message: earlier, isReplay: true };
  const message = await send(deps, acting, event, parsed.data);
  deps.jobs.wake();
  // Sent meanwhile by the same form (a second click that overtook the first).
  if (!message)
    return {
      ok: true,
      message: (await findMessageByKey(db, event.id, parsed.data.key))!,
      isReplay: true,
    };
  return { ok: true, message, isReplay: false };
}
