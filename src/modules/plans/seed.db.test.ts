// The demo plan: the province's plan of the seeds with its agencies, task tree and the targets
// of 002 I, the same every time and loaded once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { DEMO_PASSWORD, identityModule } from '../identity';
import { plansModule } from './index';

describe.each(testEngines)('the demo plan on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-05-10T03:00:00Z'));
    // The demo accounts first, as on a first start: the agency officer's department among them.
    await identityModule.seeds!.demo!(t.deps);
  }, 180_000);
  afterAll(() => t.close());

  const snapshot = () =>
    t.database.query<{ code: string; lead: string; coordinating: string }>(
      `select t.code, a.code as lead,
              (select string_agg(c.code, ',' order by c.code) from plans_agencies c
                where c.organization_id = any(t.coordinating_agency_ids)) as coordinating
         from plans_tasks t join plans_agencies a on a.organization_id = t.lead_agency_id
        order by t.position`,
    );

  it('loads the plan once, with tasks for the departments and the university, and its targets', async () => {
    await plansModule.seeds!.demo!(t.deps);
    const first = await snapshot();
    await plansModule.seeds!.demo!(t.deps);
    expect(await snapshot()).toEqual(first);
    expect(first.map((r) => r.code)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.2',
      '3',
      '3.1',
      '3.2',
      '3.2.1',
    ]);
    expect(new Set(first.map((r) => r.lead))).toEqual(
      new Set(['SKHCN', 'STTTT', 'SGDĐT', 'ĐHHP', 'SKHĐT']),
    );
    expect(first.find((r) => r.code === '2.2')!.coordinating).toBe('SGDĐT,SKHCN');
    const targets = await t.database.query<{ code: string; source: string }>(
      'select code, source from plans_targets order by position',
    );
    expect(targets.map((r) => `${r.code}:${r.source}`)).toEqual([
      'CT1:indicator',
      'CT2:entered',
      'CT3:indicator',
      'CT4:entered',
      'CT5:entered',
    ]);
  });

  it('has two quarters of agency reports at every state, a returned one kept beside its revision', async () => {
    const reports = await t.database.query<{
      period_key: string;
      code: string;
      status: string;
      n: number;
    }>(
      `select r.period_key, a.code, r.status,
              (select count(*)::int from plans_report_submissions s where s.report_id = r.id) as n
         from plans_reports r join plans_agencies a on a.organization_id = r.agency_id
        order by r.period_key, a.code`,
    );
    expect(
      reports.filter((r) => r.period_key === '2026-Q1').map((r) => `${r.code} ${r.status} ${r.n}`),
    ).toEqual([
      'SGDĐT submitted 1',
      'SKHCN accepted 2',
      'SKHĐT draft 0',
      'STTTT accepted 1',
      'ĐHHP returned 1',
    ]);
    expect(new Set(reports.filter((r) => r.period_key === '2026-Q2').map((r) => r.status))).toEqual(
      new Set(['submitted', 'draft', 'accepted']),
    );
  });

  it('shows everyone the headline targets staff chose, with their source', async () => {
    const res = await t.app.request('/plans');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Chỉ tiêu phát triển hệ sinh thái năm 2026');
    expect(html).toContain('Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ');
    expect(html).toContain('Trung tâm, cơ sở hỗ trợ khởi nghiệp đổi mới sáng tạo');
    expect(html).toContain('(directory.innovative_startups), từ 01/01/2026 đến 10/05/2026');
    expect(html).not.toContain('Tỷ lệ dự án được hỗ trợ gọi được vốn');
    expect(html).not.toContain('/admin/plans/targets/');
  });

  it("shows staff the plan's overdue tasks and its targets' dashboard", async () => {
    await createUser(t, { email: 'staff@demo.example', roles: ['staff'] });
    const staff = await signIn(t, 'staff@demo.example');
    const planId = (await t.database.query<{ id: string }>('select id from plans_plans'))[0]!.id;
    const plan = await (await staff.get(`/admin/plans/${planId}`)).text();
    expect(plan).toContain('Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo');
    expect(plan).toContain('quá hạn'); // 3.1 was due on 31/03/2026
    const dashboard = await (await staff.get(`/admin/plans/${planId}/targets?year=2025`)).text();
    expect(dashboard).toContain('Doanh nghiệp được chứng nhận doanh nghiệp khoa học và công nghệ');
    expect(dashboard).toContain('Có nguy cơ chậm'); // CT2: 18 % of 20 %, the year over
    const admin = await (await staff.get('/admin')).text();
    expect(admin).toMatch(/1 nhiệm vụ quá hạn/);
  });

  it("shows the demo agency officer their department's tasks and its report", async () => {
    const officer = await signIn(t, 'agency@demo.innohub.vn', DEMO_PASSWORD);
    const mine = await (await officer.get('/admin/plans/my-tasks')).text();
    // SKHCN leads 3.1; 1.2 is the Department of Information and Communications' alone.
    expect(mine).toContain('Thành lập Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo tổng hợp');
    expect(mine).not.toContain('Chuyên mục khởi nghiệp trên Báo Hải Phòng');
    const [report] = await t.database.query<{ id: string }>(
      `select r.id from plans_reports r join plans_agencies a on a.organization_id = r.agency_id
        where a.code = 'SKHCN' and r.period_key = '2026-Q2'`,
    );
    expect((await officer.get(`/admin/plans/reports/${report!.id}`)).status).toBe(200);
  });
});
