// The media library's staff page: every image with a thumbnail, its description, size, formats
// and how many articles use it; searched by description or file name, a page at a time.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { Paged } from '../../../platform/input/paging';
import { DataTable } from '../../../platform/ui/data-table';
import { FilterForm } from '../../../platform/ui/filter-form';
import { ListPager } from '../../../platform/ui/pager';
import { TextField } from '../../../platform/ui/text-controls';
import type { MediaRow } from '../db/media.repository';
import { MEDIA_PAGE_SIZE } from '../services/media';
import { STAFF_PATH } from '../permissions';
import { MEDIA_STAFF_PATH } from './paths';

function Thumbnail({ row, alt }: { row: MediaRow; alt: string }) {
  const smallest = row.variants[0];
  const width = 120;
  const height = Math.round((row.height * width) / row.width);
  return (
    <img
      src={`/files/${smallest?.key ?? row.key}`}
      alt={alt}
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
    />
  );
}

export function StaffMediaPage(props: {
  ctx: RequestContext;
  result: Paged<MediaRow> & { uses: Map<string, { id: string; title: string }[]> };
  q?: string;
}) {
  const { ctx, result, q } = props;
  const { t, locale } = ctx;
  const descriptionOf = (r: MediaRow) => (locale === 'en' && r.altEn) || r.altVi;
  return (
    <BackofficePage
      ctx={ctx}
      path={MEDIA_STAFF_PATH}
      title={t('content.media.title')}
      lead={t('content.media.lead')}
    >
      <FilterForm t={t} action={MEDIA_STAFF_PATH} isFiltered={Boolean(q)}>
        <TextField t={t} name="q" type="search" label={t('content.media.search')} value={q} />
      </FilterForm>
      {result.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={Boolean(q)} empty="content.media.empty" />
      ) : (
        <DataTable
          columns={[
            {
              key: 'image',
              label: t('content.media.image'),
              cell: (r: MediaRow) => <Thumbnail row={r} alt={descriptionOf(r)} />,
            },
            {
              key: 'description',
              label: t('content.media.description'),
              isRowHeader: true,
              cell: (r: MediaRow) => (
                <>
                  {descriptionOf(r) || t('content.media.noDescription')}
                  {r.fileName && <span class="muted"> · {r.fileName}</span>}
                </>
              ),
            },
            {
              key: 'size',
              label: t('content.media.size'),
              cell: (r: MediaRow) => `${r.width}×${r.height}`,
            },
            {
              key: 'formats',
              label: t('content.media.formats'),
              cell: (r: MediaRow) =>
                [r.avifVariants.length > 0 && 'AVIF', r.variants.length > 0 && 'WebP']
                  .filter(Boolean)
                  .join(', ') || '—',
            },
            {
              key: 'used',
              label: t('content.media.usedIn'),
              cell: (r: MediaRow) => {
                const uses = result.uses.get(r.key) ?? [];
                if (uses.length === 0) return t('content.media.notUsed');
                return (
                  <ul class="plain">
                    {uses.map((u) => (
                      <li>
                        <a href={`${STAFF_PATH}/${u.id}`}>{u.title}</a>
                      </li>
                    ))}
                  </ul>
                );
              },
            },
          ]}
          rows={result.rows}
        />
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={MEDIA_STAFF_PATH}
        filters={{ q }}
        size={MEDIA_PAGE_SIZE}
      />
    </BackofficePage>
  );
}
