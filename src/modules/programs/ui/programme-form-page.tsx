import { FormField } from '../../../platform/ui/choice-controls';
import { can } from '../../../platform/authz';
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { Notice } from '../../../platform/ui/notice';
import type { CallRow } from '../db/calls.repository';
import type { ProgrammeDocumentRow, ProgrammeRow } from '../db/programmes.repository';
import { STAFF_PATH } from '../permissions';
import type { FormValues } from '../../../platform/input/form-values';
import { faqRowCount, TEXT_FIELDS } from '../services/programmes/programme-form';

import { inLocale, kindOptions, statusLabel } from './labels';
import { ProgrammeDocumentsEditor } from './programme-documents';
import { PUBLIC_PATH } from './programmes-page';
import type { PageNotice } from '../../../platform/ui/notice';
import { ActionButton } from '../../../platform/ui/action-button';

const MULTILINE: Record<string, number> = { summary: 3, goals: 6, benefits: 6, eligibility: 6 };

function ProgrammeFields({
  ctx,
  values,
  errors,
  isNew,
}: {
  ctx: RequestContext;
  values: FormValues;
  errors?: FieldErrors;
  isNew: boolean;
}) {
  const { t } = ctx;
  const v = (name: string) => values[name] ?? '';
  const control = (name: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      t={t}
      name={name}
      label={t(`programs.form.${name}` as never)}
      value={v(name)}
      errors={errors}
      {...extra}
    />
  );
  return (
    <>
      <fieldset>
        <legend>{t('programs.form.general')}</legend>
        {control('kind', { options: kindOptions(t) })}
        {TEXT_FIELDS.map((f) =>
          control(f, { rows: MULTILINE[f.replace(/(Vi|En)$/, '')], required: f === 'titleVi' }),
        )}
        {isNew && control('slug', { hint: t('programs.form.slug.hint') })}
      </fieldset>
      <fieldset>
        <legend>{t('programs.form.support')}</legend>
        {control('fundingCapVnd', {
          hint: t('programs.form.fundingCapVnd.hint'),
          inputmode: 'numeric',
        })}
        {control('maxDurationMonths', { inputmode: 'numeric' })}
        {control('categories', { rows: 4, hint: t('programs.form.categories.hint') })}
        {control('prizes', { rows: 4, hint: t('programs.form.prizes.hint') })}
        {control('postingOrganization', { hint: t('programs.form.postingOrganization.hint') })}
      </fieldset>
      <fieldset>
        <legend>{t('programs.form.faq')}</legend>
        <p class="hint">{t('programs.form.faq.hint')}</p>
        {Array.from({ length: faqRowCount(values) }, (_, i) => (
          <fieldset>
            <legend>{t('programs.form.faq.entry', { n: i + 1 })}</legend>
            {(['question', 'answer'] as const).flatMap((part) =>
              (['vi', 'en'] as const).map((lang) =>
                control(`faq.${i}.${part}.${lang}`, {
                  label: t(`programs.form.faq.${part}.${lang}`),
                  rows: part === 'answer' ? 3 : undefined,
                }),
              ),
            )}
          </fieldset>
        ))}
      </fieldset>
    </>
  );
}

export function ProgrammeFormPage(props: {
  ctx: RequestContext;
  programme?: ProgrammeRow;
  version?: number;
  values: FormValues;
  errors?: FieldErrors;
  notice?: PageNotice;
  calls?: CallRow[];
  documents?: ProgrammeDocumentRow[];
  /** What was typed in the document upload form, when it was refused. */
  documentForm?: { values: FormValues; errors: FieldErrors };
}) {
  const { ctx, programme, values, errors, notice, calls, documentForm } = props;
  const { t, locale } = ctx;
  const path = programme ? `${STAFF_PATH}/${programme.slug}/edit` : `${STAFF_PATH}/new`;
  const title = programme
    ? t('programs.form.editTitle', {
        title: inLocale(locale, programme.titleVi, programme.titleEn),
      })
    : t('programs.form.createTitle');
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={title}
      errors={errors ?? documentForm?.errors}
      notice={notice}
    >
      {programme && (
        <p class="row">
          <span class="badge">{statusLabel(t, programme.status)}</span>
          <a href={`${PUBLIC_PATH}/${programme.slug}`}>{t('programs.staff.viewPublic')}</a>
        </p>
      )}
      <form method="post" action={path} class="stack">
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        <ProgrammeFields ctx={ctx} values={values} errors={errors} isNew={!programme} />
        <p>
          <button type="submit">{t('common.save')}</button>
        </p>
      </form>
      {programme && (
        <>
          <ProgrammeDocumentsEditor
            ctx={ctx}
            slug={programme.slug}
            documents={props.documents ?? []}
            values={documentForm?.values}
            errors={documentForm?.errors}
          />
          <h2>{t('programs.staff.status')}</h2>
          <div class="row">
            {programme.status !== 'published' && (
              <ActionButton
                action={`${STAFF_PATH}/${programme.slug}/publish`}
                label={t('programs.staff.publish')}
                hidden={{ version: programme.version }}
              />
            )}
            {programme.status !== 'archived' && (
              <ActionButton
                action={`${STAFF_PATH}/${programme.slug}/archive`}
                label={t('programs.staff.archive')}
                kind="secondary"
                hidden={{ version: programme.version }}
              />
            )}
          </div>
          <h2>{t('programs.page.calls')}</h2>
          {calls && calls.length > 0 ? (
            <ul>
              {calls.map((c) => (
                <li>
                  <a href={`${STAFF_PATH}/${programme.slug}/calls/${c.slug}/edit`}>
                    {inLocale(locale, c.titleVi, c.titleEn)}
                  </a>{' '}
                  <span class="badge">{statusLabel(t, c.status)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('programs.calls.none')}</p>
          )}
          <p>
            <a class="button" href={`${STAFF_PATH}/${programme.slug}/calls/new`}>
              {t('programs.staff.addCall')}
            </a>
          </p>
          {can(ctx.actor, 'programs.project:manage') && (
            <>
              <h2>{t('programs.project.title')}</h2>
              <p>
                <a href={`${STAFF_PATH}/${programme.slug}/projects`}>
                  {t('programs.project.title')}
                </a>
              </p>
            </>
          )}
        </>
      )}
      {!programme && notice === undefined && <Notice>{t('programs.form.draftNote')}</Notice>}
    </BackofficePage>
  );
}
