import { policies } from '../authz';
import { AppError } from '../errors';
import type { AppContext } from '../http/context';
import { routeParam } from '../http/form-reader';
import { parseQuery } from '../input/validation';
import type { ModuleManifest } from '../modules/manifest';
import { auditCsv } from './audit-csv';
import { exportAuditLog, findAuditLog } from './audit-log.queries';
import {
  AUDIT_EXPORT_PATH,
  AUDIT_FILTER_FIELDS,
  AuditPage,
  type AuditFilterValues,
} from './audit-page';
import { DashboardPage } from './dashboard-page';
import { ZAuditQuery, ZOutboxQuery } from './filters';
import { findOutbox, readOutboxMessage } from './outbox.queries';
import { OutboxMessagePage, OutboxPage } from './outbox-pages';
import { getBackofficeOverview, platformFigures } from './overview.queries';

const pathWithQuery = (c: AppContext) => c.req.path + new URL(c.req.url).search;

/** /admin and the platform's own back-office pages: the audit log and the mail outbox. */
export const backofficeModule: ModuleManifest = {
  id: 'backoffice',
  nav: {
    backoffice: [
      {
        path: '/admin',
        title: 'backoffice.nav.dashboard',
        order: 0,
        capability: 'backoffice:enter',
      },
      {
        path: '/admin/audit',
        title: 'backoffice.nav.audit',
        description: 'backoffice.dashboard.audit',
        order: 900,
        capability: 'audit.log:read',
      },
      {
        path: '/admin/outbox',
        title: 'backoffice.nav.outbox',
        description: 'backoffice.dashboard.outbox',
        order: 910,
        capability: 'mail.outbox:read',
      },
    ],
  },
  async figures(deps) {
    const counts = await platformFigures(deps);
    return [
      {
        id: 'pendingMails',
        label: 'backoffice.stat.pendingMails',
        hint: 'backoffice.stat.pendingMails.hint',
        value: counts.pendingMails,
      },
      { id: 'auditSince', label: 'backoffice.stat.audit', value: counts.auditSince },
    ];
  },
  register(router) {
    router.page('GET', '/admin', policies.backOffice('backoffice:enter'), async (c) => {
      const ctx = c.get('ctx');
      const overview = await getBackofficeOverview(ctx.deps, ctx);
      return c.html(<DashboardPage ctx={ctx} {...overview} />);
    });

    router.page('GET', '/admin/audit', policies.backOffice('audit.log:read'), async (c) => {
      const ctx = c.get('ctx');
      const query = c.req.query();
      const values: AuditFilterValues = {};
      for (const f of AUDIT_FILTER_FIELDS) values[f] = query[f];
      const parsed = parseQuery(ZAuditQuery, query);
      if (!parsed.ok) {
        return c.html(
          <AuditPage ctx={ctx} path={pathWithQuery(c)} values={values} errors={parsed.errors} />,
          422,
        );
      }
      const result = await findAuditLog(ctx.deps, ctx, parsed.data);
      return c.html(
        <AuditPage ctx={ctx} path={pathWithQuery(c)} values={values} result={result} />,
      );
    });

    router.page('GET', AUDIT_EXPORT_PATH, policies.backOffice('audit.log:read'), async (c) => {
      const ctx = c.get('ctx');
      const parsed = parseQuery(ZAuditQuery, c.req.query());
      if (!parsed.ok) throw new AppError('INVALID', { fields: parsed.errors });
      const rows = await exportAuditLog(ctx.deps, ctx, parsed.data);
      return c.body(auditCsv(rows), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="audit-log.csv"',
        'Cache-Control': 'no-store',
      });
    });

    router.page('GET', '/admin/outbox', policies.backOffice('mail.outbox:read'), async (c) => {
      const ctx = c.get('ctx');
      const query = c.req.query();
      const parsed = parseQuery(ZOutboxQuery, query);
      if (!parsed.ok) {
        return c.html(<OutboxPage ctx={ctx} path={pathWithQuery(c)} errors={parsed.errors} />, 422);
      }
      const { status, page } = parsed.data;
      const result = await findOutbox(ctx.deps, ctx, { status, page });
      return c.html(
        <OutboxPage ctx={ctx} path={pathWithQuery(c)} status={status} result={result} />,
      );
    });

    router.page('GET', '/admin/outbox/:id', policies.backOffice('mail.outbox:read'), async (c) => {
      const ctx = c.get('ctx');
      const message = await readOutboxMessage(ctx.deps, ctx, { id: routeParam(c, 'id') });
      return c.html(<OutboxMessagePage ctx={ctx} message={message} />);
    });
  },
};
