import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS, type Actor } from '../../platform/authz';
import { createOrganization } from '../directory';
import { createProgramme } from './services/create-programme';

const NOW = new Date('2026-03-02T03:00:00Z');

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

  /** Everything a write could change, to show that a refused one changed nothing. */
  const snapshot = () =>
    Promise.all([
      q(`select id, paid_vnd::text, version, status from programs_projects order by id`),
      q(`select count(*)::int as n from programs_project_disbursements`),
      q(`select count(*)::int as n from programs_project_milestones`),
      q(`select id, status from programs_project_reports order by id`),
      q(`select count(*)::int as n from programs_project_steps`),
      q(`select count(*)::int as n from programs_project_budget_lines`),
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
      t.deps.database.db,
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

  it('answers 404 to outsiders on every page and form, changing nothing', async () => {
    const gets = [
      list(),
      one(),
      `${one()}/milestones/${milestoneId}`,
      `/account/projects/${projectId}`,
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
