import type { RequestContext } from '../http/context';
import type { FieldErrors } from '../errors';
import { formatDateTime, isMessageKey, type Translate } from '../i18n';
import type { Paged } from '../input/paging';
import { SelectField } from '../ui/choice-controls';
import { DataTable, type Column } from '../ui/data-table';
import { FilterForm } from '../ui/filter-form';
import { ListPager } from '../ui/pager';
import { BackofficePage, EmptyList } from './components';
import { OUTBOX_STATUSES } from './filters';
import type { OutboxListRow, OutboxRow } from './outbox.repository';

const statusLabel = (t: Translate, status: string) => {
  const key = `backoffice.outbox.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
};

const When = ({ ctx, at }: { ctx: RequestContext; at: Date | null }) =>
  at ? <time datetime={at.toISOString()}>{formatDateTime(at, ctx.locale)}</time> : <>—</>;

const outboxColumns = (ctx: RequestContext): Column<OutboxListRow>[] => {
  const { t } = ctx;
  return [
    { key: 'to', label: t('backoffice.outbox.col.to'), cell: (m) => m.to },
    {
      key: 'subject',
      label: t('backoffice.outbox.col.subject'),
      cell: (m) => <a href={`/admin/outbox/${m.id}`}>{m.subject}</a>,
    },
    {
      key: 'template',
      label: t('backoffice.outbox.col.template'),
      cell: (m) => (m.template ? <code>{m.template}</code> : '—'),
    },
    {
      key: 'status',
      label: t('backoffice.outbox.field.status'),
      cell: (m) => (
        <span class={m.status === 'sent' ? 'badge ok' : 'badge'}>{statusLabel(t, m.status)}</span>
      ),
    },
    { key: 'attempts', label: t('backoffice.outbox.col.attempts'), cell: (m) => m.attempts },
    {
      key: 'lastError',
      label: t('backoffice.outbox.col.lastError'),
      cell: (m) => m.lastError ?? '—',
    },
    {
      key: 'created',
      label: t('backoffice.outbox.col.created'),
      cell: (m) => <When ctx={ctx} at={m.createdAt} />,
    },
    {
      key: 'sent',
      label: t('backoffice.outbox.col.sent'),
      cell: (m) => <When ctx={ctx} at={m.sentAt} />,
    },
  ];
};

export function OutboxPage(props: {
  ctx: RequestContext;
  path: string;
  status?: string;
  errors?: FieldErrors;
  result?: Paged<OutboxListRow>;
}) {
  const { ctx, path, status, errors, result } = props;
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('backoffice.outbox.title')}
      lead={t('backoffice.outbox.lead')}
      errors={errors}
    >
      <FilterForm t={t} action="/admin/outbox" title={t('ui.filters')} isFiltered={Boolean(status)}>
        <SelectField
          t={t}
          name="status"
          label={t('backoffice.outbox.field.status')}
          value={status}
          errors={errors}
          empty={t('backoffice.outbox.status.all')}
          options={OUTBOX_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        />
      </FilterForm>
      {result &&
        (result.rows.length === 0 ? (
          <EmptyList ctx={ctx} filtered={Boolean(status)} empty="backoffice.outbox.empty" />
        ) : (
          <DataTable columns={outboxColumns(ctx)} rows={result.rows} />
        ))}
      {result && (
        <ListPager
          t={t}
          locale={ctx.locale}
          result={result}
          path="/admin/outbox"
          filters={{ status }}
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
