// Staff: one funded project — progress, budget lines, milestones and their reports (with the
// review form), disbursements and the statutory steps, each with a plain form. A refused form is
// shown again with what was typed and the reason at the top of the page.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDate, formatVnd, type MessageKey } from '../../../platform/i18n';
import type { ProgrammeRow } from '../db/programmes.repository';
import type { ReportRow } from '../db/projects.repository';
import type { FormValues } from '../../../platform/input/form-values';
import { RECORDABLE_STEPS } from '../services/projects/funded-project-rules';
import { STEP_FILES } from '../services/projects/project-files';
import type { ProjectDetail } from '../services/projects/projects.queries';
import { inLocale } from './labels';
import { FileLinks, ProjectFileInput } from './project-files';
import {
  controlFor,
  projectPath,
  projectsPath,
  projectStatusLabel,
  type PageNotice,
} from './project-list-page';
import { ProgressSection, showDay, stateLabel, milestoneState } from './project-progress';
import { LongTextField } from '../../../platform/ui/text-controls';

/** The form a refusal re-shows: its prefix (line, milestone, pay, step) and what was typed. */
export interface ProjectFormState {
  values: FormValues;
  errors?: FieldErrors;
}

export const stepLabel = (ctx: RequestContext, kind: string) =>
  ctx.t(`programs.project.step.${kind}` as MessageKey);

interface Props {
  ctx: RequestContext;
  programme: ProgrammeRow;
  detail: ProjectDetail;
  /** Account names of those who recorded steps and payments. */
  names: Record<string, string>;
  today: string;
  form?: ProjectFormState;
  notice?: PageNotice;
}

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

function MilestoneFields(props: {
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

export function ProjectPage(props: Props) {
  const { ctx, programme, detail, names, today, notice } = props;
  const { t, locale } = ctx;
  const { project } = detail;
  const path = projectPath(programme.slug, project.id);
  const isOpen = project.status === 'active';
  const values = props.form?.values ?? {};
  const errors = props.form?.errors;
  const control = controlFor(ctx, values, errors);
  const money = { inputmode: 'numeric', hint: t('programs.project.awardHint') } as const;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={inLocale(locale, project.titleVi, project.titleEn)}
      lead={`${detail.organization?.name ?? ''} · ${projectStatusLabel(ctx, project.status)}`}
      errors={errors}
      notice={notice}
    >
      <p>
        <a href={projectsPath(programme.slug)}>{t('programs.project.backToList')}</a>
      </p>
      <ProgressSection ctx={ctx} project={project} milestones={detail.milestones} today={today} />

      <section aria-labelledby="h-budget">
        <h2 id="h-budget">{t('programs.project.budget')}</h2>
        {detail.lines.length === 0 ? (
          <p class="muted">{t('programs.project.noLines')}</p>
        ) : (
          <ul>
            {detail.lines.map((l) => (
              <li>
                {l.label}: {formatVnd(l.amountVnd, locale)}
              </li>
            ))}
          </ul>
        )}
        <p>{t('programs.project.budgetTotal', { total: formatVnd(detail.budgetVnd, locale) })}</p>
        {isOpen && (
          <form method="post" action={`${path}/budget`} class="stack">
            {control('line.label', 'programs.project.budgetLabel', { required: true })}
            {control('line.amountVnd', 'programs.project.amount', { required: true, ...money })}
            <button type="submit">{t('programs.project.addLine')}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="h-milestones">
        <h2 id="h-milestones">{t('programs.project.milestones')}</h2>
        {detail.milestones.map(({ milestone, reports }) => (
          <article class="stack">
            <h3>
              {milestone.title} — {showDay(milestone.dueOn)}{' '}
              <span class="badge">
                {stateLabel(ctx, milestoneState(milestone, reports, today))}
              </span>
            </h3>
            {milestone.deliverables && <p class="prose">{milestone.deliverables}</p>}
            {isOpen && (
              <p>
                <a href={`${path}/milestones/${milestone.id}`}>
                  {t('programs.project.editMilestone')}
                </a>
              </p>
            )}
            <ReportList ctx={ctx} reports={reports} page={path} review={path} form={props.form} />
          </article>
        ))}
        {isOpen && (
          <form method="post" action={`${path}/milestones`} class="stack">
            <h3>{t('programs.project.addMilestone')}</h3>
            <MilestoneFields ctx={ctx} control={control} prefix="milestone." />
            <button type="submit">{t('programs.project.addMilestone')}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="h-disbursements">
        <h2 id="h-disbursements">{t('programs.project.disbursements')}</h2>
        {detail.disbursements.length === 0 ? (
          <p class="muted">{t('programs.project.noDisbursements')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('programs.project.paidOn')}</th>
                  <th scope="col">{t('programs.project.kind')}</th>
                  <th scope="col">{t('programs.project.amount')}</th>
                  <th scope="col">{t('programs.project.documentRef')}</th>
                  <th scope="col">{t('programs.project.files')}</th>
                  <th scope="col">{t('programs.project.recordedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.disbursements.map((d) => (
                  <tr>
                    <td>{showDay(d.paidOn)}</td>
                    <td>{t(`programs.project.kind.${d.kind}` as MessageKey)}</td>
                    <td>{formatVnd(d.amountVnd, locale)}</td>
                    <td>{d.documentRef}</td>
                    <td>
                      <FileLinks ctx={ctx} files={d.files} base={filesPath(path)} />
                    </td>
                    <td>{names[d.recordedBy] ?? d.recordedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {isOpen && (
          <form
            method="post"
            action={`${path}/disbursements`}
            enctype="multipart/form-data"
            class="stack"
          >
            {control('pay.kind', 'programs.project.kind', {
              options: (['advance', 'payment'] as const).map((k) => ({
                value: k,
                label: t(`programs.project.kind.${k}`),
              })),
            })}
            {control('pay.amountVnd', 'programs.project.amount', { required: true, ...money })}
            {control('pay.paidOn', 'programs.project.paidOn', { type: 'date', required: true })}
            {control('pay.documentRef', 'programs.project.documentRef', { required: true })}
            <ProjectFileInput
              ctx={ctx}
              name="pay.file"
              label="programs.project.stepFile"
              rules={STEP_FILES}
              errors={errors}
            />
            <button type="submit">{t('programs.project.recordPayment')}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="h-chain">
        <h2 id="h-chain">{t('programs.project.chain')}</h2>
        <StepChain ctx={ctx} chain={detail.chain} page={path} names={names} />
        {isOpen && (
          <form method="post" action={`${path}/steps`} enctype="multipart/form-data" class="stack">
            {control('step.kind', 'programs.project.stepKind', {
              options: RECORDABLE_STEPS.filter(
                (k) => !detail.chain.some((c) => c.kind === k && c.step),
              ).map((k) => ({ value: k, label: stepLabel(ctx, k) })),
            })}
            {control('step.happenedOn', 'programs.project.happenedOn', {
              type: 'date',
              required: true,
            })}
            {control('step.documentRef', 'programs.project.documentRef', { required: true })}
            <ProjectFileInput
              ctx={ctx}
              name="step.file"
              label="programs.project.stepFile"
              rules={STEP_FILES}
              errors={errors}
            />
            {control('step.note', 'programs.project.note', { rows: 2 })}
            <button type="submit">{t('programs.project.recordStep')}</button>
          </form>
        )}
      </section>
    </BackofficePage>
  );
}

export function MilestoneEditPage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  projectId: string;
  milestoneId: string;
  version: number;
  values: FormValues;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, programme, values, errors } = props;
  const { t } = ctx;
  const back = projectPath(programme.slug, props.projectId);
  const path = `${back}/milestones/${props.milestoneId}`;
  const control = controlFor(ctx, values, errors);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.project.editMilestone')}
      errors={errors}
      notice={props.notice}
    >
      <p>
        <a href={back}>{t('programs.project.backToProject')}</a>
      </p>
      <form method="post" action={path} class="stack">
        <input type="hidden" name="version" value={String(props.version)} />
        <MilestoneFields ctx={ctx} control={control} prefix="" />
        <button type="submit">{t('programs.project.saveMilestone')}</button>
      </form>
    </BackofficePage>
  );
}
