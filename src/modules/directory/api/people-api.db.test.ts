import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../../test/support/actors';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import { testEngines } from '../../../../test/support/db';
import { ANONYMOUS } from '../../../platform/authz';
import { createOrganization } from '../services/create-organization';
import { createPerson, type TPersonFieldsInput } from '../services/create-person';
import { linkPerson } from '../services/update-person';

const API = '/api/v1/directory/people';

type Json = Record<string, unknown>;
type Page = { items: Json[]; next: string | null };

/** Personal details that only staff may see: they must never reach a visitor or the feed. */
const PRIVATE = ['hoa.private@example.vn', '0903 111 222', 'Tiểu sử chỉ cho thành viên'];

describe.each(testEngines)('directory people API on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let member: BrowserSession;
  let hoaId = '';
  const audit = { actor: ANONYMOUS, label: 'test' };

  async function person(input: TPersonFieldsInput) {
    const r = await createPerson(t.deps.database.db, audit, input);
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    return r.person;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    const hoa = await person({
      fullName: 'Nguyễn Thị Hoà',
      roles: ['mentor'],
      headline: 'Cố vấn chuyển đổi số',
      bioVi: 'Tiểu sử chỉ cho thành viên',
      email: 'hoa.private@example.vn',
      phone: '0903 111 222',
      provinceCode: 'Đà Nẵng',
      expertise: ['Chuyển đổi số'],
      visibility: { bio: 'members', provinceCode: 'staff' },
    });
    hoaId = hoa.id;
    // Namesakes: the same sort key, told apart by id across pages.
    for (let i = 0; i < 4; i++) await person({ fullName: 'Trần Văn An', roles: ['founder'] });
    for (const name of ['Lê Minh Châu', 'Phạm Quốc Bảo', 'Võ Thị Dung', 'Đỗ Gia Huy']) {
      await person({ fullName: name, roles: ['expert'], provinceCode: 'Cần Thơ' });
    }
    const org = await createOrganization(t.deps.database.db, audit, {
      kind: 'startup',
      legalName: 'Công ty Hoa Sen Số',
    });
    if (!org.ok) throw new Error('fixture');
    await linkPerson(t.deps.database.db, audit, {
      personId: hoaId,
      organizationId: org.organization.id,
      role: 'advisor',
      title: 'Cố vấn',
    });
    await createUser(t, { email: 'staff@people-api.example', roles: ['staff'] });
    await createUser(t, { email: 'member@people-api.example' });
    staff = await signIn(t, 'staff@people-api.example');
    member = await signIn(t, 'member@people-api.example');
  });
  afterAll(() => t.close());

  const send = (
    browser: BrowserSession | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    browser
      ? browser.send(method, path, JSON.stringify(body), {
          'content-type': 'application/json',
          ...headers,
        })
      : t.app.request(path, {
          method,
          headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, ...headers },
          body: JSON.stringify(body),
        });

  async function allPages(query: string, limit: number) {
    const seen: Json[] = [];
    let cursor: string | null = null;
    do {
      const url = `${API}?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.request(url);
      expect(res.status, url).toBe(200);
      const page = (await res.json()) as Page;
      seen.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return seen;
  }

  it('pages through everyone in roster order, namesakes included, without duplicates or gaps', async () => {
    const seen = await allPages('', 2);
    expect(seen).toHaveLength(9);
    expect(new Set(seen.map((p) => p.id)).size).toBe(9);
    const whole = (await (await t.app.request(`${API}?limit=100`)).json()) as Page;
    expect(seen.map((p) => p.id)).toEqual(whole.items.map((p) => p.id));
    expect(seen.filter((p) => p.fullName === 'Trần Văn An')).toHaveLength(4);

    const ranked = await allPages('q=tran+van+an', 1);
    const single = (await (await t.app.request(`${API}?q=tran+van+an&limit=100`)).json()) as Page;
    expect(ranked.map((p) => p.id)).toEqual(single.items.map((p) => p.id));
    expect(ranked.length).toBeGreaterThanOrEqual(4);
  });

  it('shows personal details only as the person allows, and filters only on what is visible', async () => {
    const visitor = (await (await t.app.request(`${API}/nguyen-thi-hoa`)).json()) as Json;
    expect(visitor).toMatchObject({
      fullName: 'Nguyễn Thị Hoà',
      email: null,
      phone: null,
      bioVi: null,
      provinceCode: null,
      affiliations: [{ role: 'advisor', title: 'Cố vấn' }],
    });
    const asMember = (await (await member.get(`${API}/${hoaId}`)).json()) as Json;
    expect(asMember).toMatchObject({ bioVi: 'Tiểu sử chỉ cho thành viên', email: null });
    const asStaff = (await (await staff.get(`${API}/${hoaId}`)).json()) as Json;
    expect(asStaff).toMatchObject({ email: 'hoa.private@example.vn', provinceCode: '48' });

    // The restricted province is neither a filter match nor shown for a visitor; staff see it.
    expect(((await (await t.app.request(`${API}?province=48`)).json()) as Page).items).toEqual([]);
    const forStaff = (await (await staff.get(`${API}?province=48`)).json()) as Page;
    expect(forStaff.items.map((p) => p.id)).toEqual([hoaId]);
    const listed = await (await t.app.request(`${API}?limit=100`)).text();
    for (const secret of PRIVATE) expect(listed).not.toContain(secret);
  });

  it('gives API keys the public view unless they carry the people curation scope', async () => {
    const key = async (scopes: string[]) => {
      const res = await send(staff, 'POST', '/api/v1/api-keys', { name: 'k', scopes });
      expect(res.status).toBe(201);
      return ((await res.json()) as { secret: string }).secret;
    };
    const plain = await key(['identity.profile:read:own']);
    const curate = await key(['directory.person:curate']);
    const as = async (secret: string) =>
      (await (
        await t.app.request(`${API}/${hoaId}`, { headers: { authorization: `Bearer ${secret}` } })
      ).json()) as Json;
    expect(await as(plain)).toMatchObject({ email: null, bioVi: null });
    expect(await as(curate)).toMatchObject({ email: 'hoa.private@example.vn' });
  });

  it('creates a person (201, Location), refuses a key without the scope (403) and invalid input (422)', async () => {
    const res = await send(member, 'POST', API, {
      fullName: 'Hoàng Thu Trang',
      roles: ['investor'],
      languages: ['Tiếng Việt', 'en'],
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Json;
    expect(res.headers.get('location')).toBe(`${API}/${created.id}`);
    expect(res.headers.get('etag')).toBe('W/"1"');
    expect(created).toMatchObject({ slug: 'hoang-thu-trang', languages: ['vi', 'en'] });

    const keyRes = await send(member, 'POST', '/api/v1/api-keys', {
      name: 'k',
      scopes: ['identity.profile:read:own'],
    });
    const { secret } = (await keyRes.json()) as { secret: string };
    const refused = await send(
      undefined,
      'POST',
      API,
      { fullName: 'Ai Đó' },
      {
        authorization: `Bearer ${secret}`,
      },
    );
    expect(refused.status).toBe(403);

    const bad = { fullName: 'X', roles: ['wizard'], email: 'nope', languages: ['klingon'] };
    const vi = await send(member, 'POST', API, bad);
    expect(vi.status).toBe(422);
    const problem = (await vi.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual([
      'email',
      'fullName',
      'languages.0',
      'roles.0',
    ]);
    expect(problem.errors.find((e) => e.field === 'email')?.message).toBe(
      'Địa chỉ e-mail không hợp lệ.',
    );
    const en = await send(member, 'POST', API, bad, { 'accept-language': 'en' });
    expect(
      ((await en.json()) as { errors: { field: string; message: string }[] }).errors.find(
        (e) => e.field === 'email',
      )?.message,
    ).toBe('This is not a valid e-mail address.');
  });

  it('updates with If-Match for staff only: 403, 428, 200, then 409 for a stale ETag with nothing changed', async () => {
    const body = {
      fullName: 'Nguyễn Thị Hoà',
      roles: ['mentor', 'expert'],
      headline: 'Cố vấn chuyển đổi số và AI',
      email: 'hoa.private@example.vn',
      visibility: { bio: 'members', provinceCode: 'staff' },
    };
    expect(
      (await send(member, 'PUT', `${API}/${hoaId}`, body, { 'if-match': 'W/"1"' })).status,
    ).toBe(403);
    expect((await send(staff, 'PUT', `${API}/${hoaId}`, body)).status).toBe(428);
    const ok = await send(staff, 'PUT', `${API}/nguyen-thi-hoa`, body, { 'if-match': 'W/"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('W/"2"');
    expect(await ok.json()).toMatchObject({ roles: ['mentor', 'expert'], version: 2 });

    const before = await t.database.query('select * from directory_people where id = $1', [hoaId]);
    const stale = await send(
      staff,
      'PUT',
      `${API}/${hoaId}`,
      { ...body, headline: 'Ghi đè' },
      {
        'if-match': 'W/"1"',
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.headers.get('etag')).toBe('W/"2"');
    const after = await t.database.query('select * from directory_people where id = $1', [hoaId]);
    expect(after).toEqual(before);
  });

  it('puts people in the change feed with their public fields and links, and in the sitemap', async () => {
    const res = await t.app.request('/api/v1/changes?since=0&limit=1000');
    const text = await res.text();
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
    const { items } = JSON.parse(text) as { items: { type: string; id: string; record: Json }[] };
    const people = items.filter((i) => i.type === 'person');
    const listed = (await (await t.app.request(`${API}?limit=100`)).json()) as Page;
    expect(new Map(people.map((i) => [i.id, i.record]))).toEqual(
      new Map(listed.items.map((p) => [p.id as string, p])),
    );
    expect(people.find((i) => i.id === hoaId)!.record).toMatchObject({
      email: null,
      affiliations: [{ role: 'advisor' }],
    });

    const sitemap = await (await t.app.request('/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${TEST_ORIGIN}/directory/people/nguyen-thi-hoa</loc>`);
    expect(sitemap).toContain(`<loc>${TEST_ORIGIN}/directory/people</loc>`);
  });
});
