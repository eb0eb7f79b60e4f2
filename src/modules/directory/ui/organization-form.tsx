import { fileUrl } from '../../../platform/files';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDate, formatVnd, type MessageKey, type Translate } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { AccountOrganization } from '../../identity';
import type { OrganizationRow } from '../db/organizations.repository';
import { PROVINCES } from '../domain/provinces';
import {
  CERTIFICATIONS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  SECTORS,
  STAGES,
  VSIC_SECTIONS,
} from '../domain/taxonomy';
import { NEW_ACCOUNT_ORGANIZATION } from '../services/managers';
import { NO_MANAGER } from '../services/organization-form-submit';
import {
  formValuesOf,
  LOGO_FIELDS,
  type ListField,
  type OrganizationFormValues,
  type RestrictableField,
  type ScalarField,
} from '../services/organization-form';
import { LOGO_LIMITS } from '../services/organization-logo';
import { certificationLabel, kindLabel, provinceLabel, sectorLabel, stageLabel } from './labels';
import { Checkbox, CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import {
  FileField,
  LongTextField,
  MoneyField,
  TextField,
  type TextFieldProps,
} from '../../../platform/ui/text-controls';
import { Section, VisibilityControl, visibilityLabel } from './form-parts';
import type { PageNotice } from '../../../platform/ui/notice';

/** The label of each field of the form (and of the merge page). */
export const FIELD_LABELS: Record<ScalarField | ListField | 'logoFile' | 'visibility', MessageKey> =
  {
    kind: 'directory.filter.kind',
    legalName: 'directory.form.legalName',
    shortName: 'directory.form.shortName',
    taxCode: 'directory.org.taxCode',
    externalId: 'directory.form.externalId',
    firstRegisteredOn: 'directory.org.firstRegistered',
    status: 'directory.form.status',
    provinceCode: 'directory.filter.province',
    address: 'directory.org.address',
    website: 'directory.org.website',
    email: 'directory.org.email',
    phone: 'directory.org.phone',
    stage: 'directory.filter.stage',
    teamSize: 'directory.org.teamSize',
    capitalRaisedVnd: 'directory.org.capitalRaised',
    descriptionVi: 'directory.form.descriptionVi',
    descriptionEn: 'directory.form.descriptionEn',
    products: 'directory.org.products',
    sectors: 'directory.filter.sector',
    vsicSections: 'directory.form.vsicSections',
    certifications: 'directory.filter.certification',
    logoFile: 'directory.org.logo',
    visibility: 'directory.form.visibility',
  };

/** What the file input offers; the server checks the bytes whatever the browser allowed. */
const LOGO_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

/** The stored logo (with "remove"), or the one carried from a refused save, and a new file. */
function LogoControls(props: {
  ctx: RequestContext;
  values: OrganizationFormValues;
  errors?: FieldErrors;
  org?: OrganizationRow;
}) {
  const { ctx, values, errors, org } = props;
  const { t } = ctx;
  const { pending, remove } = values.logo;
  const stored = pending ? undefined : org?.logoFile;
  return (
    <>
      {stored && (
        <div class="field">
          <figure class="logo-current">
            <img
              class="logo-preview"
              src={fileUrl(stored)}
              alt={t('directory.org.logoAlt', { name: org!.shortName || org!.legalName })}
            />
            <figcaption>{t('directory.form.logo.current')}</figcaption>
          </figure>
          <Checkbox
            t={t}
            name={LOGO_FIELDS.remove}
            value="1"
            label={t('directory.form.logo.remove')}
            checked={remove}
          />
        </div>
      )}
      {pending && (
        <div class="field">
          <input type="hidden" name={LOGO_FIELDS.pending} value={pending} />
          <img class="logo-preview" src={fileUrl(pending)} alt="" />
          <p class="alert">{t('directory.form.logo.pending')}</p>
        </div>
      )}
      <FileField
        t={t}
        errors={errors}
        name={LOGO_FIELDS.file}
        label={t('directory.form.logo.file')}
        hint={t('directory.form.logo.hint', LOGO_LIMITS)}
        accept={LOGO_ACCEPT}
      />
    </>
  );
}

const vsicLabel = (t: Translate, s: string) =>
  `${s} — ${t(`directory.form.vsic.${s}` as MessageKey)}`;
const statusLabel = (t: Translate, s: string) => t(`directory.form.status.${s}` as MessageKey);

/** A stored value as people read it, e.g. to compare with what they typed. */
export function displayValue(
  ctx: RequestContext,
  row: OrganizationRow,
  field: ScalarField | ListField | 'visibility',
): string {
  const { t, locale } = ctx;
  switch (field) {
    case 'kind':
      return kindLabel(t, row.kind);
    case 'status':
      return statusLabel(t, row.status);
    case 'provinceCode':
      return provinceLabel(row.provinceCode);
    case 'stage':
      return row.stage ? stageLabel(t, row.stage) : '';
    case 'firstRegisteredOn':
      return row.firstRegisteredOn
        ? formatDate(new Date(`${row.firstRegisteredOn}T00:00:00+07:00`), locale)
        : '';
    case 'capitalRaisedVnd':
      return row.capitalRaisedVnd === null ? '' : formatVnd(row.capitalRaisedVnd, locale);
    case 'sectors':
      return row.sectors.map((s) => sectorLabel(t, s)).join(', ');
    case 'certifications':
      return row.certifications.map((c) => certificationLabel(t, c)).join(', ');
    case 'vsicSections':
      return row.vsicSections.map((s) => vsicLabel(t, s)).join(', ');
    case 'visibility':
      return Object.entries(row.visibility)
        .map(([f, v]) => `${t(FIELD_LABELS[f as RestrictableField])}: ${visibilityLabel(t, v)}`)
        .join('; ');
    default: {
      const v = formValuesOf(row, locale).scalars[field];
      return v;
    }
  }
}

export interface OrganizationFormProps {
  ctx: RequestContext;
  values: OrganizationFormValues;
  errors?: FieldErrors;
  /** Edit: the profile as stored (after a stale save, as someone else saved it). */
  org?: OrganizationRow;
  /** Version the next save is based on. */
  version?: number;
  /** After a stale save: the fields where the stored profile differs from what was typed. */
  differing?: string[];
  /** Create: the account organisations the user may put in charge, and the choice. */
  managers?: { choices: AccountOrganization[]; value: string; allowNone: boolean };
  isCurator: boolean;
  notice?: PageNotice;
}

export function OrganizationFormPage(props: OrganizationFormProps) {
  const { ctx, values, errors, org, version, differing, managers, isCurator, notice } = props;
  const { t } = ctx;
  const isEdit = Boolean(org);
  const path = org ? `/directory/organizations/${org.slug}/edit` : '/directory/organizations/new';
  const title = org
    ? t('directory.form.editTitle', { name: org.shortName || org.legalName })
    : t('directory.form.createTitle');
  const current = (f: ScalarField | ListField) =>
    org && differing?.includes(f) ? displayValue(ctx, org, f) : undefined;
  const common = { t, errors };
  const field = (name: ScalarField) => ({
    ...common,
    name,
    label: t(FIELD_LABELS[name]),
    value: values.scalars[name],
    current: current(name),
  });
  const text = (name: ScalarField, extra: Partial<TextFieldProps> = {}) => (
    <TextField {...field(name)} {...extra} />
  );
  const longText = (name: ScalarField, extra: { maxlength?: number; hint?: string } = {}) => (
    <LongTextField {...field(name)} {...extra} />
  );
  const visibility = (field: RestrictableField) => (
    <VisibilityControl
      {...common}
      field={field}
      fieldLabel={t(FIELD_LABELS[field])}
      value={values.visibility[field]}
      current={
        org && differing?.includes(field)
          ? visibilityLabel(t, org.visibility[field] ?? 'public')
          : undefined
      }
    />
  );
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <p>
        <a href={org ? `/directory/organizations/${org.slug}` : '/directory'}>
          {org ? org.shortName || org.legalName : t('directory.title')}
        </a>
      </p>
      <h1>{title}</h1>
      {notice && (
        <Notice kind={notice.kind}>
          {notice.text}{' '}
          {org && <a href={`/directory/organizations/${org.slug}`}>{t('directory.form.view')}</a>}
        </Notice>
      )}
      {differing && (
        <div class="alert error" role="alert" tabindex={-1}>
          <h2>{t('directory.form.conflict.title')}</h2>
          <p>{t('directory.form.conflict.body')}</p>
          {differing.length > 0 && (
            <ul>
              {differing.map((f) => (
                <li>
                  <a href={`#${f}`}>{t(FIELD_LABELS[f as ScalarField])}</a>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={path}>{t('directory.form.conflict.reload')}</a>
          </p>
        </div>
      )}
      <ErrorSummary t={t} errors={errors} />
      {!isEdit && <Notice>{t('directory.form.createLead')}</Notice>}
      <p class="muted">{t('directory.form.requiredNote')}</p>
      <form method="post" action={path} enctype="multipart/form-data" novalidate>
        {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
        <Section id="s-general" title={t('directory.form.section.general')}>
          <SelectField
            {...common}
            name="kind"
            label={t('directory.filter.kind')}
            value={values.scalars.kind}
            required
            current={current('kind')}
            options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          />
          {text('legalName', { required: true, autocomplete: 'organization', maxlength: 300 })}
          {text('shortName', { maxlength: 120 })}
          {text('taxCode', { hint: t('directory.form.taxCode.hint') })}
          {visibility('taxCode')}
          {text('firstRegisteredOn', { hint: t('directory.form.date.hint') })}
          {visibility('firstRegisteredOn')}
          <SelectField
            {...common}
            name="status"
            label={t('directory.form.status')}
            value={values.scalars.status}
            current={current('status')}
            options={ORGANIZATION_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          />
          {isCurator && text('externalId', { hint: t('directory.form.externalId.hint') })}
        </Section>
        <Section id="s-logo" title={t('directory.form.section.logo')}>
          <LogoControls ctx={ctx} values={values} errors={errors} org={org} />
          {visibility('logoFile')}
        </Section>
        <Section id="s-contact" title={t('directory.form.section.contact')}>
          <SelectField
            {...common}
            name="provinceCode"
            label={t('directory.filter.province')}
            value={values.scalars.provinceCode}
            empty={t('directory.form.choose')}
            current={current('provinceCode')}
            options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
          />
          {text('address', { autocomplete: 'street-address', maxlength: 300 })}
          {visibility('address')}
          {text('website', { type: 'url', hint: t('directory.form.website.hint') })}
          {text('email', { type: 'email', autocomplete: 'email' })}
          {visibility('email')}
          {text('phone', { type: 'tel', autocomplete: 'tel' })}
          {visibility('phone')}
        </Section>
        <Section id="s-activity" title={t('directory.form.section.activity')}>
          <SelectField
            {...common}
            name="stage"
            label={t('directory.filter.stage')}
            value={values.scalars.stage}
            empty={t('directory.form.choose')}
            current={current('stage')}
            options={STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }))}
          />
          {text('teamSize', { inputmode: 'numeric', hint: t('directory.form.teamSize.hint') })}
          {visibility('teamSize')}
          <MoneyField {...field('capitalRaisedVnd')} />
          {visibility('capitalRaisedVnd')}
          <CheckboxGroup
            {...common}
            name="sectors"
            legend={t('directory.filter.sector')}
            values={values.lists.sectors}
            current={current('sectors')}
            options={SECTORS.map((s) => ({ value: s, label: sectorLabel(t, s) }))}
          />
          <CheckboxGroup
            {...common}
            name="certifications"
            legend={t('directory.filter.certification')}
            hint={t('directory.form.certifications.hint')}
            values={values.lists.certifications}
            current={current('certifications')}
            options={CERTIFICATIONS.map((c) => ({ value: c, label: certificationLabel(t, c) }))}
          />
          <CheckboxGroup
            {...common}
            name="vsicSections"
            legend={t('directory.form.vsicSections')}
            values={values.lists.vsicSections}
            current={current('vsicSections')}
            options={VSIC_SECTIONS.map((s) => ({ value: s, label: vsicLabel(t, s) }))}
          />
        </Section>
        <Section id="s-about" title={t('directory.form.section.about')}>
          {longText('descriptionVi', { maxlength: 5000 })}
          {longText('descriptionEn', { maxlength: 5000 })}
          {longText('products', { maxlength: 3000 })}
        </Section>
        {managers && (
          <Section id="s-manager" title={t('directory.form.section.manager')}>
            <SelectField
              {...common}
              name="manager"
              label={t('directory.form.manager')}
              hint={t('directory.form.manager.hint')}
              value={managers.value}
              options={[
                ...(managers.allowNone
                  ? [{ value: NO_MANAGER, label: t('directory.form.manager.none') }]
                  : []),
                ...managers.choices.map((c) => ({ value: c.id, label: c.name })),
                { value: NEW_ACCOUNT_ORGANIZATION, label: t('directory.form.manager.new') },
              ]}
            />
          </Section>
        )}
        <p class="row">
          <button type="submit">
            {isEdit ? t('directory.form.save') : t('directory.form.create')}
          </button>
          <a href={org ? `/directory/organizations/${org.slug}` : '/directory'}>
            {t('common.cancel')}
          </a>
        </p>
      </form>
    </Layout>
  );
}
