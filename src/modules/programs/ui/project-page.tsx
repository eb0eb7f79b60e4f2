// Staff: one funded project — progress, budget lines, milestones and their reports (with the
// review form), disbursements and the statutory steps, each with a plain form. A refused form is
// shown again with what was typed and the reason at the top of the page.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatVnd, type MessageKey } from '../../../platform/i18n';
import type { ProgrammeRow } from '../db/programmes.repository';
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

import {
  filesPath,
  MilestoneFields,
  ReportList,
  StepChain,
  stepLabel,
  type ProjectFormState,
} from './project-parts';

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

/** What each section of the staff's project page is built from. */
interface SectionProps {
  ctx: RequestContext;
  detail: ProjectDetail;
  /** The project page's path, which its forms post to. */
  path: string;
  isOpen: boolean;
  control: ReturnType<typeof controlFor>;
  errors?: FieldErrors;
  names: Record<string, string>;
  form?: ProjectFormState;
  today: string;
}

const moneyHint = (ctx: RequestContext) =>
  ({ inputmode: 'numeric', hint: ctx.t('programs.project.awardHint') }) as const;

function BudgetSection(props: SectionProps) {
  const { ctx, detail, path, isOpen, control } = props;
  const { t, locale } = ctx;
  return (
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
          {control('line.amountVnd', 'programs.project.amount', {
            required: true,
            ...moneyHint(ctx),
          })}
          <button type="submit">{t('programs.project.addLine')}</button>
        </form>
      )}
    </section>
  );
}

function MilestonesSection(props: SectionProps) {
  const { ctx, detail, path, isOpen, control, today } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="h-milestones">
      <h2 id="h-milestones">{t('programs.project.milestones')}</h2>
      {detail.milestones.map(({ milestone, reports }) => (
        <article class="stack">
          <h3>
            {milestone.title} — {showDay(milestone.dueOn)}{' '}
            <span class="badge">{stateLabel(ctx, milestoneState(milestone, reports, today))}</span>
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
  );
}

function DisbursementsSection(props: SectionProps) {
  const { ctx, detail, path, isOpen, control, errors, names } = props;
  const { t, locale } = ctx;
  return (
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
          {control('pay.amountVnd', 'programs.project.amount', {
            required: true,
            ...moneyHint(ctx),
          })}
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
  );
}

function ChainSection(props: SectionProps) {
  const { ctx, detail, path, isOpen, control, errors, names } = props;
  const { t } = ctx;
  return (
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
  const section = { ctx, detail, path, isOpen, control, errors, names, form: props.form, today };
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

      <BudgetSection {...section} />

      <MilestonesSection {...section} />

      <DisbursementsSection {...section} />

      <ChainSection {...section} />
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
