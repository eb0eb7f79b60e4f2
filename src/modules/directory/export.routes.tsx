// Staff export of any filtered list as CSV or XLSX (audited), and the open-data download of
// public fields for everyone.
import { createHash } from 'node:crypto';
import { policies } from '../../platform/authz';
import { recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { STAFF_COLUMNS } from './export/columns';
import { digestOf, openCsv, openJson, staffCsv, staffXlsx } from './export/stream';
import { ZDirectoryQuery } from './services/organizations.queries';
import { OpenDataPage } from './ui/export-open-data';
import { download, exportEnv, stamp, XLSX_TYPE } from './export-files';

const canExport = policies.backOffice('directory.export:run');

/** Open-data downloads per address and minute: plenty for people, a brake on scrapers. */
const OPEN_DATA_PER_MINUTE = 30;

export function registerExportRoutes(router: Router) {
  const staffExport = (format: 'csv' | 'xlsx') => async (c: AppContext) => {
    const ctx = c.get('ctx');
    const query = ZDirectoryQuery.parse(c.req.query());
    const env = exportEnv(c);
    const filters = Object.fromEntries(
      Object.entries(query).filter(([k, v]) => v !== undefined && k !== 'page'),
    );
    await recordAudit(ctx.deps.database.db, ctx, {
      action: 'directory.export:run',
      entityType: 'organization',
      after: { format, filters, columns: STAFF_COLUMNS.length },
    });
    const name = `innohub-directory-${stamp(env.today)}.${format}`;
    const headers = { 'Cache-Control': 'no-store' };
    const db = ctx.deps.database.db;
    return format === 'csv'
      ? download(staffCsv(db, query, env), 'text/csv; charset=utf-8', name, headers)
      : download(staffXlsx(db, query, env), XLSX_TYPE, name, headers);
  };
  router.page('GET', '/directory/export.csv', canExport, staffExport('csv'));
  router.page('GET', '/directory/export.xlsx', canExport, staffExport('xlsx'));

  // Open data: the public fields for everyone, cached by ETag, with a brake on scrapers.

  router.page('GET', '/directory/open-data', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZDirectoryQuery.parse(c.req.query());
    const digest = await digestOf(ctx.deps.database.db, query, ctx.deps.clock());
    return c.html(<OpenDataPage ctx={ctx} query={query} digest={digest} />);
  });

  const openData = (format: 'csv' | 'json') => async (c: AppContext) => {
    const ctx = c.get('ctx');
    const limited = await ctx.deps.rateLimiter.hit(`open-data:${ctx.ip}`, OPEN_DATA_PER_MINUTE, 60);
    if (!limited.ok)
      throw new AppError('RATE_LIMITED', { retryAfterSeconds: limited.retryAfterSeconds });
    const query = ZDirectoryQuery.parse(c.req.query());
    const env = { ...exportEnv(c), t: ctx.t };
    const db = ctx.deps.database.db;
    const digest = await digestOf(db, query, env.today);
    const version = [
      format,
      digest.count,
      digest.lastUpdated?.getTime() ?? 0,
      // "innovative startup" is computed for the day
      stamp(env.today),
      new URL(c.req.url).search,
    ].join('|');
    const etag = `W/"${createHash('sha256').update(version).digest('hex').slice(0, 32)}"`;
    const headers = {
      ETag: etag,
      'Cache-Control': 'public, max-age=300',
      ...(digest.lastUpdated ? { 'Last-Modified': digest.lastUpdated.toUTCString() } : {}),
    };
    const asked = (c.req.header('if-none-match') ?? '').split(',').map((v) => v.trim());
    if (asked.includes(etag) || asked.includes('*')) return c.body(null, 304, headers);
    const name = `innohub-open-data-${stamp(env.today)}.${format}`;
    if (format === 'csv') {
      return download(openCsv(db, query, env), 'text/csv; charset=utf-8', name, headers);
    }
    const origin = ctx.deps.config.publicUrl;
    const meta = {
      title: ctx.t('directory.openData.title'),
      publisher: ctx.t('app.name'),
      licence: ctx.t('directory.openData.licenceName'),
      licence_url: ctx.t('directory.openData.licenceUrl'),
      dictionary: `${origin}/directory/open-data`,
      count: digest.count,
    };
    return download(
      openJson(db, query, env, meta),
      'application/json; charset=utf-8',
      name,
      headers,
    );
  };
  router.page('GET', '/directory/open-data.csv', policies.public, openData('csv'));
  router.page('GET', '/directory/open-data.json', policies.public, openData('json'));
}
