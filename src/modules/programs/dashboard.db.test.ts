import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import type { Actor, Role } from '../../platform/authz';
import { createOrganization, type TOrganizationFieldsInput } from '../directory';
import { ZCallForm } from './domain/call-form';
import { storeUploads, withUploads } from './services/applications/application-answers';
import { getCallDashboard } from './services/calls/call-dashboard.queries';
import { createCall } from './services/calls/create-call';
import { createProgramme } from './services/programmes/create-programme';
import { acceptApplication } from './services/decisions/decide-accept';
import { rejectApplication } from './services/decisions/decide-reject';
import { publishProgramme } from './services/programmes/publish-programme';
import { saveDraft } from './services/applications/save-draft';
import { startApplication } from './services/applications/start-application';
import { submitApplication } from './services/applications/submit-application';
import { withdrawApplication } from './services/applications/withdraw-application';

const FORM = ZCallForm.parse({
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án', en: 'Project' },
      questions: [
        { id: 'name', kind: 'short_text', label: { vi: 'Tên dự án' }, isRequired: true },
        { id: 'staff', kind: 'number', label: { vi: 'Số nhân sự' } },
        { id: 'budget', kind: 'money_vnd', label: { vi: 'Kinh phí đề nghị' } },
        { id: 'founded', kind: 'date', label: { vi: 'Ngày thành lập' } },
        {
          id: 'field',
          kind: 'single_choice',
          label: { vi: 'Lĩnh vực' },
          options: [
            { value: 'agri', label: { vi: 'Nông nghiệp' } },
            { value: 'health', label: { vi: 'Y tế' } },
          ],
        },
        {
          id: 'markets',
          kind: 'multiple_choice',
          label: { vi: 'Thị trường' },
          options: [
            { value: 'vn', label: { vi: 'Trong nước' } },
            { value: 'asean', label: { vi: 'ASEAN' } },
          ],
        },
        { id: 'deck', kind: 'file', label: { vi: 'Hồ sơ thuyết minh' }, types: ['pdf', 'png'] },
        { id: 'team', kind: 'team_members', label: { vi: 'Thành viên' } },
      ],
    },
  ],
});

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\ntrailer\n%%EOF\n`);
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe.each(testEngines)('call dashboard and exports on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: Actor;
  let founder: Actor;
  let staffBrowser: BrowserSession;
  let founderBrowser: BrowserSession;
  let memberBrowser: BrowserSession;
  let callId = '';
  let emptyCallSlug = '';
  let base = '';
  const apps: Record<string, { id: string; receipt?: string }> = {};
  const files: Record<string, Uint8Array> = {};
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const db = () => t.deps.database.db;

  async function account(email: string, roles: Role[] = []): Promise<Actor> {
    const u = await createUser(t, { email, roles, name: email.split('@')[0] });
    return {
      kind: 'user',
      user: { id: u.id, name: email, email, locale: 'vi', twoFactorEnabled: false },
      roles: new Set<Role>(['member', ...roles]),
    };
  }

  /** A directory profile managed by an account organisation the founder owns. */
  async function applicant(fields: Omit<TOrganizationFieldsInput, 'kind'> & { kind?: string }) {
    const accountOrg = `acc-${Math.random().toString(36).slice(2, 10)}`;
    await q(`insert into identity_organizations (id, name, slug) values ($1, $2, $1)`, [
      accountOrg,
      fields.legalName,
    ]);
    const userId = founder.kind === 'user' ? founder.user.id : '';
    await q(
      `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, 'owner')`,
      [`${accountOrg}-m`, accountOrg, userId],
    );
    const r = await createOrganization(db(), { actor: staff }, {
      kind: 'startup',
      firstRegisteredOn: '2024-03-01',
      ...fields,
    } as TOrganizationFieldsInput);
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    await q(`update directory_organizations set managed_by = $1 where id = $2`, [
      accountOrg,
      r.organization.id,
    ]);
    return r.organization.id;
  }

  /** Started, saved and (unless a draft is wanted) submitted through the applicant's commands. */
  async function apply(
    key: string,
    organizationId: string,
    answers: Record<string, unknown>,
    uploads: { name: string; bytes: Uint8Array }[] = [],
    isSubmitted = true,
  ) {
    const audit = { actor: founder };
    const started = await startApplication(t.deps, audit, { callId, organizationId });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const stored = await storeUploads(
      t.deps.files,
      FORM,
      uploads.map((u) => ({ questionId: 'deck', ...u })),
    );
    if (!stored.ok) throw new Error(JSON.stringify(stored.errors));
    const saved = await saveDraft(t.deps, audit, {
      applicationId: started.application.id,
      expectedVersion: started.application.version,
      answers: withUploads(answers, stored.stored),
      uploads: stored.stored,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    apps[key] = { id: started.application.id };
    if (!isSubmitted) return;
    const submitted = await submitApplication(t.deps, audit, {
      applicationId: saved.application.id,
      idempotencyKey: `submit-${key}-0001`,
      expectedVersion: saved.application.version,
    });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    apps[key]!.receipt = submitted.application.receiptNumber ?? undefined;
    stored.stored.forEach((s, i) => (files[`${key}/${s.fileName}`] = uploads[i]!.bytes));
  }

  /** A review round of the call with one reviewer per application; sheets as given. */
  async function review(sheets: [string, 'draft' | 'submitted'][]) {
    const userId = staff.kind === 'user' ? staff.user.id : '';
    const [round] = await q<{ id: string }>(
      `insert into programs_review_rounds (call_id, kind, title_vi, rubric, seed, created_by)
       values ($1, 'scoring', 'Chấm', '[]', 'seed', $2) returning id`,
      [callId, userId],
    );
    for (const [key, status] of sheets) {
      const [assignment] = await q<{ id: string }>(
        `insert into programs_review_assignments (round_id, application_id, reviewer_id, is_manual, created_by)
         values ($1, $2, $3, true, $3) returning id`,
        [round!.id, apps[key]!.id, userId],
      );
      await q(
        `insert into programs_score_sheets (assignment_id, round_id, application_id, reviewer_id, application_version, status)
         values ($1, $2, $3, $4, 1, $5)`,
        [assignment!.id, round!.id, apps[key]!.id, userId, status],
      );
    }
  }

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    staff = await account('staff@dashboard.example', ['staff']);
    founder = await account('founder@dashboard.example');
    await account('member@dashboard.example');
    staffBrowser = await signIn(t, 'staff@dashboard.example');
    founderBrowser = await signIn(t, 'founder@dashboard.example');
    memberBrowser = await signIn(t, 'member@dashboard.example');

    const audit = { actor: staff };
    const p = await createProgramme(t.deps, audit, { kind: 'funding', titleVi: 'SpeedUP 2026' });
    if (!p.ok) throw new Error('programme');
    await publishProgramme(t.deps, audit, {
      programmeId: p.programme.id,
      expectedVersion: p.programme.version,
    });
    const window = {
      opensAt: new Date('2026-10-01T01:00:00Z'),
      closesAt: new Date('2026-12-01T10:00:00Z'),
      status: 'published' as const,
      form: FORM,
    };
    const c = await createCall(t.deps, audit, {
      programmeId: p.programme.id,
      ...window,
      titleVi: 'Đợt 1',
      eligibility: { maxOrganizationAgeYears: 5, organizationKinds: ['startup', 'sme'] },
    });
    const empty = await createCall(t.deps, audit, {
      programmeId: p.programme.id,
      ...window,
      titleVi: 'Đợt 2',
      eligibility: {},
    });
    if (!c.ok || !empty.ok) throw new Error('call');
    callId = c.call.id;
    emptyCallSlug = empty.call.slug;
    base = `/admin/programs/${p.programme.slug}/calls/${c.call.slug}/dashboard`;
    t.setNow(new Date('2026-11-01T00:00:00Z'));

    const a = await applicant({
      legalName: 'Công ty AI Đà Nẵng',
      provinceCode: '48',
      sectors: ['ai', 'edtech'],
    });
    const b = await applicant({
      legalName: 'Nông Nghiệp Xanh',
      provinceCode: '48',
      sectors: ['agritech'],
    });
    const c3 = await applicant({ legalName: 'Xưởng Cơ Khí', kind: 'sme', provinceCode: '79' });
    const d = await applicant({ legalName: 'Ý Tưởng Mới' });
    const e = await applicant({ legalName: 'Rút Lui', provinceCode: '79', sectors: ['ai'] });

    await apply(
      'a',
      a,
      {
        name: '=Trợ lý AI',
        staff: '12',
        budget: '1.500.000.000',
        founded: '2024-03-01',
        field: 'health',
        markets: ['vn', 'asean'],
        team: [{ name: 'Lê Minh', role: 'CEO', email: 'minh@ai.example' }],
      },
      [
        { name: 'Hồ sơ dự án.pdf', bytes: pdf('a') },
        { name: 'so-do.png', bytes: PNG },
      ],
    );
    await apply('b', b, { name: 'Rau sạch', field: 'agri' }, [
      { name: 'thuyet-minh.pdf', bytes: pdf('b') },
    ]);
    await apply('c', c3, { name: 'Máy cày', budget: '200000000' });
    await apply('d', d, { name: 'Bản nháp' }, [], false);
    await apply('e', e, { name: 'Rút' });
    const withdrawn = (
      await q<{ version: number }>(`select version from programs_applications where id = $1`, [
        apps.e!.id,
      ])
    )[0]!;
    await withdrawApplication(
      t.deps,
      { actor: founder },
      { applicationId: apps.e!.id, expectedVersion: withdrawn.version },
    );
    // C's profile now says it was registered long ago: no longer eligible.
    await q(`update directory_organizations set first_registered_on = '2010-01-01' where id = $1`, [
      c3,
    ]);
    await review([
      ['a', 'submitted'],
      ['b', 'draft'],
    ]);
    expect(
      (
        await acceptApplication(
          t.deps,
          { actor: staff },
          { applicationId: apps.a!.id, expectedVersion: 0 },
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await rejectApplication(
          t.deps,
          { actor: staff },
          { applicationId: apps.c!.id, expectedVersion: 0 },
        )
      ).ok,
    ).toBe(true);
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('counts the funnel and the breakdowns of submitted applications', async () => {
    const [programmeSlug, , callSlug] = base.split('/').slice(3);
    const view = await getCallDashboard(
      t.deps,
      { actor: staff },
      { programmeSlug: programmeSlug!, callSlug: callSlug! },
    );
    expect(view.funnel).toEqual({
      drafts: 1,
      submitted: 3,
      withdrawn: 1,
      eligible: 2,
      reviewed: 1,
      accepted: 1,
    });
    const sorted = (rows: { value: string | null; n: number }[]) =>
      [...rows].sort((x, y) => String(x.value).localeCompare(String(y.value)));
    expect(sorted(view.bySector)).toEqual([
      { value: 'agritech', n: 1 },
      { value: 'ai', n: 1 },
      { value: 'edtech', n: 1 },
      { value: null, n: 1 },
    ]);
    expect(sorted(view.byProvince)).toEqual([
      { value: '48', n: 2 },
      { value: '79', n: 1 },
    ]);
    expect(sorted(view.byKind)).toEqual([
      { value: 'sme', n: 1 },
      { value: 'startup', n: 2 },
    ]);
  });

  it('shows the dashboard as charts with their figures, names rather than codes', async () => {
    const res = await staffBrowser.get(base);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<svg role="img"');
    expect(html).toContain('Đủ điều kiện: 2');
    expect(html).toContain('Đã chấm xong: 1');
    expect(html).toContain('Đà Nẵng: 2');
    expect(html).toContain('Hồ Chí Minh: 1');
    expect(html).toContain('Chưa khai báo');
    expect(html).toContain(`${base}/applications.xlsx`);
    const callPage = await (await staffBrowser.get(base.replace(/dashboard$/, 'edit'))).text();
    expect(callPage).toContain(`href="${base}"`);
    const empty = await staffBrowser.get(base.replace(/calls\/[^/]+/, `calls/${emptyCallSlug}`));
    expect(empty.status).toBe(200);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('Đợt này chưa có hồ sơ nào.');
    expect(emptyHtml).not.toContain('<svg');
  });

  it('exports every application to XLSX with a column per question', async () => {
    const res = await staffBrowser.get(`${base}/applications.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const [header, ...body] = rows.map((r) => r.slice(1));
    expect(header).toEqual([
      'Mã hồ sơ',
      'Đơn vị nộp',
      'Trạng thái',
      'Thời điểm nộp (giờ Việt Nam)',
      'Tên dự án',
      'Số nhân sự',
      'Kinh phí đề nghị',
      'Ngày thành lập',
      'Lĩnh vực',
      'Thị trường',
      'Hồ sơ thuyết minh',
      'Thành viên',
      'Kết quả',
    ]);
    expect(body).toHaveLength(5);
    const a = body.find((r) => r[0] === apps.a!.receipt)!;
    expect(a).toEqual([
      apps.a!.receipt,
      'Công ty AI Đà Nẵng',
      'Đã nộp',
      // 07:00 on 1 November in Vietnam, as the spreadsheet shows it.
      new Date('2026-11-01T07:00:00Z'),
      "'=Trợ lý AI",
      12,
      1_500_000_000,
      new Date('2024-03-01T00:00:00Z'),
      'Y tế',
      'Trong nước; ASEAN',
      'Hồ sơ dự án.pdf; so-do.png',
      'Lê Minh, CEO, minh@ai.example',
      'Được chọn',
    ]);
    expect(sheet.getColumn(7).numFmt).toBe('#,##0');
    const c = body.find((r) => r[0] === apps.c!.receipt)!;
    expect([c[1], c[2], c[6], c[12]]).toEqual([
      'Xưởng Cơ Khí',
      'Đã nộp',
      200_000_000,
      'Không được chọn',
    ]);
    expect(body.find((r) => r[1] === 'Rút Lui')?.[2]).toBe('Đã rút');
    // The draft has no receipt and no submitted answers; it comes last.
    const draft = body.at(-1)!;
    expect(draft[1]).toBe('Ý Tưởng Mới');
    expect(draft[2]).toBe('Bản nháp');
    expect(draft.slice(3, 12).filter((v) => v !== undefined && v !== null && v !== '')).toEqual([]);
    const [audit] = await q<{ n: number }>(
      `select count(*)::int as n from platform_audit_log where action = 'programs.application:export'`,
    );
    expect(audit!.n).toBeGreaterThan(0);
  });

  it('streams a ZIP of every submitted attachment, byte for byte', async () => {
    const res = await staffBrowser.get(`${base}/attachments.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    expect(names).toEqual(
      [
        `${apps.a!.receipt}/deck-Hồ sơ dự án.pdf`,
        `${apps.a!.receipt}/deck-so-do.png`,
        `${apps.b!.receipt}/deck-thuyet-minh.pdf`,
      ].sort(),
    );
    for (const [key, bytes] of Object.entries(files)) {
      const [app, fileName] = key.split('/') as [string, string];
      const entry = zip.file(`${apps[app]!.receipt}/deck-${fileName}`)!;
      expect(new Uint8Array(await entry.async('uint8array'))).toEqual(bytes);
    }
  });

  it('is not found for a member without the capability, or an applicant', async () => {
    for (const browser of [memberBrowser, founderBrowser]) {
      for (const path of [base, `${base}/applications.xlsx`, `${base}/attachments.zip`]) {
        expect((await browser.get(path)).status).toBe(404);
      }
    }
    await expect(
      getCallDashboard(
        t.deps,
        { actor: founder },
        { programmeSlug: base.split('/')[3]!, callSlug: base.split('/')[5]! },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await staffBrowser.get(base.replace(/calls\/[^/]+/, 'calls/khong-co'))).status).toBe(
      404,
    );
  });
});
