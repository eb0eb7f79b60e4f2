// Importing a portfolio: the upload form, then the preview of what the file holds with each row's
// problems, and the button that imports it (only when no problem remains).
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, type MessageKey } from '../../../platform/i18n';
import { DataTable } from '../../../platform/ui/data-table';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice } from '../../../platform/ui/notice';
import { FileField } from '../../../platform/ui/text-controls';
import type { IpImportPreview } from '../services/import-ip-assets';
import type { IpRowProblem, SheetAsset } from '../services/ip-asset-sheet';
import type { Owner } from '../services/owners';
import { dayText, stageLabel } from './ip-labels';
import { ipImportPath, PORTFOLIO_PATH, portfolioPath } from './ip-paths';
import { ipKindLabel } from './labels';

function Frame(props: { ctx: RequestContext; owner: Owner; title: string; children?: unknown }) {
  const { ctx, owner } = props;
  return (
    <Layout ctx={ctx} title={props.title} path={PORTFOLIO_PATH}>
      <p>
        <a href={portfolioPath(owner.slug)}>
          {ctx.t('marketplace.ip.office.title', { name: owner.name })}
        </a>
      </p>
      <h1>{props.title}</h1>
      {props.children as never}
    </Layout>
  );
}

export function IpImportPage(props: { ctx: RequestContext; owner: Owner; errors?: FieldErrors }) {
  const { ctx, owner } = props;
  const { t } = ctx;
  return (
    <Frame ctx={ctx} owner={owner} title={t('marketplace.ip.import.title')}>
      <ErrorSummary t={t} errors={props.errors} />
      <p>{t('marketplace.ip.import.howTo')}</p>
      <form method="post" action={ipImportPath(owner.slug)} enctype="multipart/form-data">
        <FileField
          t={t}
          name="file"
          label={t('marketplace.ip.import.file')}
          hint={t('marketplace.ip.import.fileHint')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          errors={props.errors}
          required
        />
        <button type="submit">{t('marketplace.ip.import.preview')}</button>
      </form>
    </Frame>
  );
}

function ProblemList({ ctx, problems }: { ctx: RequestContext; problems: IpRowProblem[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {t('marketplace.ip.import.problems', { count: problems.length })}
      </h2>
      <ul>
        {problems.map((p) => (
          <li>
            {t('marketplace.ip.import.problemLine', {
              line: p.line,
              column: t(`marketplace.ip.field.${p.column}` as MessageKey),
            })}{' '}
            {t(p.message.key, p.message.params)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IpImportPreviewPage(props: { ctx: RequestContext; preview: IpImportPreview }) {
  const { ctx, preview } = props;
  const { owner, reading, upload } = preview;
  const { t, locale } = ctx;
  const hasProblems = reading.problems.length > 0;
  const count = formatNumber(reading.assets.length, locale);
  return (
    <Frame ctx={ctx} owner={owner} title={t('marketplace.ip.import.previewTitle')}>
      {hasProblems ? (
        <Notice kind="error">{t('marketplace.ip.import.fixFirst')}</Notice>
      ) : (
        <Notice kind="info">{t('marketplace.ip.import.ready', { count })}</Notice>
      )}
      {hasProblems && <ProblemList ctx={ctx} problems={reading.problems} />}
      <DataTable
        label={t('marketplace.ip.import.previewTitle')}
        rows={reading.assets}
        columns={[
          {
            key: 'line',
            label: t('marketplace.ip.import.line'),
            cell: (a: SheetAsset) => String(a.line),
          },
          {
            key: 'title',
            label: t('marketplace.ip.field.title'),
            isRowHeader: true,
            cell: (a: SheetAsset) => a.fields.title,
          },
          {
            key: 'reference',
            label: t('marketplace.ip.field.reference'),
            cell: (a: SheetAsset) => a.fields.reference,
          },
          {
            key: 'kind',
            label: t('marketplace.field.ipKind'),
            cell: (a: SheetAsset) => ipKindLabel(t, a.fields.ipKind),
          },
          {
            key: 'stage',
            label: t('marketplace.ip.field.stage'),
            cell: (a: SheetAsset) => stageLabel(t, a.fields.stage),
          },
          {
            key: 'number',
            label: t('marketplace.ip.column.number'),
            cell: (a: SheetAsset) => a.fields.grantNumber || a.fields.filingNumber,
          },
          {
            key: 'filed',
            label: t('marketplace.ip.field.filedOn'),
            cell: (a: SheetAsset) => dayText(a.fields.filedOn, locale),
          },
        ]}
      />
      {!hasProblems && (
        <form method="post" action={`${ipImportPath(owner.slug)}/${upload.id}`}>
          <button type="submit">{t('marketplace.ip.import.confirm', { count })}</button>
        </form>
      )}
      <p>
        <a href={ipImportPath(owner.slug)}>{t('marketplace.ip.import.another')}</a>
      </p>
    </Frame>
  );
}
