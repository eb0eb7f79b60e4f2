// The public page of the province's headline targets (those staff chose): each with the year's
// target, what was reached, its status and where the figure comes from (a card each, readable
// on a phone); a chart with its table.
import type { RequestContext } from '../../../platform/http/context';
import { HorizontalBarChart } from '../../../platform/ui/charts';
import { Layout } from '../../../platform/ui/layout';
import type { PlanRow } from '../db/plans.repository';
import { AT_RISK_SHARE } from '../domain/target-status';
import type { TargetFigure } from '../services/target-progress';
import { ProvenanceText, StatusText, valueText } from './target-pages';

export const PUBLIC_TARGETS_PATH = '/plans';

function PlanTargets({
  ctx,
  plan,
  figures,
}: {
  ctx: RequestContext;
  plan: PlanRow;
  figures: TargetFigure[];
}) {
  const { t } = ctx;
  const reached = figures.filter((f) => f.targetValue && f.actual !== null);
  return (
    <section aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
      {figures.map((f) => (
        <article>
          <h3>{f.target.name}</h3>
          <dl>
            <dt>{t('plans.target.target')}</dt>
            <dd>{valueText(ctx, f.target.unit, f.targetValue)}</dd>
            <dt>{t('plans.target.actual')}</dt>
            <dd>{valueText(ctx, f.target.unit, f.actual)}</dd>
            <dt>{t('plans.target.status')}</dt>
            <dd>
              <StatusText ctx={ctx} figure={f} />
            </dd>
            <dt>{t('plans.target.provenance')}</dt>
            <dd>
              <ProvenanceText ctx={ctx} figure={f} />
            </dd>
          </dl>
        </article>
      ))}
      {reached.length > 0 && (
        <HorizontalBarChart
          id={`chart-${plan.id}`}
          title={t('plans.target.chart')}
          caption={t('plans.target.chart')}
          locale={ctx.locale}
          labelHeader={t('plans.target.name')}
          valueHeader={t('plans.target.reachedShare')}
          tableToggle={t('plans.target.chartTable')}
          data={reached.map((f) => ({
            label: f.target.name,
            value: Math.round((f.actual! / f.targetValue!) * 100),
          }))}
        />
      )}
    </section>
  );
}

export function PublicTargetsPage(props: {
  ctx: RequestContext;
  year: number;
  plans: { plan: PlanRow; figures: TargetFigure[] }[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  const title = t('plans.public.title', { year: props.year });
  return (
    <Layout ctx={ctx} title={title} path={PUBLIC_TARGETS_PATH}>
      <h1>{title}</h1>
      <p>{t('plans.public.lead')}</p>
      {props.plans.length === 0 ? (
        <p class="muted">{t('plans.public.empty')}</p>
      ) : (
        props.plans.map((p) => <PlanTargets ctx={ctx} plan={p.plan} figures={p.figures} />)
      )}
      <p class="muted">{t('plans.target.rule', { share: AT_RISK_SHARE * 100 })}</p>
    </Layout>
  );
}
