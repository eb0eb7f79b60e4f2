// Interactive API documentation served from the installed swagger-ui-dist package: the site may
// run offline, so nothing is fetched from a CDN.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { html } from 'hono/html';
import { policies } from '../authz';
import type { AppEnv } from './context';
import { AppError } from '../errors';
import type { Router } from './router';

export const API_DOCS_PATH = '/api/docs';
const ASSETS = `${API_DOCS_PATH}/assets`;
const DOCUMENT_URL = '/api/v1/openapi.json';

/**
 * The site's policy, relaxed for styles only: Swagger UI sets inline styles. Scripts stay
 * 'self', so the initialiser is a file of its own.
 */
export const API_DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Must run outside the site-wide security headers so that its policy is the one sent. */
export function apiDocsHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', API_DOCS_CSP);
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The only files served from the package (no directory walking). */
const SERVED = new Set([
  'swagger-ui.css',
  'swagger-ui.css.map',
  'swagger-ui-bundle.js',
  'swagger-ui-bundle.js.map',
  'favicon-16x16.png',
  'favicon-32x32.png',
]);

const distDir = () =>
  path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const cache = new Map<string, Promise<Buffer>>();
function asset(name: string): Promise<Buffer> {
  let file = cache.get(name);
  if (!file) {
    file = readFile(path.join(distDir(), name));
    cache.set(name, file);
    file.catch(() => cache.delete(name));
  }
  return file;
}

const INIT_SCRIPT = `'use strict';
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(DOCUMENT_URL)},
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

export function registerApiDocs(router: Router) {
  router.page('GET', API_DOCS_PATH, policies.public, (c) => {
    const { t, locale } = c.get('ctx');
    c.header('Cache-Control', 'no-cache');
    return c.html(
      html`<!doctype html>
        <html lang="${locale}">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>${t('api.docs.title')} · ${t('app.name')}</title>
            <link rel="stylesheet" href="${ASSETS}/swagger-ui.css" />
            <link rel="icon" href="${ASSETS}/favicon-32x32.png" type="image/png" />
          </head>
          <body>
            <header class="swagger-ui">
              <div class="wrapper">
                <p>
                  <a href="/">${t('app.name')}</a> ·
                  <a href="/account/api-keys">${t('api.docs.manageKeys')}</a>
                </p>
                <h1 class="title">${t('api.docs.title')}</h1>
                <p>${t('api.docs.lead')}</p>
              </div>
            </header>
            <noscript>
              <p>${t('api.docs.noscript')} <a href="${DOCUMENT_URL}">openapi.json</a></p>
            </noscript>
            <main id="swagger-ui"></main>
            <script src="${ASSETS}/swagger-ui-bundle.js"></script>
            <script src="${API_DOCS_PATH}/init.js"></script>
          </body>
        </html>`,
    );
  });

  router.on(
    { method: 'GET', path: `${API_DOCS_PATH}/init.js`, policy: policies.public, kind: 'system' },
    (c) =>
      c.body(INIT_SCRIPT, 200, {
        'Content-Type': CONTENT_TYPES['.js']!,
        'Cache-Control': 'no-cache',
      }),
  );

  router.on(
    { method: 'GET', path: `${ASSETS}/*`, policy: policies.public, kind: 'system' },
    async (c) => {
      const name = c.req.path.slice(ASSETS.length + 1);
      if (!SERVED.has(name)) throw new AppError('NOT_FOUND');
      const body = await asset(name);
      return c.body(new Uint8Array(body), 200, {
        'Content-Type': CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=86400',
      });
    },
  );
}
