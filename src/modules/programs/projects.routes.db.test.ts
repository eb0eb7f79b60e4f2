import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS, type Actor } from '../../platform/authz';
import { createOrganization } from '../directory';
import { createProgramme } from './services/programmes/create-programme';

const NOW = new Date('2026-03-02T03:00:00Z');
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n');
/** A Windows program: "MZ", then what follows in any .exe header. */
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

describe.each(testEngines)('funded project pages on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let founder: BrowserSession;
  let otherMember: BrowserSession;
  let plain: BrowserSession;
  let slug = '';
  let orgSlug = '';
  let projectId = '';
  let milestoneId = '';
  let reportId = '';
  let reportFileId = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const list = () => `/admin/programs/${slug}/projects`;
  const one = () => `${list()}/${projectId}`;
  const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');

  /** A directory organisation managed by an account organisation owned by `ownerId`. */
  async function fundedOrganization(legalName: string, ownerId: string) {
    const r = await createOrganization(
      t.deps.database.db,
      { actor: ANONYMOUS, label: 'test' },
      { kind: 'startup', legalName },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    const account = `acc-${r.organization.slug}`;
    await q(`insert into identity_organizations (id, name, slug) values ($1, $2, $1)`, [
      account,
      legalName,
    ]);
    await q(
      `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, 'owner')`,
      [`m-${account}`, account, ownerId],
    );
    await q(`update directory_organizations set managed_by = $1 where id = $2`, [
      account,
      r.organization.id,
    ]);
    return r.organization;
  }

  /** Whether these bytes are in the private store (it names them by their SHA-256). */
  const isStored = async (bytes: Uint8Array) =>
    (await t.deps.files.readPrivate(createHash('sha256').update(bytes).digest('hex'))) !==
    undefined;
  /** A multipart form of these fields and files, as our pages post it. */
  function multipart(
    fields: Record<string, string>,
    files: [string, Uint8Array<ArrayBuffer>, string][] = [],
  ) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const [name, bytes, fileName] of files) form.append(name, new Blob([bytes]), fileName);
    return form;
  }
  const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

  /** Everything a write could change, to show that a refused one changed nothing. */
  const snapshot = () =>
    Promise.all([
      q(`select id, paid_vnd::text, version, status from programs_projects order by id`),
      q(`select count(*)::int as n from programs_project_disbursements`),
      q(`select count(*)::int as n from programs_project_milestones`),
      q(`select id, status from programs_project_reports order by id`),
      q(`select count(*)::int as n from programs_project_steps`),
      q(`select count(*)::int as n from programs_project_budget_lines`),
      q(`select count(*)::int as n from programs_project_files`),
    ]);

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    const s = await createUser(t, { email: 'staff@project-pages.example', roles: ['staff'] });
    const f = await createUser(t, { email: 'founder@project-pages.example' });
    const o = await createUser(t, { email: 'other@project-pages.example' });
    await createUser(t, { email: 'plain@project-pages.example' });
    staff = await signIn(t, s.email);
    founder = await signIn(t, f.email);
    otherMember = await signIn(t, o.email);
    plain = await signIn(t, 'plain@project-pages.example');
    const actor: Actor = {
      kind: 'user',
      user: { id: s.id, name: 'Cán Bộ', email: s.email, locale: 'vi', twoFactorEnabled: false },
      roles: new Set(['member', 'staff']),
    };
    const p = await createProgramme(
      t.deps,
      { actor },
      {
        kind: 'funding',
        titleVi: 'SpeedUP 2026',
        fundingCapVnd: 2_000_000_000n,
        maxDurationMonths: 24,
      },
    );
    if (!p.ok) throw new Error(JSON.stringify(p));
    slug = p.programme.slug;
    orgSlug = (await fundedOrganization('Công ty Y Tế Số', f.id)).slug;
    await fundedOrganization('Công ty Khác', o.id);
  });
  afterAll(() => t.close());

  it('staff create a project from a profile address; a refused one keeps what was typed', async () => {
    const fields = {
      organization: `http://localhost:3000/directory/organizations/${orgSlug}`,
      titleVi: 'Nền tảng chẩn đoán hình ảnh AI',
      awardVnd: '2.000.000.001',
      durationMonths: '24',
    };
    const refused = await staff.post(list(), fields);
    expect(refused.status).toBe(422);
    const page = await text(refused);
    expect(page).toContain('value="2.000.000.001"');
    expect(page).toContain('Kinh phí vượt mức tối đa của chương trình (2.000.000.000');
    expect(await q(`select id from programs_projects`)).toHaveLength(0);

    const res = await staff.post(list(), { ...fields, awardVnd: '2.000.000.000' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    projectId = /\/projects\/([0-9a-f-]{36})\?done=created$/.exec(location)?.[1] ?? '';
    expect(projectId).not.toBe('');
    const [row] = await q<{ award_vnd: string; duration_months: number }>(
      `select award_vnd::text, duration_months from programs_projects where id = $1`,
      [projectId],
    );
    expect(row).toEqual({ award_vnd: '2000000000', duration_months: 24 });
    // Typed Vietnamese style, shown back the same way.
    const listed = await text(await staff.get(list()));
    expect(listed).toContain('Nền tảng chẩn đoán hình ảnh AI');
    expect(listed).toMatch(/0\s₫ \/ 2\.000\.000\.000\s₫ \(0%\)/);
    // The programme's staff page links to the list.
    expect(await text(await staff.get(`/admin/programs/${slug}/edit`))).toContain(
      `href="${list()}"`,
    );
  });

  it('adds a milestone and a budget line, records the chain, the advance and a payment', async () => {
    const milestone = await staff.post(`${one()}/milestones`, {
      'milestone.title': 'Mẫu thử',
      'milestone.deliverables': 'Bản mẫu chạy được',
      'milestone.dueOn': '2026-06-30',
    });
    expect(milestone.status).toBe(303);
    milestoneId = (await q<{ id: string }>(`select id from programs_project_milestones`))[0]!.id;
    const line = await staff.post(`${one()}/budget`, {
      'line.label': 'Thuê máy chủ',
      'line.amountVnd': '150.000.000',
    });
    expect(line.status).toBe(303);
    for (const [kind, on, doc] of [
      ['council_decision', '2026-03-01', 'QĐ-12/HĐ'],
      ['agreement', '2026-03-10', 'HĐ-05'],
    ]) {
      const res = await staff.post(`${one()}/steps`, {
        'step.kind': kind!,
        'step.happenedOn': on!,
        'step.documentRef': doc!,
      });
      expect(res.status, kind).toBe(303);
    }
    const pay = (kind: string, amount: string, paidOn: string) =>
      staff.post(`${one()}/disbursements`, {
        'pay.kind': kind,
        'pay.amountVnd': amount,
        'pay.paidOn': paidOn,
        'pay.documentRef': 'UNC-7',
      });
    expect((await pay('advance', '600.000.000', '2026-03-15')).status).toBe(303);
    expect((await pay('payment', '400.000.000', '2026-04-01')).status).toBe(303);

    const before = await snapshot();
    const above = await pay('payment', '1.000.000.001', '2026-04-02');
    expect(above.status).toBe(422);
    const page = await text(above);
    expect(page).toMatch(/Tổng giải ngân sẽ vượt kinh phí hợp đồng; còn lại 1\.000\.000\.000\s₫/);
    expect(page).toContain('value="1.000.000.001"');
    expect(await snapshot()).toEqual(before);

    const shown = await text(await staff.get(one()));
    expect(shown).toContain('<progress id="paid-bar" max="100" value="50"');
    expect(shown).toContain('Đã giải ngân 50% kinh phí hợp đồng');
    expect(shown).toMatch(/Thuê máy chủ: 150\.000\.000\s₫/);
    expect(shown).toContain('10/03/2026 — số HĐ-05');
    expect(shown).toContain('30/06/2026</strong> — Mẫu thử');
    expect(shown).toContain('Chưa đến hạn');
    const [paid] = await q<{ paid_vnd: string }>(`select paid_vnd::text from programs_projects`);
    expect(paid?.paid_vnd).toBe('1000000000');
  });

  it('lets the startup report on a milestone, and staff accept the report', async () => {
    const mine = await text(await founder.get('/account/projects'));
    expect(mine).toContain('Nền tảng chẩn đoán hình ảnh AI');
    expect(mine).toContain('(50%)');
    const own = await founder.get(`/account/projects/${projectId}`);
    expect(own.status).toBe(200);
    expect(await text(own)).toContain(`for="body-${milestoneId}"`);

    const empty = await founder.post(`/account/projects/${projectId}/reports`, {
      milestoneId,
      body: '',
      documentRef: 'BC-01',
    });
    expect(empty.status).toBe(422);
    expect(await text(empty)).toContain('value="BC-01"');

    const sent = await founder.post(`/account/projects/${projectId}/reports`, {
      milestoneId,
      body: 'Bản mẫu đã chạy thử tại hai bệnh viện.',
      documentRef: 'BC-01',
    });
    expect(sent.status).toBe(303);
    const [report] = await q<{ id: string; status: string }>(
      `select id, status from programs_project_reports`,
    );
    expect(report?.status).toBe('submitted');
    reportId = report!.id;

    expect(await text(await staff.get(one()))).toContain(`${one()}/reports/${reportId}`);
    const accepted = await staff.post(`${one()}/reports/${reportId}`, {
      decision: 'accept',
      comment: '',
    });
    expect(accepted.status).toBe(303);
    expect((await q(`select status from programs_project_reports`))[0]).toEqual({
      status: 'accepted',
    });
    expect(await text(await founder.get(`/account/projects/${projectId}`))).toContain(
      'Đã chấp nhận',
    );
  });

  it('takes files with a report: a refused one saves nothing; members and staff download them', async () => {
    expect(
      (
        await staff.post(`${one()}/milestones`, {
          'milestone.title': 'Thử nghiệm lâm sàng',
          'milestone.dueOn': '2026-09-30',
        })
      ).status,
    ).toBe(303);
    const [{ id: second } = { id: '' }] = await q<{ id: string }>(
      `select id from programs_project_milestones where title = 'Thử nghiệm lâm sàng'`,
    );
    const own = await text(await founder.get(`/account/projects/${projectId}`));
    expect(own).toContain('enctype="multipart/form-data"');
    expect(own).toContain(`<label for="files-${second}">Tệp đính kèm (không bắt buộc)</label>`);
    expect(own).toContain(
      'Loại tệp: PDF, DOCX, XLSX, PNG, JPEG, ZIP; tối đa 5 tệp, mỗi tệp 20 MB.',
    );

    const fields = { milestoneId: second, body: 'Đã thử trên 120 ca.', documentRef: 'BC-02' };
    const report = (files: [string, Uint8Array<ArrayBuffer>, string][]) =>
      founder.postMultipart(`/account/projects/${projectId}/reports`, multipart(fields, files));
    const before = await snapshot();
    // A program renamed to .pdf, sent with a real PDF: both refused, the text kept.
    const renamed = await report([
      [`files-${second}`, PDF, 'bao-cao.pdf'],
      [`files-${second}`, EXE, 'so-lieu.pdf'],
    ]);
    expect(renamed.status).toBe(422);
    const page = await text(renamed);
    expect(page).toContain(
      'Tệp “so-lieu.pdf” không đúng loại cho phép (PDF, DOCX, XLSX, PNG, JPEG, ZIP).',
    );
    expect(page).toContain(`href="#files-${second}"`);
    expect(page).toContain('Đã thử trên 120 ca.');
    expect(page).toContain('value="BC-02"');
    const six = await report(
      Array.from({ length: 6 }, (_, i) => [`files-${second}`, PDF, `phu-luc-${i}.pdf`]),
    );
    expect(six.status).toBe(422);
    expect(await text(six)).toContain('Chỉ đính kèm được tối đa 5 tệp.');
    // Above the site's 1 MB body limit, the route takes a file up to 20 MB and says so above it.
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF);
    const oversize = await report([[`files-${second}`, big, 'ban-ve.pdf']]);
    expect(oversize.status).toBe(422);
    expect(await text(oversize)).toContain('Tệp “ban-ve.pdf” lớn hơn 20 MB.');
    expect(await snapshot()).toEqual(before);
    // Neither the program nor the PDF sent with it was kept.
    expect(await isStored(EXE)).toBe(false);
    expect(await isStored(PDF)).toBe(false);

    const sent = await report([[`files-${second}`, PDF, 'Báo cáo giữa kỳ.pdf']]);
    expect(sent.status).toBe(303);
    const files = await q<{ id: string; report_id: string; kind: string; bytes: number }>(
      `select id, report_id, kind, bytes from programs_project_files`,
    );
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ kind: 'pdf', bytes: PDF.length });
    reportFileId = files[0]!.id;
    const [mid] = await q<{ id: string }>(
      `select id from programs_project_reports where milestone_id = $1`,
      [second],
    );
    expect(files[0]!.report_id).toBe(mid!.id);

    const memberLink = `/account/projects/${projectId}/files/${reportFileId}`;
    expect(await text(await founder.get(`/account/projects/${projectId}`))).toContain(
      `<a href="${memberLink}">Báo cáo giữa kỳ.pdf</a>`,
    );
    const mine = await founder.get(memberLink);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await bytesOf(mine)).toEqual(PDF);

    const staffLink = `${one()}/files/${reportFileId}`;
    expect(await text(await staff.get(one()))).toContain(`href="${staffLink}"`);
    const theirs = await staff.get(staffLink);
    expect(theirs.status).toBe(200);
    expect(await bytesOf(theirs)).toEqual(PDF);
    // Only this project's files are served under it.
    expect((await staff.get(`${one()}/files/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await staff.get(`${one()}/files/not-an-id`)).status).toBe(404);
    // A visitor is sent to log in; the staff route is not the member's.
    const visitor = await new BrowserSession(t.app).get(memberLink);
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get('location')).toMatch(/^\/login\?next=/);
    expect((await staff.get(memberLink)).status).toBe(404);

    const accepted = await staff.post(`${one()}/reports/${mid!.id}`, { decision: 'accept' });
    expect(accepted.status).toBe(303);
  });

  it('keeps the signed document of a step and of a payment, listed and downloadable', async () => {
    const step = (file: [string, Uint8Array<ArrayBuffer>, string]) =>
      staff.postMultipart(
        `${one()}/steps`,
        multipart(
          {
            'step.kind': 'acceptance',
            'step.happenedOn': '2026-12-01',
            'step.documentRef': 'BB-NT-01',
          },
          [file],
        ),
      );
    const before = await snapshot();
    const refused = await step(['step.file', EXE, 'bien-ban.pdf']);
    expect(refused.status).toBe(422);
    const page = await text(refused);
    expect(page).toContain('Tệp “bien-ban.pdf” không đúng loại cho phép (PDF, DOCX, PNG, JPEG).');
    expect(page).toContain('value="BB-NT-01"');
    expect(await snapshot()).toEqual(before);
    expect(await isStored(EXE)).toBe(false);

    expect((await step(['step.file', PDF, 'Biên bản nghiệm thu.pdf'])).status).toBe(303);
    const paid = await staff.postMultipart(
      `${one()}/disbursements`,
      multipart(
        {
          'pay.kind': 'payment',
          'pay.amountVnd': '100.000.000',
          'pay.paidOn': '2026-12-02',
          'pay.documentRef': 'UNC-9',
        },
        [['pay.file', PDF, 'uy-nhiem-chi.pdf']],
      ),
    );
    expect(paid.status).toBe(303);
    const rows = await q<{ id: string; original_name: string; owner: string }>(
      `select id, original_name,
         case when step_id is not null then 'step' when disbursement_id is not null then 'payment' end as owner
       from programs_project_files where report_id is null order by created_at`,
    );
    expect(rows.map((r) => [r.original_name, r.owner])).toEqual([
      ['Biên bản nghiệm thu.pdf', 'step'],
      ['uy-nhiem-chi.pdf', 'payment'],
    ]);

    const shown = await text(await staff.get(one()));
    expect(shown).toMatch(
      /<strong>Nghiệm thu<\/strong>: 01\/12\/2026 — số BB-NT-01 · Người ghi nhận: [^<]+<ul class="files"[^>]*><li><a href="([^"]+)">Biên bản nghiệm thu\.pdf<\/a>/,
    );
    for (const row of rows) {
      const link = `${one()}/files/${row.id}`;
      expect(shown).toContain(`<a href="${link}">${row.original_name}</a>`);
      expect(await bytesOf(await staff.get(link))).toEqual(PDF);
    }
    // The startup reads the signed acceptance on its own page too.
    const theirs = `/account/projects/${projectId}/files/${rows[0]!.id}`;
    expect(await text(await founder.get(`/account/projects/${projectId}`))).toContain(theirs);
    expect(await bytesOf(await founder.get(theirs))).toEqual(PDF);
  });

  it('answers 404 to outsiders on every page and form, changing nothing', async () => {
    const gets = [
      list(),
      one(),
      `${one()}/milestones/${milestoneId}`,
      `/account/projects/${projectId}`,
      `${one()}/files/${reportFileId}`,
      `/account/projects/${projectId}/files/${reportFileId}`,
    ];
    const posts: [string, Record<string, string>][] = [
      [list(), { organization: orgSlug, titleVi: 'X', awardVnd: '1.000', durationMonths: '1' }],
      [`${one()}/budget`, { 'line.label': 'X', 'line.amountVnd': '1.000' }],
      [`${one()}/milestones`, { 'milestone.title': 'X', 'milestone.dueOn': '2026-07-01' }],
      [`${one()}/milestones/${milestoneId}`, { title: 'X', dueOn: '2026-07-01', version: '1' }],
      [
        `${one()}/disbursements`,
        { 'pay.kind': 'payment', 'pay.amountVnd': '1', 'pay.paidOn': '2026-05-01' },
      ],
      [`${one()}/steps`, { 'step.kind': 'acceptance', 'step.happenedOn': '2026-12-01' }],
      [`${one()}/reports/${reportId}`, { decision: 'changes', comment: 'Không' }],
      [`/account/projects/${projectId}/reports`, { milestoneId, body: 'Báo cáo giả' }],
    ];
    const before = await snapshot();
    for (const [name, browser] of [
      ['member of another organisation', otherMember],
      ['account without the capability', plain],
    ] as const) {
      for (const path of gets)
        expect((await browser.get(path)).status, `${name} GET ${path}`).toBe(404);
      for (const [path, fields] of posts)
        expect((await browser.post(path, fields)).status, `${name} POST ${path}`).toBe(404);
      const theirs = await browser.get('/account/projects');
      expect(theirs.status).toBe(200);
      expect(await theirs.text()).not.toContain('Nền tảng chẩn đoán');
    }
    expect(await snapshot()).toEqual(before);
  });
});
