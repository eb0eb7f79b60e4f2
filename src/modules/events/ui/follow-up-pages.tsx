// After the event: the attendee's feedback page (reached by their mailed link), the staff's
// follow-up page (slides link, deadline, the answers' average and comments without names) and a
// member's private calendar address.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, vnDeadline } from '../../../platform/i18n';
import { Layout } from '../../../platform/ui/layout';
import { ActionButton } from '../../../platform/ui/action-button';
import { RadioGroup } from '../../../platform/ui/choice-controls';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { DateTimeField, LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { EventRow } from '../db/events.repository';
import type { FeedbackSummary } from '../db/follow-up.repository';
import { STAFF_PATH } from '../permissions';
import { COMMENT_MAX, type FeedbackForm } from '../services/feedback';
import type { FollowUpSettings } from '../services/follow-up';
import { RegistrantPage } from './registration-pages';

export const followUpPath = (eventId: string) => `${STAFF_PATH}/${eventId}/follow-up`;
export const CALENDAR_FEED_PAGE = '/events/my-calendar';

type Values = Record<string, string>;

export function FeedbackPage(props: {
  ctx: RequestContext;
  form: FeedbackForm;
  path: string;
  errors?: FieldErrors;
  values?: Values;
  notice?: PageNotice;
}) {
  const { ctx, form } = props;
  const { t, locale } = ctx;
  const until = vnDeadline(form.settings.feedbackClosesAt, locale);
  const rating = props.values?.rating ?? (form.answer ? String(form.answer.rating) : undefined);
  const label = (r: number) =>
    r === 1
      ? t('events.feedback.rating.low')
      : r === 5
        ? t('events.feedback.rating.high')
        : String(r);
  return (
    <RegistrantPage
      ctx={ctx}
      event={form.event}
      title={t('events.feedback.title')}
      path={props.path}
    >
      <p>{t('events.feedback.intro', { name: form.registration.name })}</p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {form.answer && <p>{t('events.feedback.yours', { rating: form.answer.rating })}</p>}
      {!form.isOpen ? (
        <Notice kind="info">{t('events.feedback.closed', { until })}</Notice>
      ) : (
        <form method="post" action={props.path} class="stack">
          <ErrorSummary t={t} errors={props.errors} />
          <input type="hidden" name="version" value={String(form.answer?.version ?? 0)} />
          <RadioGroup
            t={t}
            name="rating"
            legend={t('events.feedback.rating')}
            options={[1, 2, 3, 4, 5].map((r) => ({ value: String(r), label: label(r) }))}
            value={rating}
            errors={props.errors}
            required
          />
          <LongTextField
            t={t}
            name="comment"
            label={t('events.feedback.comment')}
            value={props.values?.comment ?? form.answer?.comment ?? ''}
            maxlength={COMMENT_MAX}
            errors={props.errors}
          />
          <p class="muted">{t('events.feedback.openUntil', { until })}</p>
          <button type="submit">{t('events.feedback.submit')}</button>
        </form>
      )}
    </RegistrantPage>
  );
}

function FeedbackResults(props: {
  ctx: RequestContext;
  summary: FeedbackSummary;
  comments: { rating: number; comment: string }[];
}) {
  const { ctx, summary } = props;
  const { t, locale } = ctx;
  if (summary.answers === 0) return <p class="muted">{t('events.followUp.noAnswers')}</p>;
  return (
    <>
      <p>
        {t('events.followUp.answers', { count: formatNumber(summary.answers, locale) })} ·{' '}
        {t('events.followUp.average', {
          average: formatNumber(Math.round(summary.average! * 10) / 10, locale),
        })}
      </p>
      <div class="table-wrap">
        <table>
          <caption>{t('events.followUp.byRating')}</caption>
          <tbody>
            {summary.byRating.map((n, i) => (
              <tr>
                <th scope="row">{t('events.feedback.rating.value', { rating: i + 1 })}</th>
                <td>{formatNumber(n, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.comments.length > 0 && (
        <>
          <h3>{t('events.followUp.comments')}</h3>
          <ul>
            {props.comments.map((c) => (
              <li class="pre-wrap">
                {t('events.feedback.rating.value', { rating: c.rating })}: {c.comment}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function FollowUpStaffPage(props: {
  ctx: RequestContext;
  event: EventRow;
  settings: FollowUpSettings;
  summary: FeedbackSummary;
  comments: { rating: number; comment: string }[];
  errors?: FieldErrors;
  values?: Values;
  notice?: PageNotice;
}) {
  const { ctx, event, settings } = props;
  const { t } = ctx;
  const path = followUpPath(event.id);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('events.followUp.title', { title: event.titleVi })}
      lead={t('events.followUp.intro')}
      errors={props.errors}
      notice={props.notice}
    >
      <form method="post" action={path} class="stack">
        <input type="hidden" name="version" value={String(settings.version)} />
        <TextField
          t={t}
          name="slidesUrl"
          type="url"
          label={t('events.followUp.slidesUrl')}
          hint={t('events.followUp.slidesUrl.hint')}
          value={props.values?.slidesUrl ?? settings.slidesUrl}
          errors={props.errors}
        />
        <DateTimeField
          t={t}
          name="feedbackClosesAt"
          label={t('events.followUp.feedbackClosesAt')}
          value={props.values?.feedbackClosesAt ?? settings.feedbackClosesAt}
          errors={props.errors}
          required
        />
        <button type="submit">{t('events.followUp.save')}</button>
      </form>
      <section aria-labelledby="feedback" class="stack">
        <h2 id="feedback">{t('events.followUp.results')}</h2>
        <FeedbackResults ctx={ctx} summary={props.summary} comments={props.comments} />
      </section>
    </BackofficePage>
  );
}

export function CalendarFeedPage(props: {
  ctx: RequestContext;
  feedUrl?: string;
  notice?: PageNotice;
}) {
  const { ctx, feedUrl } = props;
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('events.feed.title')}
      path={CALENDAR_FEED_PAGE}
      head={<meta name="robots" content="noindex" />}
    >
      <h1>{t('events.feed.title')}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p>{t('events.feed.intro')}</p>
      {feedUrl ? (
        <>
          <h2>{t('events.feed.address')}</h2>
          <p>
            <code class="pre-wrap">{feedUrl}</code>
          </p>
          <p class="row">
            <ActionButton
              action={`${CALENDAR_FEED_PAGE}/rotate`}
              label={t('events.feed.rotate')}
              kind="secondary"
            />
            <ActionButton
              action={`${CALENDAR_FEED_PAGE}/revoke`}
              label={t('events.feed.revoke')}
              kind="danger"
            />
          </p>
        </>
      ) : (
        <>
          <p>{t('events.feed.none')}</p>
          <ActionButton action={`${CALENDAR_FEED_PAGE}/rotate`} label={t('events.feed.create')} />
        </>
      )}
    </Layout>
  );
}
