// The page of one import: how the file is read (columns, first rows), the dry run and run
// buttons, the progress while it works and the report of each row's fate.
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber, type Translate } from '../../../platform/i18n';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import { ORGANIZATION_KINDS } from '../domain/taxonomy';
import type { AnyImportField } from '../import/columns';
import { columnsOf, isBusy, type ImportJob, type ImportReport } from '../import/jobs';
import type { RowProblem } from '../import/process';
import { num, STATUS_KEY, TableWrap } from './import-pages';
import { kindLabel } from './labels';

/** Rows of problems shown on the page; the CSV download has them all. */
export const PROBLEMS_SHOWN = 200;

/** The file's own header for a field, else the field's name; the whole row when none. */
export function columnLabel(t: Translate, job: ImportJob, field: AnyImportField | undefined) {
  if (!field) return t('directory.import.report.wholeRow');
  const column = job.mapping.find((m) => m.field === field && !m.ignored);
  return column?.header ?? t(columnsOf(job.subject).headerKey(field));
}

function MappingTable({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const { t } = ctx;
  const columns = columnsOf(job.subject);
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
                  t(columns.headerKey(m.field!))
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

function missingNotes(t: Translate, job: ImportJob): string[] {
  const has = (f: AnyImportField) => job.mapping.some((m) => m.field === f && !m.ignored);
  const people = job.subject === 'people';
  if (!job.mapping.some((m) => m.field && !m.ignored))
    return [
      t(people ? 'directory.importPeople.warn.noColumns' : 'directory.import.warn.noColumns'),
    ];
  const notes: string[] = [];
  if (people) {
    if (!has('fullName')) notes.push(t('directory.importPeople.warn.noName'));
    if (!has('externalId')) notes.push(t('directory.importPeople.warn.noKey'));
    return notes;
  }
  if (!has('legalName')) notes.push(t('directory.import.warn.noName'));
  if (!has('taxCode') && !has('externalId')) notes.push(t('directory.import.warn.noKey'));
  if (!has('kind')) notes.push(t('directory.import.warn.noKind'));
  return notes;
}

function MissingColumns({ ctx, job }: { ctx: RequestContext; job: ImportJob }) {
  const notes = missingNotes(ctx.t, job);
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
      {job.subject === 'organizations' && (
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
      )}
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
  problems,
}: {
  ctx: RequestContext;
  job: ImportJob;
  report: ImportReport;
  /** The first of its problems, in sheet order. */
  problems: RowProblem[];
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
                {problems.slice(0, PROBLEMS_SHOWN).map((p) => (
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

export function ImportJobPage({
  ctx,
  job,
  problems,
}: {
  ctx: RequestContext;
  job: ImportJob;
  /** The first problems of the report shown. */
  problems: RowProblem[];
}) {
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
        <dt>{t('directory.import.subject')}</dt>
        <dd>{t(`directory.import.subjectShort.${job.subject}`)}</dd>
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
      {job.result && <Report ctx={ctx} job={job} report={job.result} problems={problems} />}
      {job.status === 'done' && (
        <p class="row">
          <a class="button" href="/directory/import">
            {t('directory.import.another')}
          </a>
          {job.subject === 'people' ? (
            <a href="/directory/people">{t('directory.importPeople.seeDirectory')}</a>
          ) : (
            <a href="/directory?sort=newest">{t('directory.import.seeDirectory')}</a>
          )}
        </p>
      )}
      {!job.result && job.check && !busy && (
        <Report ctx={ctx} job={job} report={job.check} problems={problems} />
      )}
      {showInputs && (
        <>
          {job.status === 'checked' && job.check && job.check.counts.failed > 0 && (
            <p>{t('directory.import.runAnyway')}</p>
          )}
          <MissingColumns ctx={ctx} job={job} />
          {job.subject === 'people' && (
            <Notice kind="info">
              <p>{t('directory.importPeople.privacy')}</p>
            </Notice>
          )}
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
