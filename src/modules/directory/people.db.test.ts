import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { testEngines } from '../../../test/support/db';
import { createOrganization } from './services/create-organization';
import { createPerson, type TPersonFieldsInput } from './services/create-person';
import { findPeople, ZPeopleQuery } from './services/people.queries';
import { linkPerson, personFieldsOf, unlinkPerson, updatePerson } from './services/update-person';

const audit = { actor: ANONYMOUS, label: 'test' };

const PEOPLE: TPersonFieldsInput[] = [
  {
    fullName: 'Nguyễn Văn Đức',
    roles: ['founder', 'mentor'],
    headline: 'Nhà sáng lập Nông nghiệp Xanh',
    expertise: ['Nông nghiệp công nghệ cao', 'IoT'],
    languages: ['vi', 'Tiếng Anh'],
    provinceCode: 'Cần Thơ',
    email: 'duc@example.vn',
    phone: '0909 111 222',
    bioVi: 'Mười năm làm <b>cảm biến</b> <script>alert("x")</script> cho ruộng lúa.',
    contactPreference: 'platform',
  },
  {
    fullName: 'Trần Thị Bình',
    roles: ['expert'],
    headline: 'Chuyên gia sở hữu trí tuệ',
    expertise: ['Sở hữu trí tuệ', 'IoT'],
    languages: ['vi', 'fr'],
    provinceCode: 'Đà Nẵng',
    email: 'binh@example.vn',
    contactPreference: 'email',
    visibility: { email: 'public' },
  },
  {
    fullName: 'Lê Minh An',
    roles: ['investor'],
    headline: 'Đối tác quỹ Mê Kông',
    expertise: ['Gọi vốn'],
    provinceCode: 'TP HCM',
    contactPreference: 'none',
    email: 'an@example.vn',
    visibility: { email: 'public' },
  },
  {
    fullName: 'Phạm Thu Hà',
    roles: ['researcher'],
    expertise: ['Thuỷ sản'],
    provinceCode: 'Cà Mau',
    bioVi: 'Nghiên cứu bí mật về tôm hùm đất.',
    // She shows neither her province nor her bio to visitors.
    visibility: { provinceCode: 'staff', bio: 'members' },
  },
];

describe.each(testEngines)('people of the directory on %s', (engine) => {
  let t: TestApp;
  const slugs: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let orgId = '';
  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.deps.database.db;
    for (const person of PEOPLE) {
      const res = await createPerson(db, audit, person);
      if (!res.ok) throw new Error(JSON.stringify(res));
      slugs[person.fullName] = res.person.slug;
      ids[person.fullName] = res.person.id;
    }
    const org = await createOrganization(db, audit, {
      kind: 'startup',
      legalName: 'Công ty CP Nông nghiệp Xanh',
      provinceCode: 'Cần Thơ',
    });
    if (!org.ok) throw new Error('organisation not created');
    orgId = org.organization.id;
    const linked = await linkPerson(db, audit, {
      personId: ids['Nguyễn Văn Đức']!,
      organizationId: orgId,
      role: 'founder',
      title: 'Giám đốc điều hành',
    });
    expect(linked).toEqual({ ok: true });
  });
  afterAll(() => t.close());

  const search = (q: Record<string, string>, actor = ANONYMOUS) =>
    findPeople(t.deps, { actor }, ZPeopleQuery.parse(q));
  const names = async (q: Record<string, string>) => (await search(q)).rows.map((r) => r.fullName);

  it('finds "Nguyễn Văn Đức" typed without diacritics, ranked first, and with a small typo', async () => {
    expect((await names({ q: 'nguyen van duc' }))[0]).toBe('Nguyễn Văn Đức');
    expect((await names({ q: 'Nguyễn Văn Đức' }))[0]).toBe('Nguyễn Văn Đức');
    expect(await names({ q: 'nguyen van duk' })).toContain('Nguyễn Văn Đức');
    expect(await names({ q: 'tran thi binhh' })).toContain('Trần Thị Bình');
  });

  it('finds people by expertise, role and language words, but never by what they hide', async () => {
    expect(await names({ q: 'so huu tri tue' })).toEqual(['Trần Thị Bình']);
    expect(await names({ q: 'nha dau tu' })).toEqual(['Lê Minh An']);
    expect(await names({ q: 'tieng phap' })).toEqual(['Trần Thị Bình']);
    expect(await names({ q: 'thuy san' })).toEqual(['Phạm Thu Hà']);
    // Her bio and province are not public, so they are not searchable either.
    expect(await names({ q: 'tom hum' })).toEqual([]);
    expect(await names({ q: 'ca mau' })).toEqual([]);
  });

  it('sorts by given name, then by the whole name, as Vietnamese rosters do', async () => {
    expect(await names({})).toEqual([
      'Lê Minh An',
      'Trần Thị Bình',
      'Nguyễn Văn Đức',
      'Phạm Thu Hà',
    ]);
  });

  it('filters by role, province and expertise with counts per value', async () => {
    const all = await search({});
    expect(all.facets.role.get('founder')).toBe(1);
    expect(all.facets.role.get('mentor')).toBe(1);
    expect(all.facets.expertise.get('IoT')).toBe(2);
    expect(all.facets.provinceCode.get('92')).toBe(1); // Cần Thơ
    // A province shown to staff only is neither counted nor filterable for visitors.
    expect(all.facets.provinceCode.get('96')).toBeUndefined(); // Cà Mau
    expect((await search({ province: '96' })).total).toBe(0);
    expect(await names({ expertise: 'IoT' })).toEqual(['Trần Thị Bình', 'Nguyễn Văn Đức']);
    const iot = await search({ expertise: 'IoT' });
    expect(iot.facets.role.get('expert')).toBe(1);
    expect(iot.facets.role.get('investor')).toBeUndefined();
    expect(await names({ role: 'investor' })).toEqual(['Lê Minh An']);
    expect(await names({ role: 'pirate', page: 'x' })).toHaveLength(PEOPLE.length);
  });

  it('hides personal data from list rows the viewer may not see', async () => {
    const row = (await search({ q: 'nguyen van duc' })).rows[0]!;
    expect(row.email).toBeNull();
    expect(row.phone).toBeNull();
    expect(row.provinceCode).toBe('92');
  });

  it('lists people with filter counts, and says so when nothing matches', async () => {
    const html = await (await t.app.request('/directory/people?q=nguyen+van+duc')).text();
    expect(html).toContain('1 cá nhân cho «nguyen van duc»');
    expect(html).toContain(`href="/directory/people/${slugs['Nguyễn Văn Đức']}"`);
    expect(html).toContain('Nhà sáng lập (1)');
    expect(html).toContain('Nhà đầu tư (0)');
    expect(html).toContain('aria-current="page"');
    const empty = await (
      await t.app.request('/directory/people?q=zzzzqqq', { headers: { cookie: 'lang=en' } })
    ).text();
    expect(empty).toContain('No person found.');
  });

  it('paginates', async () => {
    const db = t.deps.database.db;
    for (let i = 1; i <= 20; i++) {
      const res = await createPerson(db, audit, {
        fullName: `Võ Văn Thành ${i}`,
        roles: ['expert'],
      });
      expect(res.ok).toBe(true);
    }
    const page1 = await search({ role: 'expert' });
    expect(page1.total).toBe(21);
    expect(page1.pages).toBe(2);
    expect((await search({ role: 'expert', page: '2' })).rows).toHaveLength(1);
    const html = await (await t.app.request('/directory/people?role=expert')).text();
    expect(html).toContain('href="/directory/people?role=expert&amp;page=2"');
  });

  it('shows a profile with Person JSON-LD and Open Graph, bio escaped, contact hidden from visitors', async () => {
    const res = await t.app.request(`/directory/people/${slugs['Nguyễn Văn Đức']}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<meta property="og:title" content="Nguyễn Văn Đức"/>');
    expect(html).toContain('<meta property="og:type" content="profile"/>');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld).toMatchObject({
      '@type': 'Person',
      name: 'Nguyễn Văn Đức',
      jobTitle: 'Nhà sáng lập Nông nghiệp Xanh',
      knowsAbout: ['Nông nghiệp công nghệ cao', 'IoT'],
      knowsLanguage: ['vi', 'en'],
      homeLocation: { address: { addressRegion: 'Thành phố Cần Thơ' } },
      affiliation: [{ '@type': 'Organization', name: 'Công ty CP Nông nghiệp Xanh' }],
    });
    expect(ld.email).toBeUndefined();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>cảm biến');
    expect(html).toContain('&lt;b&gt;cảm biến&lt;/b&gt; &lt;script&gt;alert');
    expect(html).not.toContain('duc@example.vn');
    expect(html).not.toContain('0909 111 222');
    // Contact through the platform: visitors are asked to log in.
    expect(html).toContain('Người này nhận liên hệ qua nền tảng; hãy đăng nhập để gửi lời nhắn.');
    expect(html).toContain('Giám đốc điều hành');
    expect(html).toContain('Tiếng Anh');
  });

  it('shows personal data to staff, marked as restricted, and to members only what they may see', async () => {
    await createUser(t, { email: 'staff@people.example', roles: ['staff'] });
    const staff = await signIn(t, 'staff@people.example');
    const html = await (await staff.get(`/directory/people/${slugs['Nguyễn Văn Đức']}`)).text();
    expect(html).toContain('duc@example.vn');
    expect(html).toContain('0909 111 222');
    expect(html).toContain('chỉ cán bộ quản lý thấy');

    await createUser(t, { email: 'member@people.example' });
    const member = await signIn(t, 'member@people.example');
    const ha = await (await member.get(`/directory/people/${slugs['Phạm Thu Hà']}`)).text();
    expect(ha).toContain('tôm hùm đất'); // bio: members
    expect(ha).not.toContain('Cà Mau'); // province: staff
    const asVisitor = await (
      await t.app.request(`/directory/people/${slugs['Phạm Thu Hà']}`)
    ).text();
    expect(asVisitor).not.toContain('tôm hùm đất');
  });

  it('follows each contact preference', async () => {
    const binh = await (await t.app.request(`/directory/people/${slugs['Trần Thị Bình']}`)).text();
    expect(binh).toContain('Người này nhận liên hệ qua e-mail.');
    expect(binh).toContain('href="mailto:binh@example.vn"');
    // "No contact": a public e-mail is still not offered.
    const an = await (await t.app.request(`/directory/people/${slugs['Lê Minh An']}`)).text();
    expect(an).toContain('Người này không nhận liên hệ trực tiếp.');
    expect(an).not.toContain('an@example.vn');
  });

  it('lists affiliated people on the organisation page, and unlinking removes them', async () => {
    const page = async () =>
      (await t.app.request('/directory/organizations/nong-nghiep-xanh')).text();
    const html = await page();
    expect(html).toContain(`href="/directory/people/${slugs['Nguyễn Văn Đức']}"`);
    expect(html).toContain('Nhà sáng lập, Giám đốc điều hành');
    const db = t.deps.database.db;
    expect(
      await unlinkPerson(db, audit, {
        personId: ids['Nguyễn Văn Đức']!,
        organizationId: orgId,
        role: 'founder',
      }),
    ).toEqual({ ok: true });
    expect(await page()).not.toContain('Nguyễn Văn Đức');
    expect(
      await linkPerson(db, audit, {
        personId: ids['Nguyễn Văn Đức']!,
        organizationId: '00000000-0000-4000-8000-000000000000',
        role: 'founder',
      }),
    ).toEqual({ ok: false, reason: 'NOT_FOUND' });
  });

  it('answers 404 for an unknown person', async () => {
    expect((await t.app.request('/directory/people/khong-co-ai')).status).toBe(404);
  });
});

describe.each(testEngines)('people edits on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('a stale edit gets CONFLICT and loses nothing; the first edit is kept whole', async () => {
    const db = t.deps.database.db;
    const created = await createPerson(db, audit, { fullName: 'Đặng Thị Sửa', roles: ['expert'] });
    if (!created.ok) throw new Error('not created');
    const { id, version } = created.person;
    const base = personFieldsOf(created.person);
    const first = await updatePerson(db, audit, id, version, {
      ...base,
      headline: 'Bản của người thứ nhất',
    });
    expect(first.ok).toBe(true);
    const second = await updatePerson(db, audit, id, version, {
      ...base,
      headline: 'Bản của người thứ hai',
    });
    expect(second).toMatchObject({
      ok: false,
      reason: 'CONFLICT',
      current: { headline: 'Bản của người thứ nhất', version: version + 1 },
    });
    const changes = await t.database.query<{ op: string }>(
      'select op from directory_changes where entity_id = $1 order by seq',
      [id],
    );
    expect(changes.map((c) => c.op)).toEqual(['upsert', 'upsert']);
    // The edit kept the default visibility of personal data.
    expect(first.ok && first.person.visibility).toMatchObject({ email: 'staff', phone: 'staff' });
  });

  it('keeps the full name as typed (NFC, never split) and makes slugs unique', async () => {
    const db = t.deps.database.db;
    const nfd = "H'Hen Niê".normalize('NFD');
    expect(nfd).not.toBe("H'Hen Niê");
    const a = await createPerson(db, audit, { fullName: nfd });
    const b = await createPerson(db, audit, { fullName: "H'Hen Niê" });
    if (!a.ok || !b.ok) throw new Error('not created');
    expect(a.person.fullName).toBe("H'Hen Niê");
    expect(a.person.slug).toBe('h-hen-nie');
    expect(b.person.slug).toBe('h-hen-nie-2');
  });

  it('refuses bad input with per-field messages and stores nothing', async () => {
    const db = t.deps.database.db;
    const bad = await createPerson(db, audit, {
      fullName: 'Người Sai',
      roles: ['pirate' as never],
      expertise: Array.from({ length: 21 }, (_, i) => `Chủ đề ${i}`),
      languages: ['Klingon'],
      provinceCode: 'Atlantis',
      email: 'not-an-email',
      website: 'javascript:alert(1)',
      contactPreference: 'fax' as never,
    });
    expect(bad).toEqual({
      ok: false,
      fields: {
        'roles.0': { key: 'validation.choice' },
        expertise: { key: 'directory.person.error.expertiseCount' },
        'languages.0': { key: 'directory.person.error.language' },
        provinceCode: { key: 'directory.error.province' },
        email: { key: 'validation.email' },
        website: { key: 'directory.error.url' },
        contactPreference: { key: 'validation.choice' },
      },
    });
    const long = await createPerson(db, audit, {
      fullName: 'Người Dài',
      expertise: ['x'.repeat(61)],
    });
    expect(long).toEqual({
      ok: false,
      fields: { 'expertise.0': { key: 'validation.tooLong', params: { max: 60 } } },
    });
    const rows = await t.database.query(
      `select 1 from directory_people where full_name in ('Người Sai', 'Người Dài')`,
    );
    expect(rows).toHaveLength(0);
  });

  it('refuses a second person with the same external id', async () => {
    const db = t.deps.database.db;
    expect((await createPerson(db, audit, { fullName: 'Mai Anh', externalId: 'X-1' })).ok).toBe(
      true,
    );
    expect(await createPerson(db, audit, { fullName: 'Mai Anh', externalId: 'X-1' })).toEqual({
      ok: false,
      fields: { externalId: { key: 'directory.person.error.externalIdTaken' } },
    });
  });
});
