import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config/config';
import type { AppEnv } from './context';
import type { Actor } from '../authz';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function securityHeaders(config: Config): MiddlewareHandler<AppEnv> {
  const https = config.publicUrl.startsWith('https:');
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // HSTS only makes sense when the portal is reached over HTTPS (directly or behind a proxy).
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginEmbedderPolicy: false,
    // A response that set a header of its own keeps it: a private download's sandbox policy.
    overwrite: false,
  });
}

/**
 * Writes must come from our own pages: the browser's Origin (or, failing that, Sec-Fetch-Site)
 * must say so. Only a request the API key it carries signed in is exempt: any other
 * Authorization header (Basic from a proxy, a made-up Bearer) leaves the session cookie in use.
 * An anonymous API call is exempt too, as no session acts in it and its policy answers 401.
 * Runs once the actor is known; SameSite=Lax cookies are the second line.
 */
export function csrfGuard(config: Config): MiddlewareHandler<AppEnv> {
  const allowed = new Set([new URL(config.publicUrl).origin]);
  return async (c, next) => {
    const { actor } = c.get('ctx');
    if (SAFE_METHODS.has(c.req.method) || isExempt(actor, c.req.path)) return next();
    const origin = c.req.header('origin');
    const self = new URL(c.req.url).origin;
    if (origin) {
      if (origin === self || allowed.has(origin)) return next();
      throw new AppError('CSRF');
    }
    const site = c.req.header('sec-fetch-site');
    if (site === 'same-origin' || site === 'none') return next();
    throw new AppError('CSRF');
  };
}

const isExempt = (actor: Actor, path: string) =>
  actor.kind === 'user' ? actor.apiKey !== undefined : path.startsWith('/api/');
