// The newsletter's pages: the sign-up form (no account needed), the mailed links' pages that
// confirm and unsubscribe (each a button, so a mail scanner opening the link changes nothing),
// and the staff's overview of subscribers per sector and the last digests.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatDateTime, formatNumber } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox, CheckboxGroup } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { SendRow, SubscriberRow } from '../db/newsletter.repository';
import { NEWSLETTER_KINDS } from '../domain/newsletter';
import type { NewsletterOverview } from '../services/newsletter.queries';
import { sectorChoices } from './news-pages';
import { NEWSLETTER_PATH, NEWSLETTER_STAFF_PATH } from './paths';

export function SubscribePage(props: {
  ctx: RequestContext;
  values?: FormValues;
  topics?: string[];
  kinds?: string[];
  errors?: FieldErrors;
  isDone?: boolean;
}) {
  const { ctx, errors, values = {} } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('content.newsletter.title')} path={NEWSLETTER_PATH}>
      <h1>{t('content.newsletter.title')}</h1>
      <p class="lead">{t('content.newsletter.lead')}</p>
      {props.isDone && <Notice kind="success">{t('content.newsletter.checkMail')}</Notice>}
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={NEWSLETTER_PATH} class="stack">
        <TextField
          t={t}
          name="email"
          type="email"
          autocomplete="email"
          label={t('content.newsletter.email')}
          value={values.email ?? ''}
          errors={errors}
          required
        />
        <CheckboxGroup
          t={t}
          name="topics"
          legend={t('content.newsletter.topics')}
          hint={t('content.newsletter.topicsHint')}
          values={props.topics ?? []}
          options={sectorChoices(t)}
          errors={errors}
        />
        <CheckboxGroup
          t={t}
          name="kinds"
          legend={t('content.newsletter.kinds')}
          hint={t('content.newsletter.topicsHint')}
          values={props.kinds ?? []}
          options={NEWSLETTER_KINDS.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
          errors={errors}
        />
        <Checkbox
          t={t}
          name="consent"
          value="1"
          label={t('content.newsletter.consent')}
          errors={errors}
        />
        <p>
          <button type="submit">{t('content.newsletter.subscribe')}</button>
        </p>
      </form>
    </Layout>
  );
}

/** What a mailed link leads to: its button, or what was done. */
export function SubscriptionLinkPage(props: {
  ctx: RequestContext;
  subscriber: SubscriberRow;
  action: 'confirm' | 'unsubscribe';
  isDone: boolean;
}) {
  const { ctx, subscriber, action, isDone } = props;
  const { t } = ctx;
  const path = `${NEWSLETTER_PATH}/${action}/${subscriber.token}`;
  const title = t(`content.newsletter.${action}.title`);
  const state =
    subscriber.status === 'active'
      ? t('content.newsletter.state.active', { email: subscriber.email })
      : subscriber.status === 'pending'
        ? t('content.newsletter.state.pending', { email: subscriber.email })
        : t('content.newsletter.state.unsubscribed', { email: subscriber.email });
  const canAct =
    action === 'confirm' ? subscriber.status === 'pending' : subscriber.status !== 'unsubscribed';
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <h1>{title}</h1>
      {isDone && <Notice kind="success">{t(`content.newsletter.${action}.done`)}</Notice>}
      <p>{state}</p>
      {canAct && (
        <ActionButton
          action={path}
          label={t(`content.newsletter.${action}.button`)}
          kind={action === 'confirm' ? 'primary' : 'danger'}
        />
      )}
      {action === 'unsubscribe' && subscriber.status === 'unsubscribed' && (
        <p>
          <a href={NEWSLETTER_PATH}>{t('content.newsletter.again')}</a>
        </p>
      )}
    </Layout>
  );
}

export function NewsletterStaffPage(props: { ctx: RequestContext; overview: NewsletterOverview }) {
  const { ctx, overview } = props;
  const { t, locale } = ctx;
  const n = (x: number) => formatNumber(x, locale);
  return (
    <BackofficePage
      ctx={ctx}
      path={NEWSLETTER_STAFF_PATH}
      title={t('content.newsletter.staff.title')}
    >
      <p>
        {t('content.newsletter.staff.counts', {
          active: n(overview.active),
          pending: n(overview.pending),
          unsubscribed: n(overview.unsubscribed),
        })}
      </p>
      <h2>{t('content.newsletter.staff.byTopic')}</h2>
      <DataTable
        columns={[
          {
            key: 'topic',
            label: t('content.newsletter.topics'),
            isRowHeader: true,
            cell: (r: { topic: string; count: number }) =>
              r.topic === ''
                ? t('content.newsletter.staff.everyTopic')
                : t(`directory.sector.${r.topic}` as never),
          },
          {
            key: 'count',
            label: t('content.newsletter.staff.subscribers'),
            cell: (r: { topic: string; count: number }) => n(r.count),
          },
        ]}
        rows={overview.byTopic}
      />
      <h2>{t('content.newsletter.staff.sends')}</h2>
      {overview.sends.length === 0 ? (
        <EmptyList ctx={ctx} filtered={false} empty="content.newsletter.staff.noSends" />
      ) : (
        <DataTable
          columns={[
            {
              key: 'week',
              label: t('content.newsletter.staff.week'),
              isRowHeader: true,
              cell: (s: SendRow) => formatDate(new Date(`${s.weekOf}T00:00:00+07:00`), locale),
            },
            {
              key: 'items',
              label: t('content.newsletter.staff.items'),
              cell: (s: SendRow) => n(s.items),
            },
            {
              key: 'recipients',
              label: t('content.newsletter.staff.recipients'),
              cell: (s: SendRow) => n(s.recipients),
            },
            {
              key: 'at',
              label: t('content.newsletter.staff.sentAt'),
              cell: (s: SendRow) => formatDateTime(s.createdAt, locale),
            },
          ]}
          rows={overview.sends}
        />
      )}
    </BackofficePage>
  );
}
