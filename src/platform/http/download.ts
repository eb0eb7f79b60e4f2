// How a private uploaded file (an application's attachment, a project's document, a legal text)
// is answered once the route has checked who asks: always a download, never a page of ours,
// whatever the bytes hold, and by default never kept by a cache.
import { AppError } from '../errors';
import type { AppContext } from './context';

/**
 * Always a download, never shown inline: an ASCII fallback name without quotes or controls,
 * and the real name in RFC 5987 form for browsers that read it.
 */
export function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|["\\;]/g, '_')
      .trim() || 'file';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  )}`;
}

/** The private file's bytes as a download; 404 when the store no longer has them. */
export async function privateDownload(
  c: AppContext,
  file: { contentHash: string; contentType: string; originalName: string },
  cacheControl = 'private, no-store',
) {
  const bytes = await c.get('ctx').deps.files.readPrivate(file.contentHash);
  if (!bytes) throw new AppError('NOT_FOUND');
  return c.body(bytes, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': contentDisposition(file.originalName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControl,
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
}
