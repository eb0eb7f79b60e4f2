// The register of outgoing documents: the numbers given in a year, and a number for a new
// document.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { formFieldProps } from '../../../platform/ui/field';
import type { PageNotice } from '../../../platform/ui/notice';
import { DateField, TextField } from '../../../platform/ui/text-controls';
import { DOCUMENT_TYPES } from '../domain/document-symbol';
import { REGISTER_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import type { RegisteredDocument } from '../services/document-register';
import { dayText } from './labels';

export function RegisterPage(props: {
  ctx: RequestContext;
  year: number;
  entries: RegisteredDocument[];
  agencies: Agency[];
  values?: FormValues;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, errors } = props;
  const { t } = ctx;
  const field = formFieldProps(t, props);
  return (
    <BackofficePage
      ctx={ctx}
      path={`${REGISTER_PATH}?year=${props.year}`}
      title={t('plans.register.title')}
      lead={t('plans.register.lead')}
      errors={errors}
      notice={props.notice}
    >
      <section aria-labelledby="issue-heading">
        <h2 id="issue-heading">{t('plans.register.issue')}</h2>
        <form method="post" action={REGISTER_PATH} class="stack">
          <SelectField
            {...field('issuer')}
            label={t('plans.register.issuer')}
            options={props.agencies.map((a) => ({ value: a.code, label: `${a.code} — ${a.name}` }))}
          />
          <SelectField
            {...field('docType')}
            label={t('plans.register.docType')}
            value={props.values?.docType ?? 'BC'}
            options={DOCUMENT_TYPES.map((d) => ({
              value: d,
              label: t(`plans.register.type.${d}`),
            }))}
          />
          <TextField {...field('title')} label={t('plans.register.summary')} required />
          <DateField
            {...field('issuedOn')}
            label={t('plans.register.issuedOn')}
            hint={t('plans.register.issuedOn.hint')}
          />
          <button type="submit">{t('plans.register.submit')}</button>
        </form>
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t('plans.register.year', { year: props.year })}</h2>
        <nav aria-label={t('plans.register.years')}>
          <p class="row">
            <a href={`${REGISTER_PATH}?year=${props.year - 1}`}>{props.year - 1}</a>
            <a href={`${REGISTER_PATH}?year=${props.year + 1}`}>{props.year + 1}</a>
          </p>
        </nav>
        {props.entries.length === 0 ? (
          <p class="muted">{t('plans.register.empty')}</p>
        ) : (
          <DataTable
            columns={[
              {
                key: 'symbol',
                label: t('plans.register.symbol'),
                isRowHeader: true,
                cell: (e: RegisteredDocument) => `Số: ${e.symbol}`,
              },
              {
                key: 'date',
                label: t('plans.register.issuedOn'),
                cell: (e: RegisteredDocument) => dayText(ctx, e.issuedOn),
              },
              {
                key: 'title',
                label: t('plans.register.summary'),
                cell: (e: RegisteredDocument) => e.title,
              },
            ]}
            rows={props.entries}
          />
        )}
      </section>
    </BackofficePage>
  );
}
