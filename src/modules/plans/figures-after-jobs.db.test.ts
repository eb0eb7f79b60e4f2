// A target's indicator figure is kept between views (services/indicator-figures.ts) and forgotten
// when this process writes — by a request, and by a durable job as well (decision 025): a news
// item the scheduler publishes at its time is counted at the next view of the targets, not five
// minutes later when the kept figure goes stale.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';

const PLANS = '/admin/plans';
// 10:00:30 in Vietnam, half-way through 2026.
const START = new Date('2026-07-02T03:00:30Z');
const MINUTE = 60_000;

describe.each(testEngines)('indicator figures after a job on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let planId = '';

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    const plan = await staff.post(`${PLANS}/new`, {
      title: 'Kế hoạch truyền thông đổi mới sáng tạo',
      decisionNumber: '1394/QĐ-UBND',
      decisionDate: '05/06/2025',
      periodStart: '2025',
      periodEnd: '2027',
    });
    planId = /plans\/([0-9a-f-]{36})/.exec(plan.headers.get('location')!)![1]!;
    const target = await staff.post(`${PLANS}/${planId}/targets/new`, {
      code: 'CT1',
      name: 'Tin bài về hệ sinh thái được đăng',
      unit: 'count',
      baseline: '0',
      source: 'indicator',
      indicatorId: 'content.items_published',
      province: '',
      target_2026: '40',
    });
    expect(target.status).toBe(303);
  });
  afterAll(() => t.close());

  /** What the targets page shows CT1 has reached in 2026. */
  const reached = async () => {
    const html = await (await staff.get(`${PLANS}/${planId}/targets?year=2026`)).text();
    const row = /CT1\. [^<]*<\/a><\/th>(.*?)<\/tr>/s.exec(html)![1]!;
    return [...row.matchAll(/<td>(.*?)<\/td>/g)][3]![1];
  };

  it('counts what a job published at the next view', async () => {
    const draft = await staff.post('/admin/content/new', {
      kind: 'news',
      titleVi: 'Khai mạc Techfest Hải Phòng 2026',
      summaryVi: 'Hơn 80 gian hàng khởi nghiệp.',
      bodyVi: 'Phiên gọi vốn buổi chiều.',
    });
    expect(draft.status).toBe(303);
    const item = /\/admin\/content\/([0-9a-f-]{36})/.exec(draft.headers.get('location')!)![1]!;
    const scheduled = await staff.post(`/admin/content/${item}/step`, {
      step: 'schedule',
      version: '1',
      publishAt: '2026-07-02T10:01', // Vietnam time: a minute from now
    });
    expect(scheduled.status).toBe(303);
    expect(await reached()).toBe('0');

    // Two minutes on, no request writes: the scheduler publishes the item.
    t.setNow(new Date(START.getTime() + 2 * MINUTE));
    await settleJobs(t);
    const [published] = await t.database.query<{ status: string }>(
      'select status from content_items where id = $1',
      [item],
    );
    expect(published?.status).toBe('published');
    expect(await reached()).toBe('1');
  });
});
