// Imports are durable jobs (decision 011): a step cut short resumes from the checkpoint its last
// batch committed, two runners holding the same import never store a row twice, and an import
// is deleted a day after its last step. The real process killed with SIGKILL mid-import is
// test/ops/import-crash.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { registerSheet } from '../../../test/support/import-sheet';
import { otherRunner, pauseJobs, settleJobs } from '../../../test/support/jobs';
import type { Db } from '../../platform/db/client';
import { findJobByKey } from '../../platform/jobs';
import { importJobKey } from './import/jobs';
import { runImportJob } from './import/run-import';
import { directoryModule } from './manifest';

const ROWS = 1_000;

interface Status {
  status: string;
  busy: boolean;
  done: number;
  total: number;
  counts: { created: number; updated: number; unchanged: number; failed: number } | null;
}

describe.each(testEngines)('durable imports on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  const sheet = registerSheet(ROWS);

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'staff@resume.example', roles: ['staff'] });
    staff = await signIn(t, 'staff@resume.example');
  });
  afterAll(async () => {
    await t.close();
  });

  const q = async (sql: string) => Number((await t.database.query<{ n: number }>(sql))[0]!.n);
  const organizations = () => q('select count(*)::int as n from directory_organizations');
  const changes = () => q('select count(*)::int as n from directory_changes');
  const status = async (job: string) => (await (await staff.get(`${job}/status`)).json()) as Status;

  async function uploaded(content: string = sheet) {
    const form = new FormData();
    form.set('file', new File([content], 'so-khcn.csv'));
    const res = await t.app.request('/directory/import', {
      method: 'POST',
      body: form,
      headers: { origin: TEST_ORIGIN, cookie: staff.cookieHeader },
    });
    expect(res.status).toBe(303);
    return res.headers.get('location')!;
  }

  /** Deletes what earlier tests imported, so that each run creates every row. */
  async function emptyDirectory() {
    await t.database.query('delete from directory_changes');
    await t.database.query('delete from directory_organizations');
  }

  it('a run cut short between two batches resumes at its checkpoint: every row once, the counts right', async () => {
    await emptyDirectory();
    const job = await uploaded();
    const id = job.split('/').pop()!;
    const resume = await pauseJobs(t);
    expect((await staff.post(`${job}/run`)).status).toBe(303);
    // The process "dies" when its fourth batch opens a transaction: three batches were committed.
    const real = t.database.db;
    let opened = 0;
    const dying = Object.create(real) as Db;
    dying.transaction = ((fn: Parameters<Db['transaction']>[0]) => {
      if (++opened > 3) throw new Error('killed');
      return real.transaction(fn);
    }) as Db['transaction'];
    const scheduled = (await findJobByKey(real, importJobKey(id)))!;
    await expect(
      runImportJob(
        {
          id: scheduled.id,
          name: scheduled.name,
          payload: scheduled.payload,
          key: scheduled.key,
          attempt: 1,
          maxAttempts: scheduled.maxAttempts,
          now: t.deps.clock(),
        },
        { ...t.deps, database: { ...t.deps.database, db: dying } },
      ),
    ).rejects.toThrow('killed');
    expect(await status(job)).toMatchObject({
      status: 'running',
      busy: true,
      done: 600,
      total: ROWS,
    });
    expect(await organizations()).toBe(600);
    // The page shows the progress of the interrupted run, without JavaScript too.
    const during = await (await staff.get(job)).text();
    expect(during).toContain('<progress id="import-progress-bar" max="1000" value="600"');
    expect(during).toContain('<meta http-equiv="refresh" content="2"/>');

    // The job is still due: the runner takes it and goes on from row 601.
    resume();
    await settleJobs(t);
    expect(await status(job)).toMatchObject({
      status: 'done',
      busy: false,
      counts: { created: ROWS, updated: 0, unchanged: 0, failed: 0 },
    });
    expect(await organizations()).toBe(ROWS);
    expect(await changes()).toBe(ROWS);
    expect(
      await q(
        'select count(*)::int as n from (select tax_code from directory_organizations group by tax_code having count(*) > 1) d',
      ),
    ).toBe(0);
    const audit = await t.database.query<{ after: Record<string, unknown> }>(
      `select after from platform_audit_log where action = 'directory.import:run' and entity_id = '${id}'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ created: ROWS, failed: 0 });
    expect((audit[0]!.after.createdIds as string[]).length).toBe(ROWS);
    const html = await (await staff.get(job)).text();
    expect(html).toMatch(/Tạo mới<\/dt><dd>1\.000<\/dd>/);
  });

  it('two runners holding the same import (one whose lease ran out) store each row once', async () => {
    await emptyDirectory();
    const job = await uploaded();
    const resume = await pauseJobs(t);
    await staff.post(`${job}/run`);
    const started = t.deps.clock();
    const first = otherRunner(t, directoryModule.jobs!, { leaseMs: 60_000 });
    const second = otherRunner(t, directoryModule.jobs!, { leaseMs: 60_000 });
    const firstRun = first.runDue();
    await expect.poll(async () => (await status(job)).done, { timeout: 20_000 }).toBeGreaterThan(0);
    // The first runner's lease runs out while it still works: the second takes the job too.
    t.setNow(new Date(started.getTime() + 61_000));
    try {
      expect(await second.runDue()).toBe(1);
      expect(await firstRun).toBe(1);
    } finally {
      t.setNow(started);
      resume();
    }
    expect(await status(job)).toMatchObject({
      status: 'done',
      counts: { created: ROWS, updated: 0, unchanged: 0, failed: 0 },
    });
    expect(await organizations()).toBe(ROWS);
    expect(await changes()).toBe(ROWS);
    expect(
      await q(`select count(*)::int as n from platform_audit_log where action = 'directory.import:run'
               and entity_id = '${job.split('/').pop()}'`),
    ).toBe(1);
  });

  it('keeps an import a day after its upload or its last step, then deletes it', async () => {
    const start = t.deps.clock();
    const at = (hours: number) => new Date(start.getTime() + hours * 3600_000 + 1000);
    // A row without a name: the dry run keeps a problem.
    const small = ['Tên doanh nghiệp,Loại hình', 'Công ty Hết Hạn,sme', ',sme'].join('\n');
    const untouched = await uploaded(small);
    const checked = await uploaded(small);
    try {
      t.setNow(at(20));
      await staff.post(`${checked}/check`);
      await settleJobs(t);
      expect((await status(checked)).status).toBe('checked');
      const problems = `select count(*)::int as n from directory_import_problems
                        where import_id = '${checked.split('/').pop()}'`;
      expect(await q(problems)).toBe(1);
      t.setNow(at(24));
      await settleJobs(t);
      expect((await staff.get(untouched)).status).toBe(404);
      expect((await staff.get(checked)).status).toBe(200);
      t.setNow(at(44));
      await settleJobs(t);
      expect((await staff.get(checked)).status).toBe(404);
      expect(await q(problems)).toBe(0);
    } finally {
      t.setNow(start);
    }
  });
});
