// The media library's staff page: a form to add an image or a document (works without
// JavaScript), then every file with its kind, a thumbnail or download link, description, file
// name, size, formats and the articles using it; searched by description or file name, a page
// at a time.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import { imageLimits } from '../../../platform/files/image-upload';
import type { RequestContext } from '../../../platform/http/context';
import type { Paged } from '../../../platform/input/paging';
import { DataTable } from '../../../platform/ui/data-table';
import { FilterForm } from '../../../platform/ui/filter-form';
import { ListPager } from '../../../platform/ui/pager';
import { FileField, TextField } from '../../../platform/ui/text-controls';
import type { MediaRow } from '../db/media.repository';
import { isMediaImage } from '../domain/media';
import { MEDIA_PAGE_SIZE } from '../services/media';
import { MEDIA_DOCUMENT_MAX_BYTES, MEDIA_IMAGE_RULES } from '../services/media-upload';
import { STAFF_PATH } from '../permissions';
import { descriptionOf, documentHref, kindLabel, sizeOf, Thumbnail } from './media-parts';
import { MEDIA_STAFF_PATH } from './paths';

/** The upload form after a refused submission: what was typed, why, and an image kept. */
export interface UploadFormState {
  values: { altVi: string; altEn: string };
  errors: FieldErrors;
  pending?: { key: string; name: string };
}

function UploadForm({ ctx, state }: { ctx: RequestContext; state?: UploadFormState }) {
  const { t } = ctx;
  const limits = {
    ...imageLimits(MEDIA_IMAGE_RULES),
    maxDocumentMb: MEDIA_DOCUMENT_MAX_BYTES / 1_048_576,
  };
  return (
    <section aria-labelledby="upload-title" class="card">
      <h2 id="upload-title">{t('content.media.upload.title')}</h2>
      <form method="post" action={MEDIA_STAFF_PATH} enctype="multipart/form-data" class="stack">
        <FileField
          t={t}
          name="file"
          label={t('content.media.upload.file')}
          hint={t('content.media.upload.file.hint', limits)}
          errors={state?.errors}
          accept="image/png,image/jpeg,image/webp,image/gif,.pdf,.docx,.xlsx"
        />
        {state?.pending && (
          <>
            <input type="hidden" name="pending" value={state.pending.key} />
            <input type="hidden" name="pendingName" value={state.pending.name} />
            <p class="hint">{t('ui.image.pending')}</p>
          </>
        )}
        <TextField
          t={t}
          name="altVi"
          label={t('content.media.upload.altVi')}
          hint={t('content.media.upload.altVi.hint')}
          value={state?.values.altVi}
          errors={state?.errors}
        />
        <TextField
          t={t}
          name="altEn"
          label={t('content.media.upload.altEn')}
          value={state?.values.altEn}
          errors={state?.errors}
        />
        <p>
          <button type="submit">{t('content.media.upload.submit')}</button>
        </p>
      </form>
    </section>
  );
}

function Preview({ ctx, row }: { ctx: RequestContext; row: MediaRow }) {
  if (isMediaImage(row)) return <Thumbnail row={row} alt={descriptionOf(ctx, row)} width={120} />;
  return <a href={documentHref(row)}>{ctx.t('content.media.download')}</a>;
}

function MediaTable(props: {
  ctx: RequestContext;
  rows: MediaRow[];
  uses: Map<string, { id: string; title: string }[]>;
}) {
  const { ctx, rows, uses } = props;
  const { t } = ctx;
  return (
    <DataTable
      columns={[
        { key: 'kind', label: t('content.media.kind'), cell: (r: MediaRow) => kindLabel(ctx, r) },
        {
          key: 'preview',
          label: t('content.media.image'),
          cell: (r: MediaRow) => <Preview ctx={ctx} row={r} />,
        },
        {
          key: 'description',
          label: t('content.media.description'),
          isRowHeader: true,
          cell: (r: MediaRow) => (
            <>
              <a href={`${MEDIA_STAFF_PATH}/${r.key}`}>
                {descriptionOf(ctx, r) || r.fileName || t('content.media.noDescription')}
              </a>
              {r.fileName && descriptionOf(ctx, r) && <span class="muted"> · {r.fileName}</span>}
            </>
          ),
        },
        { key: 'size', label: t('content.media.size'), cell: (r: MediaRow) => sizeOf(ctx, r) },
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
            const used = uses.get(r.key) ?? [];
            if (used.length === 0) return t('content.media.notUsed');
            return (
              <ul class="plain">
                {used.map((u) => (
                  <li>
                    <a href={`${STAFF_PATH}/${u.id}`}>{u.title}</a>
                  </li>
                ))}
              </ul>
            );
          },
        },
      ]}
      rows={rows}
    />
  );
}

export function StaffMediaPage(props: {
  ctx: RequestContext;
  result: Paged<MediaRow> & { uses: Map<string, { id: string; title: string }[]> };
  q?: string;
  upload?: UploadFormState;
}) {
  const { ctx, result, q, upload } = props;
  const { t, locale } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={MEDIA_STAFF_PATH}
      title={t('content.media.title')}
      lead={t('content.media.lead')}
      errors={upload?.errors}
    >
      <UploadForm ctx={ctx} state={upload} />
      <h2>{t('content.media.listTitle')}</h2>
      <FilterForm t={t} action={MEDIA_STAFF_PATH} isFiltered={Boolean(q)}>
        <TextField t={t} name="q" type="search" label={t('content.media.search')} value={q} />
      </FilterForm>
      {result.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={Boolean(q)} empty="content.media.empty" />
      ) : (
        <MediaTable ctx={ctx} rows={result.rows} uses={result.uses} />
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
