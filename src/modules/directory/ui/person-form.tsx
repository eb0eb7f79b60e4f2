import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { MessageKey, Translate } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { PersonRow } from '../db/people.repository';
import { PROVINCES } from '../domain/provinces';
import { PERSON_ROLES } from '../domain/taxonomy';
import { CONTACT_PREFERENCES, type PersonVisibilityField } from '../services/create-person';
import {
  personFormValuesOf,
  type ComparedPersonField,
  type PersonFormValues,
  type PersonTextField,
} from '../services/person-form';
import type { PersonAffiliation } from '../services/people.queries';
import { provinceLabel } from './labels';
import { PersonAffiliations, type AffiliationFormState } from './person-affiliations';
import { roleLabel } from './people-page';
import { Checkbox, CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import { LongTextField, TextField, type TextFieldProps } from '../../../platform/ui/text-controls';
import { Section, VisibilityControl, visibilityLabel } from './form-parts';
import type { PageNotice } from '../../../platform/ui/notice';

const LABELS: Record<PersonTextField | 'roles', MessageKey> = {
  fullName: 'directory.personForm.fullName',
  roles: 'directory.personForm.roles',
  headline: 'directory.personForm.headline',
  bioVi: 'directory.personForm.bioVi',
  bioEn: 'directory.personForm.bioEn',
  expertise: 'directory.personForm.expertise',
  languages: 'directory.personForm.languages',
  provinceCode: 'directory.filter.province',
  email: 'directory.person.email',
  phone: 'directory.person.phone',
  website: 'directory.person.website',
  links: 'directory.personForm.links',
  contactPreference: 'directory.personForm.contactPreference',
  externalId: 'directory.form.externalId',
};

const VISIBILITY_LABELS: Record<PersonVisibilityField, MessageKey> = {
  email: 'directory.person.email',
  phone: 'directory.person.phone',
  website: 'directory.person.website',
  provinceCode: 'directory.filter.province',
  bio: 'directory.personForm.bio',
};

const contactLabel = (t: Translate, v: string) =>
  t(`directory.personForm.contact.${v}` as MessageKey);

function fieldLabel(t: Translate, field: ComparedPersonField) {
  if (field.startsWith('visibility.')) {
    const of = field.slice('visibility.'.length) as PersonVisibilityField;
    return t('directory.form.visibilityOf', { field: t(VISIBILITY_LABELS[of]) });
  }
  return t(LABELS[field as PersonTextField | 'roles']);
}

/** What is stored in a field, as people read it (after a stale save, beside what they typed). */
function storedValue(ctx: RequestContext, row: PersonRow, field: ComparedPersonField): string {
  const { t, locale } = ctx;
  const form = personFormValuesOf(row, locale);
  if (field.startsWith('visibility.')) {
    const of = field.slice('visibility.'.length) as PersonVisibilityField;
    return visibilityLabel(t, form.visibility[of]);
  }
  switch (field) {
    case 'roles':
      return row.roles.map((r) => roleLabel(t, r)).join(', ');
    case 'provinceCode':
      return provinceLabel(row.provinceCode);
    case 'contactPreference':
      return contactLabel(t, row.contactPreference);
    default:
      return form.text[field as PersonTextField].replaceAll('\n', ', ');
  }
}

/** How the page was reached when creating: who the profile is for, and the consent boxes. */
export interface CreateMode {
  /** The profile will belong to the actor's account (always so for members). */
  isOwn: boolean;
  /** Staff without a profile of their own may mark this one as theirs. */
  canChooseOwn: boolean;
  consent: boolean;
}

export interface PersonFormProps {
  ctx: RequestContext;
  values: PersonFormValues;
  errors?: FieldErrors;
  /** Edit: the person as stored (after a stale save, as someone else saved them). */
  person?: PersonRow;
  version?: number;
  differing?: ComparedPersonField[];
  create?: CreateMode;
  isCurator: boolean;
  notice?: PageNotice;
  affiliations?: PersonAffiliation[];
  affiliationForm?: AffiliationFormState;
}

function ConflictAlert(props: { t: Translate; differing: ComparedPersonField[]; path: string }) {
  const { t, differing, path } = props;
  return (
    <div class="alert error" role="alert" tabindex={-1}>
      <h2>{t('directory.form.conflict.title')}</h2>
      <p>{t('directory.form.conflict.body')}</p>
      {differing.length > 0 && (
        <ul>
          {differing.map((f) => (
            <li>
              <a href={`#${f}`}>{fieldLabel(t, f)}</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={path}>{t('directory.form.conflict.reload')}</a>
      </p>
    </div>
  );
}

export function PersonFormPage(props: PersonFormProps) {
  const { ctx, values, errors, person, version, differing, create, isCurator, notice } = props;
  const { t } = ctx;
  const profilePath = person ? `/directory/people/${person.slug}` : '/directory/people';
  const path = person ? `${profilePath}/edit` : '/directory/people/new';
  const title = person
    ? t('directory.personForm.editTitle', { name: person.fullName })
    : t(create?.isOwn ? 'directory.personForm.createOwnTitle' : 'directory.personForm.createTitle');
  const current = (f: ComparedPersonField) =>
    person && differing?.includes(f) ? storedValue(ctx, person, f) : undefined;
  const common = { t, errors };
  const field = (name: PersonTextField) => ({
    ...common,
    name,
    label: t(LABELS[name]),
    value: values.text[name],
    current: current(name),
  });
  const text = (name: PersonTextField, extra: Partial<TextFieldProps> = {}) => (
    <TextField {...field(name)} {...extra} />
  );
  const longText = (name: PersonTextField, extra: { maxlength?: number; hint?: string } = {}) => (
    <LongTextField {...field(name)} {...extra} />
  );
  const visibility = (field: PersonVisibilityField) => (
    <VisibilityControl
      {...common}
      field={field}
      fieldLabel={t(VISIBILITY_LABELS[field])}
      value={values.visibility[field]}
      current={current(`visibility.${field}`)}
    />
  );
  const summary = errors ?? props.affiliationForm?.errors;
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <p>
        <a href={profilePath}>{person ? person.fullName : t('directory.people.title')}</a>
      </p>
      <h1>{title}</h1>
      {notice && (
        <Notice kind={notice.kind}>
          {notice.text} {person && <a href={profilePath}>{t('directory.form.view')}</a>}
        </Notice>
      )}
      {differing && <ConflictAlert t={t} differing={differing} path={path} />}
      <ErrorSummary t={t} errors={summary} />
      {create && (
        <Notice>
          {t(
            create.isOwn ? 'directory.personForm.createOwnLead' : 'directory.personForm.createLead',
          )}
        </Notice>
      )}
      <p class="muted">{t('directory.personForm.requiredNote')}</p>
      <form method="post" action={path} novalidate>
        {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
        <Section id="s-general" title={t('directory.personForm.section.general')}>
          {text('fullName', {
            required: true,
            autocomplete: create?.isOwn ? 'name' : 'off',
            maxlength: 200,
            hint: t('directory.personForm.fullName.hint'),
          })}
          <CheckboxGroup
            {...common}
            name="roles"
            legend={t(LABELS.roles)}
            values={values.roles}
            current={current('roles')}
            options={PERSON_ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          />
          {text('headline', { maxlength: 200, hint: t('directory.personForm.headline.hint') })}
          {isCurator && text('externalId', { hint: t('directory.form.externalId.hint') })}
        </Section>
        <Section id="s-about" title={t('directory.personForm.section.about')}>
          {longText('expertise', {
            hint: t('directory.personForm.expertise.hint'),
          })}
          {text('languages', { hint: t('directory.personForm.languages.hint') })}
          {longText('bioVi', { maxlength: 5000 })}
          {longText('bioEn', { maxlength: 5000 })}
          {visibility('bio')}
        </Section>
        <Section id="s-contact" title={t('directory.personForm.section.contact')}>
          <div class="alert info" id="privacy-note">
            <h3>{t('directory.personForm.privacy.title')}</h3>
            <p>{t('directory.personForm.privacy.body')}</p>
            <p>{t('directory.personForm.privacy.rights')}</p>
          </div>
          <SelectField
            {...common}
            name="contactPreference"
            label={t(LABELS.contactPreference)}
            hint={t('directory.personForm.contactPreference.hint')}
            value={values.text.contactPreference}
            current={current('contactPreference')}
            options={CONTACT_PREFERENCES.map((c) => ({ value: c, label: contactLabel(t, c) }))}
          />
          {text('email', { type: 'email', autocomplete: create?.isOwn ? 'email' : 'off' })}
          {visibility('email')}
          {text('phone', { type: 'tel', autocomplete: create?.isOwn ? 'tel' : 'off' })}
          {visibility('phone')}
          {text('website', { type: 'url', hint: t('directory.form.website.hint') })}
          {visibility('website')}
          <SelectField
            {...common}
            name="provinceCode"
            label={t(LABELS.provinceCode)}
            value={values.text.provinceCode}
            empty={t('directory.form.choose')}
            current={current('provinceCode')}
            options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
          />
          {visibility('provinceCode')}
          {longText('links', { hint: t('directory.personForm.links.hint') })}
        </Section>
        {create && (
          <Section id="s-consent" title={t('directory.personForm.section.consent')}>
            {create.canChooseOwn && (
              <Checkbox
                {...common}
                name="own"
                label={t('directory.personForm.own')}
                checked={create.isOwn}
              />
            )}
            <Checkbox
              {...common}
              name="consent"
              label={t(
                create.isOwn && !create.canChooseOwn
                  ? 'directory.personForm.consent'
                  : 'directory.personForm.confirm',
              )}
              checked={create.consent}
            />
          </Section>
        )}
        <p class="row">
          <button type="submit">
            {person ? t('directory.form.save') : t('directory.form.create')}
          </button>
          <a href={profilePath}>{t('common.cancel')}</a>
        </p>
      </form>
      {person && props.affiliations && (
        <PersonAffiliations
          ctx={ctx}
          person={person}
          affiliations={props.affiliations}
          form={props.affiliationForm}
          isCurator={isCurator}
        />
      )}
    </Layout>
  );
}

/** A member who already has a profile and asked for another: nothing is saved. */
export function HasProfilePage({ ctx, person }: { ctx: RequestContext; person: PersonRow }) {
  const { t } = ctx;
  const title = t('directory.personForm.hasProfile.title');
  const path = `/directory/people/${person.slug}`;
  return (
    <Layout ctx={ctx} title={title} path="/directory/people/new">
      <h1>{title}</h1>
      <Notice>{t('directory.personForm.hasProfile.body')}</Notice>
      <p class="row">
        <a class="button" href={`${path}/edit`}>
          {t('directory.actions.edit')}
        </a>
        <a href={path}>{t('directory.form.view')}</a>
      </p>
    </Layout>
  );
}
