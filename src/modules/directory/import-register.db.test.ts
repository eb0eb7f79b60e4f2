import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { registerSheet } from '../../../test/support/import-sheet';
import { settleJobs } from '../../../test/support/jobs';

// A few batches' worth of a register-like sheet. The same sheet with 10,000 rows is timed, with
// the same checks, by npm run bench (bench/directory/import.ts).
const ROWS = 500;

describe.each(testEngines)('import of a register-like sheet on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  const content = registerSheet(ROWS);

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'staff@register.example', roles: ['staff'] });
    staff = await signIn(t, 'staff@register.example');
  });
  afterAll(async () => {
    await t.close();
  });

  async function upload(action: 'check' | 'run') {
    const form = new FormData();
    form.set('file', new File([content], 'so-khcn.csv'));
    const res = await t.app.request('/directory/import', {
      method: 'POST',
      body: form,
      headers: { origin: TEST_ORIGIN, cookie: staff.cookieHeader },
    });
    const job = res.headers.get('location')!;
    expect(job).toMatch(/^\/directory\/import\//);
    await staff.post(`${job}/${action}`);
    await settleJobs(t);
    return (await staff.get(job)).text();
  }

  it('checks, imports and re-imports every row once, idempotently', async () => {
    expect(await upload('check')).toMatch(/Sẽ tạo mới<\/dt><dd>500<\/dd>/);
    const run = await upload('run');
    expect(run).toMatch(/Tạo mới<\/dt><dd>500<\/dd>/);
    expect(run).toMatch(/Dòng lỗi<\/dt><dd>0<\/dd>/);
    expect(await upload('run')).toMatch(/Không thay đổi<\/dt><dd>500<\/dd>/);
    const [row] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from directory_organizations',
    );
    expect(row!.n).toBe(ROWS);
  }, 120_000);
});
