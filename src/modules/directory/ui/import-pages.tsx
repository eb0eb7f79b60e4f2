import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldMessage } from '../../../platform/errors';
import { formatDateTime, formatNumber, type Translate } from '../../../platform/i18n';
import { queryHref } from '../../../platform/http/page-links';
import { RadioGroup, SelectField } from '../../../platform/ui/choice-controls';
import { SPREADSHEET_ACCEPT } from '../../../platform/ui/import-preview';
import { Layout } from '../../../platform/ui/layout';
import { FileField, TextField } from '../../../platform/ui/text-controls';
import { PROVINCES } from '../domain/provinces';
import { CERTIFICATIONS, ORGANIZATION_KINDS, SECTORS, STAGES } from '../domain/taxonomy';
import { IMPORT_SUBJECTS, type ColumnSet, type ImportSubject } from '../import/columns';
import { columnsOf, type ImportJob } from '../import/jobs';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../import/read-table';
import type { TDirectoryQuery } from '../services/organizations.queries';
import { certificationLabel, kindLabel, sectorLabel, stageLabel } from './labels';
import { inLabelOrder } from './list-filters';

/** A table that may scroll sideways on a phone: a named region keyboard users can scroll. */
export function TableWrap({ label, children }: { label: string; children?: Child }) {
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

export const num = (ctx: RequestContext, n: number) => formatNumber(n, ctx.locale);

/** The query string of the directory's filters, for export links. */
export function filterQuery(query: TDirectoryQuery): string {
  const { q, kind, province, sector, stage, certification } = query;
  return queryHref('', { q, kind, province, sector, stage, certification });
}

function ExportSection({ ctx, query }: { ctx: RequestContext; query: TDirectoryQuery }) {
  const { t } = ctx;
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
          <TextField
            t={t}
            id="x-q"
            name="q"
            type="search"
            label={t('directory.search.label')}
            value={query.q}
          />
          <div class="filter-grid">
            <SelectField
              t={t}
              id="x-kind"
              name="kind"
              label={t('directory.filter.kind')}
              empty={any}
              value={query.kind}
              options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
            />
            <SelectField
              t={t}
              id="x-province"
              name="province"
              label={t('directory.filter.province')}
              empty={any}
              value={query.province}
              options={inLabelOrder(PROVINCES.map((p) => ({ value: p.code, label: p.shortName })))}
            />
            <SelectField
              t={t}
              id="x-sector"
              name="sector"
              label={t('directory.filter.sector')}
              empty={any}
              value={query.sector}
              options={inLabelOrder(SECTORS.map((s) => ({ value: s, label: sectorLabel(t, s) })))}
            />
            <SelectField
              t={t}
              id="x-stage"
              name="stage"
              label={t('directory.filter.stage')}
              empty={any}
              value={query.stage}
              options={STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }))}
            />
            <SelectField
              t={t}
              id="x-certification"
              name="certification"
              label={t('directory.filter.certification')}
              empty={any}
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

const COLUMNS_TITLE = {
  organizations: 'directory.import.columns.title',
  people: 'directory.importPeople.columns.title',
} as const;

/** The template of a kind of record: its headers and one example row, in the user's language. */
export const templateHref = (subject: ImportSubject) =>
  subject === 'organizations'
    ? '/directory/import/template.csv'
    : `/directory/import/template.csv?subject=${subject}`;

function ColumnsHelp(props: { t: Translate; columns: ColumnSet; open: boolean }) {
  const { t, columns } = props;
  const title = t(COLUMNS_TITLE[columns.subject]);
  return (
    <details open={props.open}>
      <summary>{title}</summary>
      <p>{t('directory.import.columns.lead')}</p>
      <TableWrap label={title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('directory.import.columns.header')}</th>
              <th scope="col">{t('directory.import.columns.accepts')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.fields.map((f) => (
              <tr>
                <th scope="row">{t(columns.headerKey(f))}</th>
                <td>{t(columns.hintKey(f))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </details>
  );
}

export const STATUS_KEY = {
  ready: 'directory.import.status.ready',
  checking: 'directory.import.status.checking',
  checked: 'directory.import.status.checked',
  running: 'directory.import.status.running',
  done: 'directory.import.status.done',
  failed: 'directory.import.status.failed',
  expired: 'directory.import.status.expired',
} as const;

function SubjectChoice({ t, subject }: { t: Translate; subject: ImportSubject }) {
  return (
    <RadioGroup
      t={t}
      name="subject"
      legend={t('directory.import.subject')}
      value={subject}
      options={IMPORT_SUBJECTS.map((s) => ({
        value: s,
        label: t(`directory.import.subject.${s}`),
      }))}
    />
  );
}

export function ImportHomePage(props: {
  ctx: RequestContext;
  jobs: ImportJob[];
  query: TDirectoryQuery;
  /** What the upload form offers first. */
  subject: ImportSubject;
  error?: FieldMessage;
}) {
  const { ctx, jobs, query, subject, error } = props;
  const { t } = ctx;
  // The import's path declares its own body limit (the manifest's uploadLimits), whatever the
  // site-wide one is.
  const maxMb = formatNumber(Math.floor(IMPORT_MAX_BYTES / 100_000) / 10, ctx.locale);
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
          <p>
            <a href="#file">{t(error.key, error.params)}</a>
          </p>
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
        <SubjectChoice t={t} subject={subject} />
        <FileField
          t={t}
          name="file"
          label={t('directory.import.upload.file')}
          hint={t('directory.import.upload.hint', {
            max: maxMb,
            rows: formatNumber(IMPORT_MAX_ROWS, ctx.locale),
          })}
          accept={SPREADSHEET_ACCEPT.table}
          errors={error && { file: error }}
          required
        />
        <p class="row">
          <button type="submit">{t('directory.import.upload.submit')}</button>
          <a href={templateHref('organizations')} download>
            {t('directory.import.upload.template')}
          </a>
          <a href={templateHref('people')} download>
            {t('directory.import.upload.templatePeople')}
          </a>
        </p>
      </form>
      {IMPORT_SUBJECTS.map((s) => (
        <ColumnsHelp t={t} columns={columnsOf(s)} open={s === subject && s !== 'organizations'} />
      ))}
      {jobs.length > 0 && (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t('directory.import.recent')}</h2>
          <TableWrap label={t('directory.import.recent')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('directory.import.file')}</th>
                  <th scope="col">{t('directory.import.subject')}</th>
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
                    <td>{t(`directory.import.subjectShort.${j.subject}`)}</td>
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
