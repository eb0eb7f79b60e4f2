import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS, type Actor } from '../../platform/authz';
import { createOrganization } from '../directory';
import { ZCallForm, type TCallForm } from './domain/call-form';
import { callInputOf } from './services/calls/call-form';
import { createCall } from './services/calls/create-call';
import { createProgramme } from './services/programmes/create-programme';
import { getCall, isCallOpenFor } from './services/calls/calls.queries';
import { grantExtension } from './services/calls/grant-extension';
import { publishProgramme } from './services/programmes/publish-programme';
import { updateCall } from './services/calls/update-call';

const STAFF = '/admin/programs';

const SPEEDUP = {
  kind: 'funding',
  titleVi: 'Chương trình SpeedUP 2026',
  titleEn: 'SpeedUP 2026',
  summaryVi: 'Hỗ trợ kinh phí cho dự án khởi nghiệp đổi mới sáng tạo.',
  goalsVi: 'Thúc đẩy khởi nghiệp.\n\nƯu tiên chuyển đổi số, AI, y tế, giáo dục.',
  benefitsVi: 'Kinh phí tối đa 2 tỷ đồng, tối đa 2 năm.',
  eligibilityVi: 'Doanh nghiệp thành lập không quá 5 năm.',
  fundingCapVnd: '2.000.000.000',
  maxDurationMonths: '24',
  'faq.0.question.vi': 'Ai được nộp hồ sơ?',
  'faq.0.answer.vi': 'Doanh nghiệp khởi nghiệp sáng tạo.',
};

const FORM: TCallForm = ZCallForm.parse({
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án' },
      questions: [
        { id: 'name', kind: 'short_text', label: { vi: 'Tên dự án' }, isRequired: true },
        { id: 'budget', kind: 'money_vnd', label: { vi: 'Kinh phí đề nghị' }, max: 2_000_000_000 },
      ],
    },
  ],
});

/** The call form as the page posts it: details, no eligibility limits, one section. */
const callFields = (fields: Record<string, string> = {}) => ({
  titleVi: 'Đợt 1 năm 2026',
  opensAt: '2026-10-01 08:00',
  closesAt: '2026-12-01 17:00',
  status: 'published',
  sections: '1',
  's0.id': 'project',
  's0.titleVi': 'Dự án',
  's0.questions': '1',
  's0.q0.id': 'name',
  's0.q0.kind': 'short_text',
  's0.q0.labelVi': 'Tên dự án',
  's0.q0.isRequired': 'yes',
  op: 'save',
  ...fields,
});

describe.each(testEngines)('programmes and calls on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let staff2: BrowserSession;
  let member: BrowserSession;
  let staffActor: Actor;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const programme = async (slug: string) =>
    (await q(`select * from programs_programmes where slug = $1`, [slug]))[0]!;
  const audit = () => ({ actor: staffActor });

  beforeAll(async () => {
    t = await createTestApp(engine);
    const s = await createUser(t, {
      email: 'staff@programs.example',
      roles: ['staff'],
      name: 'Cán Bộ',
    });
    await createUser(t, { email: 'staff2@programs.example', roles: ['staff'] });
    await createUser(t, { email: 'member@programs.example' });
    staff = await signIn(t, 'staff@programs.example');
    staff2 = await signIn(t, 'staff2@programs.example');
    member = await signIn(t, 'member@programs.example');
    staffActor = {
      kind: 'user',
      user: { id: s.id, name: 'Cán Bộ', email: s.email, locale: 'vi', twoFactorEnabled: false },
      roles: new Set(['member', 'staff']),
    };
  });
  afterAll(() => t.close());

  it('staff create a draft programme, audited; it is public only once published', async () => {
    const res = await staff.post(`${STAFF}/new`, SPEEDUP);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `${STAFF}/chuong-trinh-speedup-2026/edit?done=created`,
    );
    const row = await programme('chuong-trinh-speedup-2026');
    expect(row).toMatchObject({
      status: 'draft',
      kind: 'funding',
      max_duration_months: 24,
      version: 1,
    });
    expect(String(row.funding_cap_vnd)).toBe('2000000000');
    expect(row.faq).toEqual([
      {
        question: { vi: 'Ai được nộp hồ sơ?', en: '' },
        answer: { vi: 'Doanh nghiệp khởi nghiệp sáng tạo.', en: '' },
      },
    ]);
    const audits = await q(
      `select after from platform_audit_log where action = 'programs.programme:create'`,
    );
    expect(audits).toHaveLength(1);

    // A draft: not listed, and its page does not exist for visitors and members.
    expect(await (await t.app.request('/programs')).text()).toContain(
      'Hiện chưa có chương trình nào',
    );
    expect((await t.app.request('/programs/chuong-trinh-speedup-2026')).status).toBe(404);
    expect((await member.get('/programs/chuong-trinh-speedup-2026')).status).toBe(404);
    expect((await staff.get('/programs/chuong-trinh-speedup-2026')).status).toBe(200);

    const publish = await staff.post(`${STAFF}/chuong-trinh-speedup-2026/publish`, {
      version: '1',
    });
    expect(publish.status).toBe(303);
    const list = await (await t.app.request('/programs')).text();
    expect(list).toContain('Chương trình SpeedUP 2026');
    expect(await (await t.app.request('/programs?kind=funding')).text()).toContain('SpeedUP');
    const none = await (await t.app.request('/programs?kind=competition')).text();
    expect(none).toContain('Chưa có chương trình nào thuộc loại này.');
    // Unknown filters and pages are ignored, never a server error.
    expect((await t.app.request('/programs?kind=%3Cscript%3E&page=-4')).status).toBe(200);

    const page = await (await t.app.request('/programs/chuong-trinh-speedup-2026')).text();
    expect(page).toContain('Tối đa 2.000.000.000');
    expect(page).toContain('Tối đa 24 tháng');
    expect(page).toContain('Ai được nộp hồ sơ?');
    expect(page).toContain('Chưa có đợt nhận hồ sơ nào.');
  });

  it('answers bad input with messages per field in the reader’s language, storing nothing', async () => {
    const before = await q(`select count(*)::int as n from programs_programmes`);
    const bad = {
      ...SPEEDUP,
      titleVi: ' ',
      fundingCapVnd: 'hai tỷ',
      maxDurationMonths: '2 năm',
      kind: 'lottery',
    };
    const res = await staff.post(`${STAFF}/new`, bad);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Nhập số đồng nguyên, ví dụ 2.000.000.000.');
    expect(html).toContain('Nhập một số nguyên, ví dụ 24.');
    expect(html).toContain('Vui lòng nhập trường này.');
    expect(html).toContain('hai tỷ');

    const en = await staff.post(`${STAFF}/new`, bad, { cookie: `${staff.cookieHeader}; lang=en` });
    expect(en.status).toBe(422);
    expect(await en.text()).toContain('Enter whole đồng, e.g. 2.000.000.000.');

    const challenge = await staff.post(`${STAFF}/new`, {
      kind: 'challenge',
      titleVi: 'Bài toán giao thông',
      postingOrganization: '/directory/organizations/khong-co',
    });
    expect(challenge.status).toBe(422);
    expect(await challenge.text()).toContain('Không tìm thấy tổ chức này trong danh bạ.');
    expect(await q(`select count(*)::int as n from programs_programmes`)).toEqual(before);
  });

  it('refuses a stale edit and loses nothing', async () => {
    const slug = 'chuong-trinh-speedup-2026';
    const version = String((await programme(slug)).version);
    const first = await staff.post(`${STAFF}/${slug}/edit`, {
      ...SPEEDUP,
      version,
      titleEn: 'SpeedUP (first)',
    });
    expect(first.status).toBe(303);
    const stale = await staff2.post(`${STAFF}/${slug}/edit`, {
      ...SPEEDUP,
      version,
      benefitsVi: 'Nội dung của người thứ hai',
    });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Người khác đã lưu trong lúc bạn sửa.');
    expect(html).toContain('Nội dung của người thứ hai');
    const row = await programme(slug);
    expect(row.title_en).toBe('SpeedUP (first)');
    expect(row.benefits_vi).toBe(SPEEDUP.benefitsVi);
    // The page now rests on the stored version: saving again works.
    expect(html).toContain(`name="version" value="${row.version}"`);
  });

  it('hides staff pages from members (404) and sends visitors to log in, changing nothing', async () => {
    const slug = 'chuong-trinh-speedup-2026';
    const before = await programme(slug);
    for (const path of [
      STAFF,
      `${STAFF}/new`,
      `${STAFF}/${slug}/edit`,
      `${STAFF}/${slug}/calls/new`,
    ])
      expect((await member.get(path)).status, path).toBe(404);
    const posts = [
      [`${STAFF}/${slug}/edit`, { ...SPEEDUP, version: String(before.version), titleVi: 'Bị sửa' }],
      [`${STAFF}/${slug}/archive`, { version: String(before.version) }],
      [`${STAFF}/new`, SPEEDUP],
      [`${STAFF}/${slug}/calls/new`, callFields()],
    ] as const;
    for (const [path, fields] of posts)
      expect((await member.post(path, fields)).status, path).toBe(404);
    const anonymous = await new BrowserSession(t.app).get(`${STAFF}/${slug}/edit`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toMatch(/^\/login\?next=/);
    expect(await programme(slug)).toEqual(before);
    expect(await q(`select count(*)::int as n from programs_calls`)).toEqual([{ n: 0 }]);
    // The commands themselves refuse an outsider the same way.
    await expect(
      createProgramme(t.deps, { actor: ANONYMOUS }, { kind: 'funding', titleVi: 'X' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores a call entered in Vietnam time, and shows it back the same way', async () => {
    const slug = 'chuong-trinh-speedup-2026';
    const res = await staff.post(`${STAFF}/${slug}/calls/new`, callFields());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `${STAFF}/${slug}/calls/dot-1-nam-2026/edit?done=created`,
    );
    const [call] = await q<{ closes_at: Date; opens_at: Date; form: TCallForm }>(
      `select * from programs_calls`,
    );
    expect(new Date(call!.closes_at).toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(new Date(call!.opens_at).toISOString()).toBe('2026-10-01T01:00:00.000Z');
    expect(call!.form.sections[0]!.questions[0]).toMatchObject({
      id: 'name',
      isRequired: true,
      maxLength: 200,
    });

    const edit = await (await staff.get(`${STAFF}/${slug}/calls/dot-1-nam-2026/edit`)).text();
    expect(edit).toContain('value="2026-12-01T17:00"');
    t.setNow(new Date('2026-11-15T00:00:00Z'));
    const page = await (await t.app.request(`/programs/${slug}`)).text();
    expect(page).toContain('hạn chót lúc 17:00, 01/12/2026 (giờ Việt Nam)');
    expect(page).toContain('Đang nhận hồ sơ');
    const en = await (
      await t.app.request(`/programs/${slug}`, { headers: { cookie: 'lang=en' } })
    ).text();
    expect(en).toContain('closes at 17:00, 01/12/2026 (Vietnam time)');

    const backwards = await staff.post(
      `${STAFF}/${slug}/calls/new`,
      callFields({ closesAt: '2026-09-01 17:00', opensAt: 'hôm qua' }),
    );
    expect(backwards.status).toBe(422);
    expect(await backwards.text()).toContain('Nhập ngày giờ theo dạng 01/12/2026 17:00.');
  });

  it('builds the form without JavaScript: a builder button re-shows the page and stores nothing', async () => {
    const slug = 'chuong-trinh-speedup-2026';
    const path = `${STAFF}/${slug}/calls/dot-1-nam-2026/edit`;
    const [before] = await q(`select version, form from programs_calls`);
    const res = await staff.post(
      path,
      callFields({ version: String(before!.version), op: 'addQuestion:0' }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<input id="s0.q1.id" name="s0.q1.id"[^>]* value="q1"/);
    // A time typed with a space comes back in the shape the datetime-local control shows.
    expect(html).toMatch(/id="closesAt"[^>]* value="2026-12-01T17:00"/);
    expect(await q(`select version, form from programs_calls`)).toEqual([before]);
  });

  it('refuses to drop or change a question once the call has opened, and says why', async () => {
    const slug = 'chuong-trinh-speedup-2026';
    const path = `${STAFF}/${slug}/calls/dot-1-nam-2026/edit`;
    const [before] = await q<{ version: number; form: unknown }>(
      `select version, form from programs_calls`,
    );
    t.setNow(new Date('2026-10-01T01:00:00Z'));
    const changed = await staff.post(
      path,
      callFields({ version: String(before!.version), 's0.q0.kind': 'long_text' }),
    );
    expect(changed.status).toBe(422);
    expect(await changed.text()).toContain(
      'Câu hỏi «name» bị đổi từ «Văn bản ngắn» sang «Văn bản dài».',
    );
    // Labels and new questions are still fine.
    const added = await staff.post(
      path,
      callFields({
        version: String(before!.version),
        's0.q0.labelVi': 'Tên dự án (đầy đủ)',
        's0.questions': '2',
        's0.q1.id': 'pitch',
        's0.q1.kind': 'long_text',
        's0.q1.labelVi': 'Giới thiệu',
      }),
    );
    expect(added.status).toBe(303);
    // One second before opening, the form was still free to change.
    const { call } = await getCall(
      t.deps,
      { actor: staffActor },
      { programmeSlug: slug, callSlug: 'dot-1-nam-2026' },
    );
    const dropped = {
      ...callInputOf(call),
      form: {
        sections: [
          { ...call.form.sections[0]!, questions: [call.form.sections[0]!.questions[1]!] },
        ],
      },
    };
    const input = dropped;
    const early = await updateCall(
      { ...t.deps, clock: () => new Date('2026-10-01T00:59:59Z') },
      audit(),
      { callId: call.id, expectedVersion: call.version, ...input },
    );
    expect(early.ok).toBe(true);
    const { call: now } = await getCall(
      t.deps,
      { actor: staffActor },
      { programmeSlug: slug, callSlug: 'dot-1-nam-2026' },
    );
    const late = await updateCall(
      { ...t.deps, clock: () => new Date('2026-10-01T01:00:00Z') },
      audit(),
      { callId: now.id, expectedVersion: now.version, ...callInputOf(now), form: FORM },
    );
    expect(late).toMatchObject({
      ok: false,
      reason: 'FORM_LOCKED',
      refusals: [{ questionId: 'pitch', reason: 'REMOVED' }],
    });
    const moved = await updateCall(
      { ...t.deps, clock: () => new Date('2026-10-02T00:00:00Z') },
      audit(),
      {
        callId: now.id,
        expectedVersion: now.version,
        ...callInputOf(now),
        opensAt: new Date('2026-10-05T01:00:00Z'),
      },
    );
    expect(moved).toMatchObject({ ok: false, reason: 'OPENS_AT_LOCKED' });
    expect(
      (
        await getCall(
          t.deps,
          { actor: staffActor },
          { programmeSlug: slug, callSlug: 'dot-1-nam-2026' },
        )
      ).call,
    ).toEqual(now);
  });

  it('takes submissions until the second before the deadline, later with an extension', async () => {
    const db = t.deps.database.db;
    const orgs = await Promise.all(
      ['Nông Nghiệp Xanh', 'Y Tế Số'].map(async (legalName) => {
        const r = await createOrganization(
          db,
          { actor: ANONYMOUS, label: 'test' },
          { kind: 'startup', legalName },
        );
        if (!r.ok) throw new Error(JSON.stringify(r.fields));
        return r.organization;
      }),
    );
    const [green, health] = orgs as [(typeof orgs)[number], (typeof orgs)[number]];
    const p = await createProgramme(t.deps, audit(), {
      kind: 'competition',
      titleVi: 'Cuộc thi I-Star 2026',
    });
    if (!p.ok) throw new Error(JSON.stringify(p.fields));
    await publishProgramme(t.deps, audit(), {
      programmeId: p.programme.id,
      expectedVersion: p.programme.version,
    });
    const closesAt = new Date('2026-12-01T10:00:00Z');
    const created = await createCall(t.deps, audit(), {
      programmeId: p.programme.id,
      titleVi: 'Vòng sơ loại',
      opensAt: new Date('2026-10-01T01:00:00Z'),
      closesAt,
      status: 'published',
      form: FORM,
      eligibility: { maxOrganizationAgeYears: 5 },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.fields));
    const call = created.call;
    expect(call.eligibility).toEqual({
      maxOrganizationAgeYears: 5,
      provinces: [],
      sectors: [],
      stages: [],
      organizationKinds: [],
    });
    const at = (ms: number) => new Date(closesAt.getTime() + ms);
    expect(await isCallOpenFor(db, call, green.id, at(-1000))).toBe(true);
    expect(await isCallOpenFor(db, call, green.id, at(0))).toBe(false);
    expect(await isCallOpenFor(db, call, green.id, new Date('2026-10-01T00:59:59Z'))).toBe(false);

    const extended = new Date('2026-12-03T10:00:00Z');
    const refused = await grantExtension({ ...t.deps, clock: () => at(1000) }, audit(), {
      callId: call.id,
      organizationId: green.id,
      closesAt: at(-60_000),
      reason: 'Mất điện',
    });
    expect(refused).toMatchObject({
      ok: false,
      fields: { closesAt: { key: 'programs.error.extensionNotLater' } },
    });
    const granted = await grantExtension({ ...t.deps, clock: () => at(1000) }, audit(), {
      callId: call.id,
      organizationId: green.id,
      closesAt: extended,
      reason: 'Mất điện ngày cuối',
    });
    expect(granted.ok).toBe(true);
    expect(await isCallOpenFor(db, call, green.id, at(0))).toBe(true);
    expect(await isCallOpenFor(db, call, green.id, new Date(extended.getTime() - 1000))).toBe(true);
    expect(await isCallOpenFor(db, call, green.id, extended)).toBe(false);
    // Only the organisation it was granted to.
    expect(await isCallOpenFor(db, call, health.id, at(0))).toBe(false);
    const audits = await q(
      `select entity_id from platform_audit_log where action = 'programs.call:extend'`,
    );
    expect(audits).toEqual([{ entity_id: call.id }]);
  });

  it('grants an extension from the call page, with messages for a bad one', async () => {
    const slug = 'chuong-trinh-speedup-2026';
    const path = `${STAFF}/${slug}/calls/dot-1-nam-2026/extensions`;
    t.setNow(new Date('2026-12-01T10:30:00Z'));
    const bad = await staff.post(path, {
      organization: 'khong-co',
      extensionClosesAt: '2026-12-02 17:00',
      reason: '',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Không tìm thấy tổ chức này trong danh bạ.');
    const [org] = await q<{ slug: string }>(
      `select slug from directory_organizations order by legal_name limit 1`,
    );
    const ok = await staff.post(path, {
      organization: `/directory/organizations/${org!.slug}`,
      extensionClosesAt: '2026-12-02 17:00',
      reason: 'Lỗi tải tệp',
    });
    expect(ok.status).toBe(303);
    expect(
      (
        await member.post(path, {
          organization: org!.slug,
          extensionClosesAt: '2026-12-09 17:00',
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    const rows = await q<{ closes_at: Date }>(
      `select e.closes_at from programs_call_extensions e join programs_calls c on c.id = e.call_id where c.slug = 'dot-1-nam-2026'`,
    );
    expect(rows.map((r) => new Date(r.closes_at).toISOString())).toEqual([
      '2026-12-02T10:00:00.000Z',
    ]);
  });
});
