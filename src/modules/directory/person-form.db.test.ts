import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS } from '../../platform/authz';
import { createOrganization } from './services/create-organization';

const PEOPLE = '/directory/people';

/** A form as a browser sends it, repeated names (checkboxes) included. */
function post(browser: BrowserSession, path: string, fields: [string, string][]) {
  return browser.send('POST', path, new URLSearchParams(fields).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
  });
}

/** What the create form sends when nothing but the boxes below is touched. */
const DEFAULTS: [string, string][] = [
  ['contactPreference', 'platform'],
  ['visibility.email', 'staff'],
  ['visibility.phone', 'staff'],
  ['visibility.website', 'public'],
  ['visibility.provinceCode', 'public'],
  ['visibility.bio', 'public'],
];

const MENTOR: [string, string][] = [
  ['fullName', 'Nguyễn Thị Minh Khai'],
  ['roles', 'mentor'],
  ['roles', 'expert'],
  ['headline', 'Cố vấn chuyển đổi số'],
  ['expertise', 'Chuyển đổi số\nIoT, Nông nghiệp công nghệ cao'],
  ['languages', 'Tiếng Việt, English, en, Tiếng Nhật'],
  ['bioVi', 'Hai mươi năm làm phần mềm cho hợp tác xã.'],
  ['email', 'minhkhai@example.vn'],
  ['phone', '0909 222 333'],
  ['provinceCode', '92'],
  ['links', 'LinkedIn: https://www.linkedin.com/in/minhkhai\nhttps://github.com/minhkhai'],
  ...DEFAULTS,
  ['consent', 'yes'],
];

const withField = (fields: [string, string][], name: string, value: string) =>
  [...fields.filter(([k]) => k !== name), [name, value]] as [string, string][];

describe.each(testEngines)('person forms on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let member: BrowserSession;
  let outsider: BrowserSession;
  let memberId = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const person = async (slug: string) =>
    (await q(`select * from directory_people where slug = $1`, [slug]))[0]!;
  const count = async () =>
    Number((await q<{ n: number }>(`select count(*)::int as n from directory_people`))[0]!.n);
  const slugFrom = (res: Response) =>
    /^\/directory\/people\/([^/]+)\/edit\?done=created$/.exec(
      res.headers.get('location') ?? '',
    )?.[1] ?? '';

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'staff@people-form.example', roles: ['staff'] });
    memberId = (await createUser(t, { email: 'member@people-form.example', name: 'Minh Khai' })).id;
    await createUser(t, { email: 'outsider@people-form.example' });
    staff = await signIn(t, 'staff@people-form.example');
    member = await signIn(t, 'member@people-form.example');
    outsider = await signIn(t, 'outsider@people-form.example');
  });
  afterAll(() => t.close());

  it('lets staff add a person, with e-mail and phone for staff only unless allowed, audited', async () => {
    const form = await staff.get(`${PEOPLE}/new`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('Luật số 91/2025/QH15');
    expect(html).toContain('name="own"');
    // The privacy-protective defaults are what the form shows.
    expect(html).toMatch(/name="visibility.email"[^]*?<option value="staff" selected/);

    const res = await post(
      staff,
      `${PEOPLE}/new`,
      withField(
        withField(MENTOR, 'fullName', 'Trần Văn Bảo'),
        'visibility.provinceCode',
        'members',
      ),
    );
    expect(res.status).toBe(303);
    const slug = slugFrom(res);
    const row = await person(slug);
    expect(row.full_name).toBe('Trần Văn Bảo');
    expect(row.user_id).toBeNull();
    expect(row.languages).toEqual(['vi', 'en', 'ja']);
    expect(row.expertise).toEqual(['Chuyển đổi số', 'IoT', 'Nông nghiệp công nghệ cao']);
    expect(row.links).toEqual({
      LinkedIn: 'https://www.linkedin.com/in/minhkhai',
      'github.com': 'https://github.com/minhkhai',
    });
    expect(row.visibility).toMatchObject({
      email: 'staff',
      phone: 'staff',
      provinceCode: 'members',
    });
    const audit = await q(
      `select after from platform_audit_log where action = 'directory.person:create' and entity_id = $1`,
      [row.id],
    );
    expect(audit).toHaveLength(1);

    const edit = await staff.get(`${PEOPLE}/${slug}/edit?done=created`);
    expect(edit.status).toBe(200);
    expect(await edit.text()).toContain('Đã tạo hồ sơ.');

    // Visitors see neither the e-mail, the phone nor the province restricted to members.
    const visitor = await t.app.request(`${PEOPLE}/${slug}`);
    const page = await visitor.text();
    expect(page).toContain('Trần Văn Bảo');
    expect(page).not.toContain('minhkhai@example.vn');
    expect(page).not.toContain('0909 222 333');
    expect(page).not.toContain('Cần Thơ');
    expect(page).not.toContain(`/directory/people/${slug}/edit`);
    const json = await t.app.request(`/api/v1/directory/people/${slug}`);
    const body = (await json.json()) as Record<string, unknown>;
    expect(body.email).toBeNull();
    expect(body.provinceCode).toBeNull();
    // Staff see them, and the way to edit.
    const staffPage = await (await staff.get(`${PEOPLE}/${slug}`)).text();
    expect(staffPage).toContain('0909 222 333');
    expect(staffPage).toContain(`href="/directory/people/${slug}/edit"`);
    expect(staffPage).toContain('href="/directory/people/new"');
  });

  it('lets a member create their own profile once, linked to their account, with consent recorded', async () => {
    expect(await (await member.get(`${PEOPLE}/new`)).text()).not.toContain('name="own"');
    const res = await post(member, `${PEOPLE}/new`, MENTOR);
    expect(res.status).toBe(303);
    const slug = slugFrom(res);
    const row = await person(slug);
    expect(row.user_id).toBe(memberId);
    const consents = await q(
      `select purpose from identity_consents where user_id = $1 and purpose = 'directory-profile'`,
      [memberId],
    );
    expect(consents).toHaveLength(1);
    // A member's own changes are not staff changes: no audit entry.
    expect(await q(`select 1 from platform_audit_log where entity_id = $1`, [row.id])).toHaveLength(
      0,
    );

    const page = await (await member.get(`${PEOPLE}/${slug}`)).text();
    expect(page).toContain('Đây là hồ sơ của bạn.');
    expect(page).toContain(`href="/directory/people/${slug}/edit"`);

    // A second profile is refused, and nothing is stored.
    const before = await count();
    const again = await member.get(`${PEOPLE}/new`);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Bạn đã có hồ sơ cá nhân');
    const twice = await post(
      member,
      `${PEOPLE}/new`,
      withField(MENTOR, 'fullName', 'Hồ Sơ Thứ Hai'),
    );
    expect(twice.status).toBe(409);
    expect(await count()).toBe(before);
  });

  it('refuses a missing name, a bad e-mail and an unknown language with Vietnamese messages, keeping what was typed', async () => {
    const before = await count();
    const res = await post(outsider, `${PEOPLE}/new`, [
      ...MENTOR.filter(([k]) => !['fullName', 'email', 'languages', 'consent'].includes(k)),
      ['fullName', ''],
      ['email', 'khong-phai-email'],
      ['languages', 'Tiếng Việt, Klingon'],
    ]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vui lòng nhập trường này.');
    expect(html).toContain('Địa chỉ e-mail không hợp lệ.');
    expect(html).toContain('Không nhận ra ngôn ngữ «Klingon»');
    expect(html).toContain('Cần sự đồng ý của bạn để tạo hồ sơ.');
    // The summary links to each field, and each field says what is wrong.
    for (const field of ['fullName', 'email', 'languages', 'consent'])
      expect(html).toContain(`href="#${field}"`);
    expect(html).toContain('aria-describedby="email-error"');
    expect(html).toContain('value="khong-phai-email"');
    expect(html).toContain('Cố vấn chuyển đổi số');
    expect(await count()).toBe(before);

    // In English for someone who chose English.
    outsider.set('lang', 'en');
    const english = await post(outsider, `${PEOPLE}/new`, [['languages', 'Klingon']]);
    outsider.set('lang', 'vi');
    expect(english.status).toBe(422);
    const en = await english.text();
    expect(en).toContain('This field is required.');
    expect(en).toContain('Unknown language “Klingon”');
  });

  it('answers 404 to anyone editing a profile that is not theirs, and changes nothing', async () => {
    const slug = (
      await q<{ slug: string }>(`select slug from directory_people where user_id = $1`, [memberId])
    )[0]!.slug;
    const before = await person(slug);
    expect((await outsider.get(`${PEOPLE}/${slug}/edit`)).status).toBe(404);
    const res = await post(outsider, `${PEOPLE}/${slug}/edit`, [
      ...withField(MENTOR, 'fullName', 'Kẻ Mạo Danh'),
      ['version', String(before.version)],
    ]);
    expect(res.status).toBe(404);
    expect(
      (await post(outsider, `${PEOPLE}/${slug}/organizations/remove`, [['role', 'founder']]))
        .status,
    ).toBe(404);
    expect(await person(slug)).toEqual(before);
    expect(await (await outsider.get(`${PEOPLE}/${slug}`)).text()).not.toContain(`${slug}/edit`);
    // Visitors are sent to log in.
    expect((await t.app.request(`${PEOPLE}/${slug}/edit`)).status).toBe(302);
  });

  it('keeps the first of two edits: the stale one gets the conflict page with what was typed', async () => {
    const slug = (
      await q<{ slug: string }>(`select slug from directory_people where user_id = $1`, [memberId])
    )[0]!.slug;
    const html = await (await member.get(`${PEOPLE}/${slug}/edit`)).text();
    const version = /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain('value="Tiếng Việt, Tiếng Anh, Tiếng Nhật"');

    const first = await post(staff, `${PEOPLE}/${slug}/edit`, [
      ...withField(MENTOR, 'headline', 'Cố vấn của Trung tâm'),
      ['version', version],
    ]);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`${PEOPLE}/${slug}/edit?done=saved`);
    expect(
      await q(`select 1 from platform_audit_log where action = 'directory.person:update'`),
    ).toHaveLength(1);

    const stale = await post(member, `${PEOPLE}/${slug}/edit`, [
      ...withField(MENTOR, 'headline', 'Cố vấn độc lập'),
      ['version', version],
    ]);
    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(page).toContain('Hồ sơ vừa được người khác lưu');
    expect(page).toContain('href="#headline"');
    expect(page).toContain('Cố vấn của Trung tâm');
    expect(page).toContain('value="Cố vấn độc lập"');
    expect((await person(slug)).headline).toBe('Cố vấn của Trung tâm');

    // Saving again from the conflict page rests on the version now stored.
    const next = /name="version" value="(\d+)"/.exec(page)?.[1] ?? '';
    const resolved = await post(member, `${PEOPLE}/${slug}/edit`, [
      ...withField(MENTOR, 'headline', 'Cố vấn độc lập'),
      ['version', next],
    ]);
    expect(resolved.status).toBe(303);
    expect((await person(slug)).headline).toBe('Cố vấn độc lập');
  });

  it('links a person to organisations: staff any, a member only those they manage', async () => {
    const org = await createOrganization(
      t.deps.database.db,
      { actor: ANONYMOUS, label: 'test' },
      { kind: 'startup', legalName: 'Công ty CP Lúa Thông Minh' },
    );
    if (!org.ok) throw new Error('organisation not created');
    const orgSlug = org.organization.slug;
    const slug = (
      await q<{ slug: string }>(`select slug from directory_people where user_id = $1`, [memberId])
    )[0]!.slug;

    const refused = await post(member, `${PEOPLE}/${slug}/organizations`, [
      ['organization', orgSlug],
      ['affiliationRole', 'founder'],
    ]);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Bạn chỉ có thể liên kết với tổ chức mà bạn quản lý');

    const unknown = await post(staff, `${PEOPLE}/${slug}/organizations`, [
      ['organization', 'khong-co-to-chuc-nay'],
      ['affiliationRole', 'founder'],
    ]);
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('Không tìm thấy tổ chức này trong danh bạ.');

    const linked = await post(staff, `${PEOPLE}/${slug}/organizations`, [
      ['organization', `http://localhost:3000/directory/organizations/${orgSlug}?tab=people`],
      ['affiliationRole', 'advisor'],
      ['affiliationTitle', 'Cố vấn kỹ thuật'],
    ]);
    expect(linked.status).toBe(303);
    const page = await (await t.app.request(`${PEOPLE}/${slug}`)).text();
    expect(page).toContain('Công ty CP Lúa Thông Minh');
    expect(page).toContain('Cố vấn kỹ thuật');

    // A profile the member manages (created with a new account organisation) they may link.
    const own = await post(member, '/directory/organizations/new', [
      ['kind', 'startup'],
      ['legalName', 'Công ty TNHH Cố Vấn Minh Khai'],
      ['manager', 'new'],
    ]);
    expect(own.status).toBe(303);
    const ownSlug = own.headers.get('location')!.split('/').pop()!;
    const mine = await post(member, `${PEOPLE}/${slug}/organizations`, [
      ['organization', ownSlug],
      ['affiliationRole', 'founder'],
    ]);
    expect(mine.status).toBe(303);
    expect(mine.headers.get('location')).toBe(`${PEOPLE}/${slug}/edit?done=linked#s-organizations`);
    expect(await (await member.get(`${PEOPLE}/${slug}/edit?done=linked`)).text()).toContain(
      'Đã thêm liên kết với tổ chức.',
    );
    expect(await q(`select 1 from directory_affiliations`)).toHaveLength(2);

    // The person may remove a link from their own profile.
    const removed = await post(member, `${PEOPLE}/${slug}/organizations/remove`, [
      ['organizationId', org.organization.id],
      ['role', 'advisor'],
    ]);
    expect(removed.status).toBe(303);
    expect(await q(`select 1 from directory_affiliations`)).toHaveLength(1);
  });
});
