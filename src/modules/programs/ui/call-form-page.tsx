import { FormField } from '../../../platform/ui/choice-controls';
import { can } from '../../../platform/authz';
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { MessageKey } from '../../../platform/i18n';
import type { CallRow, ExtensionRow } from '../db/calls.repository';
import type { OrganizationRef, ProgrammeRow } from '../db/programmes.repository';
import { vnDeadline } from '../../../platform/i18n';
import { STAFF_PATH } from '../permissions';
import { ELIGIBILITY_LISTS, type CallFormState } from '../services/calls/call-form';
import type { FormValues } from '../../../platform/input/form-values';
import { DateTimeField, LongTextField, TextField } from '../../../platform/ui/text-controls';
import { FormBuilder } from './form-builder';
import { inLocale, statusOptions } from './labels';
import type { PageNotice } from '../../../platform/ui/notice';

export type ExtensionView = ExtensionRow & { organization?: OrganizationRef };

function Extensions(props: {
  ctx: RequestContext;
  action: string;
  extensions: ExtensionView[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, action, extensions, values, errors } = props;
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="h-extensions">
      <h2 id="h-extensions">{t('programs.extension.title')}</h2>
      {extensions.length === 0 ? (
        <p class="muted">{t('programs.extension.none')}</p>
      ) : (
        <ul>
          {extensions.map((e) => (
            <li>
              {t('programs.extension.entry', {
                organization: e.organization?.name ?? e.organizationId,
                closes: vnDeadline(e.closesAt, locale),
                reason: e.reason,
              })}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={action} class="stack">
        <TextField
          t={t}
          name="organization"
          label={t('programs.extension.organization')}
          value={values.organization}
          errors={errors}
          hint={t('programs.form.postingOrganization.hint')}
          required
        />
        <DateTimeField
          t={t}
          name="extensionClosesAt"
          label={t('programs.extension.closesAt')}
          value={values.extensionClosesAt}
          errors={errors}
          hint={t('programs.form.dateTime.hint')}
          required
        />
        <LongTextField
          t={t}
          name="reason"
          rows={2}
          label={t('programs.extension.reason')}
          value={values.reason}
          errors={errors}
          required
        />
        <p>
          <button type="submit">{t('programs.extension.grant')}</button>
        </p>
      </form>
    </section>
  );
}

export function CallFormPage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  call?: CallRow;
  version?: number;
  state: CallFormState;
  errors?: FieldErrors;
  notice?: PageNotice;
  extensions?: ExtensionView[];
  extensionForm?: { values: FormValues; errors?: FieldErrors };
}) {
  const { ctx, programme, call, state, errors, notice } = props;
  const { t, locale } = ctx;
  const base = `${STAFF_PATH}/${programme.slug}/calls`;
  const path = call ? `${base}/${call.slug}/edit` : `${base}/new`;
  const programmeTitle = inLocale(locale, programme.titleVi, programme.titleEn);
  const title = call
    ? t('programs.call.editTitle', { title: inLocale(locale, call.titleVi, call.titleEn) })
    : t('programs.call.createTitle', { programme: programmeTitle });
  const v = state.values;
  const control = (name: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      t={t}
      name={name}
      label={t(`programs.call.${name}` as MessageKey)}
      value={v[name]}
      errors={errors}
      {...extra}
    />
  );
  return (
    <BackofficePage ctx={ctx} path={path} title={title} errors={errors} notice={notice}>
      <p>
        <a href={`${STAFF_PATH}/${programme.slug}/edit`}>{programmeTitle}</a>
        {call && (
          <>
            {' · '}
            <a href={`${base}/${call.slug}/dashboard`}>{t('programs.dashboard.link')}</a>
          </>
        )}
        {call && can(ctx.actor, 'programs.review:manage') && (
          <>
            {' · '}
            <a href={`${base}/${call.slug}/reviews`}>{t('programs.review.roundsLink')}</a>
          </>
        )}
      </p>
      <form method="post" action={path} class="stack">
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        <fieldset>
          <legend>{t('programs.call.details')}</legend>
          {control('titleVi', { required: true })}
          {control('titleEn')}
          {!call && control('slug', { hint: t('programs.form.slug.hint') })}
          {control('opensAt', {
            type: 'datetime-local',
            hint: t('programs.form.dateTime.hint'),
            required: true,
          })}
          {control('closesAt', {
            type: 'datetime-local',
            hint: t('programs.call.closesAt.hint'),
            required: true,
          })}
          {control('status', { options: statusOptions(t) })}
        </fieldset>
        <fieldset>
          <legend>{t('programs.call.eligibility')}</legend>
          {control('eligibility.maxOrganizationAgeYears', {
            inputmode: 'numeric',
            hint: t('programs.call.eligibility.age.hint'),
          })}
          {ELIGIBILITY_LISTS.map((list) =>
            control(`eligibility.${list}`, { hint: t('programs.call.eligibility.list.hint') }),
          )}
        </fieldset>
        {/* The first button of the form, so that Enter in a field saves. */}
        <p>
          <button type="submit" name="op" value="save">
            {t('common.save')}
          </button>
        </p>
        <FormBuilder ctx={ctx} draft={state.draft} errors={errors} />
        <p>
          <button type="submit" name="op" value="save">
            {t('common.save')}
          </button>
        </p>
      </form>
      {call && props.extensions && (
        <Extensions
          ctx={ctx}
          action={`${base}/${call.slug}/extensions`}
          extensions={props.extensions}
          values={props.extensionForm?.values ?? {}}
          errors={props.extensionForm?.errors}
        />
      )}
    </BackofficePage>
  );
}
