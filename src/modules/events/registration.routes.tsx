// Registration on an event's page (a member in one step, a guest by a mailed link), the
// registrant's own page by their manage link, cancelling, and claiming a held seat. Each answer
// is a page; a refusal says why (closed since when, too late to cancel, hold passed on).
import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { policies } from '../../platform/authz';
import { typedFromBody } from '../programs';
import { AppError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { vnDeadline } from '../../platform/i18n';
import { formString } from '../../platform/input/form-values';
import { isSignedIn } from '../../platform/authz';
import { registrationState } from './domain/registration-window';
import { EVENTS_PATH } from './permissions';
import { cancelRegistration, claimSeat, type CancelResult } from './services/cancel-registration';
import { colleagueChoices } from './services/register-colleagues';
import { getEventPage } from './services/events.queries';
import {
  confirmGuest,
  registerGuest,
  registerMember,
  type RegisterResult,
} from './services/register';
import {
  memberSeat,
  registrationByConfirmToken,
  seatByManageToken,
  seatOfReservation,
  ticketAvailability,
} from './services/registration.queries';
import { claimPath, confirmPath, managePath } from './services/registration-mail';
import { EventPage } from './ui/event-page';
import { eventPath } from './ui/event-text';
import { RegistrationPanel, type PanelProps } from './ui/registration-panel';
import { ClaimStep, ConfirmStep, SeatPage } from './ui/registration-pages';

type Extra = Partial<Pick<PanelProps, 'errors' | 'values' | 'notice' | 'typed' | 'colleaguesForm'>>;

const REGISTERED = ['confirmed', 'pending', 'waitlisted', 'check-email'] as const;

/** What the page says after a registration or a cancellation redirected back to it. */
function doneNotice(c: Context<AppEnv>): PanelProps['notice'] {
  const { t } = c.get('ctx');
  const done = c.req.query('registered');
  const colleagues = Number(c.req.query('colleagues'));
  if (colleagues > 0)
    return { kind: 'success', text: t('events.colleagues.done', { count: colleagues }) };
  if (REGISTERED.some((r) => r === done))
    return {
      kind: 'success',
      text: t(`events.register.done.${done as (typeof REGISTERED)[number]}`),
    };
  return c.req.query('cancelled') === '1'
    ? { kind: 'success', text: t('events.seat.cancelDone') }
    : undefined;
}

/** An event's page with its registration part; `status` for a refused or invalid registration. */
export async function renderEventPage(
  c: Context<AppEnv>,
  slug: string,
  extra: Extra = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const details = await getEventPage(ctx.deps, ctx.actor, slug);
  const { event } = details;
  const [tickets, seat, colleagues] = await Promise.all([
    ticketAvailability(ctx.deps, event.id),
    memberSeat(ctx.deps, ctx.actor, event.id),
    colleagueChoices(ctx.deps, ctx.actor),
  ]);
  if (event.status === 'draft' || isSignedIn(ctx.actor))
    c.header('Cache-Control', 'private, no-store');
  const registration = (
    <RegistrationPanel
      ctx={ctx}
      event={event}
      tickets={tickets}
      state={registrationState(event, ctx.deps.clock())}
      seat={seat}
      colleagues={colleagues}
      idempotencyKey={randomUUID()}
      notice={doneNotice(c)}
      {...extra}
    />
  );
  return c.html(
    <EventPage
      ctx={ctx}
      details={details}
      origin={ctx.deps.config.publicUrl}
      registration={registration}
    />,
    status,
  );
}

function answerRegistration(
  c: Context<AppEnv>,
  slug: string,
  result: RegisterResult,
  given: Pick<PanelProps, 'values' | 'typed'>,
) {
  const { values, typed } = given;
  if (result.ok) {
    const done = result.reservation?.status ?? 'check-email';
    return c.redirect(`${EVENTS_PATH}/${slug}?registered=${done}#register`, 303);
  }
  if (result.reason === 'INVALID')
    return renderEventPage(c, slug, { errors: result.fields, values, typed }, 422);
  if (result.reason === 'ALREADY_REGISTERED')
    return renderEventPage(
      c,
      slug,
      { notice: { kind: 'error', text: c.get('ctx').t('events.register.already') }, values, typed },
      409,
    );
  // The page itself says since when registration is closed.
  return renderEventPage(c, slug, { values, typed }, 409);
}

function cancelNotice(c: Context<AppEnv>, result: CancelResult) {
  const { t, locale } = c.get('ctx');
  if (result.ok) return { kind: 'success' as const, text: t('events.seat.cancelDone') };
  if (result.reason === 'TOO_LATE')
    return {
      kind: 'error' as const,
      text: t('events.seat.noCancel', { at: vnDeadline(result.deadline, locale) }),
    };
  return { kind: 'error' as const, text: t('events.seat.cannotCancel') };
}

function registerOnEvent(router: Router) {
  router.page('POST', `${EVENTS_PATH}/:slug/register`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const common = {
      slug,
      ticketTypeId: formString(body, 'ticketTypeId'),
      idempotencyKey: formString(body, 'key'),
      locale: ctx.locale,
      posted: body,
    };
    const values = {
      name: formString(body, 'name'),
      email: formString(body, 'email'),
      ticketTypeId: common.ticketTypeId,
      gender: formString(body, 'gender'),
    };
    const result = isSignedIn(ctx.actor)
      ? await registerMember(ctx.deps, ctx, common)
      : await registerGuest(ctx.deps, ctx, { ...common, name: values.name, email: values.email });
    return answerRegistration(c, slug, result, { values, typed: typedFromBody(body) });
  });
  router.page('POST', `${EVENTS_PATH}/:slug/cancel`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const { event } = await getEventPage(ctx.deps, ctx.actor, slug);
    const seat = await memberSeat(ctx.deps, ctx.actor, event.id);
    if (!seat) return c.redirect(`${EVENTS_PATH}/${slug}`, 303);
    const result = await cancelRegistration(ctx.deps, ctx, { registration: seat.registration });
    if (result.ok) return c.redirect(`${EVENTS_PATH}/${slug}?cancelled=1#register`, 303);
    return renderEventPage(c, slug, { notice: cancelNotice(c, result) }, 409);
  });
}

function guestConfirmation(router: Router) {
  const confirm = `${EVENTS_PATH}/registrations/confirm/:token`;
  router.page('GET', confirm, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = routeParam(c, 'token');
    const { event } = await registrationByConfirmToken(ctx.deps, token);
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <ConfirmStep
        ctx={ctx}
        event={event}
        path={confirmPath(token)}
        title={ctx.t('events.confirm.title')}
        button={ctx.t('events.confirm.button')}
      />,
    );
  });
  router.page('POST', confirm, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = routeParam(c, 'token');
    const result = await confirmGuest(ctx.deps, ctx, { token });
    const { event, seat } = await registrationByConfirmToken(ctx.deps, token);
    const notice = result.ok
      ? { kind: 'success' as const, text: ctx.t('events.confirm.done') }
      : { kind: 'error' as const, text: refusalText(c, result) };
    return c.html(
      <SeatPage ctx={ctx} event={event} seat={seat} path={confirmPath(token)} notice={notice} />,
      result.ok ? 200 : 409,
    );
  });
}

function refusalText(c: Context<AppEnv>, result: Exclude<RegisterResult, { ok: true }>) {
  const { t, locale } = c.get('ctx');
  if (result.reason === 'ALREADY_REGISTERED') return t('events.register.already');
  if (result.reason === 'INVALID') return t('validation.invalid');
  const { reason, at } = result.state;
  if (reason === 'CLOSED' && at)
    return t('events.register.closedAt', { at: vnDeadline(at, locale) });
  if (reason === 'NOT_YET_OPEN' && at)
    return t('events.register.opensAt', { at: vnDeadline(at, locale) });
  return t(reason === 'OVER' ? 'events.register.over' : 'events.register.closed');
}

/** The registrant's page of the seat behind the mailed manage link, as it stands now. */
async function manageLinkPage(
  c: Context<AppEnv>,
  token: string,
  notice?: ReturnType<typeof cancelNotice>,
) {
  const ctx = c.get('ctx');
  const { event, seat } = await seatByManageToken(ctx.deps, token);
  return (
    <SeatPage
      ctx={ctx}
      event={event}
      seat={seat}
      path={managePath(token)}
      cancelAction={`${managePath(token)}/cancel`}
      notice={notice}
    />
  );
}

function registrantLinks(router: Router) {
  const manage = `${EVENTS_PATH}/registrations/:token`;
  router.page('GET', manage, policies.public, async (c) => {
    const page = await manageLinkPage(c, routeParam(c, 'token'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(page);
  });
  router.page('POST', `${manage}/cancel`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = routeParam(c, 'token');
    const { registration } = await seatByManageToken(ctx.deps, token);
    const result = await cancelRegistration(ctx.deps, ctx, { registration });
    const page = await manageLinkPage(c, token, cancelNotice(c, result));
    return c.html(page, result.ok ? 200 : 409);
  });
}

function claimLinks(router: Router) {
  const claim = `${EVENTS_PATH}/claim/:token`;
  router.page('GET', claim, policies.public, (c) => {
    const ctx = c.get('ctx');
    c.header('Cache-Control', 'private, no-store');
    return c.html(<ClaimStep ctx={ctx} path={claimPath(routeParam(c, 'token'))} />);
  });
  router.page('POST', claim, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const outcome = await claimSeat(ctx.deps, ctx, { token: routeParam(c, 'token') });
    if (!outcome.ok && outcome.reason === 'UNKNOWN_CLAIM') throw new AppError('NOT_FOUND');
    const { event, seat } = await seatOfReservation(ctx.deps, outcome.reservation.id);
    const notice = outcome.ok
      ? { kind: 'success' as const, text: ctx.t('events.claim.done') }
      : outcome.reason === 'HOLD_EXPIRED'
        ? {
            kind: 'error' as const,
            text: ctx.t('events.claim.expired', {
              at: vnDeadline(outcome.reservation.holdExpiresAt ?? ctx.deps.clock(), ctx.locale),
            }),
          }
        : { kind: 'error' as const, text: ctx.t('events.claim.gone') };
    return c.html(
      <SeatPage ctx={ctx} event={event} seat={seat} path={eventPath(event)} notice={notice} />,
      outcome.ok ? 200 : 409,
    );
  });
}

export function registerRegistrationRoutes(router: Router) {
  // Before the events' own pages: these addresses are not events' slugs.
  guestConfirmation(router);
  registrantLinks(router);
  claimLinks(router);
  registerOnEvent(router);
}
