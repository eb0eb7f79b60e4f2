import { fileUrl } from '../../../platform/files';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { MessageKey } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { AccountOrganization } from '../../identity';
import type { OrganizationRow } from '../db/organizations.repository';
import { displayText } from '../fields/field-values';
import {
  fieldSpec,
  FORM_SECTIONS,
  RESTRICTABLE_FIELDS,
  type OrganizationField,
  type RestrictableField,
} from '../organization-fields';
import { NEW_ACCOUNT_ORGANIZATION } from '../services/managers';
import { NO_MANAGER } from '../services/organization-form-submit';
import { LOGO_FIELDS, type OrganizationFormValues } from '../services/organization-form';
import { LOGO_LIMITS } from '../services/organization-logo';
import { Checkbox, SelectField } from '../../../platform/ui/choice-controls';
import { FileField } from '../../../platform/ui/text-controls';
import { Section, VisibilityControl, visibilityLabel } from './form-parts';
import { FieldControl } from './organization-field-control';
import type { PageNotice } from '../../../platform/ui/notice';

/** The label of each field of the form (and of the merge page). */
export const fieldLabel = (field: OrganizationField | 'logoFile' | 'visibility'): MessageKey =>
  field === 'logoFile'
    ? 'directory.org.logo'
    : field === 'visibility'
      ? 'directory.form.visibility'
      : fieldSpec(field).label;

const isRestrictable = (f: string): f is RestrictableField =>
  (RESTRICTABLE_FIELDS as string[]).includes(f);

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

/** A stored value as people read it, e.g. to compare with what they typed. */
export function displayValue(
  ctx: RequestContext,
  row: OrganizationRow,
  field: OrganizationField | 'visibility',
): string {
  const { t } = ctx;
  if (field !== 'visibility') return displayText(field, row[field], ctx);
  return Object.entries(row.visibility)
    .map(([f, v]) => `${t(fieldLabel(f as RestrictableField))}: ${visibilityLabel(t, v)}`)
    .join('; ');
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
  const current = (f: OrganizationField) =>
    org && differing?.includes(f) ? displayValue(ctx, org, f) : undefined;
  const common = { t, errors };
  const visibility = (field: RestrictableField) => (
    <VisibilityControl
      {...common}
      field={field}
      fieldLabel={t(fieldLabel(field))}
      value={values.visibility[field]}
      current={
        org && differing?.includes(field)
          ? visibilityLabel(t, org.visibility[field] ?? 'public')
          : undefined
      }
    />
  );
  const isShown = (f: OrganizationField) => isCurator || !fieldSpec(f).isStaffOnly;
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
                  <a href={`#${f}`}>{t(fieldLabel(f as OrganizationField))}</a>
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
        {FORM_SECTIONS.map((section) => (
          <Section id={section.id} title={t(section.title)}>
            {'isLogo' in section && (
              <>
                <LogoControls ctx={ctx} values={values} errors={errors} org={org} />
                {visibility('logoFile')}
              </>
            )}
            {section.fields.filter(isShown).map((f) => (
              <>
                <FieldControl {...common} name={f} values={values} current={current(f)} />
                {isRestrictable(f) && visibility(f)}
              </>
            ))}
          </Section>
        ))}
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
