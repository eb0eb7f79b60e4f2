// Staff pages of review rounds: a call's rounds with the form for a new one, and one round's
// pool, progress per reviewer and assignments. Every action is a plain form post.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { CallRow } from '../db/calls.repository';
import type { ProgrammeRow } from '../db/programmes.repository';
import type { RoundRow } from '../db/review.repository';
import { REVIEW_ROUND_KINDS } from '../db/tables';
import { STAFF_PATH } from '../permissions';
import type { FormValues } from '../../../platform/input/form-values';
import type { roundOverview } from '../services/reviews/review.queries';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox, SelectField } from '../../../platform/ui/choice-controls';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import { inLocale } from './labels';
import type { PageNotice } from '../../../platform/ui/notice';

export const ROUNDS_PATH = `${STAFF_PATH}/reviews`;
export const roundPath = (id: string) => `${ROUNDS_PATH}/${id}`;
export const callReviewsPath = (programme: string, call: string) =>
  `${STAFF_PATH}/${programme}/calls/${call}/reviews`;

export function RoundsPage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  call: CallRow;
  rounds: RoundRow[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, programme, call, rounds, errors } = props;
  const { t, locale } = ctx;
  const values = props.values ?? { kind: 'scoring', reviewersPerApplication: '3' };
  const path = callReviewsPath(programme.slug, call.slug);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.review.roundsTitle', {
        call: inLocale(locale, call.titleVi, call.titleEn),
      })}
      errors={errors}
    >
      <p>
        <a href={`${path.replace(/\/reviews$/, '')}/vote`}>{t('programs.vote.staffLink')}</a> ·{' '}
        <a href={`${path.replace(/\/reviews$/, '')}/councils`}>{t('programs.council.all')}</a>
      </p>
      {rounds.length === 0 ? (
        <p class="muted">{t('programs.review.noRounds')}</p>
      ) : (
        <ul>
          {rounds.map((r) => (
            <li>
              <a href={roundPath(r.id)}>{inLocale(locale, r.titleVi, r.titleEn)}</a> ·{' '}
              {t(`programs.review.kind.${r.kind}`)} ·{' '}
              {t(`programs.review.roundStatus.${r.status as 'open'}`)}
            </li>
          ))}
        </ul>
      )}
      <h2 id="h-new-round">{t('programs.review.newRound')}</h2>
      <form method="post" action={path} class="stack">
        <SelectField
          t={t}
          name="kind"
          label={t('programs.review.kindLabel')}
          value={values.kind}
          options={REVIEW_ROUND_KINDS.map((k) => ({
            value: k,
            label: t(`programs.review.kind.${k}`),
          }))}
        />
        <RoundFields
          t={t}
          values={values}
          errors={errors}
          rubricHint={t('programs.review.rubricHint')}
        />
        <button type="submit">{t('programs.review.createRound')}</button>
      </form>
    </BackofficePage>
  );
}

/** The fields a round is created and edited with: titles, reviewers per application, blind, rubric. */
export function RoundFields({
  t,
  values,
  errors,
  rubricHint,
}: {
  t: RequestContext['t'];
  values: FormValues;
  errors?: FieldErrors;
  rubricHint: string;
}) {
  return (
    <>
      <TextField
        t={t}
        name="titleVi"
        label={t('programs.review.titleVi')}
        value={values.titleVi}
        errors={errors}
        required
      />
      <TextField
        t={t}
        name="titleEn"
        label={t('programs.review.titleEn')}
        value={values.titleEn}
        errors={errors}
      />
      <TextField
        t={t}
        name="reviewersPerApplication"
        label={t('programs.review.perApplication')}
        value={values.reviewersPerApplication}
        errors={errors}
        inputmode="numeric"
      />
      <Checkbox
        t={t}
        name="isBlind"
        label={t('programs.review.blind')}
        checked={values.isBlind === 'yes'}
        errors={errors}
      />
      <LongTextField
        t={t}
        name="rubric"
        label={t('programs.review.rubric')}
        hint={rubricHint}
        value={values.rubric}
        errors={errors}
        rows={6}
      />
    </>
  );
}

function Bar({ done, assigned, label }: { done: number; assigned: number; label: string }) {
  return (
    <progress value={done} max={Math.max(assigned, 1)} aria-label={label}>
      {`${done}/${assigned}`}
    </progress>
  );
}

export function RoundPage(props: {
  ctx: RequestContext;
  overview: Awaited<ReturnType<typeof roundOverview>>;
  notice?: PageNotice;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, overview, notice, errors } = props;
  const { t, locale } = ctx;
  const { round, call, programme, progress, applications } = overview;
  const path = roundPath(round.id);
  const poolPeople = progress.filter((p) => overview.pool.includes(p.userId));
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={inLocale(locale, round.titleVi, round.titleEn)}
      lead={`${inLocale(locale, programme.titleVi, programme.titleEn)} · ${inLocale(locale, call.titleVi, call.titleEn)} · ${t(`programs.review.kind.${round.kind}`)}${round.isBlind ? ` · ${t('programs.review.blind')}` : ''}`}
      notice={notice}
      errors={errors}
    >
      <p>
        <a href={`${path}/ranking`}>{t('programs.review.ranking')}</a> ·{' '}
        <a href={`${path}/sheets.xlsx`}>{t('programs.review.exportXlsx')}</a> ·{' '}
        <a href={`${path}/edit`}>{t('programs.roundEdit.edit')}</a> ·{' '}
        <a href={callReviewsPath(programme.slug, call.slug)}>{t('programs.review.allRounds')}</a>
      </p>
      <h2>{t('programs.review.rubric')}</h2>
      <ul>
        {round.rubric.map((c) => (
          <li>
            {inLocale(locale, c.label.vi, c.label.en)} —{' '}
            {t('programs.review.criterionLine', {
              weight: c.weight,
              min: c.scale.min,
              max: c.scale.max,
            })}
          </li>
        ))}
      </ul>
      <h2 id="h-progress">{t('programs.review.progress')}</h2>
      {progress.length === 0 ? (
        <p class="muted">{t('programs.review.emptyPool')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('programs.review.reviewer')}</th>
              <th>{t('programs.review.done')}</th>
              <th>{t('programs.review.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.map((p) => (
              <tr>
                <td>{p.name}</td>
                <td>{t('programs.review.doneOf', { done: p.done, assigned: p.assigned })}</td>
                <td>
                  <Bar done={p.done} assigned={p.assigned} label={p.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={`${path}/reviewers`} class="stack">
        <TextField
          t={t}
          name="reviewer"
          label={t('programs.review.addReviewer')}
          hint={t('programs.review.addReviewerHint')}
          value={props.values?.reviewer}
          errors={errors}
        />
        <button type="submit">{t('programs.review.addToPool')}</button>
      </form>
      <form method="post" action={`${path}/assign`}>
        <button type="submit">
          {t('programs.review.autoAssign', { n: round.reviewersPerApplication })}
        </button>
      </form>
      <h2 id="h-assignments">{t('programs.review.assignments')}</h2>
      {applications.length === 0 ? (
        <p class="muted">{t('programs.review.noApplications')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('programs.review.receipt')}</th>
              <th>{t('programs.review.applicant')}</th>
              <th>{t('programs.review.reviewers')}</th>
            </tr>
          </thead>
          <tbody>
            {applications.map((app) => (
              <tr>
                <td>{app.receiptNumber}</td>
                <td>{app.organizationName}</td>
                <td>
                  <ul>
                    {app.reviewers.map((r) => (
                      <li>
                        {r.name} {r.isDone ? `(${t('programs.review.sheetStatus.submitted')})` : ''}
                        {r.conflict && (
                          <strong> {t(`programs.review.conflict.${r.conflict}`)}</strong>
                        )}
                        {!r.hasSheet && (
                          <ActionButton
                            action={`${path}/assignments/${r.assignment.id}/remove`}
                            label={t('programs.review.remove')}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                  {poolPeople.length > 0 && (
                    <form method="post" action={`${path}/assignments`}>
                      <input type="hidden" name="applicationId" value={app.id} />
                      <SelectField
                        t={t}
                        id={`reviewer-${app.id}`}
                        name="reviewerId"
                        label={t('programs.review.addManually')}
                        options={poolPeople.map((p) => ({ value: p.userId, label: p.name }))}
                      />
                      <button type="submit">{t('programs.review.assign')}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BackofficePage>
  );
}
