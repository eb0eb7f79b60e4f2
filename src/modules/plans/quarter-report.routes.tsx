// The consolidated quarterly report (staff): the form, then the issued report's page with its
// DOCX, XLSX annexes and PDF, each written from the one numbered description.
import { randomUUID } from 'node:crypto';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { vnDay } from '../../platform/i18n';
import { formString } from '../../platform/input/form-values';
import { PLANS_PATH } from './permissions';
import { MANAGE } from './plans.routes';
import { listPlanAgencies } from './services/agencies';
import { getIssuedReport, issuedReportFile, ZFormKey } from './services/issued-reports';
import { getPlan } from './services/plans.queries';
import { issueQuarterReport } from './services/quarter-report';
import { IssuedReportPage, QuarterReportPage } from './ui/quarter-report-page';

const FIELDS = [
  'issuer',
  'parent',
  'quarter',
  'place',
  'signerPosition',
  'signerName',
  'formKey',
] as const;
const ISSUED = `${PLANS_PATH}/:id/issued/:reportId`;

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
        values={{ quarter, formKey: randomUUID() }}
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
    if (result.ok) return c.redirect(`${PLANS_PATH}/${planId}/issued/${result.report.id}`, 303);
    const plan = await getPlan(ctx.deps, ctx, planId);
    const agencies = await listPlanAgencies(ctx.deps.database.db);
    if (!ZFormKey.test(values.formKey ?? '')) values.formKey = randomUUID();
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
  });
  router.page('GET', ISSUED, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const planId = routeParam(c, 'id');
    const report = await getIssuedReport(ctx.deps, ctx, planId, routeParam(c, 'reportId'));
    return c.html(<IssuedReportPage ctx={ctx} planId={planId} report={report} />);
  });
  router.page('GET', `${ISSUED}/:format`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const file = await issuedReportFile(ctx.deps, ctx, {
      planId: routeParam(c, 'id'),
      id: routeParam(c, 'reportId'),
      format: routeParam(c, 'format'),
    });
    return c.body(new Uint8Array(file.bytes), 200, {
      'content-type': file.type,
      'content-disposition': `attachment; filename="${encodeURIComponent(file.fileName)}"`,
      'cache-control': 'private, no-store',
    });
  });
}
