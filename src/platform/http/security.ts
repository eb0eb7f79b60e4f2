import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config/config';
import type { AppEnv } from './context';
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
  });
}

/**
 * Cookie-authenticated writes must come from our own pages: the browser's Origin (or, failing
 * that, Sec-Fetch-Site) must say so. Requests authenticated by an API key carry no cookie and
 * are exempt; SameSite=Lax cookies are the second line.
 */
export function csrfGuard(config: Config): MiddlewareHandler<AppEnv> {
  const allowed = new Set([new URL(config.publicUrl).origin]);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization')) return next();
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
