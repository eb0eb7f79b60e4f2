// The progress of a funded project, shown to staff and to the startup alike: the share of the
// award paid as a bar that also says it in words, and the milestones with their states.
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, formatVnd, type MessageKey } from '../../../platform/i18n';
import type { MilestoneRow, ProjectRow, ReportRow } from '../db/projects.repository';

/** dd/mm/yyyy of a calendar day stored as yyyy-mm-dd (already a day in Vietnam). */
export const showDay = (day: string) => day.split('-').reverse().join('/');

/** The share of the award paid, in percent, rounded down to a tenth (never 100 before it is). */
export function paidPercent(project: Pick<ProjectRow, 'paidVnd' | 'awardVnd'>): number {
  if (project.awardVnd <= 0n) return 0;
  return Number((project.paidVnd * 1000n) / project.awardVnd) / 10;
}

export type MilestoneState =
  'accepted' | 'submitted' | 'changes_requested' | 'overdue' | 'upcoming';

/** The latest report decides; without one, a milestone whose due day has passed is overdue. */
export function milestoneState(
  milestone: MilestoneRow,
  reports: readonly ReportRow[],
  today: string,
): MilestoneState {
  const latest = reports[0];
  if (latest) return latest.status as MilestoneState;
  return milestone.dueOn < today ? 'overdue' : 'upcoming';
}

export const stateLabel = (ctx: RequestContext, state: MilestoneState) =>
  ctx.t(
    (state === 'overdue' || state === 'upcoming'
      ? `programs.project.state.${state}`
      : `programs.project.report.${state}`) as MessageKey,
  );

export function PaidBar({ ctx, project }: { ctx: RequestContext; project: ProjectRow }) {
  const { t, locale } = ctx;
  const percent = paidPercent(project);
  const text = t('programs.project.paidPercent', { percent: formatNumber(percent, locale) });
  return (
    <div class="stack">
      <p>
        {t('programs.project.paid', {
          paid: formatVnd(project.paidVnd, locale),
          award: formatVnd(project.awardVnd, locale),
        })}
      </p>
      <progress id="paid-bar" max={100} value={percent} aria-label={text}>
        {text}
      </progress>
      <p>
        {text} ·{' '}
        {t('programs.project.remaining', {
          remaining: formatVnd(project.awardVnd - project.paidVnd, locale),
        })}
      </p>
    </div>
  );
}

export function MilestoneTimeline(props: {
  ctx: RequestContext;
  milestones: { milestone: MilestoneRow; reports: ReportRow[] }[];
  today: string;
}) {
  const { ctx, milestones, today } = props;
  if (milestones.length === 0) return <p class="muted">{ctx.t('programs.project.noMilestones')}</p>;
  return (
    <ol class="stack">
      {milestones.map(({ milestone, reports }) => {
        const state = milestoneState(milestone, reports, today);
        return (
          <li id={`milestone-${milestone.id}`}>
            <strong>{showDay(milestone.dueOn)}</strong> — {milestone.title}{' '}
            <span class={state === 'overdue' ? 'badge error' : 'badge'}>
              {stateLabel(ctx, state)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

export function ProgressSection(props: {
  ctx: RequestContext;
  project: ProjectRow;
  milestones: { milestone: MilestoneRow; reports: ReportRow[] }[];
  today: string;
}) {
  const { ctx } = props;
  return (
    <section aria-labelledby="h-progress">
      <h2 id="h-progress">{ctx.t('programs.project.progress')}</h2>
      <PaidBar ctx={ctx} project={props.project} />
      <h3>{ctx.t('programs.project.timeline')}</h3>
      <MilestoneTimeline ctx={ctx} milestones={props.milestones} today={props.today} />
    </section>
  );
}
