// What the library's pages share: a file's kind, size and thumbnail, and where a document is linked from.
import type { RequestContext } from '../../../platform/http/context';
import { formatFileSize } from '../../../platform/i18n';
import type { MediaImage, MediaRow } from '../db/media.repository';
import { isMediaImage } from '../domain/media';
import { mediaFileUrl } from './paths';

export const kindLabel = (ctx: RequestContext, row: MediaRow) =>
  ctx.t(`content.media.kind.${row.kind as 'image' | 'pdf' | 'docx' | 'xlsx'}`);

/** An image's pixels and bytes, a document's bytes. */
export function sizeOf(ctx: RequestContext, row: MediaRow): string {
  const bytes = row.bytes === null ? '' : formatFileSize(row.bytes, ctx.locale);
  if (!isMediaImage(row)) return bytes;
  return [`${row.width}×${row.height}`, bytes].filter(Boolean).join(', ');
}

/** The description in the page's language, else the Vietnamese one. */
export const descriptionOf = (ctx: RequestContext, row: MediaRow) =>
  (ctx.locale === 'en' && row.altEn) || row.altVi;

export function Thumbnail({ row, alt, width }: { row: MediaImage; alt: string; width: number }) {
  const smallest = row.variants[0];
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

/** A document's public address, the one an article's link points to. */
export const documentHref = (row: MediaRow) => mediaFileUrl(row.key);
