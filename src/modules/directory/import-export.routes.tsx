// Staff import (upload → preview → dry run → run with progress → report), staff export of any
// filtered list as CSV or XLSX, and the open-data download of public fields for everyone.
import { createHash } from 'node:crypto';
import { policies } from '../../platform/authz';
import { recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/http/context';
import { AppError, type FieldMessage } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { formatDate, type MessageKey } from '../../platform/i18n';
import { ORGANIZATION_KINDS, type OrganizationKind } from './domain/taxonomy';
import { STAFF_COLUMNS, type ExportEnv } from './export/columns';
import { guardFormula, digestOf, openCsv, openJson, staffCsv, staffXlsx } from './export/stream';
import { IMPORT_SUBJECTS, type ImportSubject } from './import/columns';
import { csvCell } from './import/csv';
import {
  columnsOf,
  createImport,
  discardImport,
  findImport,
  importsOf,
  isBusy,
  reportProblems,
  startImport,
} from './import/jobs';
import { IMPORT_MAX_BYTES, readTable } from './import/read-table';
import { ZDirectoryQuery } from './services/organizations.queries';
import { columnLabel, ImportJobPage, PROBLEMS_SHOWN } from './ui/import-job-page';
import { ImportHomePage } from './ui/import-pages';
import { OpenDataPage } from './ui/export-open-data';

const canImport = policies.capability('directory.import:run');
const canExport = policies.capability('directory.export:run');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Open-data downloads per address and minute: plenty for people, a brake on scrapers. */
const OPEN_DATA_PER_MINUTE = 30;

async function jobOf(c: AppContext) {
  const { deps, actor } = c.get('ctx');
  const id = c.req.param('id') ?? '';
  const job = UUID.test(id) ? await findImport(deps, id, actor) : undefined;
  if (!job) throw new AppError('NOT_FOUND');
  return job;
}

function exportEnv(c: AppContext): ExportEnv {
  const ctx = c.get('ctx');
  return {
    t: ctx.t,
    locale: ctx.locale,
    origin: ctx.deps.config.publicUrl,
    today: ctx.deps.clock(),
  };
}

const stamp = (d: Date) => formatDate(d).split('/').reverse().join('-');

function download(
  body: ReadableStream<Uint8Array>,
  type: string,
  fileName: string,
  headers: Record<string, string> = {},
) {
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the file holds: organisations unless people are asked for. */
const subjectOf = (value: unknown): ImportSubject =>
  IMPORT_SUBJECTS.find((s) => s === value) ?? 'organizations';

function defaultKindOf(value: unknown): OrganizationKind | undefined {
  return typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value)
    ? (value as OrganizationKind)
    : undefined;
}

export function registerImportExportRoutes(router: Router) {
  // ——— Import ———

  router.page('GET', '/directory/import', canImport, async (c) => {
    const ctx = c.get('ctx');
    const query = ZDirectoryQuery.parse(c.req.query());
    const subject = subjectOf(c.req.query('subject'));
    const jobs = await importsOf(ctx.deps, ctx.actor);
    return c.html(<ImportHomePage ctx={ctx} jobs={jobs} query={query} subject={subject} />);
  });

  router.page('POST', '/directory/import', canImport, async (c) => {
    const ctx = c.get('ctx');
    let subject: ImportSubject = 'organizations';
    const refuse = async (error: FieldMessage, status: 413 | 422 | 400 = 422) =>
      c.html(
        <ImportHomePage
          ctx={ctx}
          jobs={await importsOf(ctx.deps, ctx.actor)}
          query={ZDirectoryQuery.parse({})}
          subject={subject}
          error={error}
        />,
        status,
      );
    let body: Record<string, unknown>;
    try {
      body = await c.req.parseBody();
    } catch {
      return refuse({ key: 'directory.import.error.noFile' }, 400);
    }
    subject = subjectOf(body.subject);
    const file = body.file;
    // A form sent without choosing a file carries an empty, nameless one.
    if (!(file instanceof File) || (file.size === 0 && !file.name)) {
      return refuse({ key: 'directory.import.error.noFile' });
    }
    const fileName = file.name.normalize('NFC').slice(0, 200) || 'import';
    if (file.size === 0)
      return refuse({ key: 'directory.import.error.empty', params: { file: fileName } });
    if (file.size > IMPORT_MAX_BYTES) {
      return refuse(
        { key: 'directory.import.error.tooLarge', params: { max: IMPORT_MAX_BYTES / 1_000_000 } },
        413,
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await readTable(bytes);
    if (!read.ok) {
      return refuse({
        key: read.error.key,
        params: { ...read.error.params, file: fileName },
      });
    }
    const job = await createImport(ctx.deps, {
      ownerId: ctx.actor.kind === 'user' ? ctx.actor.user.id : '',
      subject,
      fileName,
      bytes,
      table: read.table,
    });
    return c.redirect(`/directory/import/${job.id}`, 303);
  });

  // ?subject=people: the people template.
  router.page('GET', '/directory/import/template.csv', canImport, (c) => {
    const { t } = c.get('ctx');
    const subject = subjectOf(c.req.query('subject'));
    const columns = columnsOf(subject);
    const line = (key: (f: (typeof columns.fields)[number]) => MessageKey) =>
      columns.fields.map((f) => csvCell(t(key(f)))).join(',');
    const name =
      subject === 'people' ? 'innohub-import-people-template' : 'innohub-import-template';
    return new Response(`\uFEFF${line(columns.headerKey)}\r\n${line(columns.exampleKey)}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
      },
    });
  });

  router.page('GET', '/directory/import/:id', canImport, async (c) => {
    const ctx = c.get('ctx');
    const job = await jobOf(c);
    // The report shown: the run's, else the latest dry run's unless another is in hand.
    const report = job.result ?? (isBusy(job) ? undefined : job.check);
    const problems = report ? await reportProblems(ctx.deps, job, report, PROBLEMS_SHOWN) : [];
    return c.html(<ImportJobPage ctx={ctx} job={job} problems={problems} />);
  });

  router.page('GET', '/directory/import/:id/status', canImport, async (c) => {
    const job = await jobOf(c);
    const progress = job.progress;
    return c.json(
      {
        status: job.status,
        busy: isBusy(job),
        done: progress?.done ?? 0,
        total: progress?.total ?? job.rowCount,
        counts: job.result?.counts ?? job.check?.counts ?? null,
      },
      200,
      { 'Cache-Control': 'no-store' },
    );
  });

  router.page('GET', '/directory/import/:id/problems.csv', canImport, async (c) => {
    const { t, deps } = c.get('ctx');
    const job = await jobOf(c);
    const report = job.result ?? job.check;
    if (!report) throw new AppError('NOT_FOUND');
    const problems = await reportProblems(deps, job, report);
    const lines = [
      [
        t('directory.import.report.row'),
        t('directory.import.report.column'),
        t('directory.import.report.value'),
        t('directory.import.report.message'),
      ],
      ...problems.map((p) => [
        String(p.line),
        columnLabel(t, job, p.field),
        guardFormula(p.value ?? ''),
        t(p.message.key, p.message.params),
      ]),
    ];
    const body = lines.map((l) => l.map((v) => csvCell(v)).join(',')).join('\r\n');
    return new Response(`\uFEFF${body}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="import-problems-${job.id.slice(0, 8)}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  });

  const start = (mode: 'dry-run' | 'run') => async (c: AppContext) => {
    const ctx = c.get('ctx');
    const job = await jobOf(c);
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    await startImport(ctx.deps, ctx, job, mode, defaultKindOf(body.defaultKind));
    return c.redirect(`/directory/import/${job.id}`, 303);
  };
  router.page('POST', '/directory/import/:id/check', canImport, start('dry-run'));
  router.page('POST', '/directory/import/:id/run', canImport, start('run'));

  router.page('POST', '/directory/import/:id/discard', canImport, async (c) => {
    await discardImport(c.get('ctx').deps, await jobOf(c));
    return c.redirect('/directory/import', 303);
  });

  // ——— Staff export ———

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

  // ——— Open data ———

  router.page('GET', '/directory/open-data', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZDirectoryQuery.parse(c.req.query());
    const digest = await digestOf(ctx.deps.database.db, query, ctx.deps.clock());
    return c.html(<OpenDataPage ctx={ctx} query={query} digest={digest} />);
  });

  const openData = (format: 'csv' | 'json') => async (c: AppContext) => {
    const ctx = c.get('ctx');
    const limited = ctx.deps.rateLimiter.hit(`open-data:${ctx.ip}`, OPEN_DATA_PER_MINUTE, 60);
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
