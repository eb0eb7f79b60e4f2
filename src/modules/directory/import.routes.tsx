// Staff import: upload → preview → dry run → run with progress → report (a durable job each,
// decision 011), the templates and the problems' CSV; imports are their owner's (others 404).
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError, type FieldMessage } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { type MessageKey } from '../../platform/i18n';
import { ORGANIZATION_KINDS, type OrganizationKind } from './domain/taxonomy';
import { guardFormula } from './export/stream';
import { IMPORT_SUBJECTS, type ImportSubject } from './import/columns';
import { csvCell } from '../../platform/files/csv';
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

const canImport = policies.backOffice('directory.import:run');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function jobOf(c: AppContext) {
  const { deps, actor } = c.get('ctx');
  const id = c.req.param('id') ?? '';
  const job = UUID.test(id) ? await findImport(deps, id, actor) : undefined;
  if (!job) throw new AppError('NOT_FOUND');
  return job;
}

/** What the file holds: organisations unless people are asked for. */
const subjectOf = (value: unknown): ImportSubject =>
  IMPORT_SUBJECTS.find((s) => s === value) ?? 'organizations';

function defaultKindOf(value: unknown): OrganizationKind | undefined {
  return typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value)
    ? (value as OrganizationKind)
    : undefined;
}

export function registerImportRoutes(router: Router) {
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
}
