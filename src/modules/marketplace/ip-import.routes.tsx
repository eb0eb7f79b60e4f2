// Importing an office's asset list: upload → preview with row problems → import (once).
import { policies } from '../../platform/authz';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { postedFiles } from '../../platform/input/form-values';
import { applyIpImport, previewIpImport } from './services/import-ip-assets';
import { keptPortfolio } from './services/ip-portfolio-access';
import { IpImportPage, IpImportPreviewPage } from './ui/ip-import-pages';
import { PORTFOLIO_PATH, portfolioPath } from './ui/ip-paths';

const IMPORT = `${PORTFOLIO_PATH}/:slug/import`;

export function registerIpImportRoutes(router: Router) {
  router.page('GET', IMPORT, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const owner = await keptPortfolio(ctx.deps.database.db, ctx.actor, routeParam(c, 'slug'));
    return c.html(<IpImportPage ctx={ctx} owner={owner} />);
  });
  router.page('POST', IMPORT, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const [file] = await postedFiles(await readBody(c), 'file');
    const result = await previewIpImport(ctx.deps, ctx, { owner: slug, file });
    if (result.ok) return c.html(<IpImportPreviewPage ctx={ctx} preview={result} />);
    const owner = await keptPortfolio(ctx.deps.database.db, ctx.actor, slug);
    return c.html(<IpImportPage ctx={ctx} owner={owner} errors={result.fields} />, 422);
  });
  router.page('POST', `${IMPORT}/:importId`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const result = await applyIpImport(ctx.deps, ctx, {
      owner: slug,
      importId: routeParam(c, 'importId'),
    });
    if (result.ok || result.reason === 'ALREADY_APPLIED')
      return c.redirect(`${portfolioPath(result.owner.slug)}?done=imported`, 303);
    if (result.reason === 'ROWS')
      return c.html(<IpImportPreviewPage ctx={ctx} preview={result} />, 422);
    const owner = await keptPortfolio(ctx.deps.database.db, ctx.actor, slug);
    return c.html(<IpImportPage ctx={ctx} owner={owner} errors={result.fields} />, 422);
  });
}
