// Rate limits shared by processes (issue 11, item 6): two app instances on one database, as two
// processes behind a load balancer, refuse the same guesses as one would. Each log-in hashes a
// password, so the longer tests get two minutes on a busy machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../support/actors';
import { createTestApp, type TestApp } from '../support/app';
import { BrowserSession } from '../support/browser-session';
import { testEngines } from '../support/db';
import { createDatabaseRateLimiter } from '../../src/platform/rate-limit';

const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe.each(testEngines)('rate limits shared by two app instances on %s', (engine) => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp(engine, { TRUST_PROXY: 'true' });
    b = await createTestApp(engine, { TRUST_PROXY: 'true' }, a.database);
  });
  afterAll(async () => {
    // The second instance only borrows the first one's database.
    await b.deps.jobs.stop();
    await a.close();
  });

  /** Requests alternate between the two instances, as a load balancer sends them. */
  const either = (i: number) => (i % 2 === 0 ? a : b);

  it('counts failed log-ins of one account from one address across instances', async () => {
    await createUser(a, { email: 'shared@example.vn' });
    const attempt = (i: number) =>
      new BrowserSession(either(i).app).post(
        '/login',
        { email: 'shared@example.vn', password: `wrong-guess-${i}` },
        from('203.0.113.9'),
      );
    for (let i = 0; i < 5; i++) expect((await attempt(i)).status, `guess ${i + 1}`).toBe(422);
    expect((await attempt(5)).status).toBe(429);
    expect((await attempt(6)).status).toBe(429);
  }, 120_000);

  it('counts failed log-ins of one account from many addresses across instances', async () => {
    await createUser(a, { email: 'spread@example.vn' });
    const attempt = (i: number) =>
      new BrowserSession(either(i).app).post(
        '/login',
        { email: 'spread@example.vn', password: `wrong-guess-${i}` },
        from(`198.51.100.${i + 1}`),
      );
    for (let i = 0; i < 20; i++) expect((await attempt(i)).status, `guess ${i + 1}`).toBe(422);
    expect((await attempt(20)).status).toBe(429);
  }, 120_000);

  it('counts reset requests and registrations of one address across instances', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await new BrowserSession(either(i).app).post(
        '/forgot-password',
        { email: `someone-${i}@example.vn` },
        from('192.0.2.21'),
      );
      expect(res.status, `request ${i + 1}`).toBe(200);
    }
    const over = await new BrowserSession(b.app).post(
      '/forgot-password',
      { email: 'one-more@example.vn' },
      from('192.0.2.21'),
    );
    expect(over.status).toBe(429);

    const register = (i: number) =>
      new BrowserSession(either(i).app).post(
        '/register',
        {
          name: 'Đỗ Văn Nam',
          email: `reg-${i}@example.vn`,
          password: 'Com-tam-Sai-Gon-26',
          consent: 'yes',
        },
        from('192.0.2.22'),
      );
    for (let i = 0; i < 10; i++)
      expect((await register(i)).status, `registration ${i + 1}`).toBe(200);
    expect((await register(10)).status).toBe(429);
  }, 120_000);

  it('counts unknown API keys of one address across instances', async () => {
    const call = (i: number) =>
      either(i).app.request('/api/v1/me', {
        headers: { authorization: `Bearer ihk_00000000_guess-${i}`, ...from('192.0.2.33') },
      });
    for (let i = 0; i < 30; i++) expect((await call(i)).status, `key ${i + 1}`).toBe(401);
    const over = await call(30);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts every hit once when many arrive at once from both instances', async () => {
    const first = createDatabaseRateLimiter(a.database.db, a.deps.clock);
    const second = createDatabaseRateLimiter(b.database.db, b.deps.clock);
    const hits = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? first : second).hit('burst', 10, 60)),
    );
    expect(hits.filter((h) => h.ok)).toHaveLength(10);
    await first.release('burst');
    expect((await second.hit('burst', 40, 60)).ok).toBe(true);
    expect((await second.hit('burst', 40, 60)).ok).toBe(false);
    await second.reset('burst');
    expect((await first.hit('burst', 1, 60)).ok).toBe(true);
  });

  it('starts a new window once the old one has ended, on the shared clock', async () => {
    const limiter = createDatabaseRateLimiter(a.database.db, a.deps.clock);
    expect((await limiter.hit('window', 1, 60)).ok).toBe(true);
    const refused = await limiter.hit('window', 1, 60);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 60 });
    a.setNow(new Date(a.deps.clock().getTime() + 61_000));
    expect((await limiter.hit('window', 1, 60)).ok).toBe(true);
  });
});
