import { readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ZCallForm } from './domain/call-form';
import { createCall } from './services/calls/create-call';
import { createProgramme } from './services/programmes/create-programme';
import { publishProgramme } from './services/programmes/publish-programme';
import { actorOf, hiddenValue, managedStartup } from './testing/applicant-fixture';
import { contentDisposition } from './ui/private-download';

const FORM = ZCallForm.parse({
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án', en: 'Project' },
      questions: [
        {
          id: 'name',
          kind: 'short_text',
          label: { vi: 'Tên dự án' },
          isRequired: true,
          maxLength: 40,
        },
        { id: 'pitch', kind: 'long_text', label: { vi: 'Giới thiệu' }, maxLength: 500 },
        { id: 'staff', kind: 'number', label: { vi: 'Số nhân sự' }, min: 1 },
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
          id: 'farm',
          kind: 'short_text',
          label: { vi: 'Diện tích canh tác' },
          showIf: { questionId: 'field', anyOf: ['agri'] },
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
        {
          id: 'deck',
          kind: 'file',
          label: { vi: 'Hồ sơ thuyết minh' },
          types: ['pdf'],
          maxBytes: 1024 * 1024,
          isRequired: true,
        },
        { id: 'team', kind: 'team_members', label: { vi: 'Thành viên' }, maxMembers: 5 },
      ],
    },
  ],
});

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n');
const closesAt = new Date('2026-12-01T10:00:00Z'); // 17:00 in Vietnam

const hidden = hiddenValue;

describe.each(testEngines)('application pages on %s', (engine) => {
  let t: TestApp;
  let owner: BrowserSession;
  let outsider: BrowserSession;
  let staff: BrowserSession;
  let green: { id: string };
  let old: { id: string };
  let appId = '';
  let ownerId = '';
  let programmeUrl = '';
  let applyUrl = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const privateFiles = () => {
    const root = path.join(t.deps.config.DATA_DIR, 'files', 'private');
    try {
      return readdirSync(root, { recursive: true }).length;
    } catch {
      return 0;
    }
  };

  const attachmentCount = async (id: string) =>
    (
      await q<{ n: number }>(
        `select count(*)::int as n from programs_application_attachments where application_id = $1`,
        [id],
      )
    )[0]!.n;
  const startup = (legalName: string, ownerId: string, firstRegisteredOn: string) =>
    managedStartup(t, legalName, [[ownerId, 'owner']], firstRegisteredOn);

  /** The form as the page posts it, with these fields over the loaded page's hidden ones. */
  function formData(page: string, fields: Record<string, string | string[]>, file?: Blob) {
    const form = new FormData();
    form.set('version', hidden(page, 'version'));
    form.set('key', hidden(page, 'key'));
    for (const [k, v] of Object.entries(fields))
      for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
    if (file) form.set('f.deck', file, 'thuyet-minh.pdf');
    return form;
  }
  const editPath = () => `/programs/applications/${appId}/edit`;
  const appRow = async () =>
    (await q(`select * from programs_applications where id = $1`, [appId]))[0]!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const staffUser = await createUser(t, { email: 'staff@routes.example', roles: ['staff'] });
    const ownerUser = await createUser(t, { email: 'owner@routes.example' });
    ownerId = ownerUser.id;
    const outsiderUser = await createUser(t, { email: 'outsider@routes.example' });
    green = await startup('Nông Nghiệp Xanh', ownerUser.id, '2024-03-01');
    old = await startup('Công Ty Lâu Năm', ownerUser.id, '2010-01-01');
    await startup('Đối Thủ', outsiderUser.id, '2024-01-01');
    const staffActor = actorOf(staffUser, ['staff']);
    const p = await createProgramme(
      t.deps,
      { actor: staffActor },
      {
        kind: 'funding',
        titleVi: 'Chương trình SpeedUP 2026',
      },
    );
    if (!p.ok) throw new Error('programme');
    await publishProgramme(
      t.deps,
      { actor: staffActor },
      { programmeId: p.programme.id, expectedVersion: p.programme.version },
    );
    const c = await createCall(
      t.deps,
      { actor: staffActor },
      {
        programmeId: p.programme.id,
        titleVi: 'Đợt 1 năm 2026',
        opensAt: new Date('2026-10-01T01:00:00Z'),
        closesAt,
        status: 'published',
        form: FORM,
        eligibility: { maxOrganizationAgeYears: 5, sectors: ['ai'] },
      },
    );
    if (!c.ok) throw new Error('call');
    programmeUrl = `/programs/${p.programme.slug}`;
    applyUrl = `${programmeUrl}/calls/${c.call.slug}/apply`;
    // Every startup lists the sector the call asks for.
    await q(`update directory_organizations set sectors = '{ai}'`);
    t.setNow(new Date('2026-11-01T00:00:00Z'));
    [owner, outsider, staff] = await Promise.all([
      signIn(t, ownerUser.email),
      signIn(t, outsiderUser.email),
      signIn(t, staffUser.email),
    ]);
  });
  afterAll(() => t.close());

  it('offers Apply on the open call, shows every reason, and starts a draft', async () => {
    const programme = await (await owner.get(programmeUrl)).text();
    expect(programme).toContain(`href="${applyUrl}"`);
    expect(programme).toContain('href="/programs/applications"');
    const apply = await owner.get(applyUrl);
    expect(apply.status).toBe(200);
    const html = await apply.text();
    expect(html).toContain('Chưa đủ điều kiện tham gia đợt này:');
    expect(html).toMatch(/Tổ chức đã đăng ký kinh doanh lần đầu ngày 01\/01\/2010/);
    expect(html).toContain('Đủ điều kiện tham gia đợt này.');
    const start = await owner.post(applyUrl, {
      organizationId: green.id,
    });
    expect(start.status).toBe(303);
    appId = /applications\/([\w-]+)\/edit/.exec(start.headers.get('location') ?? '')?.[1] ?? '';
    expect(appId).not.toBe('');
    // The ineligible one is refused with its reason, nothing started.
    const refused = await owner.post(applyUrl, {
      organizationId: old.id,
    });
    expect(refused.status).toBe(422);
    expect(await q(`select count(*)::int as n from programs_applications`)).toEqual([{ n: 1 }]);
  });

  it('draws every kind of question and saves a draft, money typed with dots', async () => {
    const page = await (await owner.get(editPath())).text();
    expect(page).toContain('Chỉ trả lời nếu «Lĩnh vực» là: Nông nghiệp.');
    expect(page).toContain('Loại tệp: PDF; tối đa 1 MB mỗi tệp.');
    expect(page).toContain('Tối đa 40 ký tự.');
    expect(page).toContain('Số đồng, ví dụ 2.000.000.000');
    expect(page).toMatch(/<label for="a\.team\.0\.name">Họ và tên<\/label>/);
    expect(page).toContain('type="date"');
    expect(page).toContain('accept=".pdf"');
    const res = await owner.postMultipart(
      editPath(),
      formData(page, {
        op: 'save',
        'a.name': 'Lúa thông minh',
        'a.budget': '2.000.000.000',
        'a.staff': '12',
        'a.field': 'agri',
        'a.farm': '20 ha',
        'a.markets': ['vn', 'asean'],
        'a.team.0.name': 'Nguyễn Văn A',
        'a.team.0.role': 'CEO',
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${editPath()}?done=saved`);
    const row = await appRow();
    expect(row.answers).toMatchObject({
      name: 'Lúa thông minh',
      budget: 2_000_000_000,
      staff: 12,
      markets: ['vn', 'asean'],
      team: [{ name: 'Nguyễn Văn A', role: 'CEO' }],
    });
    const again = await (await owner.get(`${editPath()}?done=saved`)).text();
    expect(again).toContain('Đã lưu bản nháp.');
    expect(again).toContain('value="2.000.000.000"');
  });

  it('keeps what was typed: per-question messages, and both copies after a stale save', async () => {
    const page = await (await owner.get(editPath())).text();
    const tooLong = await owner.postMultipart(
      editPath(),
      formData(page, { op: 'save', 'a.name': 'x'.repeat(41), 'a.budget': '2,5 tỷ' }),
    );
    expect(tooLong.status).toBe(422);
    const html = await tooLong.text();
    expect(html).toContain('Tối đa 40 ký tự (hiện có 41).');
    expect(html).toContain('value="2,5 tỷ"');
    expect(html).toContain('href="#q-name"');
    // Another tab saved meanwhile: this one is refused, both copies are on the page.
    const other = await owner.postMultipart(
      editPath(),
      formData(page, { op: 'save', 'a.name': 'Bản ở thẻ khác' }),
    );
    expect(other.status).toBe(303);
    const stale = await owner.postMultipart(
      editPath(),
      formData(page, { op: 'save', 'a.name': 'Bản của tôi' }),
    );
    expect(stale.status).toBe(409);
    const both = await stale.text();
    expect(both).toContain('value="Bản của tôi"');
    expect(both).toContain('Bản ở thẻ khác');
    expect(both).toContain('Bản đã lưu');
    expect((await appRow()).answers).toMatchObject({ name: 'Bản ở thẻ khác' });
  });

  it('uploads a PDF, submits once for a double post, and shows the receipt', async () => {
    const page = await (await owner.get(editPath())).text();
    const saved = await owner.postMultipart(
      editPath(),
      formData(page, { op: 'save', 'a.name': 'Lúa thông minh' }, new Blob([PDF])),
    );
    expect(saved.status).toBe(303);
    const attachments = await q<{ id: string }>(
      `select id from programs_application_attachments where application_id = $1`,
      [appId],
    );
    expect(attachments).toHaveLength(1);
    const form = await (await owner.get(editPath())).text();
    expect(form).toContain('Giữ tệp thuyet-minh.pdf');
    const hash = /name="keep\.deck" value="([0-9a-f]{64})"/.exec(form)?.[1] ?? '';
    const submit = () =>
      owner.postMultipart(
        editPath(),
        formData(form, { op: 'submit', 'a.name': 'Lúa thông minh', 'keep.deck': hash }),
      );
    const [first, second] = [await submit(), await submit()];
    for (const res of [first, second]) {
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/programs/applications/${appId}?done=submitted`);
    }
    expect(
      await q(
        `select count(*)::int as n from programs_application_versions where application_id = $1`,
        [appId],
      ),
    ).toEqual([{ n: 1 }]);
    expect(
      await q(
        `select count(*)::int as n from platform_mail_outbox where template = 'programs.application.submitted'`,
      ),
    ).toEqual([{ n: 1 }]);
    const status = await (await owner.get(`/programs/applications/${appId}?done=submitted`)).text();
    expect(status).toContain('Số biên nhận: SPEEDUP-2026-000001');
    expect(status).toMatch(/Lần 1: nộp lúc \d\d:\d\d, 01\/11\/2026/);
    expect(status).toContain('Rút hồ sơ');
    // The file, to its organisation's account: a download, never sniffed.
    const file = await owner.get(`/programs/applications/${appId}/files/${attachments[0]!.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="thuyet-minh.pdf"; filename*=UTF-8''thuyet-minh.pdf`,
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
    // Staff read it too, and see the reopen button.
    const asStaff = await staff.get(`/programs/applications/${appId}`);
    expect(await asStaff.text()).toContain('Mở lại để bổ sung');
    expect(
      (await staff.get(`/programs/applications/${appId}/files/${attachments[0]!.id}`)).status,
    ).toBe(200);
    const mine = await (await owner.get('/programs/applications')).text();
    expect(mine).toContain('SPEEDUP-2026-000001');
  });

  it('hides the application, its form and its files from another organisation', async () => {
    const before = await appRow();
    const [attachment] = await q<{ id: string }>(
      `select id from programs_application_attachments where application_id = $1`,
      [appId],
    );
    for (const p of [
      editPath(),
      `/programs/applications/${appId}`,
      `/programs/applications/${appId}/files/${attachment!.id}`,
    ]) {
      expect((await outsider.get(p)).status, p).toBe(404);
    }
    const form = new FormData();
    form.set('version', String(before.version));
    form.set('op', 'save');
    form.set('a.name', 'Bị sửa');
    form.set('f.deck', new Blob([PDF]), 'x.pdf');
    expect((await outsider.postMultipart(editPath(), form)).status).toBe(404);
    expect(
      (
        await outsider.post(`/programs/applications/${appId}/withdraw`, {
          version: String(before.version),
          confirm: 'yes',
        })
      ).status,
    ).toBe(404);
    expect(await appRow()).toEqual(before);
    expect((await outsider.get('/programs/applications')).status).toBe(200);
    expect(await (await outsider.get('/programs/applications')).text()).not.toContain(appId);
  });

  it('refuses an oversize body with 413 and stores nothing', async () => {
    const org = await startup('Y Tế Số', ownerId, '2023-05-05');
    await q(`update directory_organizations set sectors = '{ai}' where id = $1`, [org.id]);
    const start = await owner.post(applyUrl, {
      organizationId: org.id,
    });
    const id = /applications\/([\w-]+)\/edit/.exec(start.headers.get('location') ?? '')![1]!;
    const page = await (await owner.get(`/programs/applications/${id}/edit`)).text();
    const files = privateFiles();
    const huge = new Uint8Array(27 * 1024 * 1024);
    huge.set(PDF);
    const res = await owner.postMultipart(
      `/programs/applications/${id}/edit`,
      formData(page, { op: 'save' }, new Blob([huge])),
    );
    expect(res.status).toBe(413);
    expect(privateFiles()).toBe(files);
    expect(await attachmentCount(id)).toBe(0);

    // After the deadline: the submission is refused with the deadline in Vietnam time.
    t.setNow(closesAt);
    const late = await owner.postMultipart(
      `/programs/applications/${id}/edit`,
      formData(page, { op: 'submit', 'a.name': 'Muộn' }, new Blob([PDF])),
    );
    expect(late.status).toBe(422);
    const html = await late.text();
    expect(html).toContain('Đã quá hạn nộp hồ sơ của đợt này; hồ sơ không được nộp.');
    expect(html).toContain('Hạn chót: 17:00, 01/12/2026 (giờ Việt Nam)');
    expect(
      await q(`select status, answers->>'name' as name from programs_applications where id = $1`, [
        id,
      ]),
    ).toEqual([{ status: 'draft', name: 'Muộn' }]);
    t.setNow(new Date('2026-11-01T00:00:00Z'));
  }, 60_000);

  it('withdraws only with the confirmation, and lets staff reopen', async () => {
    const row = await appRow();
    const unconfirmed = await owner.post(`/programs/applications/${appId}/withdraw`, {
      version: String(row.version),
    });
    expect(unconfirmed.status).toBe(422);
    const reopened = await staff.post(`/programs/applications/${appId}/reopen`, {
      version: String(row.version),
    });
    expect(reopened.status).toBe(303);
    expect((await appRow()).status).toBe('reopened');
    expect(
      (await owner.post(`/programs/applications/${appId}/reopen`, { version: '1' })).status,
    ).toBe(403);
    const withdrawn = await owner.post(`/programs/applications/${appId}/withdraw`, {
      version: String((await appRow()).version),
      confirm: 'yes',
    });
    expect(withdrawn.status).toBe(303);
    expect((await appRow()).status).toBe('withdrawn');
  });

  it('an upload cut off half-way leaves the draft as it was and stores nothing', async () => {
    const org = await startup('Mất Mạng Giữa Chừng', ownerId, '2023-06-06');
    await q(`update directory_organizations set sectors = '{ai}' where id = $1`, [org.id]);
    const start = await owner.post(applyUrl, { organizationId: org.id });
    const id = /applications\/([\w-]+)\/edit/.exec(start.headers.get('location') ?? '')![1]!;
    const edit = `/programs/applications/${id}/edit`;
    const page = await (await owner.get(edit)).text();
    const row = () => q(`select version, answers from programs_applications where id = $1`, [id]);
    const before = await row();
    const files = privateFiles();
    // The browser's multipart post with a 1 MB PDF, sent over a real socket that dies half-way.
    const deck = new Uint8Array(1024 * 1024);
    deck.set(PDF);
    const post = new Request(TEST_ORIGIN, {
      method: 'POST',
      body: formData(page, { op: 'save', 'a.name': 'Nửa chừng' }, new Blob([deck])),
    });
    const body = new Uint8Array(await post.arrayBuffer());
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    try {
      const { port } = server.address() as AddressInfo;
      const cut = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: edit,
        headers: {
          origin: TEST_ORIGIN,
          cookie: owner.cookieHeader,
          'content-type': post.headers.get('content-type')!,
          'content-length': body.length,
        },
      });
      const ended = new Promise<void>((resolve) => {
        cut.on('error', () => resolve());
        cut.on('close', () => resolve());
      });
      cut.write(body.subarray(0, body.length / 2));
      await new Promise((r) => setTimeout(r, 300));
      cut.destroy();
      await ended;
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await row()).toEqual(before);
    expect(privateFiles()).toBe(files);
    expect(await attachmentCount(id)).toBe(0);
    // The same post sent whole is then saved once, with its file.
    const whole = await owner.postMultipart(
      edit,
      formData(page, { op: 'save', 'a.name': 'Nửa chừng' }, new Blob([deck])),
    );
    expect(whole.status).toBe(303);
    expect((await row())[0]).toMatchObject({ answers: { name: 'Nửa chừng' } });
    expect(privateFiles()).toBeGreaterThan(files);
    expect(await attachmentCount(id)).toBe(1);
  }, 60_000);

  it('names a download safely', () => {
    expect(contentDisposition('Thuyết minh "cuối"; v2.pdf')).toBe(
      `attachment; filename="Thuyet minh _cuoi__ v2.pdf"; filename*=UTF-8''Thuy%E1%BA%BFt%20minh%20%22cu%E1%BB%91i%22%3B%20v2.pdf`,
    );
  });
});
