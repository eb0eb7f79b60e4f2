// A plan's dashboard (staff): charts drawn on the server (SVG, no script, readable at 360 px),
// each with its figures in a table, and the detail tables — tasks by lead agency, overdue tasks,
// agencies' reporting discipline period by period.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { MessageKey } from '../../../platform/i18n';
import { HorizontalBarChart, type ChartDatum } from '../../../platform/ui/charts';
import { DataTable } from '../../../platform/ui/data-table';
import type { TaskRow } from '../db/tasks.repository';
import { DISCIPLINE_STATES, type DisciplineRow } from '../domain/reporting-discipline';
import { TARGET_STATUSES } from '../domain/target-status';
import { TASK_STATUSES } from '../domain/task-tree';
import { PLANS_PATH } from '../permissions';
import type { AgencyTasks, PlanDashboard } from '../services/plan-dashboard.queries';
import { planYears } from '../services/target-form';
import { agencyNamer, dayText, statusLabel } from './labels';

type Props = { ctx: RequestContext; board: PlanDashboard };

function chartTexts(ctx: RequestContext, id: string, title: MessageKey, labelHeader: MessageKey) {
  return {
    id,
    title: ctx.t(title),
    locale: ctx.locale,
    labelHeader: ctx.t(labelHeader),
    valueHeader: ctx.t('plans.dashboard.count'),
    tableToggle: ctx.t('plans.dashboard.figures'),
  };
}

function TaskSection({ ctx, board }: Props) {
  const { t } = ctx;
  const name = agencyNamer(board.agencies);
  const byStatus: ChartDatum[] = TASK_STATUSES.map((s) => ({
    label: statusLabel(t, s),
    value: board.tasksByStatus[s],
  }));
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('plans.dashboard.tasks')}</h2>
      <HorizontalBarChart
        {...chartTexts(ctx, 'tasks-chart', 'plans.dashboard.tasksByStatus', 'plans.task.status')}
        data={byStatus}
      />
      <h3>{t('plans.dashboard.tasksByAgency')}</h3>
      <DataTable
        caption={t('plans.dashboard.tasksByAgency')}
        label={t('plans.dashboard.tasksByAgency')}
        columns={[
          {
            key: 'agency',
            label: t('plans.task.lead'),
            isRowHeader: true,
            cell: (r: AgencyTasks) => name(r.agencyId),
          },
          ...TASK_STATUSES.map((s) => ({
            key: s,
            label: statusLabel(t, s),
            cell: (r: AgencyTasks) => r.byStatus[s],
          })),
          {
            key: 'overdue',
            label: t('plans.dashboard.overdueColumn'),
            cell: (r: AgencyTasks) => r.overdue,
          },
          { key: 'total', label: t('plans.dashboard.total'), cell: (r: AgencyTasks) => r.total },
        ]}
        rows={board.tasksByAgency}
      />
      <h3>{t('plans.dashboard.overdue', { count: board.overdueTasks.length })}</h3>
      {board.overdueTasks.length === 0 ? (
        <p class="muted">{t('plans.dashboard.noOverdue')}</p>
      ) : (
        <DataTable
          columns={[
            {
              key: 'task',
              label: t('plans.dashboard.task'),
              isRowHeader: true,
              cell: (r: TaskRow) => (
                <a href={`${PLANS_PATH}/tasks/${r.id}`}>
                  {r.code}. {r.title}
                </a>
              ),
            },
            {
              key: 'lead',
              label: t('plans.task.lead'),
              cell: (r: TaskRow) => name(r.leadAgencyId),
            },
            {
              key: 'due',
              label: t('plans.dashboard.dueOn'),
              cell: (r: TaskRow) => dayText(ctx, r.dueOn),
            },
            {
              key: 'status',
              label: t('plans.task.status'),
              cell: (r: TaskRow) => statusLabel(t, r.status),
            },
            {
              key: 'done',
              label: t('plans.dashboard.percent'),
              cell: (r: TaskRow) => `${r.percentDone}%`,
            },
          ]}
          rows={board.overdueTasks}
        />
      )}
    </section>
  );
}

function TargetSection({ ctx, board }: Props) {
  const { t } = ctx;
  const targets = `${PLANS_PATH}/${board.plan.id}/targets?year=${board.year}`;
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">{t('plans.dashboard.targets', { year: board.year })}</h2>
      <HorizontalBarChart
        {...chartTexts(
          ctx,
          'targets-chart',
          'plans.dashboard.targetsByStatus',
          'plans.target.status',
        )}
        data={[...TARGET_STATUSES, 'none' as const].map((s) => ({
          label: t(`plans.dashboard.target.${s}`),
          value: board.targetsByStatus[s],
          href: targets,
        }))}
      />
      <p>
        <a href={targets}>{t('plans.dashboard.targetsLink')}</a>
      </p>
    </section>
  );
}

function DisciplineSection({ ctx, board }: Props) {
  const { t } = ctx;
  const name = agencyNamer(board.agencies);
  const { periods, rows } = board.discipline;
  const state = (s: string | undefined) =>
    s ? t(`plans.dashboard.state.${s}` as MessageKey) : '—';
  return (
    <section aria-labelledby="discipline-heading">
      <h2 id="discipline-heading">{t('plans.dashboard.discipline')}</h2>
      <p class="muted">{t('plans.dashboard.disciplineRule')}</p>
      {rows.length === 0 ? (
        <p class="muted">{t('plans.report.none')}</p>
      ) : (
        <>
          <HorizontalBarChart
            {...chartTexts(
              ctx,
              'discipline-chart',
              'plans.dashboard.onTimeByAgency',
              'plans.task.lead',
            )}
            data={rows.map((r) => ({ label: name(r.agencyId), value: r.counts.on_time }))}
          />
          <DataTable
            caption={t('plans.dashboard.discipline')}
            label={t('plans.dashboard.discipline')}
            columns={[
              {
                key: 'agency',
                label: t('plans.task.lead'),
                isRowHeader: true,
                cell: (r: DisciplineRow) => name(r.agencyId),
              },
              ...periods.map((p) => ({
                key: p,
                label: p,
                cell: (r: DisciplineRow) => state(r.cells[p]),
              })),
              ...DISCIPLINE_STATES.filter((s) => s !== 'not_due').map((s) => ({
                key: s,
                label: t(`plans.dashboard.state.${s}`),
                cell: (r: DisciplineRow) => r.counts[s],
              })),
            ]}
            rows={rows}
          />
        </>
      )}
    </section>
  );
}

export function PlanDashboardPage({ ctx, board }: Props) {
  const { t } = ctx;
  const path = `${PLANS_PATH}/${board.plan.id}/dashboard`;
  return (
    <BackofficePage
      ctx={ctx}
      path={`${path}?year=${board.year}`}
      title={t('plans.dashboard.title')}
      lead={board.plan.title}
    >
      <p class="row">
        <a href={`${PLANS_PATH}/${board.plan.id}`}>{t('plans.task.backToPlan')}</a>
        <a href={`${PLANS_PATH}/${board.plan.id}/reports`}>{t('plans.report.board')}</a>
      </p>
      <nav aria-label={t('plans.target.years')}>
        <p class="row">
          {planYears(board.plan).map((y) => (
            <a href={`${path}?year=${y}`} aria-current={y === board.year ? 'page' : undefined}>
              {y}
            </a>
          ))}
        </p>
      </nav>
      <TaskSection ctx={ctx} board={board} />
      <TargetSection ctx={ctx} board={board} />
      <DisciplineSection ctx={ctx} board={board} />
    </BackofficePage>
  );
}
