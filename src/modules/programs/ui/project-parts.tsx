// The parts of a funded project's pages that staff and the organisation's members share: a
// milestone's reports (with the review form for staff), the chain of statutory steps, the
// milestone fields, and the state a refused form comes back with.
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDate, type MessageKey } from '../../../platform/i18n';
import type { ReportRow } from '../db/projects.repository';
import type { FormValues } from '../../../platform/input/form-values';
import type { ProjectDetail } from '../services/projects/projects.queries';
import { FileLinks } from './project-files';
import { controlFor } from './project-list-page';
import { showDay } from './project-progress';
import { LongTextField } from '../../../platform/ui/text-controls';

/** The form a refusal re-shows: its prefix (line, milestone, pay, step) and what was typed. */
export interface ProjectFormState {
  values: FormValues;
  errors?: FieldErrors;
}

export const stepLabel = (ctx: RequestContext, kind: string) =>
  ctx.t(`programs.project.step.${kind}` as MessageKey);

function ReportReview(props: {
  ctx: RequestContext;
  action: string;
  report: ReportRow;
  form?: ProjectFormState;
}) {
  const { ctx, action, report } = props;
  const { t } = ctx;
  const id = `comment-${report.id}`;
  return (
    <form method="post" action={`${action}/reports/${report.id}`} class="stack">
      <LongTextField
        t={t}
        id={id}
        name="comment"
        errorKey={id}
        label={t('programs.project.review.comment')}
        value={props.form?.values[id] ?? ''}
        errors={props.form?.errors}
        rows={3}
      />
      <p class="row">
        <button type="submit" name="decision" value="accept">
          {t('programs.project.review.accept')}
        </button>
        <button type="submit" name="decision" value="changes" class="secondary">
          {t('programs.project.review.changes')}
        </button>
      </p>
    </form>
  );
}

type ReportWithFiles = ProjectDetail['milestones'][number]['reports'][number];

/** The files route of a project's page (staff or member): `${page}/files/<id>`. */
export const filesPath = (page: string) => `${page}/files`;

export function ReportList(props: {
  ctx: RequestContext;
  reports: ReportWithFiles[];
  /** The project's page the files are served under. */
  page: string;
  /** The project's staff page: reports waiting for review get the review form. */
  review?: string;
  form?: ProjectFormState;
}) {
  const { ctx, reports, review } = props;
  const { t, locale } = ctx;
  if (reports.length === 0) return <p class="muted">{t('programs.project.report.none')}</p>;
  return (
    <ul class="stack">
      {reports.map((r) => (
        <li>
          <p>
            <span class="badge">{t(`programs.project.report.${r.status}` as MessageKey)}</span>{' '}
            {t('programs.project.submittedOn', { date: formatDate(r.submittedAt, locale) })}
          </p>
          <p class="prose">{r.body}</p>
          {r.documentRef && <p>{r.documentRef}</p>}
          <FileLinks ctx={ctx} files={r.files} base={filesPath(props.page)} />
          {r.reviewComment && <p>{t('programs.project.reviewed', { comment: r.reviewComment })}</p>}
          {review && r.status === 'submitted' && (
            <ReportReview ctx={ctx} action={review} report={r} form={props.form} />
          )}
        </li>
      ))}
    </ul>
  );
}

export function MilestoneFields(props: {
  ctx: RequestContext;
  control: ReturnType<typeof controlFor>;
  prefix: string;
}) {
  const { ctx, control, prefix } = props;
  return (
    <>
      {control(`${prefix}title`, 'programs.project.milestoneTitle', { required: true })}
      {control(`${prefix}deliverables`, 'programs.project.deliverables', { rows: 3 })}
      {control(`${prefix}dueOn`, 'programs.project.dueOn', {
        type: 'date',
        required: true,
        hint: ctx.t('programs.project.dueOnHint'),
      })}
    </>
  );
}

/**
 * The statutory chain in its order with each step's document; with `names`, who recorded each
 * step (staff pages). Files are served under the project's `page`.
 */
export function StepChain(props: {
  ctx: RequestContext;
  chain: ProjectDetail['chain'];
  page: string;
  names?: Record<string, string>;
}) {
  const { ctx, chain, names } = props;
  const { t } = ctx;
  return (
    <ol>
      {chain.map(({ kind, step, files }) => (
        <li>
          <strong>{stepLabel(ctx, kind)}</strong>:{' '}
          {step ? (
            <>
              {t('programs.project.step.done', {
                date: showDay(step.happenedOn),
                document: step.documentRef,
              })}
              {names && (
                <>
                  {' '}
                  · {t('programs.project.recordedBy')}: {names[step.recordedBy] ?? step.recordedBy}
                </>
              )}
              {step.note && <> · {step.note}</>}
              <FileLinks ctx={ctx} files={files} base={filesPath(props.page)} />
            </>
          ) : (
            <span class="muted">{t('programs.project.step.pending')}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
