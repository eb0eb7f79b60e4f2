// A challenge's evaluation for its problem owner: a table of each round's mean marks per
// criterion (with the rank and the decision once announced), then the reviewers' words per
// solution, numbered rather than named.
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber } from '../../../platform/i18n';
import { DataTable, type Column } from '../../../platform/ui/data-table';
import { Layout } from '../../../platform/ui/layout';
import type { ChallengeEvaluation } from '../services/evaluation.queries';
import { challengePath } from './paths';

type Round = ChallengeEvaluation['rounds'][number];
type Solution = Round['applications'][number];

const localized = (ctx: RequestContext, text: { vi: string; en: string }) =>
  ctx.locale === 'en' && text.en.trim() ? text.en : text.vi;

function mark(ctx: RequestContext, value: number | undefined) {
  if (value === undefined) return ctx.t('challenges.assessment.noMark');
  return formatNumber(Math.round(value * 10) / 10, ctx.locale);
}

function columnsOf(ctx: RequestContext, round: Round, isAnnounced: boolean): Column<Solution>[] {
  const { t } = ctx;
  const columns: Column<Solution>[] = [];
  if (isAnnounced)
    columns.push({
      key: 'rank',
      label: t('challenges.assessment.rank'),
      cell: (s) => s.rank ?? '',
    });
  columns.push({
    key: 'solution',
    label: t('challenges.assessment.solution'),
    isRowHeader: true,
    cell: (s) => s.receiptNumber ?? '',
  });
  if (!round.isBlind)
    columns.push({
      key: 'solver',
      label: t('challenges.assessment.solver'),
      cell: (s) => s.organizationName ?? '',
    });
  for (const criterion of round.rubric)
    columns.push({
      key: criterion.id,
      label: `${localized(ctx, criterion.label)} (${criterion.scale.min}–${criterion.scale.max})`,
      cell: (s) => mark(ctx, s.means[criterion.id]),
    });
  columns.push({
    key: 'sheets',
    label: t('challenges.assessment.sheets'),
    cell: (s) => s.sheetCount,
  });
  if (isAnnounced)
    columns.push(
      { key: 'score', label: t('challenges.assessment.score'), cell: (s) => mark(ctx, s.rawMean) },
      {
        key: 'decision',
        label: t('challenges.assessment.decision'),
        cell: (s) => (s.decision ? t(`challenges.assessment.outcome.${s.decision.outcome}`) : ''),
      },
    );
  return columns;
}

function Reviews({
  ctx,
  round,
  solution,
}: {
  ctx: RequestContext;
  round: Round;
  solution: Solution;
}) {
  const { t } = ctx;
  const receipt = solution.receiptNumber ?? '';
  return (
    <section aria-labelledby={`reviews-${round.id}-${solution.applicationId}`}>
      <h3 id={`reviews-${round.id}-${solution.applicationId}`}>
        {t('challenges.assessment.reviewsTitle', { receipt })}
      </h3>
      <ol>
        {solution.reviews.map((review, i) => (
          <li>
            <p>
              <strong>{t('challenges.assessment.reviewer', { n: String(i + 1) })}</strong>
            </p>
            <dl>
              {round.rubric
                .filter((c) => review.comments[c.id])
                .map((c) => (
                  <>
                    <dt>{localized(ctx, c.label)}</dt>
                    <dd class="pre-line">{review.comments[c.id]}</dd>
                  </>
                ))}
              {review.comment && (
                <>
                  <dt>{t('challenges.assessment.overall')}</dt>
                  <dd class="pre-line">{review.comment}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}

function RoundSection(props: { ctx: RequestContext; round: Round; isAnnounced: boolean }) {
  const { ctx, round } = props;
  const { t } = ctx;
  const title = localized(ctx, round.title);
  return (
    <section aria-labelledby={`round-${round.id}`}>
      <h2 id={`round-${round.id}`}>{title}</h2>
      {round.isBlind && <p>{t('challenges.assessment.blind')}</p>}
      {round.areScoresShown ? (
        <>
          <DataTable
            rows={round.applications}
            caption={t('challenges.assessment.caption', { round: title })}
            label={t('challenges.assessment.tableLabel', { round: title })}
            columns={columnsOf(ctx, round, props.isAnnounced)}
          />
          {round.applications
            .filter((s) => s.reviews.length > 0)
            .map((solution) => (
              <Reviews ctx={ctx} round={round} solution={solution} />
            ))}
        </>
      ) : (
        <p>{t('challenges.assessment.blindOpen')}</p>
      )}
    </section>
  );
}

export function EvaluationPage({ ctx, data }: { ctx: RequestContext; data: ChallengeEvaluation }) {
  const { t, locale } = ctx;
  const { challenge, announcement } = data;
  const name = challenge.track ? `${challenge.title} — ${challenge.track}` : challenge.title;
  const title = t('challenges.assessment.title', { title: name });
  return (
    <Layout ctx={ctx} title={title} path={`${challengePath(challenge)}/evaluation`}>
      <p>
        <a href={challengePath(challenge)}>{t('challenges.assessment.back')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('challenges.assessment.lead')}</p>
      <p>
        {announcement
          ? t('challenges.assessment.announcedAt', {
              at: formatDateTime(announcement.announcedAt, locale),
            })
          : t('challenges.assessment.held')}
      </p>
      {!challenge.callId ? (
        <p>{t('challenges.assessment.noCall')}</p>
      ) : data.rounds.length === 0 ? (
        <p>{t('challenges.assessment.noRounds')}</p>
      ) : (
        data.rounds.map((round) => (
          <RoundSection ctx={ctx} round={round} isAnnounced={Boolean(announcement)} />
        ))
      )}
    </Layout>
  );
}
