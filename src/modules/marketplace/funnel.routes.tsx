// The funnel: the brokers' page and its XLSX (404 to others), and the public "exchange in
// numbers". A period is a Vietnam year or one of its quarters; a query out of range answers 422.
import type { Context } from 'hono';
import { z } from 'zod';
import { isSignedIn, policies } from '../../platform/authz';
import { DOCUMENT_TYPES } from '../../platform/files';
import type { AppEnv } from '../../platform/http/context';
import { contentDisposition } from '../../platform/http/download';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { FUNNEL_DIMENSIONS } from './domain/funnel';
import { exchangeFunnel } from './services/funnel.queries';
import { FIRST_YEAR, funnelPeriod, funnelXlsx, funnelYears } from './services/funnel-export';
import { FunnelPage, groupName, NumbersPage, type FunnelQuery } from './ui/funnel-pages';
import { FUNNEL_PATH, NUMBERS_PATH } from './ui/paths';

const BROKER = policies.backOffice('marketplace.introduction:broker');

function readQuery(c: Context<AppEnv>): FunnelQuery & { years: number[] } {
  const years = funnelYears(c.get('ctx').deps.clock());
  const parsed = z
    .object({
      year: z.coerce.number().int().min(FIRST_YEAR).max(years[0]!).default(years[0]!),
      quarter: z.union([z.literal(''), z.coerce.number().int().min(1).max(4)]).optional(),
      by: z.enum(FUNNEL_DIMENSIONS).default('sector'),
    })
    .safeParse(c.req.query());
  if (!parsed.success) throw new AppError('INVALID');
  const { year, quarter, by } = parsed.data;
  return { year, quarter: quarter || undefined, by, years };
}

async function funnelOf(c: Context<AppEnv>, query: FunnelQuery) {
  const ctx = c.get('ctx');
  return exchangeFunnel(ctx.deps, { ...funnelPeriod(query.year, query.quarter), by: query.by });
}

export function registerFunnelRoutes(router: Router) {
  router.page('GET', FUNNEL_PATH, BROKER, async (c) => {
    const ctx = c.get('ctx');
    const { years, ...query } = readQuery(c);
    const funnel = await funnelOf(c, query);
    const search = new URLSearchParams(c.req.query()).toString();
    return c.html(
      <FunnelPage
        ctx={ctx}
        query={query}
        funnel={funnel}
        years={years}
        xlsxHref={`${FUNNEL_PATH}.xlsx${search ? `?${search}` : ''}`}
      />,
    );
  });
  router.page('GET', `${FUNNEL_PATH}.xlsx`, BROKER, async (c) => {
    const ctx = c.get('ctx');
    const { years: _years, ...query } = readQuery(c);
    const funnel = await funnelOf(c, query);
    const title = query.quarter
      ? ctx.t('marketplace.funnel.periodQuarter', { quarter: query.quarter, year: query.year })
      : ctx.t('marketplace.funnel.periodYear', { year: query.year });
    const bytes = await funnelXlsx(ctx.t, {
      funnel,
      by: query.by,
      title,
      now: ctx.deps.clock(),
      preparedBy: (isSignedIn(ctx.actor) && ctx.actor.user.name) || ctx.t('marketplace.nav.staff'),
      name: (g) => groupName(ctx, g),
    });
    return c.body(new Uint8Array(bytes ?? []), 200, {
      'Content-Type': DOCUMENT_TYPES.xlsx.mime,
      'Content-Disposition': contentDisposition(`pheu-ket-noi-${query.year}.xlsx`),
      'Cache-Control': 'private, no-store',
    });
  });
  router.page('GET', NUMBERS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { years, ...query } = readQuery(c);
    const funnel = await funnelOf(c, { ...query, by: 'sector' });
    return c.html(<NumbersPage ctx={ctx} query={query} funnel={funnel} years={years} />);
  });
}
