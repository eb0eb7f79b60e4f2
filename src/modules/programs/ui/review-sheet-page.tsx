// A reviewer's pages: "My reviews" (their assignments only) and one score sheet beside the
// frozen submission it scores. Blind rounds never show the applicant's name.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { fieldClass } from '../../../platform/ui/field';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { TAnswer } from '../domain/call-form';
import type { getScoreSheetView, myReviews } from '../services/reviews/review.queries';
import { inLocale } from './labels';
import { fileSize } from './application-form';
import type { ReviewAttachment } from '../services/reviews/review-attachments';
import type { Translate } from '../../../platform/i18n';
import type { PageNotice } from '../../../platform/ui/notice';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';

export const REVIEWS_PATH = '/programs/reviews';

export function MyReviewsPage(props: {
  ctx: RequestContext;
  rows: Awaited<ReturnType<typeof myReviews>>;
  notice?: PageNotice;
}) {
  const { ctx, rows, notice } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('programs.review.mine')} path={REVIEWS_PATH}>
      <h1>{t('programs.review.mine')}</h1>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {rows.length === 0 ? (
        <p class="muted">{t('programs.review.noAssignments')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('programs.review.round')}</th>
              <th>{t('programs.review.receipt')}</th>
              <th>{t('programs.review.applicant')}</th>
              <th>{t('programs.review.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td>
                  {inLocale(locale, row.programme.titleVi, row.programme.titleEn)} ·{' '}
                  {inLocale(locale, row.round.titleVi, row.round.titleEn)}
                </td>
                <td>
                  <a href={`${REVIEWS_PATH}/${row.assignment.id}`}>
                    {row.application.receiptNumber}
                  </a>
                </td>
                <td>{row.organizationName ?? t('programs.review.hidden')}</td>
                <td>
                  {t(
                    `programs.review.sheetStatus.${(row.sheetStatus ?? 'none') as 'none' | 'draft' | 'submitted'}`,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('programs.review.declareOrganization')}</h2>
      <form method="post" action={`${REVIEWS_PATH}/conflicts`} class="stack">
        <TextField t={t} name="organization" label={t('programs.review.organizationProfile')} />
        <TextField t={t} name="reason" label={t('programs.review.conflictReason')} />
        <button type="submit">{t('programs.review.declare')}</button>
      </form>
    </Layout>
  );
}

/** A file's name on the reviewer's pages and download: its number alone in a blind round. */
export const attachmentName = (t: Translate, file: ReviewAttachment) =>
  file.originalName ??
  `${t('programs.review.attachmentName', { number: file.number })}.${file.extension}`;

/** A file question's answer: links to its files, served to the assigned reviewer only. */
function FileAnswer(props: { ctx: RequestContext; path: string; files: ReviewAttachment[] }) {
  const { t, locale } = props.ctx;
  if (props.files.length === 0) return <>—</>;
  return (
    <ul>
      {props.files.map((file) => (
        <li>
          <a href={`${props.path}/attachments/${file.number}`}>{attachmentName(t, file)}</a> (
          {fileSize(file.bytes, locale)})
        </li>
      ))}
    </ul>
  );
}

function answerText(answer: TAnswer | undefined): string {
  if (answer === undefined || answer === null) return '—';
  if (Array.isArray(answer))
    return answer
      .map((a) => (typeof a === 'object' ? Object.values(a).join(', ') : String(a)))
      .join('; ');
  if (typeof answer === 'object') return JSON.stringify(answer);
  return String(answer);
}

export function ScoreSheetPage(props: {
  ctx: RequestContext;
  view: Awaited<ReturnType<typeof getScoreSheetView>>;
  /** What was typed, when the page comes back with messages. */
  typed?: { marks: Record<string, string>; comments: Record<string, string>; comment: string };
  version?: number;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, view, errors, notice } = props;
  const { t, locale } = ctx;
  const { round, sheet, submission, assignment } = view;
  const path = `${REVIEWS_PATH}/${assignment.id}`;
  const isFinal = sheet?.status === 'submitted' || round.status !== 'open';
  const mark = (id: string) =>
    props.typed?.marks[id] ?? (sheet?.marks[id] == null ? '' : String(sheet.marks[id]));
  const comment = (id: string) => props.typed?.comments[id] ?? sheet?.comments[id] ?? '';
  // Blind review: questions about the team would name the applicant.
  const questions = submission.form.sections.flatMap((s) =>
    s.questions.filter((q) => !(round.isBlind && q.kind === 'team_members')),
  );
  return (
    <Layout ctx={ctx} title={t('programs.review.sheet')} path={path}>
      <p>
        <a href={REVIEWS_PATH}>{t('programs.review.mine')}</a>
      </p>
      <h1>{t('programs.review.sheetTitle', { receipt: view.receiptNumber ?? '' })}</h1>
      <p class="muted">
        {inLocale(locale, round.titleVi, round.titleEn)} ·{' '}
        {view.organizationName ?? t('programs.review.blindNote')} ·{' '}
        {t('programs.review.versionNote', { number: submission.number })}
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <ErrorSummary t={t} errors={errors} />
      <h2>{t('programs.review.submission')}</h2>
      <dl>
        {questions.map((q) => (
          <>
            <dt>{inLocale(locale, q.label.vi, q.label.en ?? '')}</dt>
            <dd>
              {q.kind === 'file' ? (
                <FileAnswer
                  ctx={ctx}
                  path={path}
                  files={view.attachments.filter((a) => a.questionId === q.id)}
                />
              ) : (
                answerText(submission.answers[q.id])
              )}
            </dd>
          </>
        ))}
      </dl>
      <h2>{t('programs.review.sheet')}</h2>
      <form method="post" action={path} class="stack">
        <input type="hidden" name="version" value={String(props.version ?? sheet?.version ?? 0)} />
        {round.rubric.map((c) => {
          const name = `mark.${c.id}`;
          return (
            <fieldset class={fieldClass({ t, name, label: '', errors })}>
              <legend>
                {inLocale(locale, c.label.vi, c.label.en)} (
                {t('programs.review.criterionLine', {
                  weight: c.weight,
                  min: c.scale.min,
                  max: c.scale.max,
                })}
                )
              </legend>
              <TextField
                t={t}
                name={name}
                label={t('programs.review.mark')}
                value={mark(c.id)}
                inputmode="decimal"
                disabled={isFinal}
                errors={errors}
              />
              <LongTextField
                t={t}
                name={`comment.${c.id}`}
                label={t('programs.review.criterionComment')}
                value={comment(c.id)}
                rows={2}
                disabled={isFinal}
              />
            </fieldset>
          );
        })}
        <LongTextField
          t={t}
          name="comment"
          label={t('programs.review.comment')}
          value={props.typed?.comment ?? sheet?.comment ?? ''}
          rows={4}
          disabled={isFinal}
        />
        {!isFinal && (
          <p>
            <button type="submit" name="op" value="save">
              {t('programs.review.saveDraft')}
            </button>{' '}
            <button type="submit" name="op" value="submit">
              {t('programs.review.submitSheet')}
            </button>
          </p>
        )}
      </form>
      {!isFinal && (
        <form method="post" action={`${path}/conflict`} class="stack">
          <TextField t={t} name="reason" label={t('programs.review.conflictReason')} />
          <button type="submit">{t('programs.review.declareConflict')}</button>
        </form>
      )}
    </Layout>
  );
}
