// Importing a task appendix: the upload form, then the preview of what the file holds with each
// row's problems, and the button that imports it (only when no problem remains).
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatVnd, type MessageKey } from '../../../platform/i18n';
import { ImportPreview, ImportUploadForm } from '../../../platform/ui/import-preview';
import type { PlanRow } from '../db/plans.repository';
import { PLANS_PATH } from '../permissions';
import type { Agency } from '../services/agencies';
import type { Preview } from '../services/import-tasks';
import type { SheetTask } from '../services/task-sheet';
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
      <ImportUploadForm
        t={t}
        action={path}
        howTo={t('plans.import.howTo')}
        label={t('plans.import.file')}
        hint={t('plans.import.file.hint')}
        accepts="xlsx"
        submit={t('plans.import.preview')}
        errors={props.errors}
      />
    </BackofficePage>
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
      <ImportPreview
        t={t}
        notice={
          hasProblems
            ? { kind: 'error', text: t('plans.import.fixFirst') }
            : { kind: 'info', text: t('plans.import.ready', { count: reading.tasks.length }) }
        }
        problems={{
          heading: t('plans.import.problems', { count: reading.problems.length }),
          rows: reading.problems,
          columnLabel: (column) => t(`plans.import.column.${column}` as MessageKey),
        }}
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
        confirm={
          hasProblems
            ? undefined
            : {
                action: `${path}/${preview.import.id}`,
                label: t('plans.import.confirm', { count: reading.tasks.length }),
              }
        }
        another={{ href: path, label: t('plans.import.another') }}
      />
    </BackofficePage>
  );
}
