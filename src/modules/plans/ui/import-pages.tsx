// Importing a task appendix: the upload form, then the preview of what the file holds with each
// row's problems, and the button that imports it (only when no problem remains).
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatVnd, type MessageKey } from '../../../platform/i18n';
import { DataTable } from '../../../platform/ui/data-table';
import { Notice } from '../../../platform/ui/notice';
import { FileField } from '../../../platform/ui/text-controls';
import type { PlanRow } from '../db/plans.repository';
import { PLANS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import type { Preview } from '../services/import-tasks';
import type { RowProblem, SheetTask } from '../services/task-sheet';
import { agencyNamer, dayText, levelLabel, sourceLabel } from './labels';
import { levelOf } from '../domain/task-tree';

export function ImportPage(props: { ctx: RequestContext; plan: PlanRow; errors?: FieldErrors }) {
  const { ctx, plan } = props;
  const { t } = ctx;
  const path = `${PLANS_PATH}/${plan.id}/import`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('plans.import.title')}
      lead={plan.title}
      errors={props.errors}
    >
      <p>{t('plans.import.howTo')}</p>
      <form method="post" action={path} enctype="multipart/form-data" class="stack">
        <FileField
          t={t}
          name="file"
          label={t('plans.import.file')}
          hint={t('plans.import.file.hint')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          errors={props.errors}
          required
        />
        <button type="submit">{t('plans.import.preview')}</button>
      </form>
    </BackofficePage>
  );
}

function ProblemList({ ctx, problems }: { ctx: RequestContext; problems: RowProblem[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('plans.import.problems', { count: problems.length })}</h2>
      <ul>
        {problems.map((p) => (
          <li>
            {t('plans.import.problemLine', {
              line: p.line,
              column: t(`plans.import.column.${p.column}` as MessageKey),
            })}{' '}
            {t(p.message.key, p.message.params)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PreviewPage(props: { ctx: RequestContext; preview: Preview; agencies: Agency[] }) {
  const { ctx, preview } = props;
  const { t } = ctx;
  const { plan, reading } = preview;
  const name = agencyNamer(props.agencies);
  const path = `${PLANS_PATH}/${plan.id}/import`;
  const hasProblems = reading.problems.length > 0;
  return (
    <BackofficePage ctx={ctx} path={path} title={t('plans.import.previewTitle')} lead={plan.title}>
      {hasProblems ? (
        <Notice kind="error">{t('plans.import.fixFirst')}</Notice>
      ) : (
        <Notice kind="info">{t('plans.import.ready', { count: reading.tasks.length })}</Notice>
      )}
      {hasProblems && <ProblemList ctx={ctx} problems={reading.problems} />}
      <DataTable
        label={t('plans.import.previewTitle')}
        columns={[
          { key: 'line', label: t('plans.import.line'), cell: (r: SheetTask) => String(r.line) },
          { key: 'code', label: t('plans.task.code'), cell: (r: SheetTask) => r.code },
          {
            key: 'title',
            label: t('plans.task.title'),
            isRowHeader: true,
            cell: (r: SheetTask) => `${levelLabel(t, levelOf(r.code))}: ${r.checked.fields.title}`,
          },
          {
            key: 'lead',
            label: t('plans.task.lead'),
            cell: (r: SheetTask) => name(r.checked.fields.leadAgencyId ?? null),
          },
          {
            key: 'due',
            label: t('plans.task.dueOn'),
            cell: (r: SheetTask) => dayText(ctx, r.checked.fields.dueOn ?? null),
          },
          {
            key: 'budget',
            label: t('plans.task.budget'),
            cell: (r: SheetTask) =>
              r.checked.budgets
                .map((b) => `${sourceLabel(t, b.source)}: ${formatVnd(b.amountVnd, ctx.locale)}`)
                .join('; ') || '—',
          },
        ]}
        rows={reading.tasks}
      />
      {!hasProblems && (
        <form method="post" action={`${path}/${preview.import.id}`}>
          <button type="submit">
            {t('plans.import.confirm', { count: reading.tasks.length })}
          </button>
        </form>
      )}
      <p>
        <a href={path}>{t('plans.import.another')}</a>
      </p>
    </BackofficePage>
  );
}
