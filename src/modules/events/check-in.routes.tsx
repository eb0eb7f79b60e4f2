// The door: /admin/events/:id/check-in — by typed or scanned code or by name, at the entrance or
// to one session — and its walk-ins, for staff and the event's check-in volunteers (404 to others).
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString } from '../../platform/input/form-values';
import type { PageNotice } from '../../platform/ui/notice';
import { DOOR_POLICY } from './permissions';
import { checkInAttendee, findAttendees, type DoorCheckInOutcome } from './services/check-in';
import { countDoorParts, doorParts } from './services/door-sessions';
import { ticketAvailability } from './services/registration.queries';
import { admitAtDoor, type WalkInResult } from './services/walk-in';
import { CheckInPage } from './ui/check-in-page';
import { ScanAnswerPage } from './ui/scan-answer-page';
import { checkInPath, hm, walkInPath } from './ui/door-text';
import type { WalkInState } from './ui/walk-in-form';

type Status = 200 | 409 | 422;

function outcomeNotice(c: Context<AppEnv>, outcome: DoorCheckInOutcome): PageNotice {
  const { t } = c.get('ctx');
  if (outcome.ok)
    return {
      kind: 'success',
      text: t('events.checkIn.done', { name: outcome.reservation.guestName ?? '' }),
    };
  if (outcome.reason === 'ALREADY_CHECKED_IN')
    return {
      kind: 'error',
      text: t('events.checkIn.twice', {
        name: outcome.reservation.guestName ?? '',
        at: hm(outcome.checkIn.checkedInAt),
        by: outcome.checkIn.checkedInByLabel,
      }),
    };
  if (outcome.reason === 'UNKNOWN_SESSION')
    return { kind: 'error', text: t('events.door.session.unknown') };
  return { kind: 'error', text: t(`events.checkIn.refused.${outcome.reason}`) };
}

interface DoorRender {
  q: string;
  part: string;
  notice?: PageNotice;
  status?: Status;
  errors?: FieldErrors;
  walkIn?: WalkInState['values'];
}

async function showDoor(c: Context<AppEnv>, r: DoorRender) {
  const ctx = c.get('ctx');
  const eventId = routeParam(c, 'id');
  const searched = await findAttendees(ctx.deps, ctx, { eventId, q: r.q });
  const parts = await doorParts(ctx.deps, eventId);
  const part = parts.some((p) => p.key === r.part) ? r.part : '';
  const view = {
    door: { event: searched.event, ticketTypes: searched.ticketTypes, isStaff: searched.isStaff },
    q: searched.q,
    found: searched.found,
    parts,
    part,
    counts: await countDoorParts(ctx.deps, eventId, parts),
    tickets: await ticketAvailability(ctx.deps, eventId),
    walkIn: { key: randomUUID(), values: r.walkIn ?? { name: '', email: '', ticketTypeId: '' } },
  };
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <CheckInPage ctx={ctx} view={view} notice={r.notice} errors={r.errors} />,
    r.status ?? 200,
  );
}

function walkInAnswer(c: Context<AppEnv>, result: WalkInResult): Omit<DoorRender, 'q' | 'part'> {
  const { t, locale } = c.get('ctx');
  if (result.ok)
    return {
      notice: { kind: 'success', text: t('events.door.walkIn.done', { name: result.name }) },
    };
  if (result.reason === 'INVALID') return { status: 422, errors: result.fields };
  if (result.reason === 'FULL') {
    const { nameVi, nameEn } = result.ticketType;
    const name = (locale === 'en' && nameEn) || nameVi;
    return { status: 409, notice: { kind: 'error', text: t('events.door.walkIn.full', { name }) } };
  }
  const text =
    result.reason === 'ALREADY'
      ? t('events.door.walkIn.already')
      : t('events.door.session.unknown');
  return { status: result.reason === 'ALREADY' ? 409 : 422, notice: { kind: 'error', text } };
}

export function registerCheckInRoutes(router: Router) {
  const path = checkInPath({ id: ':id' });
  router.page('GET', path, DOOR_POLICY, (c) =>
    showDoor(c, { q: c.req.query('q') ?? '', part: c.req.query('session') ?? '' }),
  );
  router.page('POST', path, DOOR_POLICY, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const part = formString(body, 'session');
    const code = formString(body, 'code') || undefined;
    const answer = await checkInAttendee(ctx.deps, ctx, {
      eventId: routeParam(c, 'id'),
      code,
      reservationId: formString(body, 'reservationId') || undefined,
      sessionKey: part,
    });
    const { outcome } = answer;
    const status = outcome.ok ? 200 : outcome.reason === 'ALREADY_CHECKED_IN' ? 409 : 422;
    const notice = outcomeNotice(c, outcome);
    // A person picked from the name search, or a part no longer in the agenda, gets the whole
    // page back; a code gets the short answer, ready for the next.
    if (!code || (!outcome.ok && outcome.reason === 'UNKNOWN_SESSION'))
      return showDoor(c, { q: formString(body, 'q'), part, notice, status });
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <ScanAnswerPage
        ctx={ctx}
        door={answer.door}
        part={answer.part}
        notice={notice}
        ticketType={answer.ticketType}
      />,
      status,
    );
  });
  router.page('POST', walkInPath({ id: ':id' }), DOOR_POLICY, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const part = formString(body, 'session');
    const values = {
      name: formString(body, 'name'),
      email: formString(body, 'email'),
      ticketTypeId: formString(body, 'ticketTypeId'),
    };
    const result = await admitAtDoor(ctx.deps, ctx, {
      eventId: routeParam(c, 'id'),
      ...values,
      key: formString(body, 'key'),
      sessionKey: part,
    });
    const answer = walkInAnswer(c, result);
    // A refused walk-in keeps what was typed; an admitted one empties the form for the next.
    return showDoor(c, { q: '', part, ...answer, walkIn: result.ok ? undefined : values });
  });
}
