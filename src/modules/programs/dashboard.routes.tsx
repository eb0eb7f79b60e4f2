// A call's dashboard and the exports of its applications, for staff who manage calls; anyone
// else finds nothing there (404).
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { Router } from '../../platform/http/router';
import { getCallDashboard } from './services/calls/call-dashboard.queries';
import { exportApplications, type ExportFormat } from './services/applications/export-applications';
import { CallDashboardPage, callDashboardPath } from './ui/call-dashboard-page';
import { routeParam } from '../../platform/http/form-reader';

export function registerDashboardRoutes(router: Router) {
  const canManage = policies.capability('programs.call:manage');
  const DASHBOARD = callDashboardPath(':slug', ':call');

  router.page('GET', DASHBOARD, canManage, async (c) => {
    const ctx = c.get('ctx');
    const view = await getCallDashboard(ctx.deps, ctx, {
      programmeSlug: routeParam(c, 'slug'),
      callSlug: routeParam(c, 'call'),
    });
    return c.html(<CallDashboardPage ctx={ctx} view={view} />);
  });

  const download = (format: ExportFormat) => async (c: AppContext) => {
    const ctx = c.get('ctx');
    const { body, type, fileName } = await exportApplications(ctx.deps, ctx, {
      programmeSlug: routeParam(c, 'slug'),
      callSlug: routeParam(c, 'call'),
      format,
      env: { t: ctx.t, locale: ctx.locale },
    });
    return new Response(body, {
      headers: {
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  };
  router.page('GET', `${DASHBOARD}/applications.xlsx`, canManage, download('xlsx'));
  router.page('GET', `${DASHBOARD}/attachments.zip`, canManage, download('zip'));
}
