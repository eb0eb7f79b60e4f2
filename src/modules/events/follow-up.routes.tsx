// After the event and around it: the attendee's feedback page by their mailed link, the staff's
// follow-up page (slides, deadline, averages), a member's private calendar address and the feed
// behind it, which calendar programs read without a session.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import { CALENDAR_CONTENT_TYPE } from '../../platform/calendar/ical';
import { AppError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { vnDeadline } from '../../platform/i18n';
import { formString, parseDateTime } from '../../platform/input/form-values';
import { EVENTS_PATH } from './permissions';
import {
  FEED_PREFIX,
  myCalendarFeed,
  personalFeed,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from './services/calendar-feed';
import { giveFeedback, openFeedback } from './services/feedback';
import { feedbackPath, followUpReport, saveFollowUp } from './services/follow-up';
import {
  CALENDAR_FEED_PAGE,
  CalendarFeedPage,
  FeedbackPage,
  FollowUpStaffPage,
  followUpPath,
} from './ui/follow-up-pages';

const MANAGE = policies.backOffice('events.event:manage');

function feedbackRoutes(router: Router) {
  const path = `${EVENTS_PATH}/feedback/:token`;
  router.page('GET', path, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = routeParam(c, 'token');
    const form = await openFeedback(ctx.deps, { token });
    c.header('Cache-Control', 'private, no-store');
    return c.html(<FeedbackPage ctx={ctx} form={form} path={feedbackPath(token)} />);
  });
  router.page('POST', path, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { t, locale } = ctx;
    const token = routeParam(c, 'token');
    const body = await readBody(c);
    const values = { rating: formString(body, 'rating'), comment: formString(body, 'comment') };
    const version = Number(formString(body, 'version'));
    const result = await giveFeedback(ctx.deps, {
      token,
      ...values,
      version: Number.isInteger(version) && version >= 0 ? version : -1,
    });
    c.header('Cache-Control', 'private, no-store');
    const page = (extra: Partial<Parameters<typeof FeedbackPage>[0]>, status: 200 | 409 | 422) =>
      c.html(
        <FeedbackPage ctx={ctx} form={result.form} path={feedbackPath(token)} {...extra} />,
        status,
      );
    const until = vnDeadline(result.form.settings.feedbackClosesAt, locale);
    if (result.ok)
      return page(
        { notice: { kind: 'success', text: t('events.feedback.saved', { until }) } },
        200,
      );
    if (result.reason === 'INVALID') return page({ errors: result.fields, values }, 422);
    if (result.reason === 'CONFLICT')
      return page({ notice: { kind: 'error', text: t('events.feedback.conflict') } }, 409);
    return page({}, 409);
  });
}

async function renderFollowUp(
  c: Context<AppEnv>,
  extra: Partial<Parameters<typeof FollowUpStaffPage>[0]> = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const report = await followUpReport(ctx.deps, ctx, routeParam(c, 'id'));
  c.header('Cache-Control', 'private, no-store');
  return c.html(<FollowUpStaffPage ctx={ctx} {...report} {...extra} />, status);
}

function staffRoutes(router: Router) {
  const path = followUpPath(':id');
  router.page('GET', path, MANAGE, (c) =>
    renderFollowUp(c, {
      notice:
        c.req.query('saved') === '1'
          ? { kind: 'success', text: c.get('ctx').t('events.followUp.saved') }
          : undefined,
    }),
  );
  router.page('POST', path, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const values = {
      slidesUrl: formString(body, 'slidesUrl').trim(),
      feedbackClosesAt: formString(body, 'feedbackClosesAt'),
    };
    const closesAt = parseDateTime(values.feedbackClosesAt);
    const version = Number(formString(body, 'version'));
    const result = await saveFollowUp(ctx.deps, ctx, {
      eventId: id,
      version: Number.isInteger(version) && version >= 0 ? version : -1,
      slidesUrl: values.slidesUrl,
      feedbackClosesAt: closesAt instanceof Date ? closesAt : undefined,
    });
    if (result.ok) return c.redirect(`${followUpPath(id)}?saved=1`, 303);
    if (result.reason === 'INVALID')
      return renderFollowUp(c, { errors: result.fields, values }, 422);
    return renderFollowUp(
      c,
      { notice: { kind: 'error', text: ctx.t('events.followUp.conflict') } },
      409,
    );
  });
}

const FEED_DONE = ['created', 'rotated', 'revoked'] as const;

function feedRoutes(router: Router) {
  router.page('GET', CALENDAR_FEED_PAGE, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const done = FEED_DONE.find((d) => d === c.req.query('done'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <CalendarFeedPage
        ctx={ctx}
        feedUrl={await myCalendarFeed(ctx.deps, ctx)}
        notice={done && { kind: 'success', text: ctx.t(`events.feed.${done}`) }}
      />,
    );
  });
  router.page('POST', `${CALENDAR_FEED_PAGE}/rotate`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const had = await myCalendarFeed(ctx.deps, ctx);
    await rotateCalendarFeed(ctx.deps, ctx);
    return c.redirect(`${CALENDAR_FEED_PAGE}?done=${had ? 'rotated' : 'created'}`, 303);
  });
  router.page('POST', `${CALENDAR_FEED_PAGE}/revoke`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    await revokeCalendarFeed(ctx.deps, ctx);
    return c.redirect(`${CALENDAR_FEED_PAGE}?done=revoked`, 303);
  });
  router.on(
    { method: 'GET', path: `${FEED_PREFIX}:file`, policy: policies.public, kind: 'system' },
    async (c) => {
      const ctx = c.get('ctx');
      const file = routeParam(c, 'file');
      if (!file.endsWith('.ics')) throw new AppError('NOT_FOUND');
      const ics = await personalFeed(ctx.deps, { token: file.slice(0, -'.ics'.length) });
      return c.body(ics, 200, {
        'Content-Type': CALENDAR_CONTENT_TYPE('PUBLISH'),
        // The address is the secret: no shared cache keeps it, no referrer carries it.
        'Cache-Control': 'private, no-store',
        'Referrer-Policy': 'no-referrer',
      });
    },
  );
}

export function registerFollowUpRoutes(router: Router) {
  feedbackRoutes(router);
  staffRoutes(router);
  feedRoutes(router);
}
