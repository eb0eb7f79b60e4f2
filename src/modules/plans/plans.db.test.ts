// The plan as the Department of Science and Technology keeps it: staff create a plan, add
// tasks by hand and from the task appendix (XLSX, previewed, all rows or none), amend it by a
// later decision (the previous revision kept); each agency's officer sees only the tasks its
// organisation leads or co-ordinates and reports progress on those it leads; stale edits 409.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { appendixXlsx, createAgency, fileForm, type TestAgency } from './testing/fixtures';

const PLANS = '/admin/plans';

describe.each(testEngines)('plans and their tasks on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let skhcn: TestAgency;
  let sgddt: TestAgency;
  let planId = '';

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.database.query<{ n: number }>(sql, params))[0]!.n);
  const taskId = async (code: string) =>
    (
      await t.database.query<{ id: string }>(
        'select id from plans_tasks where plan_id = $1 and code = $2',
        [planId, code],
      )
    )[0]!.id;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    skhcn = await createAgency(t, {
      name: 'Sở Khoa học và Công nghệ',
      code: 'SKHCN',
      officer: 'vp@skhcn.example',
    });
    sgddt = await createAgency(t, {
      name: 'Sở Giáo dục và Đào tạo',
      code: 'SGDĐT',
      officer: 'vp@sgddt.example',
    });
    await createAgency(t, { name: 'Sở Thông tin và Truyền thông', code: 'STTTT' });
  });
  afterAll(() => t.close());

  it('creates a plan with its legal basis and period, refusing a period that runs backwards', async () => {
    const bad = await staff.post(`${PLANS}/new`, {
      title: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp ĐMST đến năm 2030',
      decisionNumber: '1394/QĐ-UBND',
      decisionDate: '05/06/2025',
      periodStart: '2030',
      periodEnd: '2026',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Năm kết thúc không được trước năm bắt đầu.');
    const res = await staff.post(`${PLANS}/new`, {
      title: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp ĐMST đến năm 2030',
      decisionNumber: '1394/QĐ-UBND',
      decisionDate: '05/06/2025',
      periodStart: '2025',
      periodEnd: '2030',
      goals: 'Hỗ trợ 100 dự án khởi nghiệp đổi mới sáng tạo.',
    });
    expect(res.status).toBe(303);
    planId = /\/admin\/plans\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    const page = await (await staff.get(`${PLANS}/${planId}`)).text();
    expect(page).toContain('Ban hành theo 1394/QĐ-UBND ngày 05/06/2025 · lần 1');
  });

  it('adds a programme and a task by hand; a task without its parent or with an unlisted agency is refused', async () => {
    const programme = await staff.post(`${PLANS}/${planId}/tasks/new`, {
      code: '1',
      title: 'Thông tin, tuyên truyền về khởi nghiệp đổi mới sáng tạo',
      leadAgencyId: skhcn.id,
    });
    expect(programme.status).toBe(303);
    const orphan = await staff.post(`${PLANS}/${planId}/tasks/new`, {
      code: '2.1',
      title: 'Một dự án không có chương trình',
    });
    expect(orphan.status).toBe(422);
    expect(await orphan.text()).toContain('Chưa có mục 2 để chứa nhiệm vụ này.');
    const stranger = await staff.post(`${PLANS}/${planId}/tasks/new`, {
      code: '1.1',
      title: 'Nhiệm vụ',
      leadAgencyId: '00000000-0000-4000-8000-000000000000',
      budget_local: '1,5 tỷ',
    });
    const html = await stranger.text();
    expect(stranger.status).toBe(422);
    expect(html).toContain('Hãy chọn một cơ quan trong danh sách cơ quan tham gia kế hoạch.');
    expect(html).toContain('Nhập số tiền bằng đồng');
    const body = new URLSearchParams({
      code: '1.1',
      title: 'Xây dựng chuyên mục khởi nghiệp trên báo và đài',
      leadAgencyId: skhcn.id,
      startsOn: '2025-07-01',
      dueOn: '31/12/2025',
      deliverables: 'Chuyên mục hằng tháng',
      budget_local: '1.500.000.000',
    });
    body.append('coordinatingAgencyIds', sgddt.id);
    const task = await staff.send('POST', `${PLANS}/${planId}/tasks/new`, body.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(task.status).toBe(303);
    const row = (
      await t.database.query<{ parent_code: string; level: string; amount: string }>(
        `select p.code as parent_code, c.level, b.amount_vnd::text as amount
           from plans_tasks c join plans_tasks p on p.id = c.parent_id
           join plans_task_budgets b on b.task_id = c.id where c.code = '1.1'`,
      )
    )[0];
    expect(row).toEqual({ parent_code: '1', level: 'project', amount: '1500000000' });
  });

  it('imports nothing from an appendix with a broken row, and says which row and why', async () => {
    const before = await count('select count(*)::int as n from plans_tasks');
    const xlsx = await appendixXlsx([
      ['2', 'Phát triển nguồn nhân lực khởi nghiệp', 'SGDĐT', '', '2025', '2030', '', '', ''],
      [
        '2.1',
        'Đưa khởi nghiệp vào trường học',
        'Sở Giáo dục và Đào tạo',
        'SKHCN',
        '01/2026',
        '12/2026',
        'Chương trình',
        '800.000.000',
        '',
      ],
      [
        '2.2',
        'Cuộc thi khởi nghiệp sinh viên',
        'Sở Du lịch',
        '',
        '2026',
        '2025',
        '',
        'nhiều tiền',
        '',
      ],
    ]);
    const preview = await staff.postMultipart(
      `${PLANS}/${planId}/import`,
      fileForm('phu-luc.xlsx', xlsx),
    );
    const html = await preview.text();
    expect(preview.status).toBe(200);
    expect(html).toContain('Tệp còn lỗi nên chưa nhập được.');
    expect(html).toContain('Dòng 4, cột Cơ quan chủ trì: Không có cơ quan &quot;Sở Du lịch&quot;');
    expect(html).toContain('Dòng 4, cột Ngân sách địa phương:');
    expect(html).toContain(
      'Dòng 4, cột Thời gian hoàn thành: Ngày hoàn thành không được trước ngày bắt đầu.',
    );
    expect(html).not.toContain('Nhập 2 mục');
    // Even posted by hand, the import of a file with problems changes nothing.
    const importId = (
      await t.database.query<{ id: string }>(
        'select id from plans_imports order by created_at desc limit 1',
      )
    )[0]!.id;
    const forced = await staff.post(`${PLANS}/${planId}/import/${importId}`);
    expect(forced.status).toBe(422);
    expect(await count('select count(*)::int as n from plans_tasks')).toBe(before);
    const corrupt = xlsx.slice(0, 400);
    const broken = await staff.postMultipart(
      `${PLANS}/${planId}/import`,
      fileForm('hong.xlsx', corrupt),
    );
    expect(broken.status).toBe(422);
    expect(await broken.text()).toContain('Tệp không phải bảng tính Excel (.xlsx) đọc được.');
    expect(await count('select count(*)::int as n from plans_tasks')).toBe(before);
  });

  it('imports a valid appendix in one go, once', async () => {
    const xlsx = await appendixXlsx([
      ['2', 'Phát triển nguồn nhân lực khởi nghiệp', 'SGDĐT', '', '2025', '2030', '', '', ''],
      [
        '2.1',
        'Đưa khởi nghiệp vào trường học',
        'Sở Giáo dục và Đào tạo',
        'SKHCN',
        '01/2026',
        '12/2026',
        'Chương trình',
        '800.000.000',
        '200000000',
      ],
      [
        '2.1.1',
        'Tập huấn giáo viên',
        'SGDĐT',
        '',
        new Date(Date.UTC(2026, 2, 1)),
        '30/06/2026',
        '200 giáo viên',
        '',
        '',
      ],
    ]);
    const preview = await staff.postMultipart(
      `${PLANS}/${planId}/import`,
      fileForm('phu-luc.xlsx', xlsx),
    );
    const html = await preview.text();
    expect(html).toContain('Tệp hợp lệ: 3 mục sẵn sàng để nhập.');
    const action = /action="(\/admin\/plans\/[^"]+\/import\/[0-9a-f-]{36})"/.exec(html)![1]!;
    const done = await staff.post(action);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toContain('done=imported&count=3');
    const again = await staff.post(action);
    expect(again.headers.get('location')).toContain('done=alreadyImported');
    const rows = await t.database.query<{
      code: string;
      level: string;
      due_on: string;
      parent: string | null;
    }>(
      `select c.code, c.level, c.due_on::text, p.code as parent from plans_tasks c
           left join plans_tasks p on p.id = c.parent_id where c.plan_id = $1 and c.code like '2%' order by c.code`,
      [planId],
    );
    expect(rows).toEqual([
      { code: '2', level: 'programme', due_on: '2030-12-31', parent: null },
      { code: '2.1', level: 'project', due_on: '2026-12-31', parent: '2' },
      { code: '2.1.1', level: 'task', due_on: '2026-06-30', parent: '2.1' },
    ]);
  });

  it("shows each agency only its own tasks; another agency's task does not exist for it", async () => {
    const mine = await (await sgddt.officer!.get(`${PLANS}/my-tasks`)).text();
    expect(mine).toContain('Đưa khởi nghiệp vào trường học');
    expect(mine).toContain('Xây dựng chuyên mục khởi nghiệp'); // co-ordinated
    expect(mine).not.toContain('Thông tin, tuyên truyền về khởi nghiệp'); // SKHCN's alone
    const skhcnOnly = await taskId('1');
    expect((await sgddt.officer!.get(`${PLANS}/tasks/${skhcnOnly}`)).status).toBe(404);
    const res = await sgddt.officer!.post(`${PLANS}/tasks/${skhcnOnly}/progress`, {
      version: '1',
      status: 'done',
      percentDone: '100',
    });
    expect(res.status).toBe(404);
    expect(
      await count(`select count(*)::int as n from plans_tasks where id = $1 and status = 'done'`, [
        skhcnOnly,
      ]),
    ).toBe(0);
    expect((await sgddt.officer!.get(PLANS)).status).toBe(404);
    expect((await sgddt.officer!.get(`${PLANS}/${planId}`)).status).toBe(404);
  });

  it('lets the lead agency report progress, not a co-ordinating one; a stale report gets 409', async () => {
    const id = await taskId('1.1');
    const coordinator = await sgddt.officer!.post(`${PLANS}/tasks/${id}/progress`, {
      version: '1',
      status: 'in_progress',
      percentDone: '50',
    });
    expect(coordinator.status).toBe(403);
    const bad = await skhcn.officer!.post(`${PLANS}/tasks/${id}/progress`, {
      version: '1',
      status: 'in_progress',
      percentDone: '150',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Nhập tỷ lệ hoàn thành là số nguyên từ 0 đến 100.');
    const ok = await skhcn.officer!.post(`${PLANS}/tasks/${id}/progress`, {
      version: '1',
      status: 'in_progress',
      percentDone: '40',
      progressNote: 'Đã phát sóng 6 chuyên mục.',
    });
    expect(ok.status).toBe(303);
    const stale = await staff.post(`${PLANS}/tasks/${id}`, {
      version: '1',
      title: 'Chuyên mục khởi nghiệp',
      leadAgencyId: skhcn.id,
    });
    expect(stale.status).toBe(409);
    const row = (
      await t.database.query<{ title: string; percent_done: number }>(
        'select title, percent_done from plans_tasks where id = $1',
        [id],
      )
    )[0];
    expect(row).toEqual({
      title: 'Xây dựng chuyên mục khởi nghiệp trên báo và đài',
      percent_done: 40,
    });
  });

  it('keeps the previous revision when a later decision amends the plan', async () => {
    const page = await (await staff.get(`${PLANS}/${planId}`)).text();
    const version = /name="version" value="(\d+)"/.exec(page)![1]!;
    const early = await staff.post(`${PLANS}/${planId}/amend`, {
      version,
      amend_decisionNumber: '12/QĐ-UBND',
      amend_decisionDate: '01/01/2020',
    });
    expect(early.status).toBe(422);
    const res = await staff.post(`${PLANS}/${planId}/amend`, {
      version,
      amend_decisionNumber: '2100/QĐ-UBND',
      amend_decisionDate: '15/09/2026',
      amend_note: 'Bổ sung nhiệm vụ chuyển đổi số',
    });
    expect(res.status).toBe(303);
    const stale = await staff.post(`${PLANS}/${planId}/amend`, {
      version,
      amend_decisionNumber: '2200/QĐ-UBND',
      amend_decisionDate: '16/09/2026',
    });
    expect(stale.status).toBe(409);
    const now = await (await staff.get(`${PLANS}/${planId}`)).text();
    expect(now).toContain('Ban hành theo 2100/QĐ-UBND ngày 15/09/2026 · lần 2');
    const kept = await (await staff.get(`${PLANS}/${planId}/revisions/1`)).text();
    expect(kept).toContain('Theo 1394/QĐ-UBND ngày 05/06/2025; được điều chỉnh bởi 2100/QĐ-UBND');
    expect(kept).toContain('Tập huấn giáo viên');
    expect((await staff.get(`${PLANS}/${planId}/revisions/7`)).status).toBe(404);
  });
});
