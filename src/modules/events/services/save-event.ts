// createEvent outcomes: created (a draft with its agenda, audited) | INVALID (field messages; a
// valid cover comes back pending) | slug taken (INVALID on slug).
// updateEvent outcomes: updated (agenda replaced, audited) | CONFLICT (someone saved first:
// nothing overwritten, the current row returned) | INVALID | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid } from '../../../platform/errors';
import { ZSlug } from '../../../platform/input/text-fields';
import { isUuid } from '../../../platform/input/uuid';
import { slugify } from '../../../platform/text/vietnamese';
import {
  findEventById,
  insertEvent,
  replaceSessions,
  updateEventAtVersion,
  type EventRow,
} from '../db/events.repository';
import { canManageEvents } from '../permissions';
import { accountOf } from './acting-account';
import { tellAttendees } from './attendee-updates';
import { checkEventInput, type EventInput, type EventInvalid } from './event-input';

type Deps = Pick<AppDeps, 'database' | 'files' | 'clock'>;
/** A change of an existing event also mails its registrants and moves its reminders. */
type UpdateDeps = Deps & Pick<AppDeps, 'mail' | 'config' | 'jobs'>;

export type CreateEventResult = { ok: true; event: EventRow } | EventInvalid;
export type UpdateEventResult =
  | { ok: true; event: EventRow }
  | { ok: false; reason: 'CONFLICT'; current: EventRow }
  | EventInvalid;

/** Addresses under /events that are pages of their own, never an event's slug. */
const RESERVED_SLUGS = new Set([
  'calendar',
  'calendar.ics',
  'claim',
  'registrations',
  'new',
  'feedback',
  'my',
  'my-calendar',
]);

export async function auditEvent(
  tx: Db,
  acting: AuditContext,
  action: string,
  after: EventRow,
  before?: EventRow,
) {
  await recordAudit(tx, acting, {
    action: `events.event:${action}`,
    entityType: 'events_event',
    entityId: after.id,
    before: before && { status: before.status, version: before.version, title: before.titleVi },
    after: { status: after.status, version: after.version, title: after.titleVi },
  });
}

function slugOf(typed: string | undefined, title: string) {
  const slug = typed ? ZSlug.safeParse(typed) : { success: true as const, data: slugify(title) };
  return slug.success && !RESERVED_SLUGS.has(slug.data) ? slug.data : undefined;
}

export async function createEvent(
  deps: Deps,
  acting: AuditContext,
  input: EventInput & { slug?: string },
): Promise<CreateEventResult> {
  if (!canManageEvents(acting.actor)) throw new AppError('NOT_FOUND');
  const checked = await checkEventInput(deps, acting, input, null);
  if (!checked.ok) return checked;
  const slug = slugOf(input.slug, checked.fields.titleVi);
  if (!slug) return invalid({ slug: { key: 'validation.slug' } });
  const now = deps.clock();
  const by = accountOf(acting);
  try {
    const event = await deps.database.db.transaction(async (tx) => {
      const created = await insertEvent(tx, {
        ...checked.fields,
        startsAt: checked.fields.startsAt!,
        endsAt: checked.fields.endsAt!,
        coverKey: checked.cover ?? null,
        slug,
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
      await replaceSessions(tx, created.id, checked.sessions);
      await auditEvent(tx, acting, 'create', created);
      return created;
    });
    return { ok: true, event };
  } catch (err) {
    if (violatedUnique(err)) return invalid({ slug: { key: 'events.error.slugTaken' } });
    throw err;
  }
}

export async function updateEvent(
  deps: UpdateDeps,
  acting: AuditContext,
  input: EventInput & { id: string; version: number },
): Promise<UpdateEventResult> {
  const db = deps.database.db;
  if (!canManageEvents(acting.actor) || !isUuid(input.id)) throw new AppError('NOT_FOUND');
  const before = await findEventById(db, input.id);
  if (!before) throw new AppError('NOT_FOUND');
  const checked = await checkEventInput(deps, acting, input, before.coverKey);
  if (!checked.ok) return checked;
  const result = await db.transaction(async (tx) => {
    const after = await updateEventAtVersion(
      tx,
      input.id,
      input.version,
      {
        ...checked.fields,
        startsAt: checked.fields.startsAt!,
        endsAt: checked.fields.endsAt!,
        ...(checked.cover === undefined ? {} : { coverKey: checked.cover }),
      },
      { by: accountOf(acting), now: deps.clock() },
    );
    if (!after) {
      const current = await findEventById(tx, input.id);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await replaceSessions(tx, after.id, checked.sessions);
    await auditEvent(tx, acting, 'edit', after, before);
    await tellAttendees(tx, deps, { before, after });
    return { ok: true, event: after } as const;
  });
  deps.jobs.wake();
  return result;
}
