// The back-office's list of content and the comparison of two versions.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, type MessageKey } from '../../../platform/i18n';
import type { Paged } from '../../../platform/input/paging';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FileField } from '../../../platform/ui/text-controls';
import type { FieldErrors } from '../../../platform/errors';
import { DataTable } from '../../../platform/ui/data-table';
import { FilterForm } from '../../../platform/ui/filter-form';
import { ListPager } from '../../../platform/ui/pager';
import type { ItemRow } from '../db/items.repository';
import { CONTENT_KINDS, CONTENT_STATUSES } from '../domain/content-item';
import { STAFF_PATH } from '../permissions';
import type { FieldDiff, DiffPart } from '../services/revision-diff';
import type { RevisionRow } from '../db/items.repository';

/** Scheduled items this long past their time are reported as late. */
const LATE_MS = 5 * 60_000;

/** A Word file becomes a draft to check and fix. */
function ImportWordForm({ ctx, errors }: { ctx: RequestContext; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="import-title" class="card">
      <h2 id="import-title">{t('content.import.title')}</h2>
      <form
        method="post"
        action={`${STAFF_PATH}/import`}
        enctype="multipart/form-data"
        class="stack"
      >
        <FileField
          t={t}
          name="docx"
          label={t('content.import.file')}
          hint={t('content.import.hint')}
          errors={errors}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          required
        />
        <SelectField
          t={t}
          name="kind"
          id="import-kind"
          label={t('content.form.kind')}
          value="news"
          options={CONTENT_KINDS.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
        />
        <p>
          <button type="submit">{t('content.import.submit')}</button>
        </p>
      </form>
    </section>
  );
}

export function StaffListPage(props: {
  ctx: RequestContext;
  result: Paged<ItemRow>;
  filters: { status?: string; kind?: string };
  now: Date;
  importErrors?: FieldErrors;
}) {
  const { ctx, result, filters, now } = props;
  const { t, locale } = ctx;
  const isFiltered = Boolean(filters.status || filters.kind);
  const late = result.rows.filter(
    (r) =>
      r.status === 'scheduled' && r.publishAt && now.getTime() - r.publishAt.getTime() > LATE_MS,
  );
  return (
    <BackofficePage
      ctx={ctx}
      path={STAFF_PATH}
      title={t('content.staff.title')}
      lead={t('content.staff.lead')}
      errors={props.importErrors}
    >
      <p>
        <a class="button" href={`${STAFF_PATH}/new`}>
          {t('content.staff.new')}
        </a>
      </p>
      <ImportWordForm ctx={ctx} errors={props.importErrors} />
      {late.map((r) => (
        <p class="alert" role="status">
          <a href={`${STAFF_PATH}/${r.id}`}>{r.titleVi}</a>:{' '}
          {t('content.staff.overdue', { at: formatDateTime(r.publishAt!, locale) })}
        </p>
      ))}
      <FilterForm t={t} action={STAFF_PATH} isFiltered={isFiltered} class="filter-grid">
        <SelectField
          t={t}
          name="status"
          label={t('content.staff.status')}
          value={filters.status}
          empty={t('content.news.any')}
          options={CONTENT_STATUSES.map((s) => ({ value: s, label: t(`content.status.${s}`) }))}
        />
        <SelectField
          t={t}
          name="kind"
          label={t('content.staff.kind')}
          value={filters.kind}
          empty={t('content.news.any')}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
        />
      </FilterForm>
      {result.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={isFiltered} empty="content.staff.empty" />
      ) : (
        <DataTable
          columns={[
            {
              key: 'title',
              label: t('content.staff.titleColumn'),
              isRowHeader: true,
              cell: (r: ItemRow) => <a href={`${STAFF_PATH}/${r.id}`}>{r.titleVi}</a>,
            },
            {
              key: 'kind',
              label: t('content.staff.kind'),
              cell: (r: ItemRow) => t(`content.kind.${r.kind}` as never),
            },
            {
              key: 'status',
              label: t('content.staff.status'),
              cell: (r: ItemRow) => (
                <span class="badge">{t(`content.status.${r.status}` as never)}</span>
              ),
            },
            {
              key: 'updated',
              label: t('content.staff.updated'),
              cell: (r: ItemRow) => formatDateTime(r.updatedAt, locale),
            },
          ]}
          rows={result.rows}
        />
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={STAFF_PATH}
        filters={filters}
        size={25}
      />
    </BackofficePage>
  );
}

const fieldLabel = (field: FieldDiff['field']): MessageKey =>
  field === 'status'
    ? 'content.staff.status'
    : field === 'coverKey'
      ? 'content.form.cover'
      : (`content.form.${field}` as MessageKey);

const Parts = ({ parts }: { parts: DiffPart[] }) => (
  <>
    {parts.map((p) =>
      p.change === 'removed' ? (
        <del>{p.text}</del>
      ) : p.change === 'added' ? (
        <ins>{p.text}</ins>
      ) : (
        p.text
      ),
    )}
  </>
);

export function DiffPage(props: {
  ctx: RequestContext;
  itemId: string;
  title: string;
  from: RevisionRow;
  to: RevisionRow;
  fields: FieldDiff[];
}) {
  const { ctx, from, to } = props;
  const { t } = ctx;
  const path = `${STAFF_PATH}/${props.itemId}/diff?from=${from.version}&to=${to.version}`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('content.staff.diffTitle', { from: from.version, to: to.version })}
      lead={props.title}
    >
      <p>
        <a href={`${STAFF_PATH}/${props.itemId}`}>{t('content.staff.backToItem')}</a>
      </p>
      {props.fields.length === 0 ? (
        <p class="muted">{t('content.staff.diffNone')}</p>
      ) : (
        <div class="table-wrap">
          <table class="diff">
            <thead>
              <tr>
                <th scope="col">{t('content.staff.titleColumn')}</th>
                <th scope="col">{t('content.staff.diffBefore', { version: from.version })}</th>
                <th scope="col">{t('content.staff.diffAfter', { version: to.version })}</th>
              </tr>
            </thead>
            <tbody>
              {props.fields.map((f) => (
                <tr>
                  <th scope="row">{t(fieldLabel(f.field))}</th>
                  <td class="pre-wrap">
                    <Parts parts={f.before} />
                  </td>
                  <td class="pre-wrap">
                    <Parts parts={f.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficePage>
  );
}
