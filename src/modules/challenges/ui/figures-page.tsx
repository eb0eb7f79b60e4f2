// The centre's conversion figures of a year: how the problems brought in it became challenges,
// drew solutions, were piloted and adopted — as a chart, and by owner and by sector as tables.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, formatVnd } from '../../../platform/i18n';
import { HorizontalBarChart } from '../../../platform/ui/charts';
import { SelectField } from '../../../platform/ui/choice-controls';
import { STAFF_PATH } from '../permissions';
import type { Conversion, ConversionFigures } from '../services/conversion-figures';

export const FIGURES_PATH = `${STAFF_PATH}/figures`;
const STAGES = ['problems', 'challenges', 'solutions', 'pilots', 'adopted'] as const;

function FiguresTable(props: {
  ctx: RequestContext;
  caption: string;
  rows: { label: string; figures: Conversion }[];
}) {
  const { t, locale } = props.ctx;
  if (props.rows.length === 0) return null;
  return (
    <div class="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.caption}</th>
            {STAGES.map((s) => (
              <th scope="col">{t(`challenges.figures.${s}`)}</th>
            ))}
            <th scope="col">{t('challenges.figures.contractValue')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">{r.label}</th>
              {STAGES.map((s) => (
                <td>{formatNumber(r.figures[s], locale)}</td>
              ))}
              <td>{formatVnd(r.figures.contractValueVnd, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FiguresPage(props: {
  ctx: RequestContext;
  figures: ConversionFigures;
  years: number[];
}) {
  const { ctx, figures } = props;
  const { t, locale } = ctx;
  const title = t('challenges.figures.title', { year: figures.year });
  return (
    <BackofficePage ctx={ctx} path={FIGURES_PATH} title={title} lead={t('challenges.figures.lead')}>
      <form method="get" action={FIGURES_PATH} class="row">
        <SelectField
          t={t}
          name="year"
          label={t('challenges.figures.year')}
          value={String(figures.year)}
          options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <p>
          <button type="submit">{t('common.filter')}</button>
        </p>
      </form>
      {figures.total.problems === 0 ? (
        <p>{t('challenges.figures.none')}</p>
      ) : (
        <>
          <HorizontalBarChart
            id="conversion"
            title={t('challenges.figures.funnel')}
            data={STAGES.map((s) => ({
              label: t(`challenges.figures.${s}`),
              value: figures.total[s],
            }))}
            locale={locale}
            labelHeader={t('challenges.figures.stage')}
            valueHeader={t('challenges.figures.count')}
            tableToggle={t('challenges.pilot.figures')}
          />
          <p>
            {t('challenges.figures.contracts', {
              value: formatVnd(figures.total.contractValueVnd, locale),
            })}
          </p>
          <FiguresTable
            ctx={ctx}
            caption={t('challenges.figures.byOwner')}
            rows={figures.byOwner.map((o) => ({ label: o.name, figures: o.figures }))}
          />
          <FiguresTable
            ctx={ctx}
            caption={t('challenges.figures.bySector')}
            rows={figures.bySector.map((s) => ({
              label: s.sector
                ? t(`directory.sector.${s.sector}` as never)
                : t('challenges.figures.noSector'),
              figures: s.figures,
            }))}
          />
        </>
      )}
    </BackofficePage>
  );
}
