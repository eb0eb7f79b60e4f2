// The staff page that edits a review round (titles, N, blindness, rubric, open or closed) and
// takes reviewers out of its pool.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import type { roundOverview } from '../services/reviews/review.queries';
import { SelectField } from '../../../platform/ui/choice-controls';
import { inLocale } from './labels';
import { RoundFields, roundPath } from './review-staff-pages';
import type { PageNotice } from '../../../platform/ui/notice';

/** The form's values for a stored round, the rubric written back as its lines. */
export function roundValues(round: Awaited<ReturnType<typeof roundOverview>>['round']): FormValues {
  return {
    titleVi: round.titleVi,
    titleEn: round.titleEn,
    reviewersPerApplication: String(round.reviewersPerApplication),
    isBlind: round.isBlind ? 'yes' : '',
    status: round.status,
    version: String(round.version),
    rubric: round.rubric
      .map((c) => [c.id, c.label.vi, c.label.en, c.weight, c.scale.min, c.scale.max].join(' | '))
      .join('\n'),
  };
}

export function RoundEditPage(props: {
  ctx: RequestContext;
  overview: Awaited<ReturnType<typeof roundOverview>>;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, overview, errors, notice } = props;
  const { t, locale } = ctx;
  const { round, progress } = overview;
  const values = props.values ?? roundValues(round);
  const path = `${roundPath(round.id)}/edit`;
  const pool = progress.filter((p) => overview.pool.includes(p.userId));
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.roundEdit.title', {
        round: inLocale(locale, round.titleVi, round.titleEn),
      })}
      notice={notice}
      errors={errors}
    >
      <p>
        <a href={roundPath(round.id)}>{t('programs.review.backToRound')}</a>
      </p>
      <form method="post" action={path} class="stack">
        <input type="hidden" name="version" value={values.version ?? String(round.version)} />
        <input type="hidden" name="kind" value={round.kind} />
        <RoundFields
          t={t}
          values={values}
          errors={errors}
          rubricHint={t('programs.roundEdit.rubricHint')}
        />
        <SelectField
          t={t}
          name="status"
          label={t('programs.review.status')}
          value={values.status}
          options={(['open', 'closed'] as const).map((s) => ({
            value: s,
            label: t(`programs.review.roundStatus.${s}`),
          }))}
        />
        <button type="submit">{t('programs.roundEdit.save')}</button>
      </form>
      <h2 id="h-pool">{t('programs.roundEdit.pool')}</h2>
      {pool.length === 0 ? (
        <p class="muted">{t('programs.review.emptyPool')}</p>
      ) : (
        <ul>
          {pool.map((p) => (
            <li>
              {p.name} ({t('programs.review.doneOf', { done: p.done, assigned: p.assigned })})
              <form method="post" action={`${roundPath(round.id)}/reviewers/${p.userId}/remove`}>
                <button type="submit">{t('programs.roundEdit.removeReviewer')}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </BackofficePage>
  );
}
