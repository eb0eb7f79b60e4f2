// A task's page: staff change its planning (agencies, timeline, deliverables, budget); the lead
// agency's officer, and staff, report its progress; a co-ordinating agency reads it.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import type { PageNotice } from '../../../platform/ui/notice';
import {
  DateField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';
import type { PlanRow } from '../db/plans.repository';
import type { TaskRow } from '../db/tasks.repository';
import { BUDGET_SOURCES, TASK_STATUSES } from '../domain/task-tree';
import { PLANS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import type { TaskPage } from '../services/plans.queries';
import { budgetField } from '../services/task-input';
import type { TaskFormState } from '../services/task-form';
import { agencyChoices, agencyNamer, BudgetList, dayText, levelLabel, statusLabel } from './labels';

function TaskFields(props: {
  ctx: RequestContext;
  state: TaskFormState;
  agencies: Agency[];
  errors?: FieldErrors;
  isNew: boolean;
}) {
  const { ctx, state, errors } = props;
  const { t } = ctx;
  const common = (name: string, label: string) => ({
    t,
    name,
    label,
    value: state.values[name] ?? '',
    errors,
  });
  return (
    <>
      {props.isNew && (
        <TextField
          {...common('code', t('plans.task.code'))}
          hint={t('plans.task.code.hint')}
          required
        />
      )}
      <LongTextField {...common('title', t('plans.task.title'))} rows={3} required />
      <SelectField
        {...common('leadAgencyId', t('plans.task.lead'))}
        empty={t('plans.task.noLead')}
        options={agencyChoices(props.agencies)}
      />
      <CheckboxGroup
        t={t}
        name="coordinatingAgencyIds"
        legend={t('plans.task.coordinating')}
        errors={errors}
        values={state.coordinating}
        options={agencyChoices(props.agencies)}
      />
      <DateField {...common('startsOn', t('plans.task.startsOn'))} />
      <DateField {...common('dueOn', t('plans.task.dueOn'))} />
      <LongTextField {...common('deliverables', t('plans.task.deliverables'))} rows={2} />
      {BUDGET_SOURCES.map((s) => (
        <MoneyField {...common(budgetField(s), t(`plans.budget.${s}`))} />
      ))}
    </>
  );
}

export function NewTaskPage(props: {
  ctx: RequestContext;
  plan: PlanRow;
  agencies: Agency[];
  state: TaskFormState;
  errors?: FieldErrors;
}) {
  const { ctx, plan } = props;
  const path = `${PLANS_PATH}/${plan.id}/tasks/new`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={ctx.t('plans.task.new')}
      lead={plan.title}
      errors={props.errors}
    >
      {props.agencies.length === 0 && <p class="muted">{ctx.t('plans.agency.none')}</p>}
      <form method="post" action={path} class="stack">
        <TaskFields
          ctx={ctx}
          state={props.state}
          agencies={props.agencies}
          errors={props.errors}
          isNew
        />
        <button type="submit">{ctx.t('plans.task.create')}</button>
      </form>
    </BackofficePage>
  );
}

function ProgressForm(props: {
  ctx: RequestContext;
  task: TaskRow;
  values: FormValues;
  version: number;
  errors?: FieldErrors;
}) {
  const { ctx, task, errors } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('plans.progress.title')}</h2>
      <form method="post" action={`${PLANS_PATH}/tasks/${task.id}/progress`} class="stack">
        <input type="hidden" name="version" value={String(props.version)} />
        <SelectField
          t={t}
          name="status"
          label={t('plans.task.status')}
          value={props.values.status ?? task.status}
          errors={errors}
          options={TASK_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        />
        <TextField
          t={t}
          name="percentDone"
          label={t('plans.task.percentDone')}
          value={props.values.percentDone ?? String(task.percentDone)}
          inputmode="numeric"
          errors={errors}
        />
        <LongTextField
          t={t}
          name="progressNote"
          label={t('plans.task.progressNote')}
          value={props.values.progressNote ?? task.progressNote}
          rows={4}
          errors={errors}
        />
        <button type="submit">{t('plans.progress.save')}</button>
      </form>
    </section>
  );
}

export interface TaskPageState {
  form: TaskFormState;
  version: number;
  errors?: FieldErrors;
  progress?: FormValues;
  progressErrors?: FieldErrors;
  notice?: PageNotice;
}

function TaskFacts({ ctx, page }: { ctx: RequestContext; page: TaskPage }) {
  const { t } = ctx;
  const { task } = page;
  const name = agencyNamer(page.agencies);
  return (
    <dl>
      <dt>{t('plans.task.code')}</dt>
      <dd>
        {task.code} · {levelLabel(t, task.level)}
      </dd>
      <dt>{t('plans.task.lead')}</dt>
      <dd>{name(task.leadAgencyId)}</dd>
      <dt>{t('plans.task.coordinating')}</dt>
      <dd>{task.coordinatingAgencyIds.map(name).join('; ') || '—'}</dd>
      <dt>{t('plans.task.timeline')}</dt>
      <dd>
        {dayText(ctx, task.startsOn)} – {dayText(ctx, task.dueOn)}
      </dd>
      <dt>{t('plans.task.deliverables')}</dt>
      <dd>{task.deliverables || '—'}</dd>
      <dt>{t('plans.task.budget')}</dt>
      <dd>
        <BudgetList ctx={ctx} budgets={task.budgets} />
      </dd>
      <dt>{t('plans.task.status')}</dt>
      <dd>
        {statusLabel(t, task.status)} · {task.percentDone}%
      </dd>
      {task.progressNote && (
        <>
          <dt>{t('plans.task.progressNote')}</dt>
          <dd>{task.progressNote}</dd>
        </>
      )}
    </dl>
  );
}

export function TaskDetailPage(props: {
  ctx: RequestContext;
  page: TaskPage;
  state: TaskPageState;
}) {
  const { ctx, page, state } = props;
  const { t } = ctx;
  const { task, plan } = page;
  const path = `${PLANS_PATH}/tasks/${task.id}`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={task.title}
      lead={plan.title}
      errors={state.errors ?? state.progressErrors}
      notice={state.notice}
    >
      {page.mayEdit && (
        <p>
          <a href={`${PLANS_PATH}/${plan.id}`}>{t('plans.task.backToPlan')}</a>
        </p>
      )}
      <TaskFacts ctx={ctx} page={page} />
      {page.mayReport && (
        <ProgressForm
          ctx={ctx}
          task={task}
          values={state.progress ?? {}}
          version={state.version}
          errors={state.progressErrors}
        />
      )}
      {page.mayEdit && (
        <section aria-labelledby="task-form-heading">
          <h2 id="task-form-heading">{t('plans.task.edit')}</h2>
          <form method="post" action={path} class="stack">
            <input type="hidden" name="version" value={String(state.version)} />
            <TaskFields
              ctx={ctx}
              state={state.form}
              agencies={page.agencies}
              errors={state.errors}
              isNew={false}
            />
            <button type="submit">{t('plans.task.save')}</button>
          </form>
        </section>
      )}
    </BackofficePage>
  );
}
