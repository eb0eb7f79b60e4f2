// A pilot's page for its two sides and the centre: the agreement, the milestones, each success
// indicator's course against its target, the check-in due now with a form for each side that has
// not reported it, and every report so far.
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDate, formatNumber, formatVnd } from '../../../platform/i18n';
import { ColumnChart } from '../../../platform/ui/charts';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { FormValues } from '../../../platform/input/form-values';
import { PILOT_SIDES, type PilotSide } from '../domain/pilot';
import { canReportFor } from '../permissions';
import type { IndicatorCourse, PilotPage as PilotPageData } from '../services/pilots.queries';
import { challengePath, LABS_PATH, pilotPath } from './paths';
import { PilotEnding, type PilotForm } from './pilot-ending';

const checkInForm = (form: PilotForm | undefined, side: PilotSide) =>
  form?.kind === 'check-in' && form.side === side ? form : undefined;

type Props = { ctx: RequestContext; data: PilotPageData };

function Agreement({ ctx, data }: Props) {
  const { t, locale } = ctx;
  const { pilot, lab } = data;
  const lastDay = new Date(pilot.endsAt.getTime() - 1);
  const rows: [string, unknown][] = [
    [t('challenges.pilot.owner'), data.owner?.name],
    [t('challenges.pilot.solver'), data.solver?.name],
    [
      t('challenges.pilot.period'),
      `${formatDate(pilot.startsAt, locale)} – ${formatDate(lastDay, locale)}`,
    ],
    [
      t('challenges.pilot.site'),
      lab ? <a href={`${LABS_PATH}#lab-${lab.id}`}>{lab.name}</a> : pilot.site,
    ],
    [t('challenges.pilot.scope'), pilot.scope],
    [t('challenges.pilot.responsibilities'), pilot.responsibilities],
    [t('challenges.pilot.dataAccess'), pilot.dataAccess],
    [
      t('challenges.pilot.budget'),
      pilot.budgetVnd === null
        ? ''
        : t('challenges.pilot.budgetShares', {
            amount: formatVnd(pilot.budgetVnd, locale),
            owner: pilot.ownerSharePercent,
            solver: 100 - pilot.ownerSharePercent,
          }),
    ],
    [
      t('challenges.pilot.cadence'),
      t('challenges.pilot.everyWeeks', { n: pilot.checkInEveryWeeks }),
    ],
  ];
  return (
    <section aria-labelledby="agreement-title">
      <h2 id="agreement-title">{t('challenges.pilot.agreement')}</h2>
      <dl class="facts">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd class="pre-wrap">{v as never}</dd>
            </>
          ))}
      </dl>
      {pilot.milestones.length > 0 && (
        <>
          <h3>{t('challenges.pilot.milestones')}</h3>
          <ul>
            {pilot.milestones.map((m) => (
              <li>
                <time datetime={m.dueOn}>
                  {formatDate(new Date(`${m.dueOn}T00:00:00+07:00`), locale)}
                </time>{' '}
                — {m.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Course({ ctx, course, i }: { ctx: RequestContext; course: IndicatorCourse; i: number }) {
  const { t, locale } = ctx;
  const { indicator } = course;
  const unit = t(`challenges.unit.${indicator.unit}`);
  const caption = t('challenges.pilot.courseCaption', {
    baseline: formatNumber(indicator.baseline, locale),
    target: formatNumber(indicator.target, locale),
    unit,
  });
  return (
    <div>
      <h3>{indicator.name}</h3>
      <p>
        {caption}{' '}
        {course.progress === null
          ? t('challenges.pilot.notMeasured')
          : t('challenges.pilot.progress', {
              latest: formatNumber(course.latest!, locale),
              percent: course.progress,
            })}
      </p>
      {course.values.length > 0 && (
        <ColumnChart
          id={`course-${i}`}
          title={t('challenges.pilot.courseTitle', { name: indicator.name, unit })}
          data={course.values.map((v) => ({
            label: t('challenges.pilot.checkInLabel', { n: v.checkIn }),
            value: v.value ?? 0,
          }))}
          locale={locale}
          labelHeader={t('challenges.pilot.checkIn')}
          valueHeader={unit}
          tableToggle={t('challenges.pilot.figures')}
          maxLabel={t('challenges.pilot.highest')}
        />
      )}
    </div>
  );
}

function CheckInForm(
  props: Props & { side: PilotSide; values?: FormValues; errors?: FieldErrors },
) {
  const { ctx, data, side } = props;
  const { t } = ctx;
  const v = props.values ?? {};
  return (
    <form method="post" action={`${pilotPath(data.pilot)}/check-ins`} class="stack" novalidate>
      <h3>{t(`challenges.pilot.reportAs.${side}`, { n: data.checkIn.current })}</h3>
      <input type="hidden" name="side" value={side} />
      {data.pilot.indicators.map((indicator, i) => (
        <TextField
          t={t}
          errors={props.errors}
          name={`value-${i}`}
          label={`${indicator.name} (${t(`challenges.unit.${indicator.unit}`)})`}
          inputmode="decimal"
          value={v[`value-${i}`]}
        />
      ))}
      <LongTextField
        t={t}
        errors={props.errors}
        name="issues"
        label={t('challenges.pilot.issues')}
        value={v.issues}
        rows={3}
      />
      <p>
        <button type="submit">{t('challenges.pilot.report')}</button>
      </p>
    </form>
  );
}

function Reports({ ctx, data }: Props) {
  const { t, locale } = ctx;
  if (data.reports.length === 0) return <p>{t('challenges.pilot.noReports')}</p>;
  // A table wider than a phone scrolls inside its wrapper: named and focusable, as the web kit's.
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-label={t('challenges.pilot.reports')}>
      <table>
        <caption>{t('challenges.pilot.reports')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('challenges.pilot.checkIn')}</th>
            <th scope="col">{t('challenges.pilot.side')}</th>
            {data.pilot.indicators.map((i) => (
              <th scope="col">{i.name}</th>
            ))}
            <th scope="col">{t('challenges.pilot.issues')}</th>
          </tr>
        </thead>
        <tbody>
          {data.reports.map((r) => (
            <tr>
              <th scope="row">{t('challenges.pilot.checkInLabel', { n: r.checkIn })}</th>
              <td>
                {t(`challenges.pilot.side.${r.side as PilotSide}`)} — {r.reporterName},{' '}
                {formatDate(r.reportedAt, locale)}
              </td>
              {data.pilot.indicators.map((_, i) => (
                <td>
                  {r.values[i] === null || r.values[i] === undefined
                    ? '—'
                    : formatNumber(r.values[i]!, locale)}
                </td>
              ))}
              <td class="pre-wrap">{r.issues}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PilotPage(props: Props & { notice?: PageNotice; form?: PilotForm }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const title = t('challenges.pilot.title', {
    challenge: data.challenge.title,
    solver: data.solver?.name ?? '',
  });
  const isRunning = data.pilot.status === 'running';
  const sides = PILOT_SIDES.filter(
    (s) => isRunning && canReportFor(data.access, s) && !data.checkIn.reportedBy.includes(s),
  );
  return (
    <Layout ctx={ctx} title={title} path={pilotPath(data.pilot)}>
      <h1>{title}</h1>
      <p>
        <a href={challengePath(data.challenge)}>{data.challenge.title}</a> ·{' '}
        {t(`challenges.pilot.status.${data.pilot.status as 'running' | 'ended'}`)}
      </p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={t} errors={props.form?.errors} />
      <Agreement ctx={ctx} data={data} />
      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t('challenges.pilot.indicators')}</h2>
        {data.courses.map((course, i) => (
          <Course ctx={ctx} course={course} i={i} />
        ))}
      </section>
      <section aria-labelledby="check-ins-title">
        <h2 id="check-ins-title">{t('challenges.pilot.checkIns')}</h2>
        <p>
          {t('challenges.pilot.due', { n: data.checkIn.current, total: data.checkIn.total })}{' '}
          {PILOT_SIDES.map((s) =>
            t(
              data.checkIn.reportedBy.includes(s)
                ? 'challenges.pilot.reported'
                : 'challenges.pilot.notReported',
              {
                side: t(`challenges.pilot.side.${s}`),
              },
            ),
          ).join(' ')}
        </p>
        {sides.map((side) => (
          <CheckInForm
            ctx={ctx}
            data={data}
            side={side}
            values={checkInForm(props.form, side)?.values}
            errors={checkInForm(props.form, side)?.errors}
          />
        ))}
        <Reports ctx={ctx} data={data} />
      </section>
      <PilotEnding ctx={ctx} data={data} form={props.form} />
    </Layout>
  );
}
