import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDateTime } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import type { findDataRequests } from '../services/data-requests.queries';
import { labelOf } from './account-pages';
import { RequestStatus } from './personal-data-pages';

type Row = Awaited<ReturnType<typeof findDataRequests>>[number];
export const DATA_REQUESTS_PATH = '/admin/data-requests';

function Actions({ ctx, row }: { ctx: RequestContext; row: Row }) {
  const { t } = ctx;
  if (row.status !== 'open') return <>{row.note ?? ''}</>;
  if (row.kind === 'export') return <>{t('identity.dataRequests.automatic')}</>;
  const base = `${DATA_REQUESTS_PATH}/${row.id}`;
  return (
    <div class="stack">
      {row.kind === 'erasure' && (
        <ActionButton
          action={`${base}/erase`}
          label={t('identity.dataRequests.erase')}
          ariaLabel={`${t('identity.dataRequests.erase')}: ${row.email}`}
          kind="danger"
        />
      )}
      <form method="post" action={`${base}/refuse`} class="inline">
        <label for={`reason-${row.id}`}>{t('identity.dataRequests.reason')}</label>
        <input id={`reason-${row.id}`} name="reason" type="text" maxlength={500} required />
        <button type="submit" class="secondary">
          {t('identity.dataRequests.refuse')}
        </button>
      </form>
    </div>
  );
}

/** Staff's list of data-subject requests, open ones by legal deadline. */
export function DataRequestsPage(props: {
  ctx: RequestContext;
  rows: Row[];
  isOpen: boolean;
  notice?: PageNotice;
  errors?: FieldErrors;
}) {
  const { ctx, rows } = props;
  const { t, locale } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={DATA_REQUESTS_PATH}
      title={t('identity.dataRequests.title')}
      lead={t('identity.dataRequests.navDescription')}
      notice={props.notice}
      errors={props.errors}
    >
      <p>
        {props.isOpen ? (
          <a href={`${DATA_REQUESTS_PATH}?show=all`}>{t('identity.dataRequests.showAll')}</a>
        ) : (
          <a href={DATA_REQUESTS_PATH}>{t('identity.dataRequests.showOpen')}</a>
        )}
      </p>
      {rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={false} empty="identity.dataRequests.none" />
      ) : (
        <DataTable
          rows={rows}
          columns={[
            {
              key: 'account',
              label: t('identity.data.col.account'),
              isRowHeader: true,
              cell: (r) => (
                <>
                  {r.name}
                  <br />
                  <span class="muted">{r.email}</span>
                </>
              ),
            },
            {
              key: 'kind',
              label: t('identity.data.col.kind'),
              cell: (r) => labelOf(t, 'identity.data.kind', r.kind),
            },
            {
              key: 'received',
              label: t('identity.data.col.received'),
              cell: (r) => formatDateTime(r.receivedAt, locale),
            },
            {
              key: 'due',
              label: t('identity.data.col.due'),
              cell: (r) => formatDateTime(r.dueAt, locale),
            },
            {
              key: 'status',
              label: t('identity.data.col.status'),
              cell: (r) => <RequestStatus ctx={ctx} status={r.status} dueAt={r.dueAt} />,
            },
            {
              key: 'actions',
              label: t('identity.data.col.actions'),
              cell: (r) => <Actions ctx={ctx} row={r} />,
            },
          ]}
        />
      )}
    </BackofficePage>
  );
}
