// Targets: the form (unit, baseline, yearly targets, source), and the dashboard of progress
// against target with its status rule, a chart with its table, and each figure's provenance.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatNumber, formatVnd, type MessageKey } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { installedIndicators } from '../../../platform/modules/registry';
import { HorizontalBarChart } from '../../../platform/ui/charts';
import { Checkbox, RadioGroup, SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { formFieldProps } from '../../../platform/ui/field';
import type { PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { PlanRow } from '../db/plans.repository';
import type { TargetRow } from '../db/targets.repository';
import { AT_RISK_SHARE } from '../domain/target-status';
import { TARGET_SOURCES, TARGET_UNITS } from '../domain/target-value';
import { PLANS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import { planYears } from '../services/target-form';
import type { TargetFigure } from '../services/target-progress';
import { agencyChoices } from './labels';

export function valueText(ctx: RequestContext, unit: string, value: number | null) {
  if (value === null) return '—';
  if (unit === 'vnd') return formatVnd(value, ctx.locale);
  if (unit === 'percent') return `${formatNumber(Math.round(value * 10) / 10, ctx.locale)}%`;
  return formatNumber(Math.round(value * 10) / 10, ctx.locale);
}

export function TargetFormPage(props: {
  ctx: RequestContext;
  plan: PlanRow;
  /** The agencies that may report an entered target's figure. */
  agencies: Agency[];
  target?: TargetRow;
  values: FormValues;
  version?: number;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, plan, errors } = props;
  const { t } = ctx;
  const path = props.target
    ? `${PLANS_PATH}/targets/${props.target.id}`
    : `${PLANS_PATH}/${plan.id}/targets/new`;
  const fill = formFieldProps(t, props);
  const field = (name: string, label: string) => ({ ...fill(name), label });
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={props.target ? props.target.name : t('plans.target.new')}
      lead={plan.title}
      errors={errors}
      notice={props.notice}
    >
      <p>
        <a href={`${PLANS_PATH}/${plan.id}/targets`}>{t('plans.target.dashboard')}</a>
      </p>
      <form method="post" action={path} class="stack">
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        <TextField {...field('code', t('plans.target.code'))} required />
        <TextField {...field('name', t('plans.target.name'))} required />
        <SelectField
          {...field('unit', t('plans.target.unit'))}
          options={TARGET_UNITS.map((u) => ({ value: u, label: t(`plans.target.unit.${u}`) }))}
        />
        <TextField
          {...field('baseline', t('plans.target.baseline'))}
          hint={t('plans.target.valueHint')}
        />
        <RadioGroup
          t={t}
          name="source"
          legend={t('plans.target.source')}
          errors={errors}
          value={props.values.source || 'entered'}
          options={TARGET_SOURCES.map((s) => ({ value: s, label: t(`plans.target.source.${s}`) }))}
        />
        <SelectField
          {...field('reportingAgencyId', t('plans.target.reportingAgency'))}
          hint={t('plans.target.reportingAgency.hint')}
          empty={t('plans.target.reportingAgency.none')}
          options={agencyChoices(props.agencies)}
        />
        <SelectField
          {...field('indicatorId', t('plans.target.indicator'))}
          hint={t('plans.target.indicator.hint')}
          empty={t('plans.target.indicator.none')}
          options={installedIndicators().map((i) => ({
            value: i.id,
            label: `${t(i.label)} (${i.id})`,
          }))}
        />
        <TextField
          {...field('province', t('plans.target.province'))}
          hint={t('plans.target.province.hint')}
        />
        <Checkbox
          t={t}
          name="isPublic"
          label={t('plans.target.isPublic')}
          checked={props.values.isPublic === 'yes'}
          errors={errors}
        />
        <fieldset>
          <legend>{t('plans.target.years')}</legend>
          {planYears(plan).map((year) => (
            <div class="row">
              <TextField
                {...field(`target_${year}`, t('plans.target.yearTarget', { year }))}
                inputmode="numeric"
              />
              <TextField
                {...field(`entered_${year}`, t('plans.target.yearEntered', { year }))}
                inputmode="numeric"
              />
            </div>
          ))}
        </fieldset>
        <button type="submit">{t('plans.target.save')}</button>
      </form>
    </BackofficePage>
  );
}

export function ProvenanceText({ ctx, figure }: { ctx: RequestContext; figure: TargetFigure }) {
  const { t } = ctx;
  const p = figure.provenance;
  if (p.kind === 'entered') return <>{t('plans.target.from.entered')}</>;
  if (p.kind === 'missing') return <>{t('plans.target.from.missing')}</>;
  const last = new Date(p.to.getTime() - 1);
  return (
    <>
      {t('plans.target.from.indicator', {
        label: t(p.label),
        id: p.indicatorId,
        from: formatDate(p.from, ctx.locale),
        to: formatDate(last, ctx.locale),
      })}
      {p.province ? ` · ${t('plans.target.from.province', { province: p.province })}` : ''}
    </>
  );
}

export function StatusText({ ctx, figure }: { ctx: RequestContext; figure: TargetFigure }) {
  if (!figure.status) return <>—</>;
  return (
    <strong class={`status-${figure.status}`}>
      {ctx.t(`plans.target.status.${figure.status}` as MessageKey)}
    </strong>
  );
}

export function TargetDashboardPage(props: {
  ctx: RequestContext;
  plan: PlanRow;
  year: number;
  figures: TargetFigure[];
}) {
  const { ctx, plan, year, figures } = props;
  const { t } = ctx;
  const path = `${PLANS_PATH}/${plan.id}/targets`;
  const reached = figures.filter((f) => f.targetValue && f.actual !== null);
  return (
    <BackofficePage
      ctx={ctx}
      path={`${path}?year=${year}`}
      title={t('plans.target.dashboardTitle', { year })}
      lead={plan.title}
    >
      <p class="row">
        <a class="button" href={`${path}/new`}>
          {t('plans.target.new')}
        </a>
        <a href={`${PLANS_PATH}/${plan.id}`}>{t('plans.task.backToPlan')}</a>
      </p>
      <nav aria-label={t('plans.target.years')}>
        <p class="row">
          {planYears(plan).map((y) => (
            <a href={`${path}?year=${y}`} aria-current={y === year ? 'page' : undefined}>
              {y}
            </a>
          ))}
        </p>
      </nav>
      <p class="muted">{t('plans.target.rule', { share: AT_RISK_SHARE * 100 })}</p>
      {figures.length === 0 ? (
        <p class="muted">{t('plans.target.empty')}</p>
      ) : (
        <DataTable
          columns={[
            {
              key: 'name',
              label: t('plans.target.name'),
              isRowHeader: true,
              cell: (f: TargetFigure) => (
                <a href={`${PLANS_PATH}/targets/${f.target.id}`}>
                  {f.target.code}. {f.target.name}
                </a>
              ),
            },
            {
              key: 'baseline',
              label: t('plans.target.baseline'),
              cell: (f: TargetFigure) => valueText(ctx, f.target.unit, Number(f.target.baseline)),
            },
            {
              key: 'target',
              label: t('plans.target.target'),
              cell: (f: TargetFigure) => valueText(ctx, f.target.unit, f.targetValue),
            },
            {
              key: 'expected',
              label: t('plans.target.expected'),
              cell: (f: TargetFigure) => valueText(ctx, f.target.unit, f.expected),
            },
            {
              key: 'actual',
              label: t('plans.target.actual'),
              cell: (f: TargetFigure) => valueText(ctx, f.target.unit, f.actual),
            },
            {
              key: 'status',
              label: t('plans.target.status'),
              cell: (f: TargetFigure) => <StatusText ctx={ctx} figure={f} />,
            },
            {
              key: 'source',
              label: t('plans.target.provenance'),
              cell: (f: TargetFigure) => <ProvenanceText ctx={ctx} figure={f} />,
            },
          ]}
          rows={figures}
        />
      )}
      {reached.length > 0 && (
        <section aria-labelledby="chart-heading">
          <h2 id="chart-heading">{t('plans.target.chart')}</h2>
          <HorizontalBarChart
            id="targets-chart"
            title={t('plans.target.chart')}
            locale={ctx.locale}
            labelHeader={t('plans.target.name')}
            valueHeader={t('plans.target.reachedShare')}
            tableToggle={t('plans.target.chartTable')}
            data={reached.map((f) => ({
              label: `${f.target.code}. ${f.target.name}`,
              value: Math.round((f.actual! / f.targetValue!) * 100),
            }))}
          />
        </section>
      )}
    </BackofficePage>
  );
}
