// What an agency's report carries besides progress: evidence files (checked by their content, kept
// with the task's line, frozen with the submission, read only by the agency's officer and staff)
// and the values of the targets it reports (read by unit; recorded when the centre accepts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { createAgency, type TestAgency } from './testing/fixtures';

const PLANS = '/admin/plans';
const pdf = (text: string): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

describe.each(testEngines)('evidence files and target values on agency reports on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let skhcn: TestAgency;
  let sgddt: TestAgency;
  let skhdt: TestAgency;
  let reportId = '';
  let taskId = '';
  const targetIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-05-20T03:00:00Z'));
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    skhcn = await createAgency(t, { name: 'Sở KH&CN', code: 'SKHCN', officer: 'vp@skhcn.example' });
    sgddt = await createAgency(t, { name: 'Sở GD&ĐT', code: 'SGDĐT', officer: 'vp@sgddt.example' });
    skhdt = await createAgency(t, { name: 'Sở KH&ĐT', code: 'SKHĐT', officer: 'vp@skhdt.example' });
    const res = await staff.post(`${PLANS}/new`, {
      title: 'Kế hoạch hỗ trợ khởi nghiệp',
      decisionNumber: '15/KH-UBND',
      decisionDate: '10/01/2026',
      periodStart: '2026',
      periodEnd: '2027',
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
    for (const [code, unit, agency] of [
      ['CT1', 'percent', skhcn.id],
      ['CT2', 'count', skhcn.id],
      ['CT3', 'vnd', skhcn.id],
      ['CT4', 'count', sgddt.id],
      // An agency reporting a figure and leading no task.
      ['CT5', 'count', skhdt.id],
    ] as const) {
      const res = await staff.post(`${PLANS}/${planId}/targets/new`, {
        code,
        name: `Chỉ tiêu ${code}`,
        unit,
        baseline: '0',
        source: 'entered',
        reportingAgencyId: agency,
        target_2026: '100',
      });
      expect(res.status).toBe(303);
    }
    await staff.post(`${PLANS}/${planId}/reports/schedules`, {
      frequency: 'quarterly',
      dueDay: '15',
    });
    await settleJobs(t);
    reportId = (
      await t.database.query<{ id: string }>('select id from plans_reports where agency_id = $1', [
        skhcn.id,
      ])
    )[0]!.id;
    const page = await (await skhcn.officer!.get(`${PLANS}/reports/${reportId}`)).text();
    taskId = /name="status_([0-9a-f-]{36})"/.exec(page)![1]!;
    for (const row of await t.database.query<{ id: string; code: string }>(
      'select id, code from plans_targets',
    ))
      targetIds[row.code] = row.id;
  }, 180_000); // three agencies with officers (password hashes) on a busy machine
  afterAll(() => t.close());

  const form = (
    intent: string,
    version: string,
    files: [string, Uint8Array<ArrayBuffer>][],
    remove: string[] = [],
    values: Record<string, string> = {},
  ) => {
    const body = new FormData();
    for (const [code, value] of Object.entries(values))
      body.append(`target_${targetIds[code]}`, value);
    for (const [name, value] of Object.entries({
      version,
      intent,
      [`status_${taskId}`]: 'in_progress',
      [`percent_${taskId}`]: '40',
      [`note_${taskId}`]: 'Đã tổ chức hội thảo.',
      difficulties: '',
      proposals: '',
    }))
      body.append(name, value);
    for (const [name, bytes] of files) body.append(`evidence_${taskId}`, new File([bytes], name));
    for (const hash of remove) body.append(`remove_${taskId}`, hash);
    return body;
  };
  const evidence = async () =>
    (
      await t.database.query<{ evidence: { name: string; hash: string }[] | null }>(
        `select content->'lines'->0->'evidence' as evidence from plans_reports where id = $1`,
        [reportId],
      )
    )[0]!.evidence ?? [];

  it('opens a report for an agency that reports a target and leads no task, asking only for its figure', async () => {
    const [own] = await t.database.query<{ id: string }>(
      'select id from plans_reports where agency_id = $1',
      [skhdt.id],
    );
    expect(own).toBeDefined();
    const page = await (await skhdt.officer!.get(`${PLANS}/reports/${own!.id}`)).text();
    expect(page).toContain(`name="target_${targetIds.CT5}"`);
    expect(page).not.toContain('name="status_');
    const res = await skhdt.officer!.post(`${PLANS}/reports/${own!.id}`, {
      version: '1',
      intent: 'submit',
      [`target_${targetIds.CT5}`]: '12',
      difficulties: '',
      proposals: '',
    });
    expect(res.status).toBe(303);
    const [row] = await t.database.query<{ status: string; value: string }>(
      `select status, content->'targets'->0->>'value' as value from plans_reports where id = $1`,
      [own!.id],
    );
    expect(row).toEqual({ status: 'submitted', value: '12' });
  });

  it('refuses a file that is not a document by its content, saving nothing', async () => {
    const res = await skhcn.officer!.postMultipart(
      `${PLANS}/reports/${reportId}`,
      form('save', '1', [['bien-ban.pdf', new TextEncoder().encode('<html>not a pdf</html>')]]),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('kiểm tra theo nội dung tệp');
    expect(await evidence()).toEqual([]);
    const rows = await t.database.query<{ version: number }>(
      'select version from plans_reports where id = $1',
      [reportId],
    );
    expect(rows).toEqual([{ version: 1 }]);
  });

  it('keeps the files on the line, takes one off on request, and serves them to the agency and staff only', async () => {
    expect(
      (
        await skhcn.officer!.postMultipart(
          `${PLANS}/reports/${reportId}`,
          form('save', '1', [
            ['Biên bản hội thảo.pdf', pdf('one')],
            ['Danh sách.pdf', pdf('two')],
          ]),
        )
      ).status,
    ).toBe(303);
    const [first, second] = await evidence();
    expect([first!.name, second!.name]).toEqual(['Biên bản hội thảo.pdf', 'Danh sách.pdf']);
    expect(
      (
        await skhcn.officer!.postMultipart(
          `${PLANS}/reports/${reportId}`,
          form('save', '2', [], [second!.hash]),
        )
      ).status,
    ).toBe(303);
    expect((await evidence()).map((e) => e.name)).toEqual(['Biên bản hội thảo.pdf']);

    const path = `${PLANS}/reports/${reportId}/evidence/${first!.hash}`;
    const own = await skhcn.officer!.get(path);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(pdf('one'));
    expect((await staff.get(path)).status).toBe(200);
    expect((await sgddt.officer!.get(path)).status).toBe(404);
    expect(
      (await skhcn.officer!.get(`${PLANS}/reports/${reportId}/evidence/${'0'.repeat(64)}`)).status,
    ).toBe(404);
  });

  it("asks for the agency's own targets only and reads each value by its unit", async () => {
    const page = await (await skhcn.officer!.get(`${PLANS}/reports/${reportId}`)).text();
    for (const code of ['CT1', 'CT2', 'CT3'])
      expect(page).toContain(`name="target_${targetIds[code]}"`);
    expect(page).not.toContain(`name="target_${targetIds.CT4}"`);
    const bad = await skhcn.officer!.postMultipart(
      `${PLANS}/reports/${reportId}`,
      form('save', '3', [], [], { CT1: '120', CT2: '3,5', CT3: '1.500.000,5' }),
    );
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Nhập tỷ lệ là số nguyên từ 0 đến 100.');
    expect(html).toContain('Nhập số nguyên không âm.');
    expect(html).toContain('Nhập số tiền bằng đồng, số nguyên không âm.');
    const rows = await t.database.query<{ version: number }>(
      'select version from plans_reports where id = $1',
      [reportId],
    );
    expect(rows).toEqual([{ version: 3 }]);
  });

  it("freezes the files and values with the submission; acceptance records the values as the targets' figures", async () => {
    const values = { CT1: '45', CT2: '7', CT3: '1.500.000' };
    const sent = form('submit', '3', [], [], values);
    expect((await skhcn.officer!.postMultipart(`${PLANS}/reports/${reportId}`, sent)).status).toBe(
      303,
    );
    const entered = () =>
      t.database.query<{ code: string; entered: string | null }>(
        `select t.code, y.entered_value::text as entered from plans_targets t
           join plans_target_years y on y.target_id = t.id and y.year = 2026 order by t.code`,
      );
    expect((await entered()).every((r) => r.entered === null)).toBe(true);
    const accepted = await staff.post(`${PLANS}/reports/${reportId}/review`, {
      version: '4',
      outcome: 'accepted',
    });
    expect(accepted.status).toBe(303);
    expect(await entered()).toEqual([
      { code: 'CT1', entered: '45' },
      { code: 'CT2', entered: '7' },
      { code: 'CT3', entered: '1500000' },
      { code: 'CT4', entered: null },
      { code: 'CT5', entered: null },
    ]);
    const [submission] = await t.database.query<{ names: string[] }>(
      `select array(select e->>'name' from jsonb_array_elements(content->'lines'->0->'evidence') e) as names
         from plans_report_submissions where report_id = $1`,
      [reportId],
    );
    expect(submission!.names).toEqual(['Biên bản hội thảo.pdf']);
    const page = await (await staff.get(`${PLANS}/reports/${reportId}`)).text();
    expect(page).toContain('Biên bản hội thảo.pdf');
  });
});
