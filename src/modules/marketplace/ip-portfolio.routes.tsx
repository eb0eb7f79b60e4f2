// IP portfolios: the office's pages (its own organisation's only; staff every one) and the public
// page of each university. After a change the page is loaded again (303) with `?done=`.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formVersion } from '../../platform/input/form-values';
import { canManageAnyPortfolio } from './permissions';
import { keptPortfolio, portfoliosOf } from './services/ip-portfolio-access';
import {
  getIpAssetPage,
  getOfficePortfolio,
  getPublicPortfolio,
  offersOfPortfolio,
} from './services/ip-portfolio.queries';
import { ipAssetFormValues, readIpAssetForm } from './services/ip-forms';
import { createIpAsset, updateIpAsset } from './services/save-ip-asset';
import { IpAssetFormPage, IpAssetPage } from './ui/ip-asset-pages';
import {
  OfficePortfolioPage,
  PortfolioIndexPage,
  PublicPortfolioPage,
} from './ui/ip-portfolio-pages';
import {
  IP_ASSETS_PATH,
  ipAssetPath,
  PORTFOLIO_PATH,
  portfolioPath,
  PUBLIC_PORTFOLIO_PATH,
} from './ui/ip-paths';

export const IP_DONE = [
  'created',
  'saved',
  'fee',
  'paid',
  'alreadyPaid',
  'licence',
  'revenue',
  'imported',
  'recordSaved',
  'recordRemoved',
] as const;

export function doneNotice(c: Context<AppEnv>) {
  const done = z.enum(IP_DONE).safeParse(c.req.query('done'));
  return done.success
    ? { kind: 'success' as const, text: c.get('ctx').t(`marketplace.ip.done.${done.data}`) }
    : undefined;
}

async function ownerOffers(c: Context<AppEnv>, ownerId: string) {
  return offersOfPortfolio(c.get('ctx').deps, ownerId);
}

export async function showIpAsset(
  c: Context<AppEnv>,
  id: string,
  status: 200 | 409 | 422 = 200,
  refused?: Parameters<typeof IpAssetPage>[0]['refused'],
) {
  const ctx = c.get('ctx');
  const view = await getIpAssetPage(ctx.deps, ctx.actor, id);
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <IpAssetPage
      ctx={ctx}
      view={view}
      notice={status === 200 ? doneNotice(c) : undefined}
      refused={refused}
    />,
    status,
  );
}

function registerOfficeRoutes(router: Router) {
  router.page('GET', PORTFOLIO_PATH, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const org = c.req.query('org')?.trim();
    if (org) return c.redirect(portfolioPath(encodeURIComponent(org.split('/').pop() ?? '')), 303);
    const portfolios = await portfoliosOf(ctx.deps.database.db, ctx.actor);
    return c.html(
      <PortfolioIndexPage
        ctx={ctx}
        portfolios={portfolios}
        isStaff={canManageAnyPortfolio(ctx.actor)}
      />,
    );
  });
  router.page('GET', `${PORTFOLIO_PATH}/:slug`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const { owner, assets } = await getOfficePortfolio(ctx.deps, ctx.actor, routeParam(c, 'slug'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <OfficePortfolioPage ctx={ctx} owner={owner} assets={assets} notice={doneNotice(c)} />,
    );
  });
  router.page('GET', `${PORTFOLIO_PATH}/:slug/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const owner = await keptPortfolio(ctx.deps.database.db, ctx.actor, routeParam(c, 'slug'));
    const values = { stage: 'disclosed', ipKind: 'sang_che', jurisdiction: 'Việt Nam' };
    return c.html(
      <IpAssetFormPage
        ctx={ctx}
        owner={owner}
        offers={await ownerOffers(c, owner.id)}
        values={values}
        submissionKey={randomUUID()}
      />,
    );
  });
  router.page('POST', `${PORTFOLIO_PATH}/:slug/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const { input, values } = readIpAssetForm(await readBody(c));
    const result = await createIpAsset(ctx.deps, ctx, { ...input, owner: slug });
    if (result.ok) return c.redirect(`${ipAssetPath(result.asset.id)}?done=created`, 303);
    const owner = await keptPortfolio(ctx.deps.database.db, ctx.actor, slug);
    const errors = result.reason === 'INVALID' ? result.fields : undefined;
    return c.html(
      <IpAssetFormPage
        ctx={ctx}
        owner={owner}
        offers={await ownerOffers(c, owner.id)}
        values={values}
        errors={errors}
        submissionKey={input.submissionKey || randomUUID()}
      />,
      422,
    );
  });
}

function registerAssetRoutes(router: Router) {
  router.page('GET', `${IP_ASSETS_PATH}/:id`, policies.signedIn, (c) =>
    showIpAsset(c, routeParam(c, 'id')),
  );
  router.page('GET', `${IP_ASSETS_PATH}/:id/edit`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const { asset, owner } = await getIpAssetPage(ctx.deps, ctx.actor, routeParam(c, 'id'));
    return c.html(
      <IpAssetFormPage
        ctx={ctx}
        owner={owner}
        offers={await ownerOffers(c, owner.id)}
        asset={asset}
        version={asset.version}
        values={ipAssetFormValues(asset)}
      />,
    );
  });
  router.page('POST', `${IP_ASSETS_PATH}/:id/edit`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { input, values } = readIpAssetForm(body);
    const result = await updateIpAsset(ctx.deps, ctx, { ...input, id, version: formVersion(body) });
    if (result.ok) return c.redirect(`${ipAssetPath(id)}?done=saved`, 303);
    const { asset, owner } = await getIpAssetPage(ctx.deps, ctx.actor, id);
    const props = { ctx, owner, offers: await ownerOffers(c, owner.id), asset };
    if (result.reason === 'CONFLICT')
      return c.html(
        <IpAssetFormPage
          {...props}
          version={result.current.version}
          values={values}
          notice={{ kind: 'error', text: ctx.t('marketplace.conflict') }}
        />,
        409,
      );
    return c.html(
      <IpAssetFormPage
        {...props}
        version={formVersion(body)}
        values={values}
        errors={result.fields}
      />,
      422,
    );
  });
}

export function registerIpPortfolioRoutes(router: Router) {
  registerOfficeRoutes(router);
  registerAssetRoutes(router);
  router.page('GET', `${PUBLIC_PORTFOLIO_PATH}/:slug`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { owner, assets } = await getPublicPortfolio(ctx.deps, routeParam(c, 'slug'));
    return c.html(<PublicPortfolioPage ctx={ctx} owner={owner} assets={assets} />);
  });
}
