import type { MiddlewareHandler } from 'hono';
import { isApiPath } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import { mustSetUpTwoFactor, TWO_FACTOR_SETUP_PATH } from './services/two-factor-policy';

/** What a staff member without a second factor may still reach: its set-up, log-out and the shell. */
const isExempt = (path: string) =>
  path === TWO_FACTOR_SETUP_PATH ||
  path.startsWith(`${TWO_FACTOR_SETUP_PATH}/`) ||
  path === '/logout' ||
  path.startsWith('/assets/') ||
  path.startsWith('/locale/');

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
