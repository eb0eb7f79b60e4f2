// Importing a portfolio: the upload form, then the preview of what the file holds with each row's
// problems, and the button that imports it (only when no problem remains).
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, type MessageKey } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { ImportPreview, ImportUploadForm } from '../../../platform/ui/import-preview';
import type { IpImportPreview } from '../services/import-ip-assets';
import type { SheetAsset } from '../services/ip-asset-sheet';
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
      <ImportUploadForm
        t={t}
        action={ipImportPath(owner.slug)}
        howTo={t('marketplace.ip.import.howTo')}
        label={t('marketplace.ip.import.file')}
        hint={t('marketplace.ip.import.fileHint')}
        accepts="xlsx"
        submit={t('marketplace.ip.import.preview')}
        errors={props.errors}
      />
    </Frame>
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
      <ImportPreview
        t={t}
        notice={
          hasProblems
            ? { kind: 'error', text: t('marketplace.ip.import.fixFirst') }
            : { kind: 'info', text: t('marketplace.ip.import.ready', { count }) }
        }
        problems={{
          heading: t('marketplace.ip.import.problems', { count: reading.problems.length }),
          rows: reading.problems,
          columnLabel: (column) => t(`marketplace.ip.field.${column}` as MessageKey),
        }}
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
        confirm={
          hasProblems
            ? undefined
            : {
                action: `${ipImportPath(owner.slug)}/${upload.id}`,
                label: t('marketplace.ip.import.confirm', { count }),
              }
        }
        another={{ href: ipImportPath(owner.slug), label: t('marketplace.ip.import.another') }}
      />
    </Frame>
  );
}
