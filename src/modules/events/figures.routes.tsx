// Attendance figures: a period's (/admin/events/figures, staff) and one event's
// (/admin/events/:id/figures, staff and the members of its organisers), each with its XLSX.
// Registered before the back-office's /admin/events/:id, which "figures" is not. Never cached.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { contentDisposition } from '../../platform/http/download';
import { routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { DEFAULT_SIGNER_POSITION } from './services/attendance-documents';
import type { AttendanceBreakdown } from './services/attendance-breakdown';
import { findEventFigures, findPeriodFigures } from './services/figures.queries';
import { figuresBreakdownXlsx } from './services/figures-documents';
import {
  EventFiguresPage,
  PERIOD_FIGURES_PATH,
  PeriodFiguresPage,
  eventFiguresPath,
} from './ui/figures-page';

const MANAGE = policies.backOffice('events.event:manage');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ISSUER_FALLBACK = 'Ban tổ chức';

async function sendXlsx(
  c: Context<AppEnv>,
  file: {
    name: string;
    title: string;
    issuer: string;
    breakdown: AttendanceBreakdown;
    isPeriod: boolean;
  },
) {
  const ctx = c.get('ctx');
  const { actor } = ctx;
  const bytes = await figuresBreakdownXlsx({
    ...file,
    t: ctx.t,
    today: ctx.deps.clock(),
    signer: {
      name: (actor.kind === 'user' && actor.user.name.trim()) || '……………………',
      position: DEFAULT_SIGNER_POSITION,
    },
  });
  return c.body(new Uint8Array(bytes ?? []), 200, {
    'Content-Type': XLSX,
    'Content-Disposition': contentDisposition(`${file.name}.xlsx`),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}

function periodFigures(c: Context<AppEnv>) {
  const ctx = c.get('ctx');
  return findPeriodFigures(ctx.deps, ctx, { from: c.req.query('from'), to: c.req.query('to') });
}

export function registerFiguresRoutes(router: Router) {
  router.page('GET', PERIOD_FIGURES_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const found = await periodFigures(c);
    c.header('Cache-Control', 'private, no-store');
    if (found.ok) return c.html(<PeriodFiguresPage ctx={ctx} view={found} />);
    const view = {
      from: c.req.query('from') ?? '',
      to: c.req.query('to') ?? '',
      errors: { [found.field]: { key: 'events.figures.badDay' as const } },
    };
    return c.html(<PeriodFiguresPage ctx={ctx} view={view} />, 422);
  });
  router.page('GET', `${PERIOD_FIGURES_PATH}.xlsx`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const found = await periodFigures(c);
    if (!found.ok) return c.redirect(PERIOD_FIGURES_PATH, 303);
    return sendXlsx(c, {
      name: `so-lieu-su-kien-${found.from}-${found.to}`,
      title: ctx.t('events.figures.periodSummary', { from: found.from, to: found.to }),
      issuer: ISSUER_FALLBACK,
      breakdown: found.breakdown,
      isPeriod: true,
    });
  });
  router.page('GET', eventFiguresPath(':id'), policies.session, async (c) => {
    const ctx = c.get('ctx');
    const figures = await findEventFigures(ctx.deps, ctx, routeParam(c, 'id'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<EventFiguresPage ctx={ctx} figures={figures} />);
  });
  router.page('GET', `${eventFiguresPath(':id')}.xlsx`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const { event, breakdown } = await findEventFigures(ctx.deps, ctx, routeParam(c, 'id'));
    return sendXlsx(c, {
      name: `so-lieu-tham-du-${event.slug}`,
      title: ctx.t('events.figures.eventTitle', { title: event.titleVi }),
      issuer: ISSUER_FALLBACK,
      breakdown,
      isPeriod: false,
    });
  });
}
