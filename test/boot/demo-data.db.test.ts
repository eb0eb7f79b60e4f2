import { afterEach, describe, expect, it } from 'vitest';
import { DemoDataInProductionError, prepareData } from '../../src/boot';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/identity';
import { createTestApp, type TestApp } from '../support/app';
import { BrowserSession } from '../support/browser-session';
import { testEngines } from '../support/db';

describe.each(testEngines)('demo data on %s', { timeout: 120_000 }, (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('seeds one verified account per role on a fresh database, once, without sending mail', async () => {
    t = await createTestApp(engine);
    expect(await prepareData(t.deps)).toEqual({ seeded: true });
    expect(await prepareData(t.deps)).toEqual({ seeded: false });

    const roles = await t.database.query<{ email: string; roles: string | null }>(
      `select u.email, string_agg(r.role, ',') as roles from identity_users u
       left join identity_user_roles r on r.user_id = u.id group by u.email`,
    );
    expect(roles).toHaveLength(DEMO_ACCOUNTS.length);
    for (const role of ['admin', 'staff', 'agency', 'reviewer', 'mentor']) {
      expect(
        roles.some((r) => r.roles === role),
        role,
      ).toBe(true);
    }
    const mails = await t.database.query('select 1 from platform_mail_outbox');
    expect(mails).toHaveLength(0);

    for (const account of DEMO_ACCOUNTS) {
      const login = await new BrowserSession(t.app).post('/login', {
        email: account.email,
        password: DEMO_PASSWORD,
      });
      expect(login.status, account.email).toBe(303);
    }
  });

  it('never seeds in production, and refuses to start while a demo account exists', async () => {
    t = await createTestApp(engine, { NODE_ENV: 'production' });
    expect(await prepareData(t.deps)).toEqual({ seeded: false });
    expect(await t.database.query('select 1 from identity_users')).toHaveLength(0);

    const dev = { ...t.deps, config: { ...t.deps.config, NODE_ENV: 'development' as const } };
    await prepareData(dev);
    await expect(prepareData(t.deps)).rejects.toBeInstanceOf(DemoDataInProductionError);
  });

  it('does not seed when DEMO_DATA=false', async () => {
    t = await createTestApp(engine, { DEMO_DATA: 'false' });
    expect(await prepareData(t.deps)).toEqual({ seeded: false });
  });
});
