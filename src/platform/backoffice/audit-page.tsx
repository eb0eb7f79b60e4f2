import type { RequestContext } from '../http/context';
import type { FieldErrors } from '../errors';
import { formatDateTime, type MessageKey } from '../i18n';
import type { Paged } from '../input/paging';
import { DataTable, type Column } from '../ui/data-table';
import { FilterForm } from '../ui/filter-form';
import { ListPager } from '../ui/pager';
import { TextField } from '../ui/text-controls';
import type { AuditRow } from './audit-log.repository';
import { queryHref } from '../http/page-links';
import { BackofficePage, EmptyList } from './components';

/** The log as CSV, with the filters of the page (sign-ins: action "security."). */
export const AUDIT_EXPORT_PATH = '/admin/audit/export.csv';

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

const auditColumns = (ctx: RequestContext): Column<AuditRow>[] => {
  const { t } = ctx;
  return [
    {
      key: 'at',
      label: t('common.date'),
      cell: (row) => (
        <time datetime={row.at.toISOString()}>{formatDateTime(row.at, ctx.locale)}</time>
      ),
    },
    { key: 'actor', label: t('backoffice.audit.col.actor'), cell: (row) => row.actorLabel ?? '—' },
    {
      key: 'action',
      label: t('backoffice.audit.col.action'),
      cell: (row) => <code>{row.action}</code>,
    },
    {
      key: 'entity',
      label: t('backoffice.audit.col.entity'),
      cell: (row) => (
        <>
          {row.entityType}
          {row.entityId && (
            <>
              {' '}
              <code>{row.entityId}</code>
            </>
          )}
        </>
      ),
    },
    {
      key: 'details',
      label: t('common.details'),
      cell: (row) => <AuditDetails ctx={ctx} row={row} />,
    },
  ];
};

function AuditDetails({ ctx, row }: { ctx: RequestContext; row: AuditRow }) {
  const { t } = ctx;
  return (
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
      <FilterForm t={t} action="/admin/audit" title={t('ui.filters')} isFiltered={filtered}>
        <div class="cards">
          {AUDIT_FILTER_FIELDS.map((f) => {
            const isDay = f === 'from' || f === 'to';
            return (
              <TextField
                t={t}
                name={f}
                label={t(LABEL[f])}
                value={values[f]}
                errors={errors}
                hint={isDay ? t('ui.date.hint') : undefined}
                inputmode={isDay ? 'numeric' : undefined}
                autocomplete="off"
              />
            );
          })}
        </div>
      </FilterForm>
      {result && (
        <p>
          <a href={queryHref(AUDIT_EXPORT_PATH, values)} download>
            {t('backoffice.audit.export')}
          </a>
        </p>
      )}
      {result &&
        (result.rows.length === 0 ? (
          <EmptyList ctx={ctx} filtered={filtered} empty="backoffice.audit.empty" />
        ) : (
          <DataTable columns={auditColumns(ctx)} rows={result.rows} />
        ))}
      {result && (
        <ListPager t={t} locale={ctx.locale} result={result} path="/admin/audit" filters={values} />
      )}
    </BackofficePage>
  );
}
