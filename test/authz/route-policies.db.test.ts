import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/platform/authz';
import type { RouteSpec } from '../../src/platform/http/router';
import { createVerifiedUser } from '../../src/modules/identity';
import { createTestApp, NO_RATE_LIMITS, type TestApp } from '../support/app';
import { BrowserSession } from '../support/browser-session';

/**
 * Walks every registered route as every kind of actor: a route the policy refuses must be refused
 * (log-in redirect or 401 for visitors, 403 for signed-in actors), and a route it allows must
 * never answer 401/403 nor fail with a 5xx.
 */
const PASSWORD = 'Walk-every-route-2026';
const KINDS: { name: string; roles: Role[] }[] = [
  { name: 'member', roles: [] },
  { name: 'member of another organisation', roles: [] },
  { name: 'admin', roles: ['admin'] },
  { name: 'staff', roles: ['staff'] },
  { name: 'agency', roles: ['agency'] },
  { name: 'reviewer', roles: ['reviewer'] },
  { name: 'mentor', roles: ['mentor'] },
];

interface Walker {
  name: string;
  actor: Actor;
  browser: BrowserSession;
  email?: string;
}

/** Organisation pages are tried on a real organisation of "member", private to its members. */
const PRIVATE_ORG_ROUTE = /^\/account\/organizations\/:id\b/;
let privateOrgId = '';

function concretePath(path: string): string {
  const withOrg = PRIVATE_ORG_ROUTE.test(path) ? path.replace(':id', privateOrgId) : path;
  return withOrg.replace(/:[A-Za-z]+/g, () => randomUUID()).replace(/\*$/, 'app.css');
}

describe('route policies', () => {
  let t: TestApp;
  const walkers: Walker[] = [];

  async function signIn(email: string) {
    const browser = new BrowserSession(t.app);
    const res = await browser.post('/login', { email, password: PASSWORD });
    expect(res.status, `log-in of ${email}`).toBe(303);
    return browser;
  }

  beforeAll(async () => {
    t = await createTestApp('pglite');
    // Hundreds of log-ins from one address: the limiter is not what this test is about.
    t.deps.rateLimiter = NO_RATE_LIMITS;
    walkers.push({
      name: 'anonymous',
      actor: { kind: 'anonymous' },
      browser: new BrowserSession(t.app),
    });
    for (const kind of KINDS) {
      const email = `${kind.name.replace(/\W+/g, '-')}@walk.example`;
      const { id } = await createVerifiedUser(t.deps, {
        email,
        name: kind.name,
        password: PASSWORD,
      });
      for (const role of kind.roles) {
        await t.database.query('insert into identity_user_roles (user_id, role) values ($1, $2)', [
          id,
          role,
        ]);
      }
      const roles = new Set<Role>(['member', ...kind.roles]);
      walkers.push({
        name: kind.name,
        email,
        browser: await signIn(email),
        actor: {
          kind: 'user',
          user: { id, name: kind.name, email, locale: 'vi', twoFactorEnabled: false },
          roles,
          sessionId: 'walk',
        },
      });
    }
  });
  beforeAll(async () => {
    const owner = walkers.find((w) => w.name === 'member')!;
    const res = await owner.browser.post('/account/organizations', { name: 'Hợp tác xã Riêng Tư' });
    privateOrgId =
      /\/account\/organizations\/([\w-]+)/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
    expect(privateOrgId).not.toBe('');
  });
  afterAll(() => t.close());

  it('every route in the app was registered with a policy', () => {
    const declared = new Set(t.router.routes.map((r) => `${r.method} ${r.path}`));
    const undeclared = t.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => !declared.has(key));
    expect(undeclared).toEqual([]);
    expect(t.router.routes.length).toBeGreaterThan(20);
  });

  it('every route answers each kind of actor as its policy says', async () => {
    const failures: string[] = [];
    for (const route of t.router.routes) {
      for (const walker of walkers) {
        const outcome = await tryRoute(route, walker);
        if (outcome) failures.push(`${route.method} ${route.path} as ${walker.name}: ${outcome}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  async function tryRoute(route: RouteSpec, walker: Walker): Promise<string | undefined> {
    const path = concretePath(route.path);
    const res =
      route.method === 'GET'
        ? await walker.browser.get(path)
        : await walker.browser.send(route.method, path, route.kind === 'api' ? '{}' : '', {
            'content-type':
              route.kind === 'api' ? 'application/json' : 'application/x-www-form-urlencoded',
          });
    if (walker.email && route.method !== 'GET' && !(await stillSignedIn(walker))) {
      walker.browser = await signIn(walker.email);
    }
    const allowed = route.policy.allows(walker.actor);
    const status = res.status;
    if (status >= 500) return `server error ${status}`;
    if (PRIVATE_ORG_ROUTE.test(route.path) && walker.actor.kind === 'user') {
      // Another organisation's private pages do not exist for outsiders, whatever their role.
      if (walker.name === 'member') {
        return route.method === 'GET' && status !== 200 ? `owner got ${status}` : undefined;
      }
      return status === 404 ? undefined : `outsider got ${status}, expected 404`;
    }
    if (allowed)
      return status === 401 || status === 403 ? `refused with ${status} though allowed` : undefined;
    if (walker.actor.kind === 'anonymous') {
      const toLogin = status === 302 && res.headers.get('location')?.startsWith('/login?next=');
      return toLogin || status === 401 ? undefined : `anonymous got ${status}, expected log-in`;
    }
    return status === 403 || status === 404 ? undefined : `got ${status}, expected 403/404`;
  }

  async function stillSignedIn(walker: Walker) {
    const res = await walker.browser.get('/');
    return (await res.text()).includes('action="/logout"');
  }
});
