// The door: /admin/events/:id/check-in, by typed code or by name.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString } from '../../platform/input/form-values';
import type { CheckInOutcome } from '../../platform/reservations';
import type { PageNotice } from '../../platform/ui/notice';
import { STAFF_PATH } from './permissions';
import { checkInAttendee, findAttendees } from './services/check-in';
import { CheckInPage, hm } from './ui/check-in-page';

const MANAGE = policies.backOffice('events.event:manage');

function outcomeNotice(c: Context<AppEnv>, outcome: CheckInOutcome): PageNotice {
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
  return { kind: 'error', text: t(`events.checkIn.refused.${outcome.reason}`) };
}

async function showDoor(
  c: Context<AppEnv>,
  q: string,
  notice?: PageNotice,
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const { event, found } = await findAttendees(ctx.deps, ctx, { eventId: routeParam(c, 'id'), q });
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <CheckInPage ctx={ctx} event={event} q={q} found={found} notice={notice} />,
    status,
  );
}

export function registerCheckInRoutes(router: Router) {
  const path = `${STAFF_PATH}/:id/check-in`;
  router.page('GET', path, MANAGE, (c) => showDoor(c, c.req.query('q') ?? ''));
  router.page('POST', path, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const outcome = await checkInAttendee(ctx.deps, ctx, {
      eventId: routeParam(c, 'id'),
      code: formString(body, 'code') || undefined,
      reservationId: formString(body, 'reservationId') || undefined,
    });
    const status = outcome.ok ? 200 : outcome.reason === 'ALREADY_CHECKED_IN' ? 409 : 422;
    return showDoor(c, formString(body, 'q'), outcomeNotice(c, outcome), status);
  });
}
