import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDateTime, type MessageKey } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { DataRequestRow } from '../db/data-requests.repository';
import { AccountPage } from './account-components';
import { labelOf } from './account-pages';

const BACK = (t: RequestContext['t']) => ({ href: '/account', label: t('identity.account.title') });

export function RequestStatus(props: { ctx: RequestContext; status: string; dueAt: Date }) {
  const { t } = props.ctx;
  const isOverdue = props.status === 'open' && props.dueAt < props.ctx.deps.clock();
  return (
    <>
      <span class={props.status === 'done' ? 'badge ok' : 'badge'}>
        {labelOf(t, 'identity.data.status', props.status)}
      </span>
      {isOverdue && <span class="badge danger">{t('identity.data.overdue')}</span>}
    </>
  );
}

/** "Download my data", the account's requests, and the way to deletion. */
export function PersonalDataPage(props: {
  ctx: RequestContext;
  requests: DataRequestRow[];
  notice?: PageNotice;
}) {
  const { ctx } = props;
  const { t, locale } = ctx;
  return (
    <AccountPage
      ctx={ctx}
      path="/account/data"
      title={t('identity.data.title')}
      lead={t('identity.data.lead')}
      back={BACK(t)}
      notice={props.notice}
    >
      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('identity.data.export.title')}</h2>
        <p>{t('identity.data.export.lead')}</p>
        <ActionButton action="/account/data/export" label={t('identity.data.export.button')} />
      </section>
      <section aria-labelledby="requests-title">
        <h2 id="requests-title">{t('identity.data.requests')}</h2>
        {props.requests.length === 0 ? (
          <p>{t('identity.data.requestsNone')}</p>
        ) : (
          <DataTable
            rows={props.requests}
            columns={[
              {
                key: 'kind',
                label: t('identity.data.col.kind'),
                isRowHeader: true,
                cell: (r) => labelOf(t, 'identity.data.kind', r.kind),
              },
              {
                key: 'received',
                label: t('identity.data.col.received'),
                cell: (r) => formatDateTime(r.receivedAt, locale),
              },
              {
                key: 'status',
                label: t('identity.data.col.status'),
                cell: (r) => <RequestStatus ctx={ctx} status={r.status} dueAt={r.dueAt} />,
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="erase-title">
        <h2 id="erase-title">{t('identity.data.erase.title')}</h2>
        <p>
          <a href="/account/data/delete">{t('identity.data.erase.link')}</a>
        </p>
      </section>
    </AccountPage>
  );
}

/** What an erasure deletes and what the law keeps, said before the account holder confirms. */
export function ErasurePage(props: {
  ctx: RequestContext;
  kept: MessageKey[];
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { t } = props.ctx;
  return (
    <AccountPage
      ctx={props.ctx}
      path="/account/data/delete"
      title={t('identity.data.erase.title')}
      lead={t('identity.data.erase.lead')}
      back={{ href: '/account/data', label: t('identity.data.title') }}
      notice={props.notice}
      errors={props.errors}
    >
      <section aria-labelledby="erased-title">
        <h2 id="erased-title">{t('identity.data.erase.erased')}</h2>
        <p>{t('identity.data.erase.erasedList')}</p>
      </section>
      <section aria-labelledby="kept-title">
        <h2 id="kept-title">{t('identity.data.erase.kept')}</h2>
        <ul>
          {props.kept.map((key) => (
            <li>{t(key)}</li>
          ))}
        </ul>
      </section>
      <form method="post" action="/account/data/delete" novalidate>
        <TextField
          t={t}
          name="password"
          type="password"
          label={t('identity.2fa.currentPassword')}
          errors={props.errors}
          autocomplete="current-password"
          required
        />
        <Checkbox
          t={t}
          name="confirm"
          label={t('identity.data.erase.confirm')}
          errors={props.errors}
          required
        />
        <button type="submit" class="danger">
          {t('identity.data.erase.button')}
        </button>
      </form>
    </AccountPage>
  );
}
