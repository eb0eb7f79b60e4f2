// A plan as it stood before an amendment: kept, read-only.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { PlanRow, RevisionRow } from '../db/plans.repository';
import { PLANS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import { dayText } from './labels';
import { TaskTable } from './task-table';

export function RevisionPage(props: {
  ctx: RequestContext;
  plan: PlanRow;
  revision: RevisionRow;
  agencies: Agency[];
}) {
  const { ctx, plan, revision } = props;
  const { t } = ctx;
  const s = revision.snapshot;
  return (
    <BackofficePage
      ctx={ctx}
      path={`${PLANS_PATH}/${plan.id}/revisions/${revision.revision}`}
      title={t('plans.revision.pageTitle', { revision: revision.revision, title: s.title })}
      lead={t('plans.revision.lead', {
        number: s.decisionNumber,
        date: dayText(ctx, s.decisionDate),
        amendedBy: revision.amendedByNumber,
        amendedOn: dayText(ctx, revision.amendedByDate),
      })}
    >
      <p>
        <a href={`${PLANS_PATH}/${plan.id}`}>{t('plans.revision.current')}</a>
      </p>
      {revision.note && <p>{revision.note}</p>}
      <p>
        {t('plans.field.period')}: {s.periodStart}–{s.periodEnd}
      </p>
      {s.goals && <p>{s.goals}</p>}
      <h2>{t('plans.task.tree')}</h2>
      <TaskTable ctx={ctx} tasks={s.tasks} agencies={props.agencies} />
    </BackofficePage>
  );
}
