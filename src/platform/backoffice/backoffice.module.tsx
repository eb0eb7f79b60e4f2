import { recordAudit } from '../audit';
import { policies } from '../authz';
import type { AppContext } from '../http/context';
import { AppError } from '../errors';
import { parseQuery } from '../input/validation';
import { findAuditEntries } from './audit-log.repository';
import { AUDIT_FILTER_FIELDS, AuditPage, type AuditFilterValues } from './audit-page';
import { isSignedIn } from '../authz';
import type { ModuleManifest } from '../modules/manifest';
import { backofficeNavigation, overviewFigures, workWaitingFor } from '../modules/registry';
import { platformCounts } from './dashboard.repository';
import { DashboardPage } from './dashboard-page';
import { ZAuditQuery, ZOutboxQuery } from './filters';
import { findOutboxMessages, getOutboxMessage } from './outbox.repository';
import { OutboxMessagePage, OutboxPage } from './outbox-pages';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

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
    const since = new Date(deps.clock().getTime() - WEEK_MS);
    const counts = await platformCounts(deps.database.db, since);
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
  register(router, deps) {
    const { db } = deps.database;

    router.page('GET', '/admin', policies.capability('backoffice:enter'), async (c) => {
      const ctx = c.get('ctx');
      if (!isSignedIn(ctx.actor)) throw new AppError('UNAUTHENTICATED');
      const [figures, work] = await Promise.all([
        overviewFigures(deps),
        workWaitingFor(deps, ctx.actor),
      ]);
      const pages = backofficeNavigation(ctx.actor).filter((p) => p.path !== '/admin');
      return c.html(<DashboardPage ctx={ctx} figures={figures} work={work} pages={pages} />);
    });

    router.page('GET', '/admin/audit', policies.capability('audit.log:read'), async (c) => {
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
      const result = await findAuditEntries(db, parsed.data, parsed.data.page);
      return c.html(
        <AuditPage ctx={ctx} path={pathWithQuery(c)} values={values} result={result} />,
      );
    });

    router.page('GET', '/admin/outbox', policies.capability('mail.outbox:read'), async (c) => {
      const ctx = c.get('ctx');
      const query = c.req.query();
      const parsed = parseQuery(ZOutboxQuery, query);
      if (!parsed.ok) {
        return c.html(<OutboxPage ctx={ctx} path={pathWithQuery(c)} errors={parsed.errors} />, 422);
      }
      const { status, page } = parsed.data;
      const result = await findOutboxMessages(db, { status }, page);
      return c.html(
        <OutboxPage ctx={ctx} path={pathWithQuery(c)} status={status} result={result} />,
      );
    });

    router.page('GET', '/admin/outbox/:id', policies.capability('mail.outbox:read'), async (c) => {
      const ctx = c.get('ctx');
      const message = await getOutboxMessage(db, c.req.param('id') ?? '');
      if (!message) throw new AppError('NOT_FOUND');
      // Messages carry sign-in and reset links, so reading one is on the record.
      await recordAudit(db, ctx, {
        action: 'mail.message:read',
        entityType: 'mail',
        entityId: message.id,
      });
      return c.html(<OutboxMessagePage ctx={ctx} message={message} />);
    });
  },
};
