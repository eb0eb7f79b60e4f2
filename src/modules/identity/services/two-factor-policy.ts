import { hasRole, type Actor } from '../../../platform/authz';
import type { Config } from '../../../platform/config/config';

export const TWO_FACTOR_SETUP_PATH = '/account/two-factor';

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
