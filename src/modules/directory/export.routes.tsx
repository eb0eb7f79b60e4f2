// Staff export of any filtered list as CSV or XLSX (audited), and the open-data download of
// public fields for everyone.
import { createHash } from 'node:crypto';
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { exportOrganizations, openDataDigest, openDataFile } from './services/export-organizations';
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
    const stream = await exportOrganizations(ctx.deps, ctx, { format, query, env });
    const name = `innohub-directory-${stamp(env.today)}.${format}`;
    const type = format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE;
    return download(stream, type, name, { 'Cache-Control': 'no-store' });
  };
  router.page('GET', '/directory/export.csv', canExport, staffExport('csv'));
  router.page('GET', '/directory/export.xlsx', canExport, staffExport('xlsx'));

  // Open data: the public fields for everyone, cached by ETag, with a brake on scrapers.

  router.page('GET', '/directory/open-data', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZDirectoryQuery.parse(c.req.query());
    const digest = await openDataDigest(ctx.deps, { query });
    return c.html(<OpenDataPage ctx={ctx} query={query} digest={digest} />);
  });

  const openData = (format: 'csv' | 'json') => async (c: AppContext) => {
    const ctx = c.get('ctx');
    const limited = await ctx.deps.rateLimiter.hit(`open-data:${ctx.ip}`, OPEN_DATA_PER_MINUTE, 60);
    if (!limited.ok)
      throw new AppError('RATE_LIMITED', { retryAfterSeconds: limited.retryAfterSeconds });
    const query = ZDirectoryQuery.parse(c.req.query());
    const env = { ...exportEnv(c), t: ctx.t };
    const digest = await openDataDigest(ctx.deps, { query });
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
      return download(
        openDataFile(ctx.deps, { format, query, env }),
        'text/csv; charset=utf-8',
        name,
        headers,
      );
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
      openDataFile(ctx.deps, { format, query, env, meta }),
      'application/json; charset=utf-8',
      name,
      headers,
    );
  };
  router.page('GET', '/directory/open-data.csv', policies.public, openData('csv'));
  router.page('GET', '/directory/open-data.json', policies.public, openData('json'));
}
