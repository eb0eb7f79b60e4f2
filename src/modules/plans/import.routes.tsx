// Importing a plan's task appendix: upload → preview with row problems → import (once).
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { postedFiles } from '../../platform/input/form-values';
import { MANAGE } from './plans.routes';
import { PLANS_PATH } from './permissions';
import { listPlanAgencies } from './services/agencies';
import { applyTaskImport, previewTaskImport } from './services/import-tasks';
import { getPlan } from './services/plans.queries';
import { ImportPage, PreviewPage } from './ui/import-pages';

export function registerImportRoutes(router: Router) {
  router.page('GET', `${PLANS_PATH}/:id/import`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    return c.html(
      <ImportPage ctx={ctx} plan={await getPlan(ctx.deps, ctx, routeParam(c, 'id'))} />,
    );
  });
  router.page('POST', `${PLANS_PATH}/:id/import`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const planId = routeParam(c, 'id');
    const [file] = await postedFiles(await readBody(c), 'file');
    const result = await previewTaskImport(ctx.deps, ctx, { planId, file });
    if (!result.ok) {
      const plan = await getPlan(ctx.deps, ctx, planId);
      return c.html(<ImportPage ctx={ctx} plan={plan} errors={result.fields} />, 422);
    }
    const agencies = await listPlanAgencies(ctx.deps.database.db);
    return c.html(<PreviewPage ctx={ctx} preview={result} agencies={agencies} />);
  });
  router.page('POST', `${PLANS_PATH}/:id/import/:importId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const planId = routeParam(c, 'id');
    const result = await applyTaskImport(ctx.deps, ctx, {
      planId,
      importId: routeParam(c, 'importId'),
    });
    if (result.ok)
      return c.redirect(`${PLANS_PATH}/${planId}?done=imported&count=${result.count}`, 303);
    if (result.reason === 'ALREADY_APPLIED')
      return c.redirect(`${PLANS_PATH}/${planId}?done=alreadyImported`, 303);
    if (result.reason === 'ROWS') {
      const agencies = await listPlanAgencies(ctx.deps.database.db);
      return c.html(<PreviewPage ctx={ctx} preview={result} agencies={agencies} />, 422);
    }
    const plan = await getPlan(ctx.deps, ctx, planId);
    return c.html(<ImportPage ctx={ctx} plan={plan} errors={result.fields} />, 422);
  });
}
