// The form of the consolidated quarterly report (who issues it, for which quarter, who signs) and
// the page of an issued report with its three formats.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { FieldGroup, SelectField } from '../../../platform/ui/choice-controls';
import { formFieldProps } from '../../../platform/ui/field';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { IssuedReport } from '../db/issued-reports.repository';
import type { PlanRow } from '../db/plans.repository';
import { PLANS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';

export function QuarterReportPage(props: {
  ctx: RequestContext;
  plan: PlanRow;
  agencies: Agency[];
  values: FormValues;
  errors?: FieldErrors;
  /** The quarterly consolidated report (the default) or the annual ecosystem report. */
  annual?: boolean;
}) {
  const { ctx, plan, errors, annual } = props;
  const { t } = ctx;
  const path = `${PLANS_PATH}/${plan.id}/${annual ? 'annual-report' : 'quarter-report'}`;
  const fill = formFieldProps(t, props);
  const field = (name: string) => ({ ...fill(name), label: t(`plans.official.${name}` as never) });
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t(annual ? 'plans.annual.title' : 'plans.official.title')}
      lead={plan.title}
      errors={errors}
    >
      <p>{t('plans.official.lead')}</p>
      <form method="post" action={path} class="stack">
        <SelectField
          {...field('issuer')}
          options={props.agencies.map((a) => ({ value: a.code, label: `${a.code} — ${a.name}` }))}
        />
        <TextField {...field('parent')} hint={t('plans.official.parent.hint')} />
        {annual ? (
          <>
            <TextField {...field('year')} required />
            <TextField {...field('province')} hint={t('plans.official.province.hint')} />
          </>
        ) : (
          <TextField {...field('quarter')} hint={t('plans.official.quarter.hint')} required />
        )}
        <TextField {...field('place')} required />
        <TextField
          {...field('signerPosition')}
          hint={t('plans.official.signerPosition.hint')}
          required
        />
        <TextField {...field('signerName')} required />
        <FieldGroup
          t={t}
          name="sections"
          legend={t('plans.official.sections')}
          hint={t('plans.official.sections.lead')}
        >
          <LongTextField
            {...field('assessment')}
            hint={t('plans.official.assessment.hint')}
            rows={8}
            required
          />
          <LongTextField {...field('difficulties')} rows={5} />
          <LongTextField {...field('proposals')} rows={5} />
        </FieldGroup>
        <input type="hidden" name="formKey" value={props.values.formKey ?? ''} />
        <button type="submit">{t('plans.official.submit')}</button>
      </form>
    </BackofficePage>
  );
}

export function IssuedReportPage(props: {
  ctx: RequestContext;
  planId: string;
  report: IssuedReport;
}) {
  const { ctx, report } = props;
  const { t } = ctx;
  const path = `${PLANS_PATH}/${props.planId}/issued/${report.id}`;
  return (
    <BackofficePage ctx={ctx} path={path} title={t('plans.issued.title')} lead={report.entry.title}>
      <p>{t('plans.issued.lead', { symbol: report.entry.symbol, date: report.entry.issuedOn })}</p>
      <p>{t('plans.issued.frozen')}</p>
      <ul>
        {(['docx', 'xlsx', 'pdf'] as const).map((format) => (
          <li>
            <a href={`${path}/${format}`} download>
              {t(`plans.issued.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </BackofficePage>
  );
}
