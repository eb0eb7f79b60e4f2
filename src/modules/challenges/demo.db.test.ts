// The module as the portal shows it once the demo set is loaded (seed 004: health, education and
// tax posting problems): the open challenges on the home page and in the portal's search, the
// archive, the indicators over a period, what waits for the centre and for owners, the living-lab
// register, the pilot under way with its check-ins and the contracted one in the showcase.
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
          `select (select count(*)::int from challenges_problems) p,
             (select count(*)::int from challenges_challenges) c,
             (select count(*)::int from challenges_living_labs) l,
             (select count(*)::int from challenges_pilots) pi,
             (select count(*)::int from challenges_pilot_check_ins) ci`,
        )
      )[0];
    const loaded = { p: 6, c: 5, l: 3, pi: 2, ci: 10 };
    expect(await count()).toEqual(loaded);
    await challengesModule.seeds!.demo!(t.deps);
    expect(await count()).toEqual(loaded);
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
    // one (3); the solved ones went in 150 and 400 days ago, the draft never did.
    expect(await indicatorById('challenges.problems_posted')!.compute(db, period)).toBe(4);
    expect(await indicatorById('challenges.challenges_published')!.compute(db, period)).toBe(5);
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

  it('lists the living labs with their hosts, found without diacritics', async () => {
    const register = await (await visitor.get('/challenges/labs')).text();
    expect(register).toContain('Bệnh viện quận 8 — khu khám ngoại trú');
    expect(register).toContain('Trường THCS Nguyễn Du — phòng giáo viên và phòng tin học');
    expect(register).toContain('Chi cục Thuế khu vực quận 3 — bộ phận một cửa');
    expect(register).toContain('Sở Y tế');
    const found = await (await visitor.get('/challenges/labs?q=mot cua')).text();
    expect(found).toContain('Chi cục Thuế khu vực quận 3 — bộ phận một cửa');
    expect(found).not.toContain('Bệnh viện quận 8 — khu khám ngoại trú');
  });

  it('shows the contracted pilot in the showcase, and not the one under way', async () => {
    const showcase = await (await visitor.get('/challenges/showcase')).text();
    expect(showcase).toContain('Trợ lý ảo tra cứu nghĩa vụ thuế');
    expect(showcase).toContain('>Minh Thuế</a>');
    expect(showcase).toContain('— 950.000.000');
    expect(showcase).toContain('từ 12.000 thành 6.900');
    expect(showcase).toContain('Chi cục ký hợp đồng dùng cho hai mùa quyết toán tới');
    expect(showcase).not.toContain('Rút ngắn thời gian lĩnh thuốc ngoại trú');
  });

  it('shows the centre the pilot under way with both sides’ two check-ins', async () => {
    const [running] = await t.database.query<{ id: string }>(
      `select id from challenges_pilots where status = 'running'`,
    );
    const centre = await signIn(t, 'trung-tam@sokhcn.example');
    const page = await (await centre.get(`/challenges/pilots/${running!.id}`)).text();
    expect(page).toContain('Bệnh viện quận 8 — khu khám ngoại trú');
    expect(page).toContain('Người cao tuổi chưa quen nhận tin nhắn báo số');
    expect(page).toContain('Đồng bộ với HIS chậm vào giờ cao điểm');
    expect(page).toContain('Quầy thuốc hết ùn tắc buổi sáng');
    expect(page).toContain('62% người bệnh nhận thông báo trên điện thoại');
    // Check-in 2: the hospital's 33 minutes, 19 of the 32 to gain.
    expect(page).toContain('Gần nhất 33: đạt 59% chặng đường tới mục tiêu.');
  });
});
