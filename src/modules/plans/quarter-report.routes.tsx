// The consolidated quarterly and the annual ecosystem reports (staff): the form, then the issued
// report's page with its DOCX, XLSX annexes and PDF, each written from the one numbered description.
import { randomUUID } from 'node:crypto';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { RequestContext } from '../../platform/http/context';
import type { Router } from '../../platform/http/router';
import type { FieldErrors, Invalid } from '../../platform/errors';
import type { IssuedReport } from './db/issued-reports.repository';
import { vnDay } from '../../platform/i18n';
import { formString } from '../../platform/input/form-values';
import { PLANS_PATH } from './permissions';
import { MANAGE } from './plans.routes';
import { listPlanAgencies } from './services/agencies';
import { getIssuedReport, issuedReportFile, ZFormKey } from './services/issued-reports';
import { getPlan } from './services/plans.queries';
import { NARRATIVE_FIELDS } from './services/report-narrative';
import { issueAnnualReport, type AnnualReportInput } from './services/annual-report';
import { issueQuarterReport, type QuarterReportInput } from './services/quarter-report';
import { IssuedReportPage, QuarterReportPage } from './ui/quarter-report-page';

const COMMON = [
  'issuer',
  'parent',
  'place',
  'signerPosition',
  'signerName',
  'formKey',
  ...NARRATIVE_FIELDS,
] as const;
const ISSUED = `${PLANS_PATH}/:id/issued/:reportId`;

type Issue = (
  deps: RequestContext['deps'],
  acting: RequestContext,
  input: Record<string, string>,
) => Promise<{ ok: true; report: IssuedReport } | Invalid>;

/** A report's form (GET) and its issue (POST: 303 to the issued report, or 422 with the form). */
function registerReportForm(
  router: Router,
  report: { slug: string; fields: string[]; annual: boolean; issue: Issue },
  defaults: (today: string) => Record<string, string>,
) {
  const path = `${PLANS_PATH}/:id/${report.slug}`;
  const page = async (
    ctx: RequestContext,
    planId: string,
    values: Record<string, string>,
    errors?: FieldErrors,
  ) => (
    <QuarterReportPage
      ctx={ctx}
      plan={await getPlan(ctx.deps, ctx, planId)}
      agencies={await listPlanAgencies(ctx.deps.database.db)}
      values={values}
      annual={report.annual}
      errors={errors}
    />
  );
  router.page('GET', path, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const values = { ...defaults(vnDay(ctx.deps.clock())), formKey: randomUUID() };
    return c.html(await page(ctx, routeParam(c, 'id'), values));
  });
  router.page('POST', path, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const planId = routeParam(c, 'id');
    const body = await readBody(c);
    const fields = [...COMMON, ...report.fields];
    const values = Object.fromEntries(fields.map((f) => [f, formString(body, f) ?? '']));
    const result = await report.issue(ctx.deps, ctx, { ...values, planId });
    if (result.ok) return c.redirect(`${PLANS_PATH}/${planId}/issued/${result.report.id}`, 303);
    if (!ZFormKey.test(values.formKey ?? '')) values.formKey = randomUUID();
    return c.html(await page(ctx, planId, values, result.fields), 422);
  });
}

export function registerQuarterReportRoutes(router: Router) {
  registerReportForm(
    router,
    {
      slug: 'quarter-report',
      fields: ['quarter'],
      annual: false,
      issue: (deps, acting, v) =>
        issueQuarterReport(deps, acting, v as Record<keyof QuarterReportInput, string>),
    },
    (today) => ({ quarter: `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}` }),
  );
  registerReportForm(
    router,
    {
      slug: 'annual-report',
      fields: ['year', 'province'],
      annual: true,
      issue: (deps, acting, v) =>
        issueAnnualReport(deps, acting, v as Record<keyof AnnualReportInput, string>),
    },
    (today) => ({ year: today.slice(0, 4) }),
  );
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
