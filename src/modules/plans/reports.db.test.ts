// Periodic agency reports: a quarterly schedule opens a report for each agency leading a task
// (a durable job, which also opens the next quarter's when it comes); the officer saves and
// submits it, and the submission is frozen; the centre returns it with a comment or accepts
// it (its tasks then stand where it says), each submission kept; an agency never sees another's
// report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { createAgency, type TestAgency } from './testing/fixtures';

const PLANS = '/admin/plans';

describe.each(testEngines)('periodic agency reports on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let skhcn: TestAgency;
  let sgddt: TestAgency;
  let planId = '';

  const reports = () =>
    t.database.query<{
      id: string;
      code: string;
      period_key: string;
      due_on: string;
      status: string;
    }>(
      `select r.id, a.code, r.period_key, r.due_on::text, r.status from plans_reports r
         join plans_agencies a on a.organization_id = r.agency_id order by r.period_key, a.code`,
    );
  const reportOf = async (code: string, period = '2026-Q2') =>
    (await reports()).find((r) => r.code === code && r.period_key === period)!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-05-20T03:00:00Z'));
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
    const res = await staff.post(`${PLANS}/new`, {
      title: 'Kế hoạch hỗ trợ khởi nghiệp',
      decisionNumber: '15/KH-UBND',
      decisionDate: '10/01/2026',
      periodStart: '2026',
      periodEnd: '2027',
    });
    planId = /plans\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    for (const [code, lead] of [
      ['1', skhcn.id],
      ['2', sgddt.id],
    ] as const)
      await staff.post(`${PLANS}/${planId}/tasks/new`, {
        code,
        title: `Chương trình ${code}`,
        leadAgencyId: lead,
      });
  });
  afterAll(() => t.close());

  it('opens a report for each lead agency when a quarterly schedule is set, and the next quarter when it comes', async () => {
    const bad = await staff.post(`${PLANS}/${planId}/reports/schedules`, {
      frequency: 'quarterly',
      dueDay: '31',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Nhập ngày từ 1 đến 28.');
    const res = await staff.post(`${PLANS}/${planId}/reports/schedules`, {
      frequency: 'quarterly',
      dueDay: '15',
    });
    expect(res.status).toBe(303);
    await settleJobs(t);
    expect(
      (await reports()).map((r) => `${r.code} ${r.period_key} ${r.due_on} ${r.status}`),
    ).toEqual(['SGDĐT 2026-Q2 2026-06-15 draft', 'SKHCN 2026-Q2 2026-06-15 draft']);
    t.setNow(new Date('2026-07-01T02:00:00Z'));
    await settleJobs(t);
    t.setNow(new Date('2026-05-20T03:00:00Z'));
    expect((await reports()).filter((r) => r.period_key === '2026-Q3')).toHaveLength(2);
  });

  it('lets the officer save, then submit; a submitted report is frozen and no one else sees it', async () => {
    const mine = await reportOf('SKHCN');
    const page = await (await skhcn.officer!.get(`${PLANS}/reports/${mine.id}`)).text();
    const taskId = /name="status_([0-9a-f-]{36})"/.exec(page)![1]!;
    expect((await sgddt.officer!.get(`${PLANS}/reports/${mine.id}`)).status).toBe(404);
    const fields = (version: string, intent: string, percent = '30') => ({
      version,
      intent,
      [`status_${taskId}`]: 'in_progress',
      [`percent_${taskId}`]: percent,
      [`note_${taskId}`]: 'Đã tổ chức 2 hội thảo.',
      difficulties: 'Thiếu chuyên gia cố vấn.',
      proposals: 'Bổ sung kinh phí mời chuyên gia.',
    });
    expect(
      (await skhcn.officer!.post(`${PLANS}/reports/${mine.id}`, fields('1', 'save', '130'))).status,
    ).toBe(422);
    expect(
      (await skhcn.officer!.post(`${PLANS}/reports/${mine.id}`, fields('1', 'save'))).status,
    ).toBe(303);
    expect(
      (await skhcn.officer!.post(`${PLANS}/reports/${mine.id}`, fields('2', 'submit'))).status,
    ).toBe(303);
    const again = await skhcn.officer!.post(
      `${PLANS}/reports/${mine.id}`,
      fields('3', 'submit', '90'),
    );
    expect(again.status).toBe(409);
    const stored = await t.database.query<{ status: string; n: number }>(
      `select r.status, (select count(*)::int from plans_report_submissions s where s.report_id = r.id) as n
         from plans_reports r where r.id = $1`,
      [mine.id],
    );
    expect(stored).toEqual([{ status: 'submitted', n: 1 }]);
    const board = await (await staff.get(`${PLANS}/${planId}/reports`)).text();
    expect(board).toContain('Đã nộp, chờ xem xét');
    expect(board).toContain('Chưa nộp');
  });

  it('returns with a comment (kept beside the revision), then accepts; each review audited', async () => {
    const mine = await reportOf('SKHCN');
    expect(
      (
        await staff.post(`${PLANS}/reports/${mine.id}/review`, {
          version: '3',
          outcome: 'returned',
          comment: '',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await staff.post(`${PLANS}/reports/${mine.id}/review`, {
          version: '3',
          outcome: 'returned',
          comment: 'Bổ sung số liệu hội thảo.',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await skhcn.officer!.post(`${PLANS}/reports/${mine.id}/review`, {
          version: '4',
          outcome: 'accepted',
        })
      ).status,
    ).toBe(404);
    const page = await (await skhcn.officer!.get(`${PLANS}/reports/${mine.id}`)).text();
    expect(page).toContain('Ý kiến: Bổ sung số liệu hội thảo.');
    const taskId = /name="status_([0-9a-f-]{36})"/.exec(page)![1]!;
    const revised = await skhcn.officer!.post(`${PLANS}/reports/${mine.id}`, {
      version: '4',
      intent: 'submit',
      [`status_${taskId}`]: 'in_progress',
      [`percent_${taskId}`]: '35',
      [`note_${taskId}`]: 'Đã tổ chức 2 hội thảo, 120 người tham dự.',
    });
    expect(revised.status).toBe(303);
    const task = () =>
      t.database.query<{ status: string; percent: number; note: string }>(
        'select status, percent_done as percent, progress_note as note from plans_tasks where id = $1',
        [taskId],
      );
    // Submitted and returned statements are the agency's, not yet the task's.
    expect(await task()).toEqual([{ status: 'not_started', percent: 0, note: '' }]);
    expect(
      (
        await staff.post(`${PLANS}/reports/${mine.id}/review`, {
          version: '5',
          outcome: 'accepted',
        })
      ).status,
    ).toBe(303);
    // Accepted, the statement is where the task stands (the consolidated reports read the tasks).
    expect(await task()).toEqual([
      { status: 'in_progress', percent: 35, note: 'Đã tổ chức 2 hội thảo, 120 người tham dự.' },
    ]);
    const [acceptance] = await t.database.query<{ after: { tasks: unknown } }>(
      `select after from platform_audit_log where entity_id = $1 and action = 'plans.report:accept'`,
      [mine.id],
    );
    expect(acceptance!.after.tasks).toEqual([
      { code: '1', status: 'in_progress', percentDone: 35 },
    ]);
    const submissions = await t.database.query<{
      number: number;
      outcome: string;
      percent: number;
    }>(
      `select number, outcome, (content->'lines'->0->>'percentDone')::int as percent
         from plans_report_submissions where report_id = $1 order by number`,
      [mine.id],
    );
    expect(submissions).toEqual([
      { number: 1, outcome: 'returned', percent: 30 },
      { number: 2, outcome: 'accepted', percent: 35 },
    ]);
    const audited = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where entity_id = $1 order by at`,
      [mine.id],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'plans.report:submit',
      'plans.report:return',
      'plans.report:submit',
      'plans.report:accept',
    ]);
    const list = await (await skhcn.officer!.get(`${PLANS}/my-tasks`)).text();
    expect(list).toContain('Kỳ 2026-Q2, hạn 15/06/2026');
    expect(list).toContain('Đã chấp nhận');
  });
});

describe.each(testEngines)('report reminders and escalation on %s', (engine) => {
  let t: TestApp;
  let skhcn: TestAgency;
  let sgddt: TestAgency;

  const outbox = () =>
    t.database.query<{ to: string; subject: string }>(
      `select "to", subject from platform_mail_outbox where template like 'plans.%' order by created_at, "to"`,
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-05-20T03:00:00Z'));
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    const staff = await signIn(t, 'trang@sokhcn.example');
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
    const res = await staff.post(`${PLANS}/new`, {
      title: 'Kế hoạch hỗ trợ khởi nghiệp',
      decisionNumber: '15/KH-UBND',
      decisionDate: '10/01/2026',
      periodStart: '2026',
      periodEnd: '2026',
    });
    const planId = /plans\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    for (const [code, lead] of [
      ['1', skhcn.id],
      ['2', sgddt.id],
    ] as const)
      await staff.post(`${PLANS}/${planId}/tasks/new`, {
        code,
        title: `Chương trình ${code}`,
        leadAgencyId: lead,
      });
    await staff.post(`${PLANS}/${planId}/reports/schedules`, {
      frequency: 'quarterly',
      dueDay: '15',
    });
    await settleJobs(t);
  });
  afterAll(() => t.close());

  it('reminds the agencies that have not submitted three days before the due day, once', async () => {
    const [mine] = await t.database.query<{ id: string }>(
      `select r.id from plans_reports r join plans_agencies a on a.organization_id = r.agency_id where a.code = 'SKHCN'`,
    );
    const page = await (await skhcn.officer!.get(`${PLANS}/reports/${mine!.id}`)).text();
    const taskId = /name="status_([0-9a-f-]{36})"/.exec(page)![1]!;
    await skhcn.officer!.post(`${PLANS}/reports/${mine!.id}`, {
      version: '1',
      intent: 'submit',
      [`status_${taskId}`]: 'in_progress',
      [`percent_${taskId}`]: '50',
    });
    t.setNow(new Date('2026-06-11T23:00:00Z')); // 06:00 on 12/06: not yet
    await settleJobs(t);
    expect(await outbox()).toEqual([]);
    t.setNow(new Date('2026-06-12T01:30:00Z')); // 08:30 on 12/06
    await settleJobs(t);
    await settleJobs(t);
    expect(await outbox()).toEqual([
      { to: 'vp@sgddt.example', subject: 'Nhắc nộp báo cáo kỳ 2026-Q2 (hạn 15/06/2026)' },
    ]);
  });

  it('tells an agency its report is overdue the day after, and counts it as the centre’s work', async () => {
    t.setNow(new Date('2026-06-16T02:00:00Z'));
    await settleJobs(t);
    expect((await outbox()).map((m) => m.subject)).toEqual([
      'Nhắc nộp báo cáo kỳ 2026-Q2 (hạn 15/06/2026)',
      'Báo cáo kỳ 2026-Q2 đã quá hạn (15/06/2026)',
    ]);
    const staff = await signIn(t, 'trang@sokhcn.example');
    expect(await (await staff.get('/admin')).text()).toContain('1 báo cáo định kỳ quá hạn');
    expect(await (await sgddt.officer!.get('/account')).text()).toContain(
      '1 báo cáo định kỳ quá hạn',
    );
  });
});
