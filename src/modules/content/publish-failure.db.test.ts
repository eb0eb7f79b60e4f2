// Issue 12, item 10: a scheduled publish that fails is retried and reported, never half-published.
// The database refuses the publishing update (a trigger stands in for a full disk or a lost
// connection): the item stays scheduled and private with no revision or audit of a publish, the
// job is retried with backoff, the item's page says why and when it is tried again, and the
// back-office's work waiting counts it as late; after the last attempt the page says to publish
// or reschedule it by hand. Once the fault is gone, the retry publishes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';

const START = new Date('2026-12-01T02:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const readable = async (res: Response) =>
  (await res.text()).replace(/&quot;/g, '"').replace(/&#39;/g, "'");

describe.each(testEngines)('a scheduled publish that fails, on %s', (engine) => {
  let t: TestApp;
  let publisher: BrowserSession;
  const at = (ms: number) => t.setNow(new Date(START.getTime() + ms));
  const itemRow = async (slug: string) =>
    (
      await t.database.query<{ id: string; status: string; published_at: Date | null }>(
        `select id, status, published_at from content_items where slug = $1`,
        [slug],
      )
    )[0]!;
  const publishTraces = async (id: string) =>
    (
      await t.database.query<{ n: number }>(
        `select ((select count(*) from content_revisions
                 where item_id = $1::uuid and action = 'publish')
              + (select count(*) from platform_audit_log
                 where entity_id = $1::text and action = 'content.item:publish'))::int as n`,
        [id],
      )
    )[0]!.n;
  const refusePublishing = async (on: boolean) => {
    if (on) {
      await t.database.query(`create function content_test_refuse_publish() returns trigger
        language plpgsql as $$ begin
          if new.status = 'published' then raise exception 'disk full'; end if;
          return new;
        end $$`);
      await t.database.query(`create trigger content_test_refuse_publish before update
        on content_items for each row execute function content_test_refuse_publish()`);
    } else {
      await t.database.query('drop trigger content_test_refuse_publish on content_items');
      await t.database.query('drop function content_test_refuse_publish()');
    }
  };
  const schedule = async (slug: string, title: string) => {
    const created = await publisher.post('/admin/content/new', {
      kind: 'news',
      slug,
      titleVi: title,
    });
    const id = /content\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!;
    const res = await publisher.post(`/admin/content/${id}/step`, {
      step: 'schedule',
      version: '1',
      publishAt: '2026-12-01T10:00', // Vietnam time: 03:00 UTC, an hour after START
    });
    expect(res.status).toBe(303);
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    at(0);
    await createUser(t, { email: 'lich-dang@sokhcn.example', roles: ['staff'] });
    publisher = await signIn(t, 'lich-dang@sokhcn.example');
  });
  afterAll(() => t.close());

  it('leaves the item scheduled and private, says why, and publishes it on a retry once the fault is gone', async () => {
    const id = await schedule('tin-hen-gio', 'Tin hẹn giờ gặp lỗi');
    await refusePublishing(true);
    at(HOUR + MINUTE);
    await settleJobs(t);

    expect(await itemRow('tin-hen-gio')).toMatchObject({ status: 'scheduled', published_at: null });
    expect(await publishTraces(id)).toBe(0);
    expect((await new BrowserSession(t.app).get('/news/tin-hen-gio')).status).toBe(404);
    const page = await readable(await publisher.get(`/admin/content/${id}`));
    expect(page).toContain('Đăng theo lịch chưa thành công sau 1 lần thử; bài chưa đăng phần nào.');
    // The first retry comes 30 s after the failure: 10:01:30, Vietnam time.
    expect(page).toContain('Hệ thống sẽ thử lại lúc 01/12/2026 10:01');

    at(HOUR + 10 * MINUTE);
    expect(await readable(await publisher.get('/admin'))).toContain(
      '1 bài hẹn giờ đã quá giờ mà chưa đăng được',
    );

    await refusePublishing(false);
    await settleJobs(t);
    expect(await itemRow('tin-hen-gio')).toMatchObject({ status: 'published' });
    expect(await publishTraces(id)).toBe(2);
    expect((await new BrowserSession(t.app).get('/news/tin-hen-gio')).status).toBe(200);
    expect(await readable(await publisher.get(`/admin/content/${id}`))).not.toContain(
      'Đăng theo lịch',
    );
    expect(await readable(await publisher.get('/admin'))).not.toContain('quá giờ mà chưa đăng');
  });

  it('after the last attempt, asks staff to publish or reschedule it by hand', async () => {
    at(0);
    const id = await schedule('tin-het-luot', 'Tin hết lượt thử');
    await refusePublishing(true);
    // Each step is past the next backoff (at most 6 hours); the job allows five attempts.
    for (let attempt = 1; attempt <= 6; attempt++) {
      at(HOUR + attempt * 7 * HOUR);
      await settleJobs(t);
    }
    expect(await itemRow('tin-het-luot')).toMatchObject({
      status: 'scheduled',
      published_at: null,
    });
    expect(await publishTraces(id)).toBe(0);
    const page = await readable(await publisher.get(`/admin/content/${id}`));
    expect(page).toContain(
      'Đăng theo lịch không thành công sau 5 lần thử; bài chưa đăng phần nào.',
    );
    const [job] = await t.database.query<{ attempts: number; failed_at: Date | null }>(
      `select attempts, failed_at from platform_jobs where key = $1`,
      [`content.publish:${id}`],
    );
    expect(job).toMatchObject({ attempts: 5, failed_at: expect.any(Date) });
    await refusePublishing(false);

    const version = Number(/name="version" value="(\d+)"/.exec(page)![1]);
    const now = await publisher.post(`/admin/content/${id}/step`, {
      step: 'publish',
      version: String(version),
    });
    expect(now.status).toBe(303);
    expect(await itemRow('tin-het-luot')).toMatchObject({ status: 'published' });
  });
});
