// A plan's dashboard: the tasks by status and lead agency and the overdue ones as the database
// holds them, the targets by status, and each agency's reporting discipline (on time, late,
// missing) per period — charts drawn as SVG with their figures in tables, for staff only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { plansModule } from './index';

/** The rows of the table with this caption: its header cell and its cells as text. */
function tableRows(html: string, caption: string): string[][] {
  const at = html.indexOf(`<caption>${caption}</caption>`);
  expect(at).toBeGreaterThan(-1);
  const body = html.slice(at, html.indexOf('</table>', at));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)]
    .slice(1)
    .map((row) =>
      [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) =>
        cell[1]!.replace(/<[^>]+>/g, '').trim(),
      ),
    );
}

describe.each(testEngines)("a plan's dashboard on %s", (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let html = '';
  let path = '';

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-07-01T03:00:00Z'));
    await plansModule.seeds!.demo!(t.deps);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    const planId = (await t.database.query<{ id: string }>('select id from plans_plans'))[0]!.id;
    path = `/admin/plans/${planId}/dashboard`;
    const res = await staff.get(`${path}?year=2026`);
    expect(res.status).toBe(200);
    html = await res.text();
  });
  afterAll(() => t.close());

  it('draws its charts on the server, each an image with a title and its figures in a table', () => {
    expect(html.match(/<svg role="img"/g)).toHaveLength(3);
    for (const title of [
      'Nhiệm vụ theo tình trạng',
      'Chỉ tiêu theo mức độ thực hiện',
      'Số báo cáo nộp đúng hạn theo cơ quan',
    ])
      expect(html).toContain(`<caption>${title}</caption>`);
    expect(html).not.toContain('<script');
  });

  it('counts the tasks by status and the overdue tasks as the database holds them', async () => {
    const counts = await t.database.query<{ status: string; n: number }>(
      'select status, count(*)::int as n from plans_tasks group by status',
    );
    const byStatus = tableRows(html, 'Nhiệm vụ theo tình trạng');
    const label = {
      not_started: 'Chưa triển khai',
      in_progress: 'Đang thực hiện',
      done: 'Hoàn thành',
    };
    for (const { status, n } of counts)
      if (status in label)
        expect(byStatus).toContainEqual([label[status as keyof typeof label], String(n)]);
    const overdue = await t.database.query<{ title: string }>(
      `select title from plans_tasks where due_on < '2026-07-01'
          and status in ('not_started', 'in_progress') order by position`,
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(html).toContain(`Nhiệm vụ quá hạn (${overdue.length})`);
    for (const { title } of overdue) expect(html).toContain(title);
  });

  it("shows each agency's reports per period as on time, late or missing", () => {
    const rows = tableRows(html, 'Tình hình nộp báo cáo của các cơ quan');
    const row = (name: string) => rows.find((r) => r[0] === name)!;
    // Columns: agency, 2026-Q2, 2026-Q1, on time, late, missing.
    expect(html).toMatch(/<th scope="col">2026-Q2<\/th><th scope="col">2026-Q1<\/th>/);
    expect(row('Sở Khoa học và Công nghệ thành phố Hải Phòng')).toEqual([
      'Sở Khoa học và Công nghệ thành phố Hải Phòng',
      'Đúng hạn',
      'Đúng hạn',
      '2',
      '0',
      '0',
    ]);
    expect(row('Sở Giáo dục và Đào tạo thành phố Hải Phòng').slice(1)).toEqual([
      'Chưa nộp',
      'Muộn',
      '0',
      '1',
      '1',
    ]);
    expect(row('Sở Kế hoạch và Đầu tư thành phố Hải Phòng').slice(1)).toEqual([
      'Chưa nộp',
      'Chưa nộp',
      '0',
      '0',
      '2',
    ]);
  });

  it('answers 404 to an agency officer and to an unknown plan', async () => {
    await createUser(t, { email: 'vp@sgddt.example', roles: ['agency'] });
    const officer = await signIn(t, 'vp@sgddt.example');
    expect((await officer.get(path)).status).toBe(404);
    expect((await staff.get('/admin/plans/not-a-plan/dashboard')).status).toBe(404);
  });
});
