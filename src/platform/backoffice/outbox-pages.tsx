import type { RequestContext } from '../http/context';
import type { FieldErrors } from '../http/errors';
import { formatDateTime, isMessageKey, type Translate } from '../i18n';
import { BackofficePage, EmptyList, Pager } from './components';
import { OUTBOX_STATUSES } from './filters';
import type { OutboxListRow, OutboxRow } from './outbox.repository';
import type { Paged } from './paging';

const statusLabel = (t: Translate, status: string) => {
  const key = `backoffice.outbox.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
};

const When = ({ ctx, at }: { ctx: RequestContext; at: Date | null }) =>
  at ? <time datetime={at.toISOString()}>{formatDateTime(at, ctx.locale)}</time> : <>—</>;

export function OutboxPage(props: {
  ctx: RequestContext;
  path: string;
  status?: string;
  errors?: FieldErrors;
  result?: Paged<OutboxListRow>;
}) {
  const { ctx, path, status, errors, result } = props;
  const { t } = ctx;
  const error = errors?.status;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('backoffice.outbox.title')}
      lead={t('backoffice.outbox.lead')}
      errors={errors}
    >
      <form method="get" action="/admin/outbox" role="search" aria-labelledby="filters">
        <h2 id="filters">{t('backoffice.filters')}</h2>
        <div class={error ? 'field has-error' : 'field'}>
          <label for="status">{t('backoffice.outbox.field.status')}</label>
          <select
            id="status"
            name="status"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'status-error' : undefined}
          >
            <option value="">{t('backoffice.outbox.status.all')}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option value={s} selected={s === status}>
                {statusLabel(t, s)}
              </option>
            ))}
          </select>
          {error && (
            <p class="error" id="status-error">
              {t(error.key, error.params)}
            </p>
          )}
        </div>
        <p class="row">
          <button type="submit">{t('common.filter')}</button>
          {status && <a href="/admin/outbox">{t('backoffice.filters.clear')}</a>}
        </p>
      </form>
      {result &&
        (result.rows.length === 0 ? (
          <EmptyList ctx={ctx} filtered={Boolean(status)} empty="backoffice.outbox.empty" />
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('backoffice.outbox.col.to')}</th>
                  <th scope="col">{t('backoffice.outbox.col.subject')}</th>
                  <th scope="col">{t('backoffice.outbox.col.template')}</th>
                  <th scope="col">{t('backoffice.outbox.field.status')}</th>
                  <th scope="col">{t('backoffice.outbox.col.attempts')}</th>
                  <th scope="col">{t('backoffice.outbox.col.lastError')}</th>
                  <th scope="col">{t('backoffice.outbox.col.created')}</th>
                  <th scope="col">{t('backoffice.outbox.col.sent')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((m) => (
                  <tr>
                    <td>{m.to}</td>
                    <td>
                      <a href={`/admin/outbox/${m.id}`}>{m.subject}</a>
                    </td>
                    <td>{m.template ? <code>{m.template}</code> : '—'}</td>
                    <td>
                      <span class={m.status === 'sent' ? 'badge ok' : 'badge'}>
                        {statusLabel(t, m.status)}
                      </span>
                    </td>
                    <td>{m.attempts}</td>
                    <td>{m.lastError ?? '—'}</td>
                    <td>
                      <When ctx={ctx} at={m.createdAt} />
                    </td>
                    <td>
                      <When ctx={ctx} at={m.sentAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {result && (
        <Pager
          ctx={ctx}
          path="/admin/outbox"
          filters={{ status }}
          page={result.page}
          total={result.total}
        />
      )}
    </BackofficePage>
  );
}

export function OutboxMessagePage({ ctx, message }: { ctx: RequestContext; message: OutboxRow }) {
  const { t } = ctx;
  return (
    <BackofficePage ctx={ctx} path={`/admin/outbox/${message.id}`} title={message.subject}>
      <p>
        <a href="/admin/outbox">{t('backoffice.outbox.back')}</a>
      </p>
      <p class="muted">{t('backoffice.outbox.sensitive')}</p>
      <dl>
        <dt>{t('backoffice.outbox.col.to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('backoffice.outbox.col.template')}</dt>
        <dd>{message.template ? <code>{message.template}</code> : '—'}</dd>
        <dt>{t('backoffice.outbox.field.status')}</dt>
        <dd>{statusLabel(t, message.status)}</dd>
        <dt>{t('backoffice.outbox.col.attempts')}</dt>
        <dd>{message.attempts}</dd>
        <dt>{t('backoffice.outbox.col.lastError')}</dt>
        <dd>{message.lastError ?? '—'}</dd>
        <dt>{t('backoffice.outbox.col.created')}</dt>
        <dd>
          <When ctx={ctx} at={message.createdAt} />
        </dd>
        <dt>{t('backoffice.outbox.col.sent')}</dt>
        <dd>
          <When ctx={ctx} at={message.sentAt} />
        </dd>
      </dl>
      <h2 id="mail-text">{t('backoffice.outbox.text')}</h2>
      {/* Long lines scroll inside the block, which keyboard users reach with tab. */}
      <pre tabindex={0} aria-labelledby="mail-text">
        {message.text}
      </pre>
    </BackofficePage>
  );
}
