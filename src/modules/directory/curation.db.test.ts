import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { ANONYMOUS } from '../../platform/authz';
import { createOrganization } from './services/create-organization';

const audit = { actor: ANONYMOUS, label: 'test' };
const ORG = '/directory/organizations';

/** A form as a browser sends it, repeated names (checkboxes) included. */
function post(browser: BrowserSession, path: string, fields: [string, string][]) {
  return browser.send('POST', path, new URLSearchParams(fields).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
  });
}

const PROFILE: [string, string][] = [
  ['kind', 'startup'],
  ['legalName', 'Công ty TNHH Nông nghiệp Số Cần Thơ'],
  ['shortName', 'Nông nghiệp Số'],
  ['taxCode', '0312345673'],
  ['visibility.taxCode', 'public'],
  ['firstRegisteredOn', '15/03/2022'],
  ['status', 'active'],
  ['provinceCode', '92'],
  ['address', '12 Đường 3/2, Ninh Kiều'],
  ['phone', '0909 123 456'],
  ['visibility.phone', 'members'],
  ['sectors', 'agritech'],
  ['sectors', 'ai'],
  ['certifications', 'st_enterprise'],
  ['vsicSections', 'A'],
  ['capitalRaisedVnd', '1.500.000.000'],
  ['descriptionVi', 'Cảm biến độ mặn cho ruộng lúa <script>alert(1)</script>'],
];

const withField = (fields: [string, string][], name: string, value: string) =>
  [...fields.filter(([k]) => k !== name), [name, value]] as [string, string][];

describe.each(testEngines)('directory self-service and curation on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let founder: BrowserSession;
  let outsider: BrowserSession;
  let claimant: BrowserSession;
  let staff: BrowserSession;
  let staffId = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const orgBySlug = async (slug: string) =>
    (
      await q<Record<string, unknown>>(`select * from directory_organizations where slug = $1`, [
        slug,
      ])
    )[0]!;
  const seed = async (input: Parameters<typeof createOrganization>[2]) => {
    const result = await createOrganization(t.deps.database.db, audit, input);
    if (!result.ok) throw new Error(JSON.stringify(result.fields));
    return result.organization;
  };

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    await createUser(t, { email: 'founder@curation.example', name: 'Nhà Sáng Lập' });
    await createUser(t, { email: 'outsider@curation.example', name: 'Người Ngoài' });
    await createUser(t, { email: 'claimant@curation.example', name: 'Người Nhận' });
    staffId = (await createUser(t, { email: 'staff@curation.example', roles: ['staff'] })).id;
    founder = await signIn(t, 'founder@curation.example');
    outsider = await signIn(t, 'outsider@curation.example');
    claimant = await signIn(t, 'claimant@curation.example');
    staff = await signIn(t, 'staff@curation.example');
    // The outsider manages another account organisation.
    expect((await outsider.post('/account/organizations', { name: 'Công ty Khác' })).status).toBe(
      303,
    );
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('refuses an invalid profile with per-field messages, storing nothing', async () => {
    const page = await founder.get(`${ORG}/new`);
    expect(page.status).toBe(200);
    const form = await page.text();
    for (const label of [
      'Tên pháp lý *',
      'Mã số thuế',
      'Ai được xem «Điện thoại»',
      'Trí tuệ nhân tạo',
    ])
      expect(form).toContain(label);
    expect(form).toContain('value="new"');

    const accountsBefore = await q(`select id from identity_organizations`);
    const bad = withField(
      withField(withField(PROFILE, 'taxCode', '0100109107'), 'firstRegisteredOn', '31/02/2022'),
      'provinceCode',
      'Atlantis',
    );
    const res = await post(founder, `${ORG}/new`, [...bad, ['manager', 'new']]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#taxCode"');
    expect(html).toContain('Mã số thuế không hợp lệ');
    expect(html).toContain('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.');
    expect(html).toContain('Không nhận ra tỉnh, thành phố này.');
    // What was typed is shown again.
    expect(html).toContain('value="31/02/2022"');
    expect(html).toContain('Cảm biến độ mặn');
    expect(await q(`select id from directory_organizations`)).toHaveLength(0);
    expect(await q(`select id from identity_organizations`)).toHaveLength(accountsBefore.length);
  });

  it('creates a profile managed by a new account organisation owned by its creator', async () => {
    const res = await post(founder, `${ORG}/new`, [...PROFILE, ['manager', 'new']]);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${ORG}/nong-nghiep-so`);
    const org = await orgBySlug('nong-nghiep-so');
    expect(org).toMatchObject({
      legal_name: 'Công ty TNHH Nông nghiệp Số Cần Thơ',
      tax_code: '0312345673',
      province_code: '92',
      sectors: ['agritech', 'ai'],
      certifications: ['st_enterprise'],
      vsic_sections: ['A'],
      visibility: { phone: 'members' },
    });
    expect(String(org.capital_raised_vnd)).toBe('1500000000');
    expect(
      await q(`select first_registered_on::text as d from directory_organizations where id = $1`, [
        org.id,
      ]),
    ).toEqual([{ d: '2022-03-15' }]);
    const [account] = await q<{ name: string; role: string }>(
      `select o.name, m.role from identity_organizations o
       join identity_members m on m.organization_id = o.id
       join identity_users u on u.id = m.user_id
       where o.id = $1 and u.email = 'founder@curation.example'`,
      [org.managed_by],
    );
    expect(account).toEqual({ name: 'Nông nghiệp Số', role: 'owner' });

    const page = await (await founder.get(`${ORG}/nong-nghiep-so`)).text();
    expect(page).toContain(`href="${ORG}/nong-nghiep-so/edit"`);
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)');
  });

  it('edits with the version; a stale save answers 409 with both versions and overwrites nothing', async () => {
    const edit = await founder.get(`${ORG}/nong-nghiep-so/edit`);
    expect(edit.status).toBe(200);
    const form = await edit.text();
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    expect(form).toContain('value="15/03/2022"');
    expect(form).toContain('value="1.500.000.000"');

    const saved = await post(founder, `${ORG}/nong-nghiep-so/edit`, [
      ...withField(PROFILE, 'address', '45 Đường 30/4'),
      ['version', version],
    ]);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${ORG}/nong-nghiep-so/edit?done=saved`);
    expect((await orgBySlug('nong-nghiep-so')).address).toBe('45 Đường 30/4');

    // A second tab still holds the first version.
    const stale = await post(founder, `${ORG}/nong-nghiep-so/edit`, [
      ...withField(PROFILE, 'address', '99 Đường Mậu Thân'),
      ['version', version],
    ]);
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Hồ sơ vừa được người khác lưu');
    expect(html).toContain('value="99 Đường Mậu Thân"');
    expect(html).toContain('Giá trị vừa được lưu:</strong> 45 Đường 30/4');
    expect(html).toContain(`name="version" value="${Number(version) + 1}"`);
    expect((await orgBySlug('nong-nghiep-so')).address).toBe('45 Đường 30/4');
  });

  it('someone who does not manage the profile gets 404 and changes nothing', async () => {
    const before = await orgBySlug('nong-nghiep-so');
    for (const browser of [outsider, claimant]) {
      expect((await browser.get(`${ORG}/nong-nghiep-so/edit`)).status).toBe(404);
      const res = await post(browser, `${ORG}/nong-nghiep-so/edit`, [
        ...withField(PROFILE, 'legalName', 'Chiếm quyền'),
        ['version', String(before.version)],
      ]);
      expect(res.status).toBe(404);
    }
    // A plain member (not owner or admin) of the managing organisation may not edit either.
    const claimantId = (
      await q<{ id: string }>(
        `select id from identity_users where email = 'claimant@curation.example'`,
      )
    )[0]!.id;
    await q(
      `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, 'member')`,
      ['m-test-member', before.managed_by, claimantId],
    );
    expect((await claimant.get(`${ORG}/nong-nghiep-so/edit`)).status).toBe(404);
    await q(`delete from identity_members where id = 'm-test-member'`);
    expect(await orgBySlug('nong-nghiep-so')).toEqual(before);
    expect((await t.app.request(`${ORG}/nong-nghiep-so/edit`)).status).toBe(302);
  });

  it('claim → staff approve → the claimant manages the profile, told by e-mail; audited', async () => {
    await seed({ kind: 'incubator', legalName: 'Vườn ươm Công nghệ Cần Thơ', provinceCode: '92' });
    const path = `${ORG}/vuon-uom-cong-nghe-can-tho`;
    const profile = await (await claimant.get(path)).text();
    expect(profile).toContain(`href="${path}/claim"`);
    expect((await claimant.get(`${path}/claim`)).status).toBe(200);

    const short = await post(claimant, `${path}/claim`, [
      ['message', 'tôi'],
      ['manager', 'new'],
    ]);
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('Hãy viết lời nhắn, tối thiểu 10 ký tự.');

    const message = 'Tôi là giám đốc vườn ươm, e-mail giamdoc@vuonuom.example.vn';
    const sent = await post(claimant, `${path}/claim`, [
      ['message', message],
      ['manager', 'new'],
    ]);
    expect(sent.status).toBe(303);
    expect(await (await claimant.get(sent.headers.get('location')!)).text()).toContain(
      'Đã gửi yêu cầu lúc',
    );
    const again = await post(claimant, `${path}/claim`, [
      ['message', message],
      ['manager', 'new'],
    ]);
    expect(again.status).toBe(409);
    const [claim] = await q<{ id: string; account_organization_id: string }>(
      `select * from directory_claims where status = 'pending'`,
    );
    expect(claim).toBeDefined();
    // Still nobody's to edit, and nobody but staff may decide.
    expect((await claimant.get(`${path}/edit`)).status).toBe(404);
    expect(
      (
        await post(claimant, `/admin/directory/claims/${claim!.id}/decide`, [
          ['decision', 'approve'],
        ])
      ).status,
    ).toBe(404);

    const list = await (await staff.get('/admin/directory/claims')).text();
    expect(list).toContain('Vườn ươm Công nghệ Cần Thơ');
    expect(list).toContain('claimant@curation.example');
    const detail = await (await staff.get(`/admin/directory/claims/${claim!.id}`)).text();
    expect(detail).toContain(message);
    const approved = await post(staff, `/admin/directory/claims/${claim!.id}/decide`, [
      ['decision', 'approve'],
      ['note', ''],
    ]);
    expect(approved.status).toBe(303);

    const mail = await mailbox.latestTo('claimant@curation.example');
    expect(mail.subject).toBe('Yêu cầu quản lý hồ sơ Vườn ươm Công nghệ Cần Thơ đã được duyệt');
    expect(mail.text).toContain('Xin chào Người Nhận,');
    expect(new URL(linkIn(mail, `${path}/edit`)).pathname).toBe(`${path}/edit`);
    expect((await orgBySlug('vuon-uom-cong-nghe-can-tho')).managed_by).toBe(
      claim!.account_organization_id,
    );
    expect((await claimant.get(`${path}/edit`)).status).toBe(200);
    const [entry] = await q<{ actor_id: string; before: unknown; after: unknown }>(
      `select * from platform_audit_log where action = 'directory.claim:approve'`,
    );
    expect(entry).toMatchObject({
      actor_id: staffId,
      before: { organization: { managedBy: null } },
      after: { claim: { status: 'approved' } },
    });
    // A second decision on the same claim is refused.
    const twice = await post(staff, `/admin/directory/claims/${claim!.id}/decide`, [
      ['decision', 'reject'],
    ]);
    expect(twice.status).toBe(409);
    // Managed now: no claim link, and a new claim is refused.
    const outsiderClaim = await post(outsider, `${path}/claim`, [
      ['message', 'Tôi cũng muốn quản lý hồ sơ này.'],
      ['manager', 'new'],
    ]);
    expect(outsiderClaim.status).toBe(409);
  });

  it('staff reject a claim with a note, in the claimant’s language', async () => {
    await q(`update identity_users set locale = 'en' where email = 'outsider@curation.example'`);
    await seed({
      kind: 'coworking',
      legalName: 'Không gian Sáng tạo Ninh Kiều',
      provinceCode: '92',
    });
    const path = `${ORG}/khong-gian-sang-tao-ninh-kieu`;
    const accountId = (
      await q<{ id: string }>(`select id from identity_organizations where name = 'Công ty Khác'`)
    )[0]!.id;
    const sent = await post(outsider, `${path}/claim`, [
      ['message', 'We run this space since 2020.'],
      ['manager', accountId!],
    ]);
    expect(sent.status).toBe(303);
    const [claim] = await q<{ id: string }>(
      `select id from directory_claims where status = 'pending'`,
    );
    const res = await post(staff, `/admin/directory/claims/${claim!.id}/decide`, [
      ['decision', 'reject'],
      ['note', 'Không kiểm tra được e-mail.'],
    ]);
    expect(res.status).toBe(303);
    const mail = await mailbox.latestTo('outsider@curation.example');
    expect(mail.subject).toBe(
      'Your request to manage Không gian Sáng tạo Ninh Kiều was not approved',
    );
    expect(mail.text).toContain('Không kiểm tra được e-mail.');
    expect((await orgBySlug('khong-gian-sang-tao-ninh-kieu')).managed_by).toBeNull();
    expect(
      await q(`select status, decided_by from directory_claims where id = $1`, [claim!.id]),
    ).toEqual([{ status: 'rejected', decided_by: staffId }]);
    expect(
      await q(`select 1 from platform_audit_log where action = 'directory.claim:reject'`),
    ).toHaveLength(1);
  });

  it('staff verify (the badge appears) and unverify; a member may not', async () => {
    const org = await orgBySlug('vuon-uom-cong-nghe-can-tho');
    const path = `${ORG}/vuon-uom-cong-nghe-can-tho`;
    expect((await founder.post(`/admin/directory/organizations/${org.id}/verify`)).status).toBe(
      404,
    );
    expect(await (await staff.get(path)).text()).not.toContain('Đã xác minh</span>');
    const res = await staff.post(`/admin/directory/organizations/${org.id}/verify`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(path);
    expect(await (await t.app.request(path)).text()).toContain(
      '<span class="badge ok">Đã xác minh</span>',
    );
    expect(await (await t.app.request('/directory')).text()).toContain('Đã xác minh');
    expect((await orgBySlug('vuon-uom-cong-nghe-can-tho')).verified_by).toBe(staffId);
    await staff.post(`/admin/directory/organizations/${org.id}/unverify`);
    expect(await (await t.app.request(path)).text()).not.toContain('badge ok');
    await staff.post(`/admin/directory/organizations/${org.id}/verify`);
  });

  it('staff archive (hidden, 404, change feed "delete") and restore', async () => {
    const org = await orgBySlug('nong-nghiep-so');
    const path = `${ORG}/nong-nghiep-so`;
    const res = await staff.post(`/admin/directory/organizations/${org.id}/archive`);
    expect(res.status).toBe(303);
    expect((await t.app.request(path)).status).toBe(404);
    expect((await founder.get(`${path}/edit`)).status).toBe(404);
    expect(await (await t.app.request('/directory?q=nong+nghiep+so')).text()).not.toContain(path);
    const [last] = await q<{ op: string }>(
      `select op from directory_changes where entity_id = $1 order by seq desc limit 1`,
      [org.id],
    );
    expect(last!.op).toBe('delete');
    const overview = await (await staff.get('/admin/directory?done=archived')).text();
    expect(overview).toContain('Công ty TNHH Nông nghiệp Số Cần Thơ');
    expect((await staff.post(`/admin/directory/organizations/${org.id}/restore`)).status).toBe(303);
    expect((await t.app.request(path)).status).toBe(200);
  });

  it('lists duplicates and merges one into another: links and claims move, the old address redirects', async () => {
    const a = await seed({
      kind: 'sme',
      legalName: 'Công ty Cổ phần Thủy sản Mekong',
      provinceCode: '96',
    });
    const b = await seed({
      kind: 'sme',
      legalName: 'Thuỷ sản Mekong',
      taxCode: '0401234566',
      provinceCode: '96',
      descriptionVi: 'Nuôi tôm sinh thái.',
      sectors: ['agritech'],
    });
    const c = await seed({
      kind: 'incubator',
      legalName: 'Vườn ươm Công nghệ Cần Thơ Mới',
      provinceCode: '92',
    });
    await seed({ kind: 'incubator', legalName: 'Vườn ươm Công nghệ Cà Mau', provinceCode: '96' });
    const [person] = await q<{ id: string }>(
      `insert into directory_people (slug, full_name, name_search, sort_key)
       values ('tran-van-tom', 'Trần Văn Tôm', 'tran van tom', 'tran van tom') returning id`,
    );
    await q(
      `insert into directory_affiliations (person_id, organization_id, role) values ($1, $2, 'founder')`,
      [person!.id, b.id],
    );
    const userId = (
      await q<{ id: string }>(
        `select id from identity_users where email = 'founder@curation.example'`,
      )
    )[0]!.id;
    await q(
      `insert into directory_claims (organization_id, user_id, message) values ($1, $2, 'x')`,
      [b.id, userId],
    );

    const list = await (await staff.get('/admin/directory/duplicates')).text();
    expect(list).toContain('Thuỷ sản Mekong');
    expect(list).toContain('Cùng tên');
    expect(list).toMatch(/Tên giống \d+% \(cùng tỉnh\)/); // the two "Vườn ươm Công nghệ Cần Thơ"
    // Pairs come in either order.
    expect(
      [
        `href="/admin/directory/merge?a=${a.slug}&amp;b=${b.slug}"`,
        `href="/admin/directory/merge?a=${b.slug}&amp;b=${a.slug}"`,
      ].some((link) => list.includes(link)),
    ).toBe(true);
    expect((await founder.get('/admin/directory/duplicates')).status).toBe(404);

    const page = await staff.get(`/admin/directory/merge?a=${a.slug}&b=${b.slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Nuôi tôm sinh thái.');

    const fields: [string, string][] = [
      ['a', a.id],
      ['b', b.id],
      ['aVersion', String(a.version)],
      ['bVersion', String(b.version)],
      ['survivor', 'a'],
      ['pick.legalName', 'a'],
      ['pick.taxCode', 'b'],
      ['pick.descriptionVi', 'b'],
      ['pick.sectors', 'both'],
    ];
    // Someone changed the other record meanwhile: nothing merged.
    await staff.post(`/admin/directory/organizations/${b.id}/verify`);
    const stale = await post(staff, '/admin/directory/merge', fields);
    expect(stale.status).toBe(409);
    expect((await orgBySlug(b.slug)).merged_into).toBeNull();

    const fresh = withField(fields, 'bVersion', String((await orgBySlug(b.slug)).version));
    const merged = await post(staff, '/admin/directory/merge', fresh);
    expect(merged.status).toBe(303);
    const survivor = await orgBySlug(a.slug);
    const gone = await orgBySlug(b.slug);
    expect(survivor).toMatchObject({
      legal_name: 'Công ty Cổ phần Thủy sản Mekong',
      tax_code: '0401234566',
      description_vi: 'Nuôi tôm sinh thái.',
      sectors: ['agritech'],
      merged_into: null,
    });
    expect(survivor.verified_at).not.toBeNull();
    expect(gone).toMatchObject({ merged_into: a.id, tax_code: null });
    expect(
      await q(`select organization_id from directory_affiliations where person_id = $1`, [
        person!.id,
      ]),
    ).toEqual([{ organization_id: a.id }]);
    expect(await q(`select organization_id from directory_claims where message = 'x'`)).toEqual([
      { organization_id: a.id },
    ]);
    const redirect = await t.app.request(`${ORG}/${b.slug}`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${ORG}/${a.slug}`);
    const feed = await q<{ entity_id: string; op: string }>(
      `select entity_id, op from directory_changes where entity_id in ($1, $2) order by seq desc limit 3`,
      [a.id, b.id],
    );
    expect(feed).toEqual(
      expect.arrayContaining([
        { entity_id: a.id, op: 'upsert' },
        { entity_id: b.id, op: 'delete' },
      ]),
    );
    const [entry] = await q<{
      before: Record<string, Record<string, unknown>>;
      after: Record<string, Record<string, unknown>>;
    }>(
      `select before, after from platform_audit_log where action = 'directory.organization:merge'`,
    );
    expect(entry!.before.merged).toMatchObject({
      id: b.id,
      taxCode: '0401234566',
      mergedInto: null,
    });
    expect(entry!.before.survivor).toMatchObject({ id: a.id, taxCode: null });
    expect(entry!.after.merged).toMatchObject({ id: b.id, mergedInto: a.id });
    expect(entry!.after.survivor).toMatchObject({ id: a.id, taxCode: '0401234566' });
    // The merged record is no longer a candidate, nor mergeable again.
    expect(await (await staff.get('/admin/directory/duplicates')).text()).not.toContain(
      `b=${b.slug}`,
    );
    expect((await post(staff, '/admin/directory/merge', fresh)).status).toBe(404);
    expect(c.slug).toBe('vuon-uom-cong-nghe-can-tho-moi');
  });

  it('every staff change is in the audit log with its own entry', async () => {
    // A staff edit of a profile someone else manages.
    const org = await orgBySlug('nong-nghiep-so');
    const res = await post(staff, `${ORG}/nong-nghiep-so/edit`, [
      ...withField(PROFILE, 'address', '1 Hòa Bình'),
      ['version', String(org.version)],
    ]);
    expect(res.status).toBe(303);
    const actions = (
      await q<{ action: string }>(
        `select distinct action from platform_audit_log where actor_id = $1 order by action`,
        [staffId],
      )
    ).map((r) => r.action);
    expect(actions).toEqual([
      'directory.claim:approve',
      'directory.claim:reject',
      'directory.organization:archive',
      'directory.organization:merge',
      'directory.organization:restore',
      'directory.organization:unverify',
      'directory.organization:update',
      'directory.organization:verify',
    ]);
  });

  it('“Not a duplicate” hides a pair for good, audited; other pairs stay; only staff may say so', async () => {
    const a = await seed({
      kind: 'cooperative',
      legalName: 'Công ty Cổ phần Rau sạch Đà Lạt',
      provinceCode: '68',
    });
    const b = await seed({ kind: 'cooperative', legalName: 'Rau Sạch Đà Lạt' });
    const c = await seed({ kind: 'sme', legalName: 'Công ty TNHH Chè Tân Cương' });
    const d = await seed({ kind: 'sme', legalName: 'Chè Tân Cương', provinceCode: '19' });
    const listed = async (x: { slug: string }, y: { slug: string }) => {
      const html = await (await staff.get('/admin/directory/duplicates')).text();
      return [`a=${x.slug}&amp;b=${y.slug}"`, `a=${y.slug}&amp;b=${x.slug}"`].some((link) =>
        html.includes(link),
      );
    };
    expect(await listed(a, b)).toBe(true);
    expect(await listed(c, d)).toBe(true);
    const html = await (await staff.get('/admin/directory/duplicates')).text();
    expect(html).toContain('action="/admin/directory/duplicates/dismiss"');
    expect(html).toMatch(
      /aria-label="[^"]*Rau [Ss]ạch Đà Lạt và [^"]*Rau [Ss]ạch Đà Lạt không phải là một/,
    );

    const dismiss = (browser: BrowserSession, x: string, y: string) =>
      post(browser, '/admin/directory/duplicates/dismiss', [
        ['a', x],
        ['b', y],
        ['page', '1'],
      ]);
    // Outsiders are refused and nothing is stored.
    expect((await dismiss(founder, a.id, b.id)).status).toBe(404);
    const anonymous = await t.app.request('/admin/directory/duplicates/dismiss', {
      method: 'POST',
      body: new URLSearchParams({ a: a.id, b: b.id }),
      headers: { origin: TEST_ORIGIN },
    });
    expect([302, 303, 401, 403]).toContain(anonymous.status);
    expect(await q('select * from directory_duplicate_dismissals')).toHaveLength(0);
    // Unknown ids, or one profile twice: not found.
    expect((await dismiss(staff, a.id, a.id)).status).toBe(404);
    expect((await dismiss(staff, a.id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await dismiss(staff, 'x', b.id)).status).toBe(404);

    const res = await dismiss(staff, b.id, a.id);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/directory/duplicates?done=dismissed');
    const after = await (await staff.get(res.headers.get('location')!)).text();
    expect(after).toContain('Đã bỏ cặp hồ sơ khỏi danh sách');
    expect(await listed(a, b)).toBe(false);
    expect(await listed(c, d)).toBe(true);
    // Either order is the same pair; saying it again changes nothing.
    expect((await dismiss(staff, a.id, b.id)).status).toBe(303);
    const rows = await q<{ a_id: string; b_id: string; dismissed_by: string }>(
      'select a_id, b_id, dismissed_by from directory_duplicate_dismissals',
    );
    expect(rows).toEqual([
      { a_id: [a.id, b.id].sort()[0], b_id: [a.id, b.id].sort()[1], dismissed_by: staffId },
    ]);
    const audit = await q<{ entity_id: string; after: { a: { id: string }; b: { id: string } } }>(
      `select entity_id, after from platform_audit_log
       where action = 'directory.organization:dismissDuplicate'`,
    );
    expect(audit).toHaveLength(1);
    expect([audit[0]!.after.a.id, audit[0]!.after.b.id].sort()).toEqual([a.id, b.id].sort());
    // The two can still be merged by address.
    expect((await staff.get(`/admin/directory/merge?a=${a.slug}&b=${b.slug}`)).status).toBe(200);
  });
});
