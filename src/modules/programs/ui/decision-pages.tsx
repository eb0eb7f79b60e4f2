// The ranking of a round with the decision forms beside each application, and the public list
// of winners of the calls whose results staff published.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { Layout } from '../../../platform/ui/layout';
import type { ProgrammeRow } from '../db/programmes.repository';
import { STAFF_PATH } from '../permissions';
import type { publishedWinners, RoundRanking } from '../services/reviews/review.queries';
import { inLocale } from './labels';
import { roundPath } from './review-staff-pages';
import type { PageNotice } from '../../../platform/ui/notice';
import { SelectField } from '../../../platform/ui/choice-controls';
import { TextField } from '../../../platform/ui/text-controls';

export const DECISIONS_PATH = `${STAFF_PATH}/decisions`;

export function RankingPage(props: {
  ctx: RequestContext;
  data: RoundRanking;
  isPublished: boolean;
  notice?: PageNotice;
}) {
  const { ctx, data, isPublished, notice } = props;
  const { t, locale } = ctx;
  const { round, call, programme, ranking, applications, decisions } = data;
  const fmt = (n: number, digits: number) => formatNumber(Number(n.toFixed(digits)), locale);
  const path = `${roundPath(round.id)}/ranking`;
  const excluded = new Set(ranking.excludedSheets.map((e) => e.applicationId));
  const DecisionForm = ({ applicationId }: { applicationId: string }) => {
    const decision = decisions.get(applicationId);
    return (
      <form method="post" action={`${DECISIONS_PATH}/${applicationId}`}>
        <input type="hidden" name="version" value={String(decision?.version ?? 0)} />
        <input type="hidden" name="back" value={path} />
        {decision && (
          <p>
            <strong>{t(`programs.decision.outcome.${decision.outcome}`)}</strong>
            {decision.prize &&
              ` — ${inLocale(locale, decision.prize.title.vi, decision.prize.title.en)}`}
          </p>
        )}
        <TextField
          t={t}
          id={`note-${applicationId}`}
          name="note"
          label={t('programs.decision.note')}
        />
        <button name="op" value="accept">
          {t('programs.decision.accept')}
        </button>{' '}
        <button name="op" value="waitlist">
          {t('programs.decision.waitlist')}
        </button>{' '}
        <button name="op" value="reject">
          {t('programs.decision.reject')}
        </button>
        {programme.prizes.length > 0 && (
          <>
            {' '}
            <SelectField
              t={t}
              id={`prize-${applicationId}`}
              name="prize"
              label={t('programs.decision.prize')}
              options={programme.prizes.map((p, i) => ({
                value: String(i),
                label: inLocale(locale, p.title.vi, p.title.en),
              }))}
            />
            <button name="op" value="award">
              {t('programs.decision.award')}
            </button>
          </>
        )}
      </form>
    );
  };
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.review.rankingTitle', {
        round: inLocale(locale, round.titleVi, round.titleEn),
      })}
      lead={`${inLocale(locale, programme.titleVi, programme.titleEn)} · ${inLocale(locale, call.titleVi, call.titleEn)}`}
      notice={notice}
    >
      <p>
        <a href={roundPath(round.id)}>{t('programs.review.backToRound')}</a> ·{' '}
        <a href={`${roundPath(round.id)}/sheets.xlsx`}>{t('programs.review.exportXlsx')}</a>
      </p>
      <p class="muted">{t('programs.review.rankingHelp')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('programs.review.rank')}</th>
            <th>{t('programs.review.receipt')}</th>
            <th>{t('programs.review.applicant')}</th>
            <th>{t('programs.review.score')}</th>
            <th>{t('programs.review.rawMean')}</th>
            <th>{t('programs.review.reviewerCount')}</th>
            <th>{t('programs.decision.title')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.ranked.map((r) => {
            const app = applications.get(r.applicationId);
            return (
              <tr>
                <td>
                  {r.rank}
                  {r.isTied && ` (${t('programs.review.tied')})`}
                </td>
                <td>{app?.receiptNumber}</td>
                <td>
                  {app?.organizationName}
                  {excluded.has(r.applicationId) && (
                    <strong> {t('programs.review.hasExcluded')}</strong>
                  )}
                </td>
                <td>{fmt(r.score, 3)}</td>
                <td>{fmt(r.rawMean, 2)}</td>
                <td>{r.reviewerCount}</td>
                <td>
                  <DecisionForm applicationId={r.applicationId} />
                </td>
              </tr>
            );
          })}
          {ranking.unranked.map((u) => {
            const app = applications.get(u.applicationId);
            return (
              <tr>
                <td>—</td>
                <td>{app?.receiptNumber}</td>
                <td>
                  {app?.organizationName} <em>{t('programs.review.unranked')}</em>
                  {u.hasExcludedSheets && <strong> {t('programs.review.hasExcluded')}</strong>}
                </td>
                <td colspan={3}></td>
                <td>
                  <DecisionForm applicationId={u.applicationId} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ranking.reviewers.some((r) => !r.isNormalized) && (
        <p class="muted">{t('programs.review.notNormalized')}</p>
      )}
      <h2>{t('programs.decision.results')}</h2>
      <form method="post" action={`${DECISIONS_PATH}/calls/${call.id}/results`}>
        <input type="hidden" name="back" value={path} />
        <p>
          {t(isPublished ? 'programs.decision.resultsPublic' : 'programs.decision.resultsPrivate')}
        </p>
        <button name="publish" value={isPublished ? 'no' : 'yes'}>
          {t(
            isPublished ? 'programs.decision.withdrawResults' : 'programs.decision.publishResults',
          )}
        </button>
      </form>
    </BackofficePage>
  );
}

export function WinnersPage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  winners: Awaited<ReturnType<typeof publishedWinners>>;
}) {
  const { ctx, programme, winners } = props;
  const { t, locale } = ctx;
  const title = t('programs.decision.winnersTitle', {
    programme: inLocale(locale, programme.titleVi, programme.titleEn),
  });
  return (
    <Layout ctx={ctx} title={title} path={`/programs/${programme.slug}/winners`}>
      <p>
        <a href={`/programs/${programme.slug}`}>
          {inLocale(locale, programme.titleVi, programme.titleEn)}
        </a>
      </p>
      <h1>{title}</h1>
      {winners.length === 0 ? (
        <p class="muted">{t('programs.decision.noWinners')}</p>
      ) : (
        <ul>
          {winners.map((w) => (
            <li>
              {w.organizationName} —{' '}
              {w.prize
                ? inLocale(locale, w.prize.title.vi, w.prize.title.en)
                : t('programs.decision.outcome.accepted')}{' '}
              <span class="muted">({inLocale(locale, w.callTitleVi, w.callTitleEn)})</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
