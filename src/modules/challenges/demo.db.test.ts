// The module as the portal shows it once the demo set is loaded (seed 004: health, education and
// tax posting problems): the open challenges on the home page and in the portal's search, the
// archive, the indicators over a period, and what waits for the centre and for owners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { indicatorById } from '../../platform/modules/registry';
import { challengesModule } from './manifest';

const NOW = new Date('2026-12-01T02:00:00Z');
const DAY = 86_400_000;

describe.each(testEngines)('challenges demo set on %s', (engine) => {
  let t: TestApp;
  let visitor: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    await challengesModule.seeds!.demo!(t.deps);
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  it('loads the same set once, whatever it is asked again', async () => {
    const count = async () =>
      (
        await t.database.query<{ p: number; c: number }>(
          'select (select count(*)::int from challenges_problems) p, (select count(*)::int from challenges_challenges) c',
        )
      )[0];
    expect(await count()).toEqual({ p: 5, c: 4 });
    await challengesModule.seeds!.demo!(t.deps);
    expect(await count()).toEqual({ p: 5, c: 4 });
  });

  it('shows the open challenges on the home page, the list and the portal search; the solved one in the archive', async () => {
    const home = await (await visitor.get('/')).text();
    expect(home).toContain('Thách thức đang tìm giải pháp');
    expect(home).toContain('Giảm thời gian chờ khám tại bệnh viện tuyến quận');
    const list = await (await visitor.get('/challenges')).text();
    expect(list).toContain('3 thách thức');
    expect(list).toContain('Sở Y tế');
    expect(list).not.toContain('Trợ lý ảo tra cứu nghĩa vụ thuế');
    const archive = await (await visitor.get('/challenges?archive=1')).text();
    expect(archive).toContain('Trợ lý ảo tra cứu nghĩa vụ thuế');
    const search = await (await visitor.get('/search?q=giao+vien+so+sach')).text();
    expect(search).toContain('Giảm gánh nặng sổ sách cho giáo viên — Báo cáo tự động');
  });

  it('computes its indicators for a period', async () => {
    const period = { from: new Date(NOW.getTime() - 30 * DAY), to: new Date(NOW.getTime() + DAY) };
    const db = t.database.db;
    // Submitted in the last month: health (10 days ago), education (5 and 2), tax's confidential
    // one (3); the solved tax problem went in 120 days ago, the draft never did.
    expect(await indicatorById('challenges.problems_posted')!.compute(db, period)).toBe(4);
    expect(await indicatorById('challenges.challenges_published')!.compute(db, period)).toBe(4);
    expect(await indicatorById('challenges.challenges_open')!.compute(db, period)).toBe(3);
    const later = { from: period.from, to: new Date(NOW.getTime() + 100 * DAY) };
    expect(await indicatorById('challenges.challenges_open')!.compute(db, later)).toBe(0);
  });

  it('tells the centre what waits to be scoped', async () => {
    await createUser(t, { email: 'trung-tam@sokhcn.example', roles: ['staff'] });
    const centre = await signIn(t, 'trung-tam@sokhcn.example');
    expect(await (await centre.get('/admin')).text()).toContain('1 bài toán chờ rà soát');
    const queue = await (await centre.get('/admin/challenges?status=changes_requested')).text();
    expect(queue).toContain('Phát hiện sớm hoá đơn điện tử bất thường');
  });
});
