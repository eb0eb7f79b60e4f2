// The back-office's list of events.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { Paged } from '../../../platform/input/paging';
import { SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { FilterForm } from '../../../platform/ui/filter-form';
import type { PageNotice } from '../../../platform/ui/notice';
import { ListPager } from '../../../platform/ui/pager';
import type { EventRow } from '../db/events.repository';
import { EVENT_STATUSES } from '../domain/event';
import { STAFF_PATH } from '../permissions';
import { EVENT_WHEN } from '../services/event-search';
import { STAFF_PAGE_SIZE } from '../services/events.queries';
import { eventWhen } from './event-text';

export function StaffListPage(props: {
  ctx: RequestContext;
  result: Paged<EventRow>;
  filters: { status?: string; when?: string };
  notice?: PageNotice;
}) {
  const { ctx, result, filters } = props;
  const { t, locale } = ctx;
  const isFiltered = Boolean(filters.status || filters.when);
  return (
    <BackofficePage
      ctx={ctx}
      path={STAFF_PATH}
      title={t('events.staff.title')}
      notice={props.notice}
    >
      <p>
        <a href={`${STAFF_PATH}/new`} class="button">
          {t('events.staff.create')}
        </a>
      </p>
      <FilterForm t={t} action={STAFF_PATH} isFiltered={isFiltered} class="filter-grid">
        <SelectField
          t={t}
          name="status"
          label={t('events.staff.status')}
          value={filters.status}
          empty={t('events.list.any')}
          options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.status.${s}`) }))}
        />
        <SelectField
          t={t}
          name="when"
          label={t('events.list.when')}
          value={filters.when}
          empty={t('events.list.any')}
          options={EVENT_WHEN.map((w) => ({ value: w, label: t(`events.when.${w}`) }))}
        />
      </FilterForm>
      {result.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={isFiltered} empty="events.staff.empty" />
      ) : (
        <DataTable
          caption={t('events.staff.title')}
          rows={result.rows}
          columns={[
            {
              key: 'title',
              label: t('events.form.titleVi'),
              isRowHeader: true,
              cell: (e) => <a href={`${STAFF_PATH}/${e.id}`}>{e.titleVi}</a>,
            },
            { key: 'when', label: t('events.page.when'), cell: (e) => eventWhen(e, locale) },
            {
              key: 'status',
              label: t('events.staff.status'),
              cell: (e) => (
                <>
                  {t(`events.status.${e.status}` as never)}
                  {e.isRegistrationClosed && <> · {t('events.staff.registrationClosed')}</>}
                </>
              ),
            },
          ]}
        />
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={STAFF_PATH}
        filters={filters}
        size={STAFF_PAGE_SIZE}
      />
    </BackofficePage>
  );
}
