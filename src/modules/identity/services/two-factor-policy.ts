import type { MiddlewareHandler } from 'hono';
import { hasRole, type Actor } from '../../../platform/authz';
import type { Config } from '../../../platform/config/config';
import { isApiPath } from '../../../platform/http/app';
import type { AppEnv } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';

export const TWO_FACTOR_SETUP_PATH = '/account/two-factor';

/** What a staff member without a second factor may still reach: its set-up, log-out and the shell. */
const isExempt = (path: string) =>
  path === TWO_FACTOR_SETUP_PATH ||
  path.startsWith(`${TWO_FACTOR_SETUP_PATH}/`) ||
  path === '/logout' ||
  path.startsWith('/assets/') ||
  path.startsWith('/locale/');

/** In production, a browser session of an admin or staff member needs a second factor. */
export function mustSetUpTwoFactor(actor: Actor, config: Pick<Config, 'NODE_ENV'>): boolean {
  return (
    config.NODE_ENV === 'production' &&
    actor.kind === 'user' &&
    !actor.apiKey &&
    hasRole(actor, 'admin', 'staff') &&
    !actor.user.twoFactorEnabled
  );
}

/**
 * Sends such an account to the two-factor set-up page before anything else: pages redirect there,
 * other requests (form posts, API calls) are refused.
 */
export const requireTwoFactorForStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { actor, deps } = c.get('ctx');
  if (!mustSetUpTwoFactor(actor, deps.config) || isExempt(c.req.path)) return next();
  const isPageRead = (c.req.method === 'GET' || c.req.method === 'HEAD') && !isApiPath(c.req.path);
  if (isPageRead) return c.redirect(TWO_FACTOR_SETUP_PATH, 303);
  throw new AppError('FORBIDDEN');
};
