// A problem as read: the owner's answers to the guided questions and its indicators.
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, formatVnd } from '../../../platform/i18n';
import type { SuccessIndicator } from '../domain/problem';

interface ProblemTextFields {
  whoSuffers: string;
  currentProcess: string;
  evidence: string;
  constraints: string;
  indicators: SuccessIndicator[];
  budgetVnd?: bigint | null;
  coFundingVnd?: bigint | null;
  timeline: string;
  pilotHost: string;
}

export function IndicatorTable(props: { ctx: RequestContext; indicators: SuccessIndicator[] }) {
  const { t, locale } = props.ctx;
  if (props.indicators.length === 0) return null;
  return (
    <div class="table-wrap">
      <table>
        <caption>{t('challenges.problem.indicators')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('challenges.indicator.nameColumn')}</th>
            <th scope="col">{t('challenges.indicator.baselineColumn')}</th>
            <th scope="col">{t('challenges.indicator.targetColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.indicators.map((i) => (
            <tr>
              <th scope="row">{i.name}</th>
              <td>
                {formatNumber(i.baseline, locale)} {t(`challenges.unit.${i.unit}`)}
              </td>
              <td>
                {formatNumber(i.target, locale)} {t(`challenges.unit.${i.unit}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProblemText({ ctx, problem }: { ctx: RequestContext; problem: ProblemTextFields }) {
  const { t, locale } = ctx;
  const part = (key: 'whoSuffers' | 'currentProcess' | 'evidence' | 'constraints' | 'timeline') =>
    problem[key] && (
      <>
        <h3>{t(`challenges.problem.${key}`)}</h3>
        <p class="pre-line">{problem[key]}</p>
      </>
    );
  return (
    <section class="problem-text">
      {part('whoSuffers')}
      {part('currentProcess')}
      {part('evidence')}
      {part('constraints')}
      <IndicatorTable ctx={ctx} indicators={problem.indicators} />
      {(problem.budgetVnd != null || problem.coFundingVnd != null) && (
        <dl>
          {problem.budgetVnd != null && (
            <>
              <dt>{t('challenges.problem.budgetVnd')}</dt>
              <dd>{formatVnd(problem.budgetVnd, locale)}</dd>
            </>
          )}
          {problem.coFundingVnd != null && (
            <>
              <dt>{t('challenges.problem.coFundingVnd')}</dt>
              <dd>{formatVnd(problem.coFundingVnd, locale)}</dd>
            </>
          )}
        </dl>
      )}
      {part('timeline')}
      {problem.pilotHost && (
        <>
          <h3>{t('challenges.problem.pilotHost')}</h3>
          <p>{problem.pilotHost}</p>
        </>
      )}
    </section>
  );
}
