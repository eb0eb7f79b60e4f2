import type { RequestContext } from '../http/context';
import type { FieldErrors } from '../http/errors';
import { formatDateTime, type MessageKey } from '../i18n';
import { Field } from '../ui/components';
import type { AuditRow } from './audit-log.repository';
import { BackofficePage, EmptyList, Pager } from './components';
import type { Paged } from './paging';

export const AUDIT_FILTER_FIELDS = [
  'actor',
  'action',
  'entityType',
  'entityId',
  'from',
  'to',
] as const;
export type AuditFilterValues = Partial<Record<(typeof AUDIT_FILTER_FIELDS)[number], string>>;

const LABEL: Record<(typeof AUDIT_FILTER_FIELDS)[number], MessageKey> = {
  actor: 'backoffice.audit.field.actor',
  action: 'backoffice.audit.field.action',
  entityType: 'backoffice.audit.field.entityType',
  entityId: 'backoffice.audit.field.entityId',
  from: 'backoffice.audit.field.from',
  to: 'backoffice.audit.field.to',
};

function Json({ ctx, value, label }: { ctx: RequestContext; value: unknown; label: string }) {
  if (value === null || value === undefined) return <p>{ctx.t('backoffice.audit.nothing')}</p>;
  // Focusable, so keyboard users can scroll a wide value.
  return (
    <pre tabindex={0} aria-label={label}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

function AuditEntry({ ctx, row }: { ctx: RequestContext; row: AuditRow }) {
  const { t } = ctx;
  return (
    <tr>
      <td>
        <time datetime={row.at.toISOString()}>{formatDateTime(row.at, ctx.locale)}</time>
      </td>
      <td>{row.actorLabel ?? '—'}</td>
      <td>
        <code>{row.action}</code>
      </td>
      <td>
        {row.entityType}
        {row.entityId && (
          <>
            {' '}
            <code>{row.entityId}</code>
          </>
        )}
      </td>
      <td>
        <details>
          <summary>{t('common.details')}</summary>
          <h3>{t('backoffice.audit.before')}</h3>
          <Json ctx={ctx} value={row.before} label={t('backoffice.audit.before')} />
          <h3>{t('backoffice.audit.after')}</h3>
          <Json ctx={ctx} value={row.after} label={t('backoffice.audit.after')} />
          <dl>
            <dt>{t('backoffice.audit.ip')}</dt>
            <dd>{row.ip ?? '—'}</dd>
            <dt>{t('backoffice.audit.requestId')}</dt>
            <dd>
              <code>{row.requestId ?? '—'}</code>
            </dd>
          </dl>
        </details>
      </td>
    </tr>
  );
}

export function AuditPage(props: {
  ctx: RequestContext;
  path: string;
  values: AuditFilterValues;
  errors?: FieldErrors;
  result?: Paged<AuditRow>;
}) {
  const { ctx, path, values, errors, result } = props;
  const { t } = ctx;
  const filtered = AUDIT_FILTER_FIELDS.some((f) => values[f]);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('backoffice.audit.title')}
      lead={t('backoffice.audit.lead')}
      errors={errors}
    >
      <form method="get" action="/admin/audit" role="search" aria-labelledby="filters" novalidate>
        <h2 id="filters">{t('backoffice.filters')}</h2>
        <div class="cards">
          {AUDIT_FILTER_FIELDS.map((f) => (
            <Field
              t={t}
              name={f}
              label={t(LABEL[f])}
              value={values[f]}
              errors={errors}
              hint={f === 'from' || f === 'to' ? t('backoffice.date.hint') : undefined}
              inputmode={f === 'from' || f === 'to' ? 'numeric' : undefined}
              autocomplete="off"
            />
          ))}
        </div>
        <p class="row">
          <button type="submit">{t('common.filter')}</button>
          {filtered && <a href="/admin/audit">{t('backoffice.filters.clear')}</a>}
        </p>
      </form>
      {result &&
        (result.rows.length === 0 ? (
          <EmptyList ctx={ctx} filtered={filtered} empty="backoffice.audit.empty" />
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col">{t('backoffice.audit.col.actor')}</th>
                  <th scope="col">{t('backoffice.audit.col.action')}</th>
                  <th scope="col">{t('backoffice.audit.col.entity')}</th>
                  <th scope="col">{t('common.details')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <AuditEntry ctx={ctx} row={row} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {result && (
        <Pager
          ctx={ctx}
          path="/admin/audit"
          filters={values}
          page={result.page}
          total={result.total}
        />
      )}
    </BackofficePage>
  );
}
