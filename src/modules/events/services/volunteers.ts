// grantVolunteer: staff name an account (by its e-mail) a check-in volunteer of one event; it is
// mailed the door's address. Outcomes: GRANTED (with the name) | NO_ACCOUNT | ALREADY (the grant
// stands; nothing is mailed again). revokeVolunteer: REVOKED | NOT_VOLUNTEER. Both audited; an
// unknown event, or an actor who is not staff, is NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { translator, type Locale } from '../../../platform/i18n';
import { isUuid } from '../../../platform/input/uuid';
import { accountContact, accountContactByEmail } from '../../identity';
import { deleteVolunteer, insertVolunteer, listVolunteers } from '../db/door.repository';
import { findEventById, type EventRow } from '../db/events.repository';
import { canManageEvents } from '../permissions';
import { checkInPath } from '../ui/door-text';
import { eventText } from '../ui/event-text';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs'>;

export type GrantOutcome =
  { ok: true; name: string } | { ok: false; reason: 'NO_ACCOUNT' | 'ALREADY' };

export type RevokeOutcome = { ok: true; name: string } | { ok: false; reason: 'NOT_VOLUNTEER' };

async function staffEvent(deps: Pick<AppDeps, 'database'>, acting: AuditContext, id: string) {
  if (!canManageEvents(acting.actor) || !isUuid(id)) throw new AppError('NOT_FOUND');
  const event = await findEventById(deps.database.db, id);
  if (!event) throw new AppError('NOT_FOUND');
  return event;
}

function volunteerMail(deps: Deps, event: EventRow, locale: Locale) {
  const t = translator(locale);
  const title = eventText(event, locale).title;
  return {
    subject: t('events.door.volunteers.mail.subject', { title }),
    text: [
      t('events.door.volunteers.mail', { title }),
      `${deps.config.publicUrl}${checkInPath(event)}`,
    ].join('\n'),
    template: 'events.door.volunteer',
  };
}

export async function grantVolunteer(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; email: string },
): Promise<GrantOutcome> {
  const event = await staffEvent(deps, acting, input.eventId);
  const account = await accountContactByEmail(deps.database.db, input.email.slice(0, 254));
  if (!account) return { ok: false, reason: 'NO_ACCOUNT' };
  const by = acting.actor.kind === 'user' ? acting.actor.user.id : null;
  const granted = await deps.database.db.transaction(async (tx) => {
    const row = await insertVolunteer(tx, {
      eventId: event.id,
      accountId: account.id,
      grantedById: by,
      createdAt: deps.clock(),
    });
    if (!row) return false;
    await recordAudit(tx, acting, {
      action: 'events.volunteer.grant',
      entityType: 'events.event',
      entityId: event.id,
      after: { accountId: account.id },
    });
    await deps.mail.queue(tx, { to: account.email, ...volunteerMail(deps, event, account.locale) });
    return true;
  });
  if (!granted) return { ok: false, reason: 'ALREADY' };
  deps.jobs.wake();
  return { ok: true, name: account.name };
}

export async function revokeVolunteer(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; accountId: string },
): Promise<RevokeOutcome> {
  const event = await staffEvent(deps, acting, input.eventId);
  const db = deps.database.db;
  const revoked = await db.transaction(async (tx) => {
    const row = await deleteVolunteer(tx, event.id, input.accountId);
    if (!row) return false;
    await recordAudit(tx, acting, {
      action: 'events.volunteer.revoke',
      entityType: 'events.event',
      entityId: event.id,
      before: { accountId: input.accountId },
    });
    return true;
  });
  if (!revoked) return { ok: false, reason: 'NOT_VOLUNTEER' };
  const account = await accountContact(db, input.accountId);
  return { ok: true, name: account?.name ?? '' };
}

/** An event's volunteers with their names and e-mails, for staff. */
export async function eventVolunteers(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string },
) {
  const event = await staffEvent(deps, acting, input.eventId);
  const db = deps.database.db;
  const rows = await listVolunteers(db, event.id);
  const people = await Promise.all(
    rows.map(async (row) => ({ row, account: await accountContact(db, row.accountId) })),
  );
  return { event, volunteers: people };
}
