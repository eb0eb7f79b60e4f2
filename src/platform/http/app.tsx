import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { auditRequestsOfStaff } from '../audit/audit-requests';
import { ANONYMOUS, type Actor } from '../authz';
import {
  DEFAULT_LOCALE,
  formatNumber,
  isLocale,
  supportedLocaleIn,
  translator,
  type Locale,
} from '../i18n';
import { FILES_PATH, storedFileHeaders } from '../files/files.module';
import type { JobHandler } from '../jobs';
import { forgetAroundJob, forgetAroundWriteRequests } from '../modules/forget-on-write';
import type { ModuleManifest } from '../modules/manifest';
import { log } from '../log/logger';
import type { AppDeps } from '../deps';
import type { AppContext, AppEnv } from './context';
import { ErrorPage, ServerErrorPage } from './error-pages';
import { AppError } from '../errors';
import { mountApi } from './api';
import { API_DOCS_PATH, apiDocsHeaders } from './api-docs';
import { statusOf, toProblem } from './problem';
import { Router } from './router';
import { inputGuard } from './input-guard';
import { isHealthCheck, requestSlots } from './request-slots';
import { csrfGuard, securityHeaders } from './security';
import { limitBody } from './urlencoded-form';

export const LOCALE_COOKIE = 'lang';

export interface AppOptions {
  /**
   * Who is calling: a browser session, an API key, or nobody (provided by identity); `ip` is the
   * client's address, which limits the guessing of keys.
   */
  resolveActor(request: Request, deps: AppDeps, ip: string): Promise<Actor>;
  modules: readonly ModuleManifest[];
}

export const isApiPath = (path: string) => path.startsWith('/api/');

function clientIp(c: AppContext, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming?.socket?.remoteAddress;
  return forwarded || incoming || '127.0.0.1';
}

/**
 * Pages: the language the visitor chose (cookie), else their account's, else Vietnamese.
 * API: a language the client asks for in Accept-Language comes first, as HTTP clients expect.
 */
function requestLocale(c: AppContext, actor: Actor): Locale {
  const asked = isApiPath(c.req.path)
    ? supportedLocaleIn(c.req.header('accept-language'))
    : undefined;
  if (asked) return asked;
  const cookie = getCookie(c, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  if (actor.kind === 'user') return actor.user.locale;
  return DEFAULT_LOCALE;
}

function renderError(c: AppContext, error: AppError) {
  const ctx = c.get('ctx');
  if (error.code === 'RATE_LIMITED' || error.code === 'UNAVAILABLE') {
    c.header('Retry-After', String(error.options.retryAfterSeconds ?? 60));
  }
  if (isApiPath(c.req.path)) {
    return c.json(toProblem(error, ctx.t, c.req.path), statusOf(error) as never, {
      'Content-Type': 'application/problem+json; charset=utf-8',
    });
  }
  if (error.code === 'UNAUTHENTICATED' && c.req.method === 'GET') {
    return c.redirect(`/login?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}`);
  }
  return c.html(<ErrorPage ctx={ctx} error={error} path={c.req.path} />, statusOf(error) as never);
}

/** A route-like path ('/a/:id/b') as a regular expression matching whole paths. */
function pathPattern(path: string): RegExp {
  const segments = path
    .split('/')
    .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${segments.join('/')}$`);
}

/** Every module's job handlers; a name outside the module's prefix or given twice fails start. */
export function jobHandlers(
  modules: readonly ModuleManifest[],
): Record<string, JobHandler<AppDeps>> {
  const handlers: Record<string, JobHandler<AppDeps>> = {};
  for (const module of modules) {
    for (const [name, handler] of Object.entries(module.jobs ?? {})) {
      if (!name.startsWith(`${module.id}.`) || Object.hasOwn(handlers, name)) {
        throw new Error(
          `job ${name} of module ${module.id}: names are unique, "${module.id}.<job>"`,
        );
      }
      handlers[name] = forgetAroundJob(modules, handler);
    }
  }
  return handlers;
}

export function createApp(deps: AppDeps, options: AppOptions) {
  const app = new Hono<AppEnv>();
  const router = new Router(app);

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    const locale = requestLocale(c, ANONYMOUS);
    c.set('ctx', {
      requestId,
      locale,
      t: translator(locale),
      actor: ANONYMOUS,
      deps,
      ip: clientIp(c, deps.config.TRUST_PROXY),
    });
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    log.debug('request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  // Before the site-wide headers, so that its relaxed policy is the one sent on the docs pages.
  app.use(`${API_DOCS_PATH}/*`, apiDocsHeaders());
  app.use(`${FILES_PATH}/*`, storedFileHeaders());
  app.use('*', securityHeaders(deps.config));
  // Uploads may declare a larger limit for their path; everything else gets the site-wide one.
  // Megabytes of a million bytes, as the upload pages say them, in the visitor's language.
  const tooLarge = (maxBytes: number) => (c: AppContext) => {
    const megabytes = formatNumber(Math.round(maxBytes / 100_000) / 10, c.get('ctx').locale);
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail: { key: 'error.tooLarge.body', params: { limit: `${megabytes} MB` } },
    });
  };
  const limitOf = (maxBytes: number) => limitBody(maxBytes, tooLarge(maxBytes));
  const siteLimit = limitOf(deps.config.BODY_LIMIT_BYTES);
  const uploadLimits = options.modules
    .flatMap((m) => Object.entries(m.uploadLimits ?? {}))
    .map(([path, bytes]) => ({
      matches: pathPattern(path),
      limit: limitOf(Math.max(bytes, deps.config.BODY_LIMIT_BYTES)),
    }));
  app.use('*', (c, next) =>
    (uploadLimits.find((u) => u.matches.test(c.req.path))?.limit ?? siteLimit)(c, next),
  );
  // After the body's limit (a body is received before a slot is taken), before any database work.
  app.use('*', requestSlots(deps.config.REQUEST_SLOTS, isHealthCheck).middleware);
  app.use('*', async (c, next) => {
    const actor = await options.resolveActor(c.req.raw, deps, c.get('ctx').ip);
    if (actor.kind === 'user') {
      const ctx = c.get('ctx');
      const locale = requestLocale(c, actor);
      c.set('ctx', { ...ctx, actor, locale, t: translator(locale) });
    }
    await next();
  });
  // After the actor: whether a write is exempt depends on how it was authenticated.
  app.use('*', csrfGuard(deps.config));
  app.use('*', inputGuard());

  app.use('*', auditRequestsOfStaff());
  app.use('*', forgetAroundWriteRequests(options.modules));
  for (const module of options.modules) {
    for (const mw of module.middleware ?? []) app.use('*', mw);
  }
  for (const module of options.modules) module.register?.(router, deps);
  mountApi(router, options.modules, deps);

  app.notFound((c) => renderError(c, new AppError('NOT_FOUND')));
  app.onError((err, c) => {
    if (err instanceof AppError) return renderError(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      return renderError(c, new AppError(err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST'));
    }
    const ctx = c.get('ctx');
    log.error('unhandled error', { requestId: ctx?.requestId, path: c.req.path, err });
    if (isApiPath(c.req.path)) {
      return c.json(
        {
          type: '/problems/internal',
          title: ctx.t('error.server.title'),
          status: 500,
          detail: ctx.t('error.server.body', { requestId: ctx.requestId }),
          code: 'INTERNAL',
        },
        500,
        { 'Content-Type': 'application/problem+json; charset=utf-8' },
      );
    }
    return c.html(<ServerErrorPage ctx={ctx} path={c.req.path} />, 500);
  });

  /** Runs every module's warm-up once the server listens; a failure is logged, not fatal. */
  const warmUp = () =>
    Promise.all(
      options.modules.map((m) =>
        m
          .warmUp?.(deps)
          .catch((err: unknown) => log.error('warm-up failed', { module: m.id, err })),
      ),
    ).then(() => undefined);
  return { app, router, warmUp, jobs: jobHandlers(options.modules) };
}
