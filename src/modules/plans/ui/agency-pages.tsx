// The agencies taking part in plans (staff), and an agency officer's own tasks.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { DataTable } from '../../../platform/ui/data-table';
import { formFieldProps } from '../../../platform/ui/field';
import type { PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { PlanRow } from '../db/plans.repository';
import type { TaskRow } from '../db/tasks.repository';
import { AGENCIES_PATH, AGENCY_TASKS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import { AgencyReportList } from './report-pages';
import { TaskTable } from './task-table';
import type { ReportRow } from '../db/reports.repository';

export function AgenciesPage(props: {
  ctx: RequestContext;
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
      path={AGENCIES_PATH}
      title={t('plans.agency.title')}
      lead={t('plans.agency.lead')}
      errors={errors}
      notice={props.notice}
    >
      {props.agencies.length === 0 ? (
        <p class="muted">{t('plans.agency.none')}</p>
      ) : (
        <DataTable
          columns={[
            { key: 'code', label: t('plans.agency.code'), cell: (a: Agency) => a.code },
            {
              key: 'name',
              label: t('plans.agency.name'),
              isRowHeader: true,
              cell: (a: Agency) =>
                a.slug ? <a href={`/directory/${a.slug}`}>{a.name}</a> : a.name,
            },
          ]}
          rows={props.agencies}
        />
      )}
      <section aria-labelledby="add-agency-heading">
        <h2 id="add-agency-heading">{t('plans.agency.add')}</h2>
        <form method="post" action={AGENCIES_PATH} class="stack">
          <TextField
            {...field('profile')}
            label={t('plans.agency.profile')}
            hint={t('plans.agency.profile.hint')}
            required
          />
          <TextField
            {...field('code')}
            label={t('plans.agency.code')}
            hint={t('plans.agency.code.hint')}
            required
          />
          <button type="submit">{t('plans.agency.addSubmit')}</button>
        </form>
      </section>
    </BackofficePage>
  );
}

export function AgencyTasksPage(props: {
  ctx: RequestContext;
  tasks: TaskRow[];
  plans: Map<string, PlanRow>;
  agencies: Agency[];
  reports: ReportRow[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  const planIds = [...new Set(props.tasks.map((task) => task.planId))];
  return (
    <BackofficePage
      ctx={ctx}
      path={AGENCY_TASKS_PATH}
      title={t('plans.mine.title')}
      lead={t('plans.mine.lead')}
    >
      <AgencyReportList ctx={ctx} reports={props.reports} />
      {planIds.length === 0 && <p class="muted">{t('plans.mine.empty')}</p>}
      {planIds.map((planId) => (
        <section>
          <h2>{props.plans.get(planId)?.title}</h2>
          <TaskTable
            ctx={ctx}
            tasks={props.tasks.filter((task) => task.planId === planId)}
            agencies={props.agencies}
          />
        </section>
      ))}
    </BackofficePage>
  );
}
