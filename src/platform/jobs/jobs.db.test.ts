import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import { openDatabase, type Database } from '../db/client';
import { setLogLevel } from '../log/logger';
import { createJobRunner, findJobByKey, retryDelayMs, scheduleJob, type JobRun } from './index';
import { platformJobs } from './tables';

const T0 = new Date('2026-03-02T01:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(testEngines)('durable jobs on %s', (engine) => {
  let database: Database;
  let now = T0;
  const clock = () => now;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    database.query<T>(sql, params);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    now = T0;
    await q('delete from platform_jobs');
  });

  const runner = (handlers: Record<string, (job: JobRun) => Promise<void>>, db = database.db) =>
    createJobRunner({ db, clock, handlers, deps: undefined });

  it('a job scheduled in a rolled-back transaction never exists, nor runs', async () => {
    const ran: string[] = [];
    await expect(
      database.db.transaction(async (tx) => {
        await scheduleJob(tx, { name: 'test.echo', payload: { n: 1 }, runAt: T0, key: 'k1' });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    await database.db.transaction(async (tx) => {
      await scheduleJob(tx, { name: 'test.echo', payload: { n: 2 }, runAt: T0, key: 'k2' });
    });
    const echo = async (job: JobRun) => void ran.push(JSON.stringify(job.payload));
    expect(await runner({ 'test.echo': echo }).runDue()).toBe(1);
    expect(ran).toEqual(['{"n":2}']);
    expect(await findJobByKey(database.db, 'k1')).toBeUndefined();
    expect((await findJobByKey(database.db, 'k2'))?.doneAt).toEqual(T0);
  });

  it('runs a job at its due time, not before', async () => {
    const ran: Date[] = [];
    await scheduleJob(database.db, { name: 'test.due', runAt: at(3600_000) });
    const r = runner({ 'test.due': async (job) => void ran.push(job.now) });
    expect(await r.runDue()).toBe(0);
    now = at(3600_000 - 1);
    expect(await r.runDue()).toBe(0);
    now = at(3600_000);
    expect(await r.runDue()).toBe(1);
    expect(ran).toEqual([at(3600_000)]);
    now = at(7200_000);
    expect(await r.runDue()).toBe(0);
  });

  it('retries a failing handler with backoff, then marks it failed', async () => {
    const attempts: number[] = [];
    await scheduleJob(database.db, { name: 'test.fail', runAt: T0, key: 'f', maxAttempts: 3 });
    const r = runner({
      'test.fail': async (job) => {
        attempts.push(job.attempt);
        throw new Error(`SMTP down (${job.attempt})`);
      },
    });
    expect(await r.runDue()).toBe(1);
    let job = await findJobByKey(database.db, 'f');
    expect(job).toMatchObject({ attempts: 1, lastError: 'SMTP down (1)', failedAt: null });
    expect(job?.runAt).toEqual(at(retryDelayMs(1)));
    expect(await r.runDue()).toBe(0);
    now = at(retryDelayMs(1));
    expect(await r.runDue()).toBe(1);
    now = at(retryDelayMs(1) + retryDelayMs(2));
    expect(await r.runDue()).toBe(1);
    job = await findJobByKey(database.db, 'f');
    expect(job).toMatchObject({ attempts: 3, lastError: 'SMTP down (3)', doneAt: null });
    expect(job?.failedAt).toEqual(now);
    now = at(86_400_000);
    expect(await r.runDue()).toBe(0);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('keeps why a job failed: the causes under the message, stored and logged', async () => {
    await scheduleJob(database.db, { name: 'test.cause', runAt: T0, key: 'c' });
    await scheduleJob(database.db, { name: 'test.taken', runAt: at(86_400_000), key: 'taken' });
    // A real refusal: the database's reason is only in the cause of Drizzle's "Failed query".
    const r = runner({
      'test.cause': async () => {
        try {
          await database.db
            .insert(platformJobs)
            .values({ name: 'test.taken', runAt: T0, key: 'taken' });
        } catch (err) {
          throw new Error('the reminder could not be queued', { cause: err });
        }
      },
    });
    const lines: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((line) => {
      lines.push(String(line));
      return true;
    });
    setLogLevel('warn');
    try {
      expect(await r.runDue()).toBe(1);
    } finally {
      setLogLevel('silent');
      stderr.mockRestore();
    }
    const stored = (await findJobByKey(database.db, 'c'))?.lastError ?? '';
    const why =
      /caused by: .*Failed query: insert into "platform_jobs"[^]*caused by: .*platform_jobs_key_uq/;
    expect(stored.startsWith('the reminder could not be queued\ncaused by: ')).toBe(true);
    expect(stored).toMatch(why);
    const logged = lines.map((l) => JSON.parse(l) as { msg: string; err: string });
    expect(logged).toEqual([expect.objectContaining({ msg: 'job will be retried', err: stored })]);
  });

  it('a job without a handler is retried, not lost', async () => {
    await scheduleJob(database.db, { name: 'test.unknown', runAt: T0, key: 'u' });
    expect(await runner({}).runDue()).toBe(1);
    expect(await findJobByKey(database.db, 'u')).toMatchObject({
      attempts: 1,
      failedAt: null,
      lastError: 'no handler for job test.unknown',
    });
  });

  it('a key keeps one job: kept by default, moved with replace, even after it ran', async () => {
    const ran: unknown[] = [];
    const r = runner({ 'test.once': async (job) => void ran.push(job.payload) });
    expect(
      await scheduleJob(database.db, { name: 'test.once', payload: 1, runAt: T0, key: 'o' }),
    ).toBeTypeOf('string');
    expect(
      await scheduleJob(database.db, { name: 'test.once', payload: 2, runAt: T0, key: 'o' }),
    ).toBeUndefined();
    expect(await r.runDue()).toBe(1);
    expect(
      await scheduleJob(database.db, { name: 'test.once', payload: 3, runAt: T0, key: 'o' }),
    ).toBeUndefined();
    expect(await r.runDue()).toBe(0);
    await scheduleJob(database.db, {
      name: 'test.once',
      payload: 4,
      runAt: at(60_000),
      key: 'o',
      replace: true,
    });
    expect(await r.runDue()).toBe(0);
    now = at(60_000);
    expect(await r.runDue()).toBe(1);
    expect(ran).toEqual([1, 4]);
  });

  it('a job held by a runner that died is taken again once its lease has passed', async () => {
    await scheduleJob(database.db, { name: 'test.lease', runAt: T0, key: 'l' });
    const ran: number[] = [];
    const dying = createJobRunner({
      db: database.db,
      clock,
      deps: undefined,
      leaseMs: 60_000,
      handlers: { 'test.lease': () => new Promise<void>(() => undefined) },
    });
    void dying.runDue();
    // The dying runner has claimed the job (its handler never returns).
    await expect.poll(async () => (await findJobByKey(database.db, 'l'))?.attempts).toBe(1);
    const r = runner({ 'test.lease': async (job) => void ran.push(job.attempt) });
    expect(await r.runDue()).toBe(0);
    now = at(60_001);
    expect(await r.runDue()).toBe(1);
    expect(ran).toEqual([2]);
  });

  it('a runner renews the lease of the job in hand, so a long job stays with it', async () => {
    await scheduleJob(database.db, { name: 'test.long', runAt: T0, key: 'long' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const options = { db: database.db, clock, deps: undefined, leaseMs: 300 };
    const working = createJobRunner({ ...options, handlers: { 'test.long': () => held } });
    const running = working.runDue();
    await expect.poll(async () => (await findJobByKey(database.db, 'long'))?.attempts).toBe(1);
    expect((await findJobByKey(database.db, 'long'))?.lockedUntil).toEqual(at(300));
    // Later on the clock, the runner renews its lease every 100 ms of real time.
    now = at(250);
    await expect
      .poll(async () => (await findJobByKey(database.db, 'long'))?.lockedUntil)
      .toEqual(at(550));
    now = at(400);
    const other = createJobRunner({ ...options, handlers: { 'test.long': async () => {} } });
    // Past the first lease, but not the renewed one: the job is not taken.
    expect(await other.runDue()).toBe(0);
    release();
    expect(await running).toBe(1);
    const job = await findJobByKey(database.db, 'long');
    expect(job).toMatchObject({ attempts: 1, lockedUntil: null });
    expect(job?.doneAt).toEqual(at(400));
  });

  it('two runners at once never run the same job twice', async () => {
    // On PostgreSQL the second runner has its own connection pool, as another process would.
    const other =
      engine === 'postgres' ? await openDatabase({ databaseUrl: database.url! }) : database;
    try {
      for (let i = 0; i < 60; i++) {
        await scheduleJob(database.db, { name: 'test.count', payload: i, runAt: at(-i) });
      }
      const runs = new Map<number, number>();
      const handler = async (job: JobRun) => {
        // A round trip inside the handler lets the other runner claim meanwhile.
        await database.query('select 1');
        runs.set(job.payload as number, (runs.get(job.payload as number) ?? 0) + 1);
      };
      const counting = (db: typeof database.db) =>
        createJobRunner({
          db,
          clock,
          deps: undefined,
          batch: 4,
          handlers: { 'test.count': handler },
        });
      const [a, b] = [counting(database.db), counting(other.db)];
      const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);
      expect(ranA + ranB).toBe(60);
      expect(ranA).toBeGreaterThan(0);
      expect(ranB).toBeGreaterThan(0);
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      expect(runs.size).toBe(60);
      const [left] = await q<{ n: number }>(
        'select count(*)::int as n from platform_jobs where done_at is null',
      );
      expect(left?.n).toBe(0);
    } finally {
      if (other !== database) await other.close();
    }
  });

  it('wake runs jobs scheduled during a run at once, and nothing before start', async () => {
    const ran: number[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const r = runner({
      'test.first': () => held,
      'test.woken': async (job) => void ran.push(job.payload as number),
    });
    await scheduleJob(database.db, { name: 'test.woken', payload: 0, runAt: T0, key: 'w0' });
    r.wake();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Not started: a script's wake leaves the work to the server's runner.
    expect((await findJobByKey(database.db, 'w0'))?.attempts).toBe(0);
    await q('delete from platform_jobs');
    await scheduleJob(database.db, { name: 'test.first', runAt: T0, key: 'w1' });
    r.start(3600_000);
    await expect.poll(async () => (await findJobByKey(database.db, 'w1'))?.attempts).toBe(1);
    // Committed while the run is in hand, after its claim: the wake runs it once that run ends.
    await scheduleJob(database.db, { name: 'test.woken', payload: 1, runAt: T0, key: 'w2' });
    r.wake();
    release();
    await expect.poll(() => ran).toEqual([1]);
    await scheduleJob(database.db, { name: 'test.woken', payload: 2, runAt: T0, key: 'w3' });
    r.wake();
    await expect.poll(() => ran).toEqual([1, 2]);
    await r.stop();
    await scheduleJob(database.db, { name: 'test.woken', payload: 3, runAt: T0, key: 'w4' });
    r.wake();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toEqual([1, 2]);
  });

  it('a busy foreground holds the jobs back, never longer than its limit each batch', async () => {
    const ran: string[] = [];
    let isBusy = true;
    const r = runner({ 'test.mail': async (job) => void ran.push(job.key!) });
    await scheduleJob(database.db, { name: 'test.mail', runAt: T0, key: 'while-busy' });
    r.start(3600_000, { isBusy: () => isBusy, maxYieldMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toEqual([]);
    isBusy = false;
    await expect.poll(() => ran).toEqual(['while-busy']);
    await r.stop();
    // Busy for good: each batch still runs once its wait is over.
    isBusy = true;
    const starved = runner({ 'test.mail': async (job) => void ran.push(job.key!) });
    await scheduleJob(database.db, { name: 'test.mail', runAt: T0, key: 'busy-for-good' });
    const began = Date.now();
    starved.start(3600_000, { isBusy: () => isBusy, maxYieldMs: 400 });
    await expect.poll(() => ran).toEqual(['while-busy', 'busy-for-good']);
    expect(Date.now() - began).toBeGreaterThanOrEqual(400);
    await starved.stop();
  });

  it('start polls and stop waits for the job in hand', async () => {
    await scheduleJob(database.db, { name: 'test.slow', runAt: T0, key: 's' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const r = runner({ 'test.slow': () => held });
    r.start(60_000);
    await expect.poll(async () => (await findJobByKey(database.db, 's'))?.attempts).toBe(1);
    const stopped = r.stop();
    release();
    await stopped;
    expect((await findJobByKey(database.db, 's'))?.doneAt).toEqual(T0);
  });
});
