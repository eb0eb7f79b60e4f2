// An asset of a portfolio: its form (new or edit) and its page, where the office records the
// fees that fall due, the licences it grants and the revenue they bring.
import { randomUUID } from 'node:crypto';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatVnd } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox, SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { DateField, LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { IpAssetRow } from '../db/ip-portfolio.repository';
import type { IpAssetPageView } from '../services/ip-portfolio.queries';
import type { Owner } from '../services/owners';
import { dayText, stageChoices, stageLabel } from './ip-labels';
import { FeeFields, LicenceFields, RevenueFields } from './ip-record-fields';
import { ipAssetPath, ipRecordPath, PORTFOLIO_PATH, portfolioPath } from './ip-paths';
import { ipKindChoices, ipKindLabel } from './labels';
import { offerPath } from './paths';

export interface IpAssetFormProps {
  ctx: RequestContext;
  owner: Owner;
  offers: { id: string; title: string }[];
  values: FormValues;
  errors?: FieldErrors;
  /** Editing: the asset and the version the form was shown at. */
  asset?: IpAssetRow;
  version?: number;
  submissionKey?: string;
  notice?: PageNotice;
}

function AssetFields({ ctx, values: v, errors, offers }: IpAssetFormProps) {
  const { t } = ctx;
  const text = (name: string, extra: { hint?: string; required?: boolean } = {}) => (
    <TextField
      t={t}
      name={name}
      label={t(`marketplace.ip.field.${name}` as never)}
      value={v[name]}
      errors={errors}
      {...extra}
    />
  );
  const day = (name: string) => (
    <DateField
      t={t}
      name={name}
      label={t(`marketplace.ip.field.${name}` as never)}
      value={v[name]}
      errors={errors}
    />
  );
  return (
    <>
      {text('title', { required: true })}
      {text('reference', { hint: t('marketplace.ip.hint.reference') })}
      <SelectField
        t={t}
        name="ipKind"
        label={t('marketplace.field.ipKind')}
        value={v.ipKind}
        options={ipKindChoices(t)}
        errors={errors}
      />
      <SelectField
        t={t}
        name="stage"
        label={t('marketplace.ip.field.stage')}
        hint={t('marketplace.ip.hint.stage')}
        value={v.stage}
        options={stageChoices(t)}
        errors={errors}
      />
      {day('disclosedOn')}
      <fieldset>
        <legend>{t('marketplace.ip.section.filing')}</legend>
        {text('filingNumber')}
        {day('filedOn')}
        {text('jurisdiction')}
      </fieldset>
      <fieldset>
        <legend>{t('marketplace.ip.section.grant')}</legend>
        {text('grantNumber')}
        {day('grantedOn')}
        {day('expiresOn')}
      </fieldset>
      <LongTextField
        t={t}
        name="coOwners"
        label={t('marketplace.ip.field.coOwners')}
        hint={t('marketplace.ip.hint.coOwners')}
        value={v.coOwners}
        errors={errors}
        rows={3}
      />
      <Checkbox
        t={t}
        name="isStateFunded"
        value="yes"
        label={t('marketplace.ip.field.isStateFunded')}
        checked={v.isStateFunded === 'yes'}
        errors={errors}
      />
      <LongTextField
        t={t}
        name="inventors"
        label={t('marketplace.ip.field.inventors')}
        hint={t('marketplace.ip.hint.private')}
        value={v.inventors}
        errors={errors}
        rows={2}
      />
      <LongTextField
        t={t}
        name="notes"
        label={t('marketplace.ip.field.notes')}
        hint={t('marketplace.ip.hint.private')}
        value={v.notes}
        errors={errors}
        rows={3}
      />
      <SelectField
        t={t}
        name="offer"
        label={t('marketplace.ip.field.offer')}
        hint={t('marketplace.ip.hint.offer')}
        value={v.offer}
        empty={t('marketplace.ip.noOffer')}
        options={offers.map((o) => ({ value: o.id, label: o.title }))}
        errors={errors}
      />
    </>
  );
}

export function IpAssetFormPage(props: IpAssetFormProps) {
  const { ctx, owner, asset } = props;
  const { t } = ctx;
  const title = asset ? t('marketplace.ip.asset.edit') : t('marketplace.ip.asset.new');
  const action = asset ? `${ipAssetPath(asset.id)}/edit` : `${portfolioPath(owner.slug)}/new`;
  return (
    <Layout ctx={ctx} title={title} path={PORTFOLIO_PATH}>
      <p>
        <a href={portfolioPath(owner.slug)}>
          {t('marketplace.ip.office.title', { name: owner.name })}
        </a>
      </p>
      <h1>{title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={t} errors={props.errors} />
      <form method="post" action={action}>
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        {props.submissionKey && (
          <input type="hidden" name="submissionKey" value={props.submissionKey} />
        )}
        <AssetFields {...props} />
        <button type="submit">{t('marketplace.ip.save')}</button>
      </form>
    </Layout>
  );
}

interface RecordFormProps {
  ctx: RequestContext;
  assetId: string;
  values?: FormValues;
  errors?: FieldErrors;
}

function FeeForm({ ctx, assetId, values, errors }: RecordFormProps) {
  return (
    <form method="post" action={`${ipAssetPath(assetId)}/fees`}>
      <input type="hidden" name="submissionKey" value={randomUUID()} />
      <FeeFields ctx={ctx} values={values} errors={errors} />
      <button type="submit">{ctx.t('marketplace.ip.fee.add')}</button>
    </form>
  );
}

function LicenceForm({ ctx, assetId, values, errors }: RecordFormProps) {
  return (
    <form method="post" action={`${ipAssetPath(assetId)}/licences`}>
      <input type="hidden" name="submissionKey" value={randomUUID()} />
      <LicenceFields ctx={ctx} values={values} errors={errors} />
      <button type="submit">{ctx.t('marketplace.ip.licence.add')}</button>
    </form>
  );
}

function RevenueForm(props: RecordFormProps & { licences: IpAssetPageView['licences'] }) {
  const { ctx, assetId } = props;
  return (
    <form method="post" action={`${ipAssetPath(assetId)}/revenues`}>
      <input type="hidden" name="submissionKey" value={randomUUID()} />
      <RevenueFields
        ctx={ctx}
        values={props.values}
        errors={props.errors}
        licences={props.licences}
      />
      <button type="submit">{ctx.t('marketplace.ip.revenue.add')}</button>
    </form>
  );
}

type Row<K extends 'fees' | 'licences' | 'revenues'> = IpAssetPageView[K][number];

/** The link to a row's own page, named after the row for assistive technology. */
function editColumn<R extends { id: string }>(
  ctx: RequestContext,
  path: (row: R) => string,
  name: (row: R) => string,
) {
  const { t } = ctx;
  return {
    key: 'edit',
    label: t('marketplace.ip.record.actions'),
    cell: (row: R) => (
      <a href={path(row)} aria-label={t('marketplace.ip.record.editLabel', { name: name(row) })}>
        {t('marketplace.ip.record.edit')}
      </a>
    ),
  };
}

export type RecordForm = 'fee' | 'licence' | 'revenue';

function Particulars({ ctx, asset }: { ctx: RequestContext; asset: IpAssetRow }) {
  const { t, locale } = ctx;
  const rows: [string, string][] = [
    [t('marketplace.ip.field.reference'), asset.reference],
    [t('marketplace.field.ipKind'), ipKindLabel(t, asset.ipKind)],
    [t('marketplace.ip.field.stage'), stageLabel(t, asset.stage)],
    [t('marketplace.ip.field.disclosedOn'), dayText(asset.disclosedOn, locale)],
    [t('marketplace.ip.field.filingNumber'), asset.filingNumber],
    [t('marketplace.ip.field.filedOn'), dayText(asset.filedOn, locale)],
    [t('marketplace.ip.field.jurisdiction'), asset.jurisdiction],
    [t('marketplace.ip.field.grantNumber'), asset.grantNumber],
    [t('marketplace.ip.field.grantedOn'), dayText(asset.grantedOn, locale)],
    [t('marketplace.ip.field.expiresOn'), dayText(asset.expiresOn, locale)],
    [
      t('marketplace.ip.field.coOwners'),
      asset.coOwners.map((o) => `${o.name} (${o.share}%)`).join('; '),
    ],
    [t('marketplace.ip.field.inventors'), asset.inventors],
    [t('marketplace.ip.field.notes'), asset.notes],
  ];
  return (
    <dl>
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
      {asset.isStateFunded && <dd>{t('marketplace.ip.field.isStateFunded')}</dd>}
    </dl>
  );
}

export function IpAssetPage(props: {
  ctx: RequestContext;
  view: IpAssetPageView;
  notice?: PageNotice;
  /** A refused record form, kept with what was typed. */
  refused?: { form: RecordForm; values: FormValues; errors: FieldErrors };
}) {
  const { ctx, view, refused } = props;
  const { asset, owner } = view;
  const { t, locale } = ctx;
  const path = ipAssetPath(asset.id);
  const formState = (form: RecordForm) =>
    refused?.form === form ? { values: refused.values, errors: refused.errors } : {};
  const revenue = view.revenues.reduce((sum, r) => sum + r.amountVnd, 0n);
  return (
    <Layout ctx={ctx} title={asset.title} path={PORTFOLIO_PATH}>
      <p>
        <a href={portfolioPath(owner.slug)}>
          {t('marketplace.ip.office.title', { name: owner.name })}
        </a>
      </p>
      <h1>{asset.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={t} errors={refused?.errors} />
      <Particulars ctx={ctx} asset={asset} />
      <p>
        <a class="button secondary" href={`${path}/edit`}>
          {t('marketplace.ip.asset.edit')}
        </a>{' '}
        {asset.offerId && <a href={offerPath(asset.offerId)}>{t('marketplace.ip.column.offer')}</a>}
      </p>
      <h2>{t('marketplace.ip.fee.title')}</h2>
      <DataTable
        rows={view.fees}
        columns={[
          {
            key: 'label',
            label: t('marketplace.ip.fee.label'),
            isRowHeader: true,
            cell: (f) => f.label,
          },
          {
            key: 'due',
            label: t('marketplace.ip.fee.dueOn'),
            cell: (f) => dayText(f.dueOn, locale),
          },
          {
            key: 'amount',
            label: t('marketplace.ip.fee.amount'),
            cell: (f) => formatVnd(f.amountVnd, locale),
          },
          {
            key: 'paid',
            label: t('marketplace.ip.fee.paidOn'),
            cell: (f) =>
              f.paidOn ? (
                dayText(f.paidOn, locale)
              ) : (
                <ActionButton
                  action={`${path}/fees/${f.id}/paid`}
                  label={t('marketplace.ip.fee.markPaid')}
                  ariaLabel={`${t('marketplace.ip.fee.markPaid')}: ${f.label}`}
                  kind="secondary"
                />
              ),
          },
          editColumn<Row<'fees'>>(
            ctx,
            (f) => ipRecordPath(asset.id, 'fee', f.id),
            (f) => f.label,
          ),
        ]}
      />
      <FeeForm ctx={ctx} assetId={asset.id} {...formState('fee')} />
      <h2>{t('marketplace.ip.licence.title')}</h2>
      <DataTable
        rows={view.licences}
        columns={[
          {
            key: 'licensee',
            label: t('marketplace.ip.licence.licensee'),
            isRowHeader: true,
            cell: (l) => l.licensee,
          },
          {
            key: 'on',
            label: t('marketplace.ip.licence.licensedOn'),
            cell: (l) => dayText(l.licensedOn, locale),
          },
          {
            key: 'exclusive',
            label: t('marketplace.ip.licence.isExclusive'),
            cell: (l) => (l.isExclusive ? t('marketplace.ip.yes') : t('marketplace.ip.no')),
          },
          { key: 'terms', label: t('marketplace.ip.licence.terms'), cell: (l) => l.terms },
          editColumn<Row<'licences'>>(
            ctx,
            (l) => ipRecordPath(asset.id, 'licence', l.id),
            (l) => l.licensee,
          ),
        ]}
      />
      <LicenceForm ctx={ctx} assetId={asset.id} {...formState('licence')} />
      <h2>{t('marketplace.ip.revenue.title')}</h2>
      <p>{t('marketplace.ip.revenue.total', { amount: formatVnd(revenue, locale) })}</p>
      <DataTable
        rows={view.revenues}
        columns={[
          {
            key: 'on',
            label: t('marketplace.ip.revenue.receivedOn'),
            isRowHeader: true,
            cell: (r) => dayText(r.receivedOn, locale),
          },
          {
            key: 'amount',
            label: t('marketplace.ip.revenue.amount'),
            cell: (r) => formatVnd(r.amountVnd, locale),
          },
          {
            key: 'licence',
            label: t('marketplace.ip.revenue.licence'),
            cell: (r) => view.licences.find((l) => l.id === r.licenceId)?.licensee ?? '',
          },
          { key: 'note', label: t('marketplace.ip.revenue.note'), cell: (r) => r.note },
          editColumn<Row<'revenues'>>(
            ctx,
            (r) => ipRecordPath(asset.id, 'revenue', r.id),
            (r) => `${dayText(r.receivedOn, locale)} ${formatVnd(r.amountVnd, locale)}`,
          ),
        ]}
      />
      <RevenueForm
        ctx={ctx}
        assetId={asset.id}
        licences={view.licences}
        {...formState('revenue')}
      />
    </Layout>
  );
}
