// A plan's tasks as a table in appendix order, indented by level: the plan page, an agency's
// own list and a kept revision all show them this way.
import type { RequestContext } from '../../../platform/http/context';
import { vnDay } from '../../../platform/i18n';
import { DataTable } from '../../../platform/ui/data-table';
import { isOverdue } from '../domain/task-tree';
import { PLANS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import { agencyNamer, dayText, levelLabel, statusLabel } from './labels';

export interface TaskLine {
  /** Absent for a kept revision's task, which has no page of its own. */
  id?: string;
  code: string;
  level: string;
  title: string;
  leadAgencyId: string | null;
  coordinatingAgencyIds: readonly string[];
  startsOn: string | null;
  dueOn: string | null;
  deliverables: string;
  status: string;
  percentDone: number;
}

export function TaskTable(props: {
  ctx: RequestContext;
  tasks: TaskLine[];
  agencies: Agency[];
  caption?: string;
}) {
  const { ctx, tasks } = props;
  const { t } = ctx;
  if (tasks.length === 0) return <p class="muted">{t('plans.task.empty')}</p>;
  const name = agencyNamer(props.agencies);
  const today = vnDay(ctx.deps.clock());
  return (
    <DataTable
      columns={[
        { key: 'code', label: t('plans.task.code'), cell: (r: TaskLine) => r.code },
        {
          key: 'title',
          label: t('plans.task.title'),
          isRowHeader: true,
          cell: (r: TaskLine) => (
            <>
              <span class="badge">{levelLabel(t, r.level)}</span>{' '}
              {r.id ? <a href={`${PLANS_PATH}/tasks/${r.id}`}>{r.title}</a> : r.title}
            </>
          ),
        },
        { key: 'lead', label: t('plans.task.lead'), cell: (r: TaskLine) => name(r.leadAgencyId) },
        {
          key: 'coordinating',
          label: t('plans.task.coordinating'),
          cell: (r: TaskLine) => r.coordinatingAgencyIds.map(name).join('; ') || '—',
        },
        {
          key: 'due',
          label: t('plans.task.timeline'),
          cell: (r: TaskLine) => `${dayText(ctx, r.startsOn)} – ${dayText(ctx, r.dueOn)}`,
        },
        {
          key: 'deliverables',
          label: t('plans.task.deliverables'),
          cell: (r: TaskLine) => r.deliverables || '—',
        },
        {
          key: 'status',
          label: t('plans.task.status'),
          cell: (r: TaskLine) => (
            <>
              {statusLabel(t, r.status)} · {r.percentDone}%
              {isOverdue(r, today) && <strong> · {t('plans.task.overdue')}</strong>}
            </>
          ),
        },
      ]}
      rows={tasks}
    />
  );
}
