// The consolidated quarterly report (staff): the form, then the numbered DOCX as a download.
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { vnDay } from '../../platform/i18n';
import { formString } from '../../platform/input/form-values';
import { PLANS_PATH } from './permissions';
import { MANAGE } from './plans.routes';
import { listPlanAgencies } from './services/agencies';
import { getPlan } from './services/plans.queries';
import { issueQuarterReport } from './services/quarter-report';
import { QuarterReportPage } from './ui/quarter-report-page';

const FIELDS = ['issuer', 'parent', 'quarter', 'place', 'signerPosition', 'signerName'] as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function registerQuarterReportRoutes(router: Router) {
  router.page('GET', `${PLANS_PATH}/:id/quarter-report`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const plan = await getPlan(ctx.deps, ctx, routeParam(c, 'id'));
    const today = vnDay(ctx.deps.clock());
    const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    return c.html(
      <QuarterReportPage
        ctx={ctx}
        plan={plan}
        agencies={await listPlanAgencies(ctx.deps.database.db)}
        values={{ quarter }}
      />,
    );
  });
  router.page('POST', `${PLANS_PATH}/:id/quarter-report`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const planId = routeParam(c, 'id');
    const body = await readBody(c);
    const values = Object.fromEntries(FIELDS.map((f) => [f, formString(body, f)]));
    const result = await issueQuarterReport(ctx.deps, ctx, {
      planId,
      ...(values as Record<(typeof FIELDS)[number], string>),
    });
    if (!result.ok) {
      const plan = await getPlan(ctx.deps, ctx, planId);
      const agencies = await listPlanAgencies(ctx.deps.database.db);
      return c.html(
        <QuarterReportPage
          ctx={ctx}
          plan={plan}
          agencies={agencies}
          values={values}
          errors={result.fields}
        />,
        422,
      );
    }
    const name = `BC-${result.entry.number}-${result.entry.issuer}-${result.entry.year}.docx`;
    return c.body(new Uint8Array(result.docx), 200, {
      'content-type': DOCX,
      'content-disposition': `attachment; filename="${encodeURIComponent(name)}"`,
      'cache-control': 'private, no-store',
    });
  });
}
