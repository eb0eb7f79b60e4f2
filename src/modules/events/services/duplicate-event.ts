// duplicateEvent: a new draft copied from an event (texts, place, agenda, organisers; never its
// registrations), at the same times, for staff to move. createNextOccurrences: the next months
// of a monthly series ("cà phê công nghệ"), drafts following the series' latest occurrence; the
// event becomes a series of its own first when it is not part of one. Both audited, one
// transaction each.
import type { AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { slugify } from '../../../platform/text/vietnamese';
import { vnDay } from '../../../platform/i18n/vn-time';
import {
  findEventById,
  insertEvent,
  insertSeries,
  lastOfSeries,
  listSessions,
  replaceSessions,
  slugTaken,
  updateEventAtVersion,
  type EventRow,
} from '../db/events.repository';
import { nextMonthlyOccurrence } from '../domain/event';
import { canManageEvents } from '../permissions';
import { accountOf } from './acting-account';
import { auditEvent } from './save-event';

export const MAX_OCCURRENCES = 12;

async function freeSlug(db: Db, base: string): Promise<string> {
  for (let n = 2; ; n++) {
    const slug = `${base.slice(0, 72)}-${n}`;
    if (!(await slugTaken(db, slug))) return slug;
  }
}

/** A draft copy of `source` moved by `shift` milliseconds (its agenda with it). */
async function copyEvent(
  tx: Db,
  acting: AuditContext,
  source: EventRow,
  opts: { shift: number; slug: string; now: Date },
): Promise<EventRow> {
  const move = (d: Date | null) => (d ? new Date(d.getTime() + opts.shift) : null);
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, publishedAt: _p, ...rest } = source;
  const by = accountOf(acting);
  const copy = await insertEvent(tx, {
    ...rest,
    slug: opts.slug,
    status: 'draft',
    isRegistrationClosed: false,
    reportedParticipants: null,
    reportedStartups: null,
    startsAt: move(source.startsAt)!,
    endsAt: move(source.endsAt)!,
    registrationOpensAt: move(source.registrationOpensAt),
    registrationClosesAt: move(source.registrationClosesAt),
    cancelUntil: move(source.cancelUntil),
    createdAt: opts.now,
    updatedAt: opts.now,
    createdBy: by,
    updatedBy: by,
  });
  const sessions = await listSessions(tx, source.id);
  await replaceSessions(
    tx,
    copy.id,
    sessions.map((s) => ({
      startsAt: move(s.startsAt)!,
      endsAt: move(s.endsAt)!,
      track: s.track,
      title: s.title,
      speakers: s.speakers,
    })),
  );
  await auditEvent(tx, acting, 'duplicate', copy);
  return copy;
}

async function sourceOf(deps: Pick<AppDeps, 'database'>, acting: AuditContext, id: string) {
  if (!canManageEvents(acting.actor) || !isUuid(id)) throw new AppError('NOT_FOUND');
  const source = await findEventById(deps.database.db, id);
  if (!source) throw new AppError('NOT_FOUND');
  return source;
}

export async function duplicateEvent(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { id: string },
): Promise<EventRow> {
  const source = await sourceOf(deps, acting, input.id);
  return deps.database.db.transaction(async (tx) =>
    copyEvent(tx, acting, source, {
      shift: 0,
      slug: await freeSlug(tx, source.slug),
      now: deps.clock(),
    }),
  );
}

export async function createNextOccurrences(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { id: string; count: number },
): Promise<EventRow[]> {
  const source = await sourceOf(deps, acting, input.id);
  const count = Math.min(Math.max(1, Math.trunc(input.count) || 1), MAX_OCCURRENCES);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    let seriesId = source.seriesId;
    if (!seriesId) {
      seriesId = (await insertSeries(tx, { titleVi: source.titleVi, createdBy: accountOf(acting) }))
        .id;
      await updateEventAtVersion(tx, source.id, source.version, { seriesId }, { now });
    }
    let last = (await lastOfSeries(tx, seriesId)) ?? source;
    const created: EventRow[] = [];
    for (let i = 0; i < count; i++) {
      const startsAt = nextMonthlyOccurrence(last.startsAt);
      const base = slugify(`${source.titleVi} ${vnDay(startsAt)}`);
      const slug = (await slugTaken(tx, base)) ? await freeSlug(tx, base) : base;
      last = await copyEvent(
        tx,
        acting,
        { ...last, seriesId },
        {
          shift: startsAt.getTime() - last.startsAt.getTime(),
          slug,
          now,
        },
      );
      created.push(last);
    }
    return created;
  });
}
