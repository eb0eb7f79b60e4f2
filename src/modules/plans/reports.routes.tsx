// Periodic agency reports: a plan's schedules and board (staff), an agency's report (its
// officer fills, saves and submits it), and the centre's review (return with a comment, accept).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import {
  formString,
  formStrings,
  formVersion,
  postedFiles,
  type FormBody,
} from '../../platform/input/form-values';
import type { PageNotice } from '../../platform/ui/notice';
import { PLANS_PATH } from './permissions';
import { MANAGE } from './plans.routes';
import { reviewReport, saveReport, type ReportInput } from './services/agency-reports';
import { reportEvidenceFile, type EvidenceInput } from './services/report-evidence';
import { saveSchedule } from './services/report-schedule';
import { getReportPage, reportsBoard } from './services/reports.queries';
import { ReportDetailPage, ReportsBoardPage } from './ui/report-pages';

const REPORT = policies.backOffice('plans.task:report');

const DONE = {
  saved: 'plans.report.saved',
  submitted: 'plans.report.submitted',
  returned: 'plans.report.returned',
  accepted: 'plans.report.accepted',
} as const;

async function readReportForm(body: FormBody): Promise<ReportInput> {
  const lines: ReportInput['lines'] = {};
  const evidence: EvidenceInput = { added: {}, removed: {} };
  for (const name of Object.keys(body)) {
    const id = /^status_(.+)$/.exec(name)?.[1];
    if (!id) continue;
    lines[id] = {
      status: formString(body, `status_${id}`),
      percentDone: formString(body, `percent_${id}`),
      note: formString(body, `note_${id}`),
    };
    evidence.added[id] = await postedFiles(body, `evidence_${id}`);
    evidence.removed[id] = formStrings(body, `remove_${id}`);
  }
  const targets: Record<string, string> = {};
  for (const name of Object.keys(body)) {
    const id = /^target_(.+)$/.exec(name)?.[1];
    if (id) targets[id] = formString(body, name);
  }
  return {
    lines,
    targets,
    evidence,
    difficulties: formString(body, 'difficulties'),
    proposals: formString(body, 'proposals'),
  };
}

async function showReport(
  c: Context<AppEnv>,
  id: string,
  extra: { errors?: FieldErrors; notice?: PageNotice } = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const page = await getReportPage(ctx.deps, ctx, id);
  const done = c.req.query('done') as keyof typeof DONE | undefined;
  const notice =
    done && DONE[done] ? { kind: 'success' as const, text: ctx.t(DONE[done]) } : undefined;
  return c.html(<ReportDetailPage ctx={ctx} page={page} notice={notice} {...extra} />, status);
}

const CONFLICT = (c: Context<AppEnv>) => ({
  notice: { kind: 'error' as const, text: c.get('ctx').t('plans.report.conflict') },
});

export function registerReportRoutes(router: Router) {
  router.page('GET', `${PLANS_PATH}/reports/:reportId`, REPORT, (c) =>
    showReport(c, routeParam(c, 'reportId')),
  );
  router.page('POST', `${PLANS_PATH}/reports/:reportId`, REPORT, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'reportId');
    const body = await readBody(c);
    const submit = formString(body, 'intent') === 'submit';
    const result = await saveReport(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      report: await readReportForm(body),
      submit,
    });
    if (result.ok)
      return c.redirect(`${PLANS_PATH}/reports/${id}?done=${submit ? 'submitted' : 'saved'}`, 303);
    if (result.reason === 'INVALID') return showReport(c, id, { errors: result.fields }, 422);
    return showReport(c, id, CONFLICT(c), 409);
  });
  router.page('GET', `${PLANS_PATH}/reports/:reportId/evidence/:hash`, REPORT, async (c) => {
    const ctx = c.get('ctx');
    const { bytes, evidence } = await reportEvidenceFile(ctx.deps, ctx, {
      id: routeParam(c, 'reportId'),
      hash: routeParam(c, 'hash'),
    });
    return c.body(bytes, 200, {
      'content-type': evidence.mime,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(evidence.name)}`,
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; sandbox",
    });
  });
  router.page('POST', `${PLANS_PATH}/reports/:reportId/review`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'reportId');
    const body = await readBody(c);
    const outcome = formString(body, 'outcome') === 'accepted' ? 'accepted' : 'returned';
    const result = await reviewReport(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      outcome,
      comment: formString(body, 'comment'),
    });
    if (result.ok) return c.redirect(`${PLANS_PATH}/reports/${id}?done=${outcome}`, 303);
    if (result.reason === 'INVALID') return showReport(c, id, { errors: result.fields }, 422);
    return showReport(c, id, CONFLICT(c), 409);
  });
  router.page('GET', `${PLANS_PATH}/:id/reports`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const notice = c.req.query('done')
      ? { kind: 'success' as const, text: ctx.t('plans.report.scheduled') }
      : undefined;
    return c.html(
      <ReportsBoardPage
        ctx={ctx}
        board={await reportsBoard(ctx.deps, ctx, routeParam(c, 'id'))}
        notice={notice}
      />,
    );
  });
  router.page('POST', `${PLANS_PATH}/:id/reports/schedules`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const planId = routeParam(c, 'id');
    const body = await readBody(c);
    const result = await saveSchedule(ctx.deps, ctx, {
      planId,
      frequency: formString(body, 'frequency'),
      dueDay: formString(body, 'dueDay'),
    });
    if (result.ok) return c.redirect(`${PLANS_PATH}/${planId}/reports?done=scheduled`, 303);
    return c.html(
      <ReportsBoardPage
        ctx={ctx}
        board={await reportsBoard(ctx.deps, ctx, planId)}
        errors={result.fields}
      />,
      422,
    );
  });
}
