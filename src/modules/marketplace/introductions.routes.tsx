// Introductions: asking for one (a listed offer or an open need), its record for the parties and
// the brokers, the brokers' steps and the deal, and the brokers' back-office page with the funnel.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion } from '../../platform/input/form-values';
import { INTRODUCTION_STEPS } from './domain/introduction';
import { STAFF_PATH } from './permissions';
import { listingOf } from './services/introduction-parties';
import { readDealForm } from './services/introduction-form';
import { takeIntroductionStep } from './services/introduction-steps';
import { brokerQueue, funnelFigures, getIntroduction } from './services/introductions.queries';
import { ownersOf } from './services/owners';
import { recordDeal } from './services/record-deal';
import { requestIntroduction } from './services/request-introduction';
import { BrokerPage, IntroductionPage, RequestIntroductionPage } from './ui/introduction-pages';
import { INTRODUCTIONS_PATH, introductionPath } from './ui/paths';

const BROKER = policies.capability('marketplace.introduction:broker');
const DONE = ['requested', 'deal', ...INTRODUCTION_STEPS] as const;

async function showIntroduction(
  c: Context<AppEnv>,
  id: string,
  extra: { status?: 409 | 422; errors?: FieldErrors; dealValues?: Record<string, string> } = {},
) {
  const ctx = c.get('ctx');
  const view = await getIntroduction(ctx.deps, ctx.actor, id);
  const done = z.enum(DONE).safeParse(c.req.query('done'));
  const notice =
    extra.status === 409
      ? { kind: 'error' as const, text: ctx.t('marketplace.conflict') }
      : extra.status === 422 && !extra.errors
        ? { kind: 'error' as const, text: ctx.t('marketplace.step.notApplicable') }
        : done.success
          ? { kind: 'success' as const, text: ctx.t(`marketplace.introduction.done.${done.data}`) }
          : undefined;
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <IntroductionPage
      ctx={ctx}
      view={view}
      notice={notice}
      errors={extra.errors}
      dealValues={extra.dealValues}
    />,
    extra.status ?? 200,
  );
}

function registerRequest(router: Router) {
  router.page('GET', `${INTRODUCTIONS_PATH}/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const listing = await listingOf(
      ctx.deps.database.db,
      { offerId: c.req.query('offer'), needId: c.req.query('need') },
      ctx.deps.clock(),
    );
    const owners = await ownersOf(ctx.deps.database.db, ctx.actor);
    return c.html(
      <RequestIntroductionPage ctx={ctx} listing={listing} owners={owners} values={{}} />,
    );
  });
  router.page('POST', `${INTRODUCTIONS_PATH}/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const input = {
      offerId: formString(body, 'offer') || undefined,
      needId: formString(body, 'need') || undefined,
      message: formString(body, 'message'),
      requesterOrg: formString(body, 'requesterOrg') || undefined,
    };
    const result = await requestIntroduction(ctx.deps, ctx, input);
    if (result.ok)
      return c.redirect(`${introductionPath(result.introduction.id)}?done=requested`, 303);
    const db = ctx.deps.database.db;
    const listing = await listingOf(db, input, ctx.deps.clock());
    return c.html(
      <RequestIntroductionPage
        ctx={ctx}
        listing={listing}
        owners={await ownersOf(db, ctx.actor)}
        values={{ message: input.message, requesterOrg: input.requesterOrg ?? '' }}
        errors={result.fields}
      />,
      422,
    );
  });
}

export function registerIntroductionRoutes(router: Router) {
  router.page(
    'GET',
    STAFF_PATH,
    policies.backOffice('marketplace.introduction:broker'),
    async (c) => {
      const ctx = c.get('ctx');
      const now = ctx.deps.clock();
      const year = Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4));
      const period = {
        from: new Date(`${year}-01-01T00:00:00+07:00`),
        to: new Date(`${year + 1}-01-01T00:00:00+07:00`),
      };
      const [queue, funnel] = await Promise.all([
        brokerQueue(ctx.deps),
        funnelFigures(ctx.deps, period),
      ]);
      return c.html(<BrokerPage ctx={ctx} queue={queue} funnel={funnel} year={year} />);
    },
  );
  registerRequest(router);
  router.page('GET', `${INTRODUCTIONS_PATH}/:id`, policies.signedIn, (c) =>
    showIntroduction(c, routeParam(c, 'id')),
  );
  router.page('POST', `${INTRODUCTIONS_PATH}/:id/step`, BROKER, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const step = z.enum(INTRODUCTION_STEPS).safeParse(formString(body, 'step'));
    if (!step.success) return showIntroduction(c, id, { status: 422 });
    const result = await takeIntroductionStep(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      step: step.data,
      note: formString(body, 'note'),
      reason: formString(body, 'reason') || undefined,
    });
    if (result.ok) return c.redirect(`${introductionPath(id)}?done=${step.data}`, 303);
    if (result.reason === 'INVALID')
      return showIntroduction(c, id, { status: 422, errors: result.fields });
    return showIntroduction(c, id, { status: result.reason === 'CONFLICT' ? 409 : 422 });
  });
  router.page('POST', `${INTRODUCTIONS_PATH}/:id/deal`, BROKER, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { fields, values } = readDealForm(body);
    const result = await recordDeal(ctx.deps, ctx, { id, version: formVersion(body), fields });
    if (result.ok) return c.redirect(`${introductionPath(id)}?done=deal`, 303);
    if (result.reason === 'INVALID')
      return showIntroduction(c, id, { status: 422, errors: result.fields, dealValues: values });
    return showIntroduction(c, id, { status: result.reason === 'CONFLICT' ? 409 : 422 });
  });
}
