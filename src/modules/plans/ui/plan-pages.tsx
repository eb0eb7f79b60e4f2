// The staff pages of plans: the list, a plan's form, and a plan with its tree of tasks, its
// amendments and the earlier revisions kept.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import { DateField, LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { PlanRow } from '../db/plans.repository';
import {
  AGENCIES_PATH,
  EVIDENCE_PACK_PATH,
  FRAMEWORKS_PATH,
  PLANS_PATH,
  REGISTER_PATH,
} from '../permissions';
import type { PlanPage } from '../services/plans.queries';
import { TaskTable } from './task-table';
import { dayText } from './labels';

export function PlansListPage({ ctx, plans }: { ctx: RequestContext; plans: PlanRow[] }) {
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={PLANS_PATH}
      title={t('plans.staff.title')}
      lead={t('plans.staff.lead')}
    >
      <p class="row">
        <a class="button" href={`${PLANS_PATH}/new`}>
          {t('plans.staff.new')}
        </a>
        <a href={AGENCIES_PATH}>{t('plans.agency.title')}</a>
        <a href={REGISTER_PATH}>{t('plans.register.title')}</a>
        <a href={FRAMEWORKS_PATH}>{t('plans.framework.list')}</a>
        <a href={EVIDENCE_PACK_PATH}>{t('plans.evidencePack.title')}</a>
      </p>
      {plans.length === 0 ? (
        <EmptyList ctx={ctx} filtered={false} empty="plans.staff.empty" />
      ) : (
        <DataTable
          columns={[
            {
              key: 'title',
              label: t('plans.field.title'),
              isRowHeader: true,
              cell: (p: PlanRow) => <a href={`${PLANS_PATH}/${p.id}`}>{p.title}</a>,
            },
            {
              key: 'decision',
              label: t('plans.field.decisionNumber'),
              cell: (p: PlanRow) => `${p.decisionNumber} (${dayText(ctx, p.decisionDate)})`,
            },
            {
              key: 'period',
              label: t('plans.field.period'),
              cell: (p: PlanRow) => `${p.periodStart}–${p.periodEnd}`,
            },
            {
              key: 'revision',
              label: t('plans.field.revision'),
              cell: (p: PlanRow) => String(p.revision),
            },
          ]}
          rows={plans}
        />
      )}
    </BackofficePage>
  );
}

export const PLAN_FIELDS = [
  'title',
  'decisionNumber',
  'decisionDate',
  'periodStart',
  'periodEnd',
  'goals',
] as const;

export function planValues(plan: PlanRow): FormValues {
  return {
    title: plan.title,
    decisionNumber: plan.decisionNumber,
    decisionDate: plan.decisionDate,
    periodStart: String(plan.periodStart),
    periodEnd: String(plan.periodEnd),
    goals: plan.goals,
  };
}

function PlanFields(props: {
  ctx: RequestContext;
  values: FormValues;
  errors?: FieldErrors;
  current?: PlanRow;
}) {
  const { t } = props.ctx;
  const saved = props.current && planValues(props.current);
  const common = (name: (typeof PLAN_FIELDS)[number]) => ({
    t,
    name,
    label: t(`plans.field.${name}`),
    value: props.values[name] ?? '',
    errors: props.errors,
    current: saved?.[name],
  });
  return (
    <>
      <LongTextField {...common('title')} rows={2} required />
      <TextField
        {...common('decisionNumber')}
        hint={t('plans.field.decisionNumber.hint')}
        required
      />
      <DateField {...common('decisionDate')} required />
      <TextField {...common('periodStart')} inputmode="numeric" required />
      <TextField {...common('periodEnd')} inputmode="numeric" required />
      <LongTextField {...common('goals')} rows={5} />
    </>
  );
}

export function NewPlanPage(props: {
  ctx: RequestContext;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx } = props;
  const path = `${PLANS_PATH}/new`;
  return (
    <BackofficePage ctx={ctx} path={path} title={ctx.t('plans.staff.new')} errors={props.errors}>
      <form method="post" action={path} class="stack">
        <PlanFields ctx={ctx} values={props.values} errors={props.errors} />
        <button type="submit">{ctx.t('plans.staff.create')}</button>
      </form>
    </BackofficePage>
  );
}

export interface PlanPageState {
  values: FormValues;
  version: number;
  errors?: FieldErrors;
  current?: PlanRow;
  amendment?: FormValues;
  amendmentErrors?: FieldErrors;
  notice?: PageNotice;
}

function AmendForm(props: { ctx: RequestContext; plan: PlanRow; state: PlanPageState }) {
  const { t } = props.ctx;
  const v = props.state.amendment ?? {};
  const common = (name: 'decisionNumber' | 'decisionDate' | 'note') => ({
    t,
    name: `amend_${name}`,
    label: t(`plans.amend.${name}`),
    value: v[name] ?? '',
    errors: props.state.amendmentErrors,
  });
  return (
    <section aria-labelledby="amend-heading">
      <h2 id="amend-heading">{t('plans.amend.title')}</h2>
      <p class="muted">{t('plans.amend.lead')}</p>
      <form method="post" action={`${PLANS_PATH}/${props.plan.id}/amend`} class="stack">
        <input type="hidden" name="version" value={String(props.plan.version)} />
        <TextField {...common('decisionNumber')} required />
        <DateField {...common('decisionDate')} required />
        <LongTextField {...common('note')} rows={2} />
        <button type="submit" class="secondary">
          {t('plans.amend.submit')}
        </button>
      </form>
    </section>
  );
}

export function PlanDetailPage(props: {
  ctx: RequestContext;
  page: PlanPage;
  state: PlanPageState;
}) {
  const { ctx, page, state } = props;
  const { t } = ctx;
  const { plan } = page;
  const path = `${PLANS_PATH}/${plan.id}`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={plan.title}
      lead={t('plans.staff.decisionLine', {
        number: plan.decisionNumber,
        date: dayText(ctx, plan.decisionDate),
        revision: plan.revision,
      })}
      errors={state.errors ?? state.amendmentErrors}
      notice={state.notice}
    >
      <p class="row">
        <a class="button" href={`${path}/tasks/new`}>
          {t('plans.task.new')}
        </a>
        <a href={`${path}/import`}>{t('plans.import.title')}</a>
        <a href={`${path}/dashboard`}>{t('plans.dashboard.link')}</a>
        <a href={`${path}/targets`}>{t('plans.target.dashboard')}</a>
        <a href={`${path}/reports`}>{t('plans.report.board')}</a>
      </p>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">{t('plans.task.tree')}</h2>
        <TaskTable ctx={ctx} tasks={page.tasks} agencies={page.agencies} />
      </section>
      <section aria-labelledby="plan-form-heading">
        <h2 id="plan-form-heading">{t('plans.staff.edit')}</h2>
        <form method="post" action={path} class="stack">
          <input type="hidden" name="version" value={String(state.version)} />
          <PlanFields
            ctx={ctx}
            values={state.values}
            errors={state.errors}
            current={state.current}
          />
          <button type="submit">{t('plans.staff.save')}</button>
        </form>
      </section>
      <AmendForm ctx={ctx} plan={plan} state={state} />
      {page.revisions.length > 0 && (
        <section aria-labelledby="revisions-heading">
          <h2 id="revisions-heading">{t('plans.revision.title')}</h2>
          <ul>
            {page.revisions.map((r) => (
              <li>
                <a href={`${path}/revisions/${r.revision}`}>
                  {t('plans.revision.item', {
                    revision: r.revision,
                    number: r.amendedByNumber,
                    date: dayText(ctx, r.amendedByDate),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </BackofficePage>
  );
}
