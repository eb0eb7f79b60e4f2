// Serves stored files at /files/<sha256>.<ext>. The address names the content, so a response
// never changes: cached for a year, immutable. The type comes from the kind read from the bytes
// when the file was stored, and the file is sandboxed so nothing in it could ever run as a page.
import type { MiddlewareHandler } from 'hono';
import { policies } from '../authz';
import type { ModuleManifest } from '../modules/manifest';
import type { AppEnv } from '../http/context';
import { AppError } from '../errors';
import { parseFileKey } from './store';

export const FILES_PATH = '/files';
export const fileUrl = (key: string) => `${FILES_PATH}/${key}`;

export const STORED_FILE_CSP = "default-src 'none'; sandbox";

/**
 * Must run outside the site-wide security headers so that its policy is the one sent. Other
 * origins (the national hub) may show the files: they are public and name their content.
 */
export function storedFileHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status !== 200 && c.res.status !== 304) return;
    c.res.headers.set('Content-Security-Policy', STORED_FILE_CSP);
    c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  };
}

const matchesTag = (header: string | undefined, tag: string) =>
  Boolean(header?.split(',').some((t) => t.trim() === tag || t.trim() === `W/${tag}`));

export const filesModule: ModuleManifest = {
  id: 'files',
  register(router, deps) {
    router.on(
      { method: 'GET', path: `${FILES_PATH}/:key`, policy: policies.public, kind: 'system' },
      async (c) => {
        const key = c.req.param('key') ?? '';
        const parsed = parseFileKey(key);
        const file = parsed && (await deps.files.read(key));
        if (!parsed || !file) throw new AppError('NOT_FOUND');
        const etag = `"${parsed.hash}"`;
        const headers = {
          'Cache-Control': 'public, max-age=31536000, immutable',
          ETag: etag,
          'X-Content-Type-Options': 'nosniff',
        };
        if (matchesTag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
        return c.body(file.body, 200, { ...headers, 'Content-Type': file.mime });
      },
    );
  },
};
