import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldMessage } from '../../../platform/http/errors';
import { formatDateTime, formatNumber, type Translate } from '../../../platform/i18n';
import { Notice } from '../../../platform/ui/components';
import { Layout } from '../../../platform/ui/layout';
import { sortKey } from '../../../platform/text/vietnamese';
import { PROVINCES } from '../domain/provinces';
import { CERTIFICATIONS, ORGANIZATION_KINDS, SECTORS, STAGES } from '../domain/taxonomy';
import { fieldHeaderKey, IMPORT_FIELDS, type ImportField } from '../import/columns';
import { isBusy, type ImportJob, type ImportReport } from '../import/jobs';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../import/read-table';
import type { TDirectoryQuery } from '../services/organizations.queries';
import { certificationLabel, kindLabel, sectorLabel, stageLabel } from './labels';

/** A table that may scroll sideways on a phone: a named region keyboard users can scroll. */
export function TableWrap({ label, children }: { label: string; children?: Child }) {
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** Rows of problems shown on the page; the CSV download has them all. */
const PROBLEMS_SHOWN = 200;

/** The file's own header for a field, else the field's name; the whole row when none. */
export function columnLabel(t: Translate, job: ImportJob, field: ImportField | undefined) {
  if (!field) return t('directory.import.report.wholeRow');
  const column = job.mapping.find((m) => m.field === field && !m.ignored);
  return column?.header ?? t(fieldHeaderKey(field));
}

const num = (ctx: RequestContext, n: number) => formatNumber(n, ctx.locale);

/** The query string of the directory's filters, for export links. */
export function filterQuery(query: TDirectoryQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'kind', 'province', 'sector', 'stage', 'certification'] as const) {
    const v = query[key];
    if (v) params.set(key, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function Select(props: {
  id: string;
  name: string;
  label: string;
  any: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function ExportSection({ ctx, query }: { ctx: RequestContext; query: TDirectoryQuery }) {
  const { t } = ctx;
  const byLabel = (a: { label: string }, b: { label: string }) =>
    sortKey(a.label) < sortKey(b.label) ? -1 : 1;
  const any = t('directory.filter.any');
  const qs = filterQuery(query);
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('directory.export.title')}</h2>
      <p>{t('directory.export.lead')}</p>
      <p class="row">
        <a class="button secondary" href={`/directory/export.csv${qs}`} download>
          {t('directory.export.csvCurrent')}
        </a>
        <a class="button secondary" href={`/directory/export.xlsx${qs}`} download>
          {t('directory.export.xlsxCurrent')}
        </a>
      </p>
      <details open={qs !== ''}>
        <summary>{t('directory.export.choose')}</summary>
        <form method="get" action="/directory/export.csv" class="stack">
          <div class="field">
            <label for="x-q">{t('directory.search.label')}</label>
            <input id="x-q" name="q" type="search" value={query.q} />
          </div>
          <div class="filter-grid">
            <Select
              id="x-kind"
              name="kind"
              label={t('directory.filter.kind')}
              any={any}
              value={query.kind}
              options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
            />
            <Select
              id="x-province"
              name="province"
              label={t('directory.filter.province')}
              any={any}
              value={query.province}
              options={PROVINCES.map((p) => ({ value: p.code, label: p.shortName })).sort(byLabel)}
            />
            <Select
              id="x-sector"
              name="sector"
              label={t('directory.filter.sector')}
              any={any}
              value={query.sector}
              options={SECTORS.map((s) => ({ value: s, label: sectorLabel(t, s) })).sort(byLabel)}
            />
            <Select
              id="x-stage"
              name="stage"
              label={t('directory.filter.stage')}
              any={any}
              value={query.stage}
              options={STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }))}
            />
            <Select
              id="x-certification"
              name="certification"
              label={t('directory.filter.certification')}
              any={any}
              value={query.certification}
              options={['innovative_startup', ...CERTIFICATIONS].map((c) => ({
                value: c,
                label: certificationLabel(t, c),
              }))}
            />
          </div>
          <p class="row">
            <button type="submit">{t('directory.export.csv')}</button>
            <button type="submit" class="secondary" formaction="/directory/export.xlsx">
              {t('directory.export.xlsx')}
            </button>
          </p>
        </form>
      </details>
      <p>
        <a href="/directory/open-data">{t('directory.export.openDataLink')}</a>
      </p>
    </section>
  );
}

function ColumnsHelp({ t }: { t: Translate }) {
  return (
    <details>
      <summary>{t('directory.import.columns.title')}</summary>
      <p>{t('directory.import.columns.lead')}</p>
      <TableWrap label={t('directory.import.columns.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('directory.import.columns.header')}</th>
              <th scope="col">{t('directory.import.columns.accepts')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_FIELDS.map((f) => (
              <tr>
                <th scope="row">{t(fieldHeaderKey(f))}</th>
                <td>{t(`directory.import.hint.${f}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </details>
  );
}

const STATUS_KEY = {
  ready: 'directory.import.status.ready',
  checking: 'directory.import.status.checking',
  checked: 'directory.import.status.checked',
  running: 'directory.import.status.running',
  done: 'directory.import.status.done',
  failed: 'directory.import.status.failed',
  expired: 'directory.import.status.expired',
} as const;

export function ImportHomePage(props: {
  ctx: RequestContext;
  jobs: ImportJob[];
  query: TDirectoryQuery;
  error?: FieldMessage;
}) {
  const { ctx, jobs, query, error } = props;
  const { t } = ctx;
  // The site-wide request limit may be lower than the import's own.
  const maxBytes = Math.min(IMPORT_MAX_BYTES, ctx.deps.config.BODY_LIMIT_BYTES);
  const maxMb = formatNumber(Math.floor(maxBytes / 100_000) / 10, ctx.locale);
  return (
    <Layout
      ctx={ctx}
      title={t('directory.import.title')}
      path={`/directory/import${filterQuery(query)}`}
    >
      <p>
        <a href="/directory">{t('directory.import.backToDirectory')}</a>
      </p>
      <h1>{t('directory.import.title')}</h1>
      <p class="lead">{t('directory.import.lead')}</p>
      {error && (
        <div class="alert error" role="alert" tabindex={-1}>
          <h2>{t('directory.import.error.title')}</h2>
          <p id="file-error">{t(error.key, error.params)}</p>
        </div>
      )}
      <form
        method="post"
        action="/directory/import"
        enctype="multipart/form-data"
        class="stack"
        aria-labelledby="upload-title"
      >
        <h2 id="upload-title">{t('directory.import.upload.title')}</h2>
        <div class={error ? 'field has-error' : 'field'}>
          <label for="file">{t('directory.import.upload.file')}</label>
          <p class="hint" id="file-hint">
            {t('directory.import.upload.hint', {
              max: maxMb,
              rows: formatNumber(IMPORT_MAX_ROWS, ctx.locale),
            })}
          </p>
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
          />
        </div>
        <p class="row">
          <button type="submit">{t('directory.import.upload.submit')}</button>
          <a href="/directory/import/template.csv" download>
            {t('directory.import.upload.template')}
          </a>
        </p>
      </form>
      <ColumnsHelp t={t} />
      {jobs.length > 0 && (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t('directory.import.recent')}</h2>
          <TableWrap label={t('directory.import.recent')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('directory.import.file')}</th>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col">{t('directory.import.rows')}</th>
                  <th scope="col">{t('directory.import.state')}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((j) => (
                  <tr>
                    <td>
                      <a href={`/directory/import/${j.id}`}>{j.fileName}</a>
                    </td>
                    <td>{formatDateTime(j.createdAt, ctx.locale)}</td>
                    <td>{num(ctx, j.rowCount)}</td>
                    <td>{t(STATUS_KEY[j.status])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
      <ExportSection ctx={ctx} query={query} />
    </Layout>
  );
}

function MappingTable({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const { t } = ctx;
  const ignored = {
    unknown: t('directory.import.mapping.unknown'),
    duplicate: t('directory.import.mapping.duplicate'),
    known: t('directory.import.mapping.known'),
    empty: t('directory.import.mapping.empty'),
  };
  return (
    <TableWrap label={t('directory.import.mapping.title')}>
      <table>
        <caption>{t('directory.import.mapping.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.import.mapping.column')}</th>
            <th scope="col">{t('directory.import.mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {job.mapping.map((m) => (
            <tr>
              <th scope="row">{m.header || `#${m.index + 1}`}</th>
              <td>
                {m.ignored ? (
                  <span class="muted">{ignored[m.ignored]}</span>
                ) : (
                  t(fieldHeaderKey(m.field!))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function PreviewTable({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const { t } = ctx;
  const columns = job.mapping.filter((m) => m.field && !m.ignored);
  return (
    <TableWrap label={t('directory.import.preview.summary')}>
      <table>
        <caption>
          {t('directory.import.preview.title', {
            shown: num(ctx, job.preview.length),
            total: num(ctx, job.rowCount),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.import.report.row')}</th>
            {columns.map((m) => (
              <th scope="col">{m.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {job.preview.map((r) => (
            <tr>
              <th scope="row">{r.line}</th>
              {columns.map((m) => (
                <td>{(r.cells[m.index] ?? '').normalize('NFC')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function MissingColumns({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const { t } = ctx;
  const has = (f: ImportField) => job.mapping.some((m) => m.field === f && !m.ignored);
  const notes: string[] = [];
  if (!job.mapping.some((m) => m.field && !m.ignored))
    notes.push(t('directory.import.warn.noColumns'));
  else {
    if (!has('legalName')) notes.push(t('directory.import.warn.noName'));
    if (!has('taxCode') && !has('externalId')) notes.push(t('directory.import.warn.noKey'));
    if (!has('kind')) notes.push(t('directory.import.warn.noKind'));
  }
  if (notes.length === 0) return null;
  return (
    <Notice kind="info">
      <ul>
        {notes.map((n) => (
          <li>{n}</li>
        ))}
      </ul>
    </Notice>
  );
}

function RunForm({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const { t } = ctx;
  return (
    <form method="post" action={`/directory/import/${job.id}/check`} class="stack">
      <div class="field">
        <label for="defaultKind">{t('directory.import.defaultKind')}</label>
        <p class="hint" id="defaultKind-hint">
          {t('directory.import.defaultKind.hint')}
        </p>
        <select id="defaultKind" name="defaultKind" aria-describedby="defaultKind-hint">
          <option value="">{t('directory.import.defaultKind.none')}</option>
          {ORGANIZATION_KINDS.map((k) => (
            <option value={k} selected={k === job.defaultKind}>
              {kindLabel(t, k)}
            </option>
          ))}
        </select>
      </div>
      <p class="row">
        <button type="submit" class={job.status === 'checked' ? 'secondary' : undefined}>
          {t('directory.import.checkButton')}
        </button>
        <button
          type="submit"
          formaction={`/directory/import/${job.id}/run`}
          class={job.status === 'checked' ? undefined : 'secondary'}
        >
          {t('directory.import.runButton')}
        </button>
      </p>
    </form>
  );
}

function Report({
  ctx,
  job,
  report,
}: {
  ctx: RequestContext;
  job: ImportJob;
  report: ImportReport;
}) {
  const { t } = ctx;
  const dry = report.mode === 'dry-run';
  const { seconds, counts } = report;
  const stored = counts.created + counts.updated + counts.unchanged;
  const items: [string, number][] = [
    [
      t(dry ? 'directory.import.count.wouldCreate' : 'directory.import.count.created'),
      report.counts.created,
    ],
    [
      t(dry ? 'directory.import.count.wouldUpdate' : 'directory.import.count.updated'),
      report.counts.updated,
    ],
    [t('directory.import.count.unchanged'), report.counts.unchanged],
    [t('directory.import.count.failed'), report.counts.failed],
  ];
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">
        {t(dry ? 'directory.import.report.dryTitle' : 'directory.import.report.title')}
      </h2>
      <Notice kind={counts.failed === 0 ? 'success' : stored > 0 ? 'info' : 'error'}>
        <p>
          {t(dry ? 'directory.import.report.drySummary' : 'directory.import.report.summary', {
            rows: num(ctx, job.rowCount),
            failed: num(ctx, report.counts.failed),
            seconds: formatNumber(Math.round(seconds * 10) / 10, ctx.locale),
          })}
        </p>
      </Notice>
      <dl class="facts">
        {items.map(([label, n]) => (
          <>
            <dt>{label}</dt>
            <dd>{num(ctx, n)}</dd>
          </>
        ))}
      </dl>
      {report.problemCount > 0 && (
        <>
          <h3>{t('directory.import.report.problems')}</h3>
          <p>
            {report.problemCount > PROBLEMS_SHOWN
              ? t('directory.import.report.problemsSome', {
                  shown: num(ctx, PROBLEMS_SHOWN),
                  total: num(ctx, report.problemCount),
                })
              : t('directory.import.report.problemsAll', {
                  total: num(ctx, report.problemCount),
                })}{' '}
            <a href={`/directory/import/${job.id}/problems.csv`} download>
              {t('directory.import.report.download')}
            </a>
          </p>
          <TableWrap label={t('directory.import.report.problems')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('directory.import.report.row')}</th>
                  <th scope="col">{t('directory.import.report.column')}</th>
                  <th scope="col">{t('directory.import.report.value')}</th>
                  <th scope="col">{t('directory.import.report.message')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
                  <tr>
                    <th scope="row">{p.line}</th>
                    <td>{columnLabel(t, job, p.field)}</td>
                    <td>{p.value}</td>
                    <td>{t(p.message.key, p.message.params)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}

function Progress({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const { t } = ctx;
  const done = job.progress?.done ?? 0;
  const total = job.progress?.total ?? job.rowCount;
  const template = t('directory.import.progress.text', { done: '{done}', total: '{total}' });
  return (
    <section
      aria-labelledby="progress-title"
      id="import-progress"
      data-status-url={`/directory/import/${job.id}/status`}
      data-template={template}
    >
      <h2 id="progress-title">
        {t(
          job.status === 'running'
            ? 'directory.import.progress.run'
            : 'directory.import.progress.check',
        )}
      </h2>
      <progress
        id="import-progress-bar"
        max={Math.max(total, 1)}
        value={done}
        aria-describedby="import-progress-text"
      >
        {`${Math.round((done / Math.max(total, 1)) * 100)}%`}
      </progress>
      <p id="import-progress-text" role="status">
        {t('directory.import.progress.text', { done: num(ctx, done), total: num(ctx, total) })}
      </p>
      <p class="muted">{t('directory.import.progress.hint')}</p>
      <p>
        <a href={`/directory/import/${job.id}`}>{t('directory.import.progress.refresh')}</a>
      </p>
    </section>
  );
}

export function ImportJobPage({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const { t } = ctx;
  const busy = isBusy(job);
  const head = busy ? (
    <>
      <noscript>
        <meta http-equiv="refresh" content="2" />
      </noscript>
      <script src="/assets/import-progress.js" defer />
    </>
  ) : undefined;
  const format =
    job.format === 'xlsx'
      ? 'XLSX'
      : t('directory.import.format.csv', {
          delimiter: job.delimiter === '\t' ? 'Tab' : (job.delimiter ?? ','),
        });
  const showInputs = job.status === 'ready' || job.status === 'checked' || job.status === 'failed';
  const preview = (open: boolean) => (
    <details open={open}>
      <summary>{t('directory.import.preview.summary')}</summary>
      <MappingTable ctx={ctx} job={job} />
      <PreviewTable ctx={ctx} job={job} />
    </details>
  );
  return (
    <Layout
      ctx={ctx}
      title={t('directory.import.jobTitle', { file: job.fileName })}
      path={`/directory/import/${job.id}`}
      head={head}
    >
      <p>
        <a href="/directory/import">{t('directory.import.back')}</a>
      </p>
      <h1>{t('directory.import.jobTitle', { file: job.fileName })}</h1>
      <dl class="facts">
        <dt>{t('directory.import.state')}</dt>
        <dd>{t(STATUS_KEY[job.status])}</dd>
        <dt>{t('directory.import.format')}</dt>
        <dd>{format}</dd>
        <dt>{t('directory.import.rows')}</dt>
        <dd>{num(ctx, job.rowCount)}</dd>
        <dt>{t('directory.import.uploaded')}</dt>
        <dd>{formatDateTime(job.createdAt, ctx.locale)}</dd>
      </dl>
      {busy && <Progress ctx={ctx} job={job} />}
      {job.status === 'expired' && (
        <Notice kind="info">
          <p>{t('directory.import.expired')}</p>
        </Notice>
      )}
      {job.status === 'failed' && (
        <Notice kind="error">
          <p>{t('directory.import.failed')}</p>
        </Notice>
      )}
      {job.result && <Report ctx={ctx} job={job} report={job.result} />}
      {job.status === 'done' && (
        <p class="row">
          <a class="button" href="/directory/import">
            {t('directory.import.another')}
          </a>
          <a href="/directory?sort=newest">{t('directory.import.seeDirectory')}</a>
        </p>
      )}
      {!job.result && job.check && !busy && <Report ctx={ctx} job={job} report={job.check} />}
      {showInputs && (
        <>
          {job.status === 'checked' && job.check && job.check.counts.failed > 0 && (
            <p>{t('directory.import.runAnyway')}</p>
          )}
          <MissingColumns ctx={ctx} job={job} />
          {/* First look at how the file is read; after a check, the report comes first. */}
          {job.status === 'ready' && preview(true)}
          <RunForm ctx={ctx} job={job} />
          {job.status !== 'ready' && preview(false)}
          <form method="post" action={`/directory/import/${job.id}/discard`} class="inline">
            <button type="submit" class="link">
              {t('directory.import.discard')}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
