import type { BrowserContext } from 'playwright-core';
import { createVerifiedUser } from '../../src/modules/identity';
import type { Role } from '../../src/platform/authz';
import { BrowserSession } from '../../test/support/browser-session';
import type { RunningPortal } from './server';

const PASSWORD = 'E2e-journey-password-1';

/**
 * A verified account with the given roles, signed in by creating its session directly (the
 * log-in form itself is exercised in the account journey), handed to the browser as cookies.
 */
export async function signedInContext(
  portal: RunningPortal,
  context: BrowserContext,
  account: { email: string; name: string; roles?: Role[] },
) {
  const { id } = await createVerifiedUser(portal.t.deps, { ...account, password: PASSWORD });
  for (const role of account.roles ?? []) {
    await portal.t.database.query(
      'insert into identity_user_roles (user_id, role) values ($1, $2)',
      [id, role],
    );
  }
  await signInAs(portal, context, account.email);
  return { id };
}

/** Signs an account made by signedInContext in again (its session expired as the clock moved). */
export async function signInAs(portal: RunningPortal, context: BrowserContext, email: string) {
  const session = new BrowserSession(portal.t.app);
  const res = await session.post('/login', { email, password: PASSWORD }, { origin: portal.url });
  if (res.status !== 303) throw new Error(`could not sign ${email} in: ${res.status}`);
  const host = new URL(portal.url).hostname;
  await context.addCookies(
    session.cookieHeader
      .split('; ')
      .filter(Boolean)
      .map((pair) => {
        const i = pair.indexOf('=');
        return { name: pair.slice(0, i), value: pair.slice(i + 1), domain: host, path: '/' };
      }),
  );
}
