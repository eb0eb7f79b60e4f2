import type { Role } from '../../src/platform/authz';
import { grantRole } from '../../src/modules/identity/db/users.repository';
import { createVerifiedUser } from '../../src/modules/identity';
import type { TestApp } from './app';
import { BrowserSession } from './browser-session';

/** The password every test account gets unless a test chooses one. */
export const TEST_PASSWORD = 'Ca-phe-sua-da-2026';

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/**
 * A verified account with the given platform roles ("member" is implied), with a password
 * credential stored by better-auth; no mail is sent.
 */
export async function createUser(
  t: TestApp,
  opts: { email: string; roles?: Role[]; name?: string; password?: string },
): Promise<TestUser> {
  const password = opts.password ?? TEST_PASSWORD;
  const email = opts.email.trim().toLowerCase();
  const { id } = await createVerifiedUser(t.deps, {
    name: opts.name ?? email.split('@')[0]!,
    email,
    password,
  });
  for (const role of opts.roles ?? []) {
    if (role !== 'member') await grantRole(t.deps.database.db, id, role);
  }
  return { id, email, password };
}

/** A browser signed in through POST /login (the account must have no second factor). */
export async function signIn(
  t: TestApp,
  email: string,
  password = TEST_PASSWORD,
): Promise<BrowserSession> {
  const browser = new BrowserSession(t.app);
  const res = await browser.post('/login', { email, password });
  if (res.status !== 303 || !browser.has('innohub.session_token')) {
    throw new Error(`signIn(${email}) failed with ${res.status}`);
  }
  return browser;
}
