// A signed-in request is answered from one read of the session, its account and roles; what
// better-auth decided before still holds: forged or revoked cookies are nobody, an expired session
// ends, and a day-old one has its expiry moved on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { testEngines } from '../../../test/support/db';
import { resolveActor } from './resolve-actor';
import { SESSION_COOKIE, SESSION_EXPIRES_IN_SECONDS } from './services/session-policy';

const DAY = 24 * 3600 * 1000;

describe.each(testEngines)('session lookup on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'lookup-staff@example.vn', roles: ['staff'] });
    await createUser(t, { email: 'lookup-member@example.vn' });
  });
  afterAll(() => t.close());

  const q = (sql: string, params: unknown[] = []) => t.deps.database.query(sql, params);
  const actorOf = (cookie: string) =>
    resolveActor(new Request('http://localhost/', { headers: { cookie } }), t.deps, '127.0.0.1');
  const tokenOf = (cookie: string) =>
    decodeURIComponent(/innohub\.session_token=([^;]+)/.exec(cookie)![1]!).split('.')[0]!;

  it('knows the account and its roles from the signed cookie', async () => {
    const browser = await signIn(t, 'lookup-staff@example.vn');
    const actor = await actorOf(browser.cookieHeader);
    expect(actor.kind).toBe('user');
    if (actor.kind !== 'user') return;
    expect(actor.user.email).toBe('lookup-staff@example.vn');
    expect([...actor.roles].sort()).toEqual(['member', 'staff']);
    expect(actor.sessionId).toBeTruthy();
  });

  it('knows the account organisations and the role in each as they stand at each request', async () => {
    const browser = await signIn(t, 'lookup-member@example.vn');
    const [user] = (await q(`select id from identity_users where email = $1`, [
      'lookup-member@example.vn',
    ])) as { id: string }[];
    await q(`insert into identity_organizations (id, name, slug) values ('lk-a', 'A', 'lk-a')`);
    await q(
      `insert into identity_members (id, organization_id, user_id, role)
             values ('lk-a-m', 'lk-a', $1, 'admin')`,
      [user!.id],
    );
    const rolesNow = async () => {
      const actor = await actorOf(browser.cookieHeader);
      return actor.kind === 'user' ? Object.fromEntries(actor.accountRoles ?? []) : undefined;
    };
    expect(await rolesNow()).toEqual({ 'lk-a': 'admin' });
    await q(`delete from identity_members where id = 'lk-a-m'`);
    expect(await rolesNow()).toEqual({});
  });

  it('treats a cookie whose token or signature was altered as nobody', async () => {
    const browser = await signIn(t, 'lookup-member@example.vn');
    const token = tokenOf(browser.cookieHeader);
    const other = (await q(`select token from identity_sessions where token <> $1 limit 1`, [
      token,
    ])) as { token: string }[];
    const signature = decodeURIComponent(browser.cookieHeader.split('.').at(-1)!.split(';')[0]!);
    // Another session's token under this one's signature; this token with a broken signature.
    const swapped = `${SESSION_COOKIE}=${encodeURIComponent(`${other[0]!.token}.${signature}`)}`;
    const broken = `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${'A'.repeat(43)}=`)}`;
    expect((await actorOf(swapped)).kind).toBe('anonymous');
    expect((await actorOf(broken)).kind).toBe('anonymous');
    expect((await actorOf(`${SESSION_COOKIE}=${token}`)).kind).toBe('anonymous');
    expect((await actorOf(browser.cookieHeader)).kind).toBe('user');
  });

  it('forgets a session revoked in the database at once', async () => {
    const browser = await signIn(t, 'lookup-member@example.vn');
    await q(`delete from identity_sessions where token = $1`, [tokenOf(browser.cookieHeader)]);
    expect((await actorOf(browser.cookieHeader)).kind).toBe('anonymous');
  });

  it('ends an expired session and removes it', async () => {
    const browser = await signIn(t, 'lookup-member@example.vn');
    const token = tokenOf(browser.cookieHeader);
    await q(
      `update identity_sessions set expires_at = now() - interval '1 minute' where token = $1`,
      [token],
    );
    expect((await actorOf(browser.cookieHeader)).kind).toBe('anonymous');
    expect(await q(`select 1 from identity_sessions where token = $1`, [token])).toHaveLength(0);
  });

  it('moves a day-old session’s expiry on, and leaves a fresh one alone', async () => {
    const browser = await signIn(t, 'lookup-member@example.vn');
    const token = tokenOf(browser.cookieHeader);
    const expiry = async () =>
      (
        (await q(`select expires_at from identity_sessions where token = $1`, [token])) as {
          expires_at: Date;
        }[]
      )[0]!.expires_at.getTime();
    const fresh = await expiry();
    await actorOf(browser.cookieHeader);
    expect(await expiry()).toBe(fresh);
    // As if signed in two days ago: better-auth pushes the expiry a full period from now.
    const twoDaysAgo = new Date(Date.now() + SESSION_EXPIRES_IN_SECONDS * 1000 - 2 * DAY);
    await q(`update identity_sessions set expires_at = $2 where token = $1`, [token, twoDaysAgo]);
    expect((await actorOf(browser.cookieHeader)).kind).toBe('user');
    expect(await expiry()).toBeGreaterThan(twoDaysAgo.getTime() + DAY);
  });
});
