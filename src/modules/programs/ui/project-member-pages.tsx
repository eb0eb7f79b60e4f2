// The startup's side: the projects of the organisations the account acts for, and one project
// with its progress and a report form per milestone still waiting for a report.
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatVnd } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { MilestoneRow, ProjectRow } from '../db/projects.repository';
import type { FormValues } from '../../../platform/input/form-values';
import { REPORT_FILES } from '../services/projects/project-files';
import type { ProjectDetail } from '../services/projects/projects.queries';
import { MEMBER_PROJECTS_PATH } from '../services/projects/remind-project-milestone';
import { inLocale } from './labels';
import { ProjectFileInput } from './project-files';
import { projectStatusLabel, type PageNotice } from './project-list-page';
import { ReportList, StepChain } from './project-parts';
import { paidPercent, ProgressSection, showDay } from './project-progress';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';

export const memberProjectPath = (id: string) => `${MEMBER_PROJECTS_PATH}/${id}`;

export function MyProjectsPage(props: {
  ctx: RequestContext;
  rows: { project: ProjectRow; organizationName?: string }[];
}) {
  const { ctx, rows } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('programs.project.mine')} path={MEMBER_PROJECTS_PATH}>
      <h1>{t('programs.project.mine')}</h1>
      {rows.length === 0 ? (
        <p class="muted">{t('programs.project.none')}</p>
      ) : (
        <ul class="stack">
          {rows.map(({ project, organizationName }) => (
            <li>
              <a href={memberProjectPath(project.id)}>
                {inLocale(locale, project.titleVi, project.titleEn)}
              </a>{' '}
              <span class="badge">{projectStatusLabel(ctx, project.status)}</span>
              <br />
              {organizationName} ·{' '}
              {t('programs.project.paid', {
                paid: formatVnd(project.paidVnd, locale),
                award: formatVnd(project.awardVnd, locale),
              })}{' '}
              ({paidPercent(project)}%)
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** What a refused report form shows again: its milestone and what was typed. */
export interface ReportFormState {
  milestoneId: string;
  values: FormValues;
  errors?: FieldErrors;
}

function ReportForm(props: {
  ctx: RequestContext;
  projectId: string;
  milestone: MilestoneRow;
  form?: ReportFormState;
}) {
  const { ctx, milestone } = props;
  const { t } = ctx;
  const mine = props.form?.milestoneId === milestone.id ? props.form : undefined;
  const field = (name: 'body' | 'documentRef') => {
    const common = {
      t,
      id: `${name}-${milestone.id}`,
      name,
      errorKey: `${name}-${milestone.id}`,
      errors: mine?.errors,
      value: mine?.values[name] ?? '',
    };
    return name === 'body' ? (
      <LongTextField {...common} label={t('programs.project.report')} rows={6} required />
    ) : (
      <TextField {...common} label={t('programs.project.reportDocument')} />
    );
  };
  return (
    <form
      method="post"
      action={`${memberProjectPath(props.projectId)}/reports`}
      enctype="multipart/form-data"
      class="stack"
    >
      <input type="hidden" name="milestoneId" value={milestone.id} />
      {field('body')}
      {field('documentRef')}
      <ProjectFileInput
        ctx={ctx}
        name={`files-${milestone.id}`}
        label="programs.project.reportFiles"
        rules={REPORT_FILES}
        errors={mine?.errors}
      />
      <button type="submit">{t('programs.project.submitReport')}</button>
    </form>
  );
}

export function MemberProjectPage(props: {
  ctx: RequestContext;
  detail: ProjectDetail;
  today: string;
  form?: ReportFormState;
  notice?: PageNotice;
}) {
  const { ctx, detail, today, form, notice } = props;
  const { t, locale } = ctx;
  const { project } = detail;
  const title = inLocale(locale, project.titleVi, project.titleEn);
  const isOpen = project.status === 'active';
  return (
    <Layout ctx={ctx} title={title} path={memberProjectPath(project.id)}>
      <p>
        <a href={MEMBER_PROJECTS_PATH}>{t('programs.project.mine')}</a>
      </p>
      <h1>{title}</h1>
      <p class="muted">
        {detail.organization?.name} · {projectStatusLabel(ctx, project.status)}
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <ErrorSummary t={t} errors={form?.errors} />
      <ProgressSection ctx={ctx} project={project} milestones={detail.milestones} today={today} />
      <section aria-labelledby="h-reports">
        <h2 id="h-reports">{t('programs.project.reports')}</h2>
        {detail.milestones.length === 0 && (
          <p class="muted">{t('programs.project.noMilestones')}</p>
        )}
        {detail.milestones.map(({ milestone, reports }) => {
          const isLive = reports.some((r) => r.status === 'submitted' || r.status === 'accepted');
          return (
            <article class="stack" id={`report-${milestone.id}`}>
              <h3>
                {milestone.title} — {t('programs.project.dueOn')}: {showDay(milestone.dueOn)}
              </h3>
              {milestone.deliverables && <p class="prose">{milestone.deliverables}</p>}
              <ReportList ctx={ctx} reports={reports} page={memberProjectPath(project.id)} />
              {isOpen && !isLive && (
                <ReportForm ctx={ctx} projectId={project.id} milestone={milestone} form={form} />
              )}
            </article>
          );
        })}
      </section>
      <section aria-labelledby="h-chain">
        <h2 id="h-chain">{t('programs.project.chain')}</h2>
        <StepChain ctx={ctx} chain={detail.chain} page={memberProjectPath(project.id)} />
      </section>
    </Layout>
  );
}
