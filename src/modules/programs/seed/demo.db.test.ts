import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareData } from '../../../boot';
import { createTestApp, type TestApp } from '../../../../test/support/app';
import { testEngines } from '../../../../test/support/db';

describe.each(testEngines)('demo programmes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-11-21T03:00:00Z'));
    expect(await prepareData(t.deps)).toEqual({ seeded: true });
  }, 120_000); // seven accounts with password hashes, on a busy 2-core machine
  afterAll(() => t.close());

  it('lists SpeedUP and I-Star to visitors, each with a call open for a month', async () => {
    const list = await (await t.app.request('/programs')).text();
    expect(list).toContain('SpeedUP');
    expect(list).toContain('Giải thưởng I-Star');
    const speedup = await (await t.app.request('/programs/speedup')).text();
    // a month from the day the data was loaded, at 17:00 Vietnam time
    expect(speedup).toContain('17:00, 21/12/2026');
    expect(speedup).toContain('2.000.000.000');
    const istar = await (await t.app.request('/programs/i-star')).text();
    expect(istar).toContain('Trí tuệ nhân tạo');
    expect(istar).toContain('Giải Nhất');
  });
});
