// Periodic reports: a plan's board and schedules (staff), an agency's report form, and a report
// with its submissions and the centre's review.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber, vnDay, type MessageKey } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { ReportRow, SubmissionRow } from '../db/reports.repository';
import type { ReportContent, ReportLine, ReportTargetValue } from '../domain/report-content';
import { REPORT_FREQUENCIES } from '../domain/report-period';
import { TASK_STATUSES } from '../domain/task-tree';
import { PLANS_PATH } from '../permissions';
import type { ReportPage, ReportsBoard } from '../services/reports.queries';
import { EvidenceFields } from './evidence-fields';
import { agencyNamer, dayText, statusLabel } from './labels';
import { valueText } from './target-pages';

const reportStatus = (ctx: RequestContext, r: ReportRow) => {
  const overdue =
    (r.status === 'draft' || r.status === 'returned') && r.dueOn < vnDay(ctx.deps.clock());
  const label = ctx.t(`plans.report.status.${r.status}` as MessageKey);
  return overdue ? `${label} · ${ctx.t('plans.task.overdue')}` : label;
};

export function ReportsBoardPage(props: {
  ctx: RequestContext;
  board: ReportsBoard;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, board, errors } = props;
  const { t } = ctx;
  const name = agencyNamer(board.agencies);
  const path = `${PLANS_PATH}/${board.plan.id}/reports`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('plans.report.board')}
      lead={board.plan.title}
      errors={errors}
      notice={props.notice}
    >
      <p class="row">
        <a href={`${PLANS_PATH}/${board.plan.id}`}>{t('plans.task.backToPlan')}</a>
        <a href={`${PLANS_PATH}/${board.plan.id}/quarter-report`}>{t('plans.official.title')}</a>
        <a href={`${PLANS_PATH}/${board.plan.id}/annual-report`}>{t('plans.annual.title')}</a>
      </p>
      <section aria-labelledby="schedules-heading">
        <h2 id="schedules-heading">{t('plans.report.schedules')}</h2>
        {board.schedules.length === 0 ? (
          <p class="muted">{t('plans.report.noSchedule')}</p>
        ) : (
          <ul>
            {board.schedules.map((s) => (
              <li>
                {t('plans.report.scheduleLine', {
                  frequency: t(`plans.report.frequency.${s.frequency}` as MessageKey),
                  day: s.dueDay,
                })}
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`${path}/schedules`} class="stack">
          <SelectField
            t={t}
            name="frequency"
            label={t('plans.report.frequency')}
            errors={errors}
            options={REPORT_FREQUENCIES.map((f) => ({
              value: f,
              label: t(`plans.report.frequency.${f}`),
            }))}
          />
          <TextField
            t={t}
            name="dueDay"
            label={t('plans.report.dueDay')}
            hint={t('plans.report.dueDay.hint')}
            value="15"
            inputmode="numeric"
            errors={errors}
          />
          <button type="submit">{t('plans.report.addSchedule')}</button>
        </form>
      </section>
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{t('plans.report.who')}</h2>
        {board.reports.length === 0 ? (
          <p class="muted">{t('plans.report.none')}</p>
        ) : (
          <DataTable
            columns={[
              {
                key: 'period',
                label: t('plans.report.period'),
                cell: (r: ReportRow) => r.periodKey,
              },
              {
                key: 'agency',
                label: t('plans.task.lead'),
                isRowHeader: true,
                cell: (r: ReportRow) => (
                  <a href={`${PLANS_PATH}/reports/${r.id}`}>{name(r.agencyId)}</a>
                ),
              },
              {
                key: 'due',
                label: t('plans.report.dueOn'),
                cell: (r: ReportRow) => dayText(ctx, r.dueOn),
              },
              {
                key: 'status',
                label: t('plans.task.status'),
                cell: (r: ReportRow) => reportStatus(ctx, r),
              },
            ]}
            rows={board.reports}
          />
        )}
      </section>
    </BackofficePage>
  );
}

export function AgencyReportList({ ctx, reports }: { ctx: RequestContext; reports: ReportRow[] }) {
  const { t } = ctx;
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="my-reports-heading">
      <h2 id="my-reports-heading">{t('plans.report.mine')}</h2>
      <ul>
        {reports.map((r) => (
          <li>
            <a href={`${PLANS_PATH}/reports/${r.id}`}>
              {t('plans.report.item', { period: r.periodKey, due: dayText(ctx, r.dueOn) })}
            </a>{' '}
            — {reportStatus(ctx, r)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceLinks(props: { ctx: RequestContext; reportId: string; line: ReportLine }) {
  const evidence = props.line.evidence ?? [];
  if (evidence.length === 0) return null;
  return (
    <ul aria-label={props.ctx.t('plans.evidence.title')}>
      {evidence.map((e) => (
        <li>
          <a href={`${PLANS_PATH}/reports/${props.reportId}/evidence/${e.hash}`} download>
            {e.name}
          </a>{' '}
          ({formatNumber(Math.ceil(e.bytes / 1024), props.ctx.locale)} KB)
        </li>
      ))}
    </ul>
  );
}

const targetLabel = (ctx: RequestContext, v: ReportTargetValue) =>
  ctx.t('plans.report.targetValue', {
    code: v.code,
    name: v.name,
    unit: ctx.t(`plans.target.unit.${v.unit}`),
  });

function ContentView(props: { ctx: RequestContext; reportId: string; content: ReportContent }) {
  const { ctx, content } = props;
  const { t } = ctx;
  return (
    <>
      <ul>
        {content.lines.map((l) => (
          <li>
            {l.code}. {l.title}: {statusLabel(t, l.status)} · {l.percentDone}%
            {l.note ? ` — ${l.note}` : ''}
            <EvidenceLinks ctx={ctx} reportId={props.reportId} line={l} />
          </li>
        ))}
      </ul>
      {(content.targets ?? []).length > 0 && (
        <ul aria-label={t('plans.report.targets')}>
          {(content.targets ?? []).map((v) => (
            <li>
              {targetLabel(ctx, v)}:{' '}
              {v.value === null ? '—' : valueText(ctx, v.unit, Number(v.value))}
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>{t('plans.report.difficulties')}:</strong> {content.difficulties || '—'}
      </p>
      <p>
        <strong>{t('plans.report.proposals')}:</strong> {content.proposals || '—'}
      </p>
    </>
  );
}

function ReportForm({
  ctx,
  report,
  version,
  errors,
}: {
  ctx: RequestContext;
  report: ReportRow;
  version: number;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <form
      method="post"
      action={`${PLANS_PATH}/reports/${report.id}`}
      enctype="multipart/form-data"
      class="stack"
    >
      <input type="hidden" name="version" value={String(version)} />
      {report.content.lines.map((l) => (
        <fieldset>
          <legend>
            {l.code}. {l.title}
          </legend>
          <SelectField
            t={t}
            name={`status_${l.taskId}`}
            label={t('plans.task.status')}
            value={l.status}
            errors={errors}
            options={TASK_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          />
          <TextField
            t={t}
            name={`percent_${l.taskId}`}
            label={t('plans.task.percentDone')}
            value={String(l.percentDone)}
            inputmode="numeric"
            errors={errors}
          />
          <LongTextField
            t={t}
            name={`note_${l.taskId}`}
            label={t('plans.task.progressNote')}
            value={l.note}
            rows={2}
            errors={errors}
          />
          <EvidenceFields t={t} lineId={l.taskId} evidence={l.evidence ?? []} errors={errors} />
        </fieldset>
      ))}
      {(report.content.targets ?? []).length > 0 && (
        <fieldset>
          <legend>{t('plans.report.targets')}</legend>
          {(report.content.targets ?? []).map((v) => (
            <TextField
              t={t}
              name={`target_${v.targetId}`}
              label={targetLabel(ctx, v)}
              hint={t('plans.target.valueHint')}
              value={v.value ?? ''}
              inputmode="numeric"
              errors={errors}
            />
          ))}
        </fieldset>
      )}
      <LongTextField
        t={t}
        name="difficulties"
        label={t('plans.report.difficulties')}
        value={report.content.difficulties}
        rows={3}
        errors={errors}
      />
      <LongTextField
        t={t}
        name="proposals"
        label={t('plans.report.proposals')}
        value={report.content.proposals}
        rows={3}
        errors={errors}
      />
      <p class="row">
        <button type="submit" name="intent" value="save" class="secondary">
          {t('plans.report.save')}
        </button>
        <button type="submit" name="intent" value="submit">
          {t('plans.report.submit')}
        </button>
      </p>
    </form>
  );
}

function Submissions({ ctx, submissions }: { ctx: RequestContext; submissions: SubmissionRow[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">{t('plans.report.submissions')}</h2>
      {submissions.map((s) => (
        <article>
          <h3>
            {t('plans.report.submission', {
              number: s.number,
              at: formatDateTime(s.submittedAt, ctx.locale),
            })}
          </h3>
          <p class="badge">{t(`plans.report.outcome.${s.outcome}` as MessageKey)}</p>
          {s.comment && (
            <p>
              {t('plans.report.comment')}: {s.comment}
            </p>
          )}
          <ContentView ctx={ctx} reportId={s.reportId} content={s.content} />
        </article>
      ))}
    </section>
  );
}

export function ReportDetailPage(props: {
  ctx: RequestContext;
  page: ReportPage;
  errors?: FieldErrors;
  notice?: PageNotice;
  version?: number;
}) {
  const { ctx, page, errors } = props;
  const { t } = ctx;
  const { report } = page;
  const isEditable = !page.isStaff && (report.status === 'draft' || report.status === 'returned');
  const path = `${PLANS_PATH}/reports/${report.id}`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('plans.report.title', { period: report.periodKey, agency: page.agency?.name ?? '' })}
      lead={`${page.plan.title} · ${t('plans.report.dueOn')}: ${dayText(ctx, report.dueOn)} · ${reportStatus(ctx, report)}`}
      errors={errors}
      notice={props.notice}
    >
      {isEditable ? (
        <ReportForm
          ctx={ctx}
          report={report}
          version={props.version ?? report.version}
          errors={errors}
        />
      ) : (
        <ContentView ctx={ctx} reportId={report.id} content={report.content} />
      )}
      {page.isStaff && report.status === 'submitted' && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">{t('plans.report.review')}</h2>
          <form method="post" action={`${path}/review`} class="stack">
            <input type="hidden" name="version" value={String(report.version)} />
            <LongTextField
              t={t}
              name="comment"
              label={t('plans.report.comment')}
              hint={t('plans.report.comment.hint')}
              rows={3}
              errors={errors}
            />
            <p class="row">
              <button type="submit" name="outcome" value="returned" class="secondary">
                {t('plans.report.return')}
              </button>
              <button type="submit" name="outcome" value="accepted">
                {t('plans.report.accept')}
              </button>
            </p>
          </form>
        </section>
      )}
      {page.submissions.length > 0 && <Submissions ctx={ctx} submissions={page.submissions} />}
    </BackofficePage>
  );
}
