import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../../test/support/actors';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import { testEngines } from '../../../../test/support/db';
import { ANONYMOUS } from '../../../platform/authz';
import type { TOrganizationFieldsInput } from '../contracts';
import { updateOrganization as updateRow } from '../db/organizations.repository';
import { createOrganization } from '../services/create-organization';

const API = '/api/v1/directory/organizations';

type Json = Record<string, unknown>;
type Page = { items: Json[]; next: string | null };

/** 24 organisations in 3 provinces; 9 of them about agriculture ("nông nghiệp"). */
function fixtures(): TOrganizationFieldsInput[] {
  const out: TOrganizationFieldsInput[] = [];
  const provinces = ['Cần Thơ', 'Đà Nẵng', 'Hà Nội'];
  for (let i = 0; i < 24; i++) {
    const isFarm = i % 3 === 0 || i === 7 || i === 20 || i === 22;
    out.push({
      kind: i % 4 === 0 ? 'incubator' : 'startup',
      legalName: isFarm
        ? `Công ty Nông nghiệp Số ${String.fromCharCode(65 + (i % 26))}${i}`
        : `Công ty Công nghệ Đổi mới ${i}`,
      provinceCode: provinces[i % 3],
      sectors: isFarm ? ['agritech'] : ['ai'],
      descriptionVi: isFarm ? 'Giải pháp nông nghiệp thông minh' : 'Phần mềm doanh nghiệp',
    });
  }
  // Same sort key twice: the id must break the tie between pages.
  out.push({ kind: 'startup', legalName: 'Công ty TNHH Trùng Tên', provinceCode: 'Huế' });
  out.push({ kind: 'sme', legalName: 'Công ty CP Trùng Tên', provinceCode: 'Huế' });
  return out;
}

describe.each(testEngines)('directory organisations API on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let member: BrowserSession;
  let privateId = '';
  const audit = { actor: ANONYMOUS, label: 'test' };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.deps.database.db;
    for (const input of fixtures()) {
      const r = await createOrganization(db, audit, input);
      if (!r.ok) throw new Error(JSON.stringify(r.fields));
    }
    const secret = await createOrganization(db, audit, {
      kind: 'startup',
      legalName: 'Công ty Bí Mật Xanh',
      taxCode: '0301442379',
      phone: '0909 123 456',
      capitalRaisedVnd: '1500000000',
      address: '12 Lý Tự Trọng',
      provinceCode: 'Cần Thơ',
      visibility: { phone: 'members', capitalRaisedVnd: 'staff', taxCode: 'staff' },
    });
    if (!secret.ok) throw new Error('fixture');
    privateId = secret.organization.id;
    await createUser(t, { email: 'staff@api.example', roles: ['staff'] });
    await createUser(t, { email: 'member@api.example' });
    staff = await signIn(t, 'staff@api.example');
    member = await signIn(t, 'member@api.example');
  });
  afterAll(() => t.close());

  const json = (
    browser: BrowserSession | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    browser
      ? browser.send(method, path, body === undefined ? '' : JSON.stringify(body), {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        })
      : t.app.request(path, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });

  async function allPages(query: string, limit: number) {
    const seen: Json[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const sep = query ? '&' : '';
      const url = `${API}?${query}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await t.app.request(url);
      expect(res.status, url).toBe(200);
      const page = (await res.json()) as Page;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      cursor = page.next;
      pages++;
      expect(pages).toBeLessThan(100);
    } while (cursor);
    return { seen, pages };
  }

  it('pages through the whole list in name order without duplicates or gaps', async () => {
    const { seen, pages } = await allPages('', 4);
    expect(pages).toBe(Math.ceil(27 / 4));
    const ids = seen.map((o) => o.id);
    expect(new Set(ids).size).toBe(27);
    const [row] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from directory_organizations',
    );
    const n = row!.n;
    expect(ids.length).toBe(Number(n));
    const whole = (await (await t.app.request(`${API}?limit=100`)).json()) as Page;
    expect(whole.next).toBeNull();
    expect(whole.items.map((o) => o.id)).toEqual(ids);
  });

  it('pages through a ranked search and a filtered list the same way', async () => {
    const ranked = await allPages('q=nong+nghiep', 2);
    const single = (await (
      await t.app.request(`${API}?q=n%C3%B4ng%20nghi%E1%BB%87p&limit=100`)
    ).json()) as Page;
    expect(single.items.length).toBeGreaterThanOrEqual(11);
    expect(ranked.seen.map((o) => o.id)).toEqual(single.items.map((o) => o.id));
    expect(new Set(ranked.seen.map((o) => o.id)).size).toBe(single.items.length);

    const filtered = await allPages('province=92&kind=startup', 3);
    expect(filtered.seen.length).toBeGreaterThan(3);
    expect(filtered.seen.every((o) => o.provinceCode === '92' && o.kind === 'startup')).toBe(true);
  });

  it('refuses a cursor of another query, and an unknown filter value, with 422', async () => {
    const first = (await (await t.app.request(`${API}?limit=2`)).json()) as Page;
    const res = await t.app.request(`${API}?q=nong&cursor=${first.next}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: [{ field: 'cursor', message: expect.stringContaining('cursor') }],
    });
    const garbage = await t.app.request(`${API}?cursor=%25%25nope`);
    expect(garbage.status).toBe(422);
    const badKind = await t.app.request(`${API}?kind=spaceship`);
    expect(badKind.status).toBe(422);
    expect(await badKind.json()).toMatchObject({ errors: [{ field: 'kind' }] });
  });

  it('gets an organisation by slug or id, with its ETag, and 404 for an unknown one', async () => {
    const bySlug = await t.app.request(`${API}/bi-mat-xanh`);
    expect(bySlug.status).toBe(200);
    const org = (await bySlug.json()) as Json;
    expect(org).toMatchObject({ id: privateId, legalName: 'Công ty Bí Mật Xanh', version: 1 });
    expect(bySlug.headers.get('etag')).toBe('W/"1"');
    const byId = await t.app.request(`${API}/${privateId}`);
    expect(((await byId.json()) as Json).slug).toBe('bi-mat-xanh');
    const notModified = await t.app.request(`${API}/${privateId}`, {
      headers: { 'if-none-match': 'W/"1"' },
    });
    expect(notModified.status).toBe(304);
    const missing = await t.app.request(`${API}/khong-ton-tai`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await t.app.request(`${API}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('redirects a merged duplicate to the organisation it was merged into', async () => {
    const db = t.deps.database.db;
    const a = await createOrganization(db, audit, { kind: 'startup', legalName: 'Gộp Vào' });
    const b = await createOrganization(db, audit, { kind: 'startup', legalName: 'Bản Trùng' });
    if (!a.ok || !b.ok) throw new Error('fixture');
    await updateRow(db, b.organization.id, 1, { mergedInto: a.organization.id });
    const res = await t.app.request(`${API}/ban-trung`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${API}/${a.organization.id}`);
    await updateRow(db, a.organization.id, 1, { archivedAt: new Date() });
    expect((await t.app.request(`${API}/ban-trung`)).status).toBe(404);
    expect((await t.app.request(`${API}/gop-vao`)).status).toBe(404);
  });

  it('shows each caller only the fields they may see; money as a string', async () => {
    const visitor = (await (await t.app.request(`${API}/${privateId}`)).json()) as Json;
    expect(visitor).toMatchObject({ phone: null, capitalRaisedVnd: null, taxCode: null });
    expect(visitor.address).toBe('12 Lý Tự Trọng');
    expect(visitor.visibility).toEqual({
      phone: 'members',
      capitalRaisedVnd: 'staff',
      taxCode: 'staff',
    });
    const listed = (await (await t.app.request(`${API}?q=bi+mat+xanh`)).json()) as Page;
    expect(listed.items[0]).toMatchObject({ id: privateId, phone: null, taxCode: null });
    expect(JSON.stringify(listed)).not.toContain('0909 123 456');

    const asMember = (await (await member.get(`${API}/${privateId}`)).json()) as Json;
    expect(asMember).toMatchObject({
      phone: '0909 123 456',
      capitalRaisedVnd: null,
      taxCode: null,
    });
    const asStaff = (await (await staff.get(`${API}/${privateId}`)).json()) as Json;
    expect(asStaff).toMatchObject({ capitalRaisedVnd: '1500000000', taxCode: '0301442379' });

    // A key acts for its owner only within its scopes: without the read scope, a visitor's view.
    const key = await createKey(staff, ['identity.profile:read:own']);
    const asKey = (await (
      await t.app.request(`${API}/${privateId}`, { headers: { authorization: `Bearer ${key}` } })
    ).json()) as Json;
    expect(asKey).toMatchObject({ phone: null, taxCode: null });
    const readKey = await createKey(staff, ['directory.organization:read']);
    const asReadKey = (await (
      await t.app.request(`${API}/${privateId}`, {
        headers: { authorization: `Bearer ${readKey}` },
      })
    ).json()) as Json;
    expect(asReadKey).toMatchObject({ taxCode: '0301442379' });
  });

  async function createKey(browser: BrowserSession, scopes: string[]) {
    const res = await json(browser, 'POST', '/api/v1/api-keys', { name: 'k', scopes });
    expect(res.status).toBe(201);
    return ((await res.json()) as { secret: string }).secret;
  }

  it('creates an organisation: 201 with Location and ETag, for a member', async () => {
    const res = await json(member, 'POST', API, {
      kind: 'coworking',
      legalName: 'Không gian Sáng tạo Hội An',
      provinceCode: 'Quảng Nam',
      capitalRaisedVnd: 250000000,
      firstRegisteredOn: '15/03/2022',
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Json;
    expect(res.headers.get('location')).toBe(`${API}/${created.id}`);
    expect(res.headers.get('etag')).toBe('W/"1"');
    expect(created).toMatchObject({
      provinceCode: '48',
      capitalRaisedVnd: '250000000',
      firstRegisteredOn: '2022-03-15',
      slug: 'khong-gian-sang-tao-hoi-an',
    });
    const again = await t.app.request(res.headers.get('location')!);
    expect(again.status).toBe(200);
  });

  it('refuses creation to visitors (401) and to a key without the scope (403)', async () => {
    const body = { kind: 'startup', legalName: 'Không Được Phép' };
    expect((await json(undefined, 'POST', API, body, { origin: TEST_ORIGIN })).status).toBe(401);
    const key = await createKey(member, ['identity.profile:read:own']);
    const res = await json(undefined, 'POST', API, body, { authorization: `Bearer ${key}` });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const allowed = await createKey(member, ['directory.organization:create']);
    const ok = await json(undefined, 'POST', API, body, { authorization: `Bearer ${allowed}` });
    expect(ok.status).toBe(201);
  });

  it('answers invalid bodies with 422 and a message per field, in Vietnamese or English', async () => {
    const body = {
      kind: 'rocket',
      legalName: 'X',
      taxCode: '0301442378',
      provinceCode: 'Atlantis',
      website: 'nope',
    };
    const vi = await json(member, 'POST', API, body);
    expect(vi.status).toBe(422);
    const problem = (await vi.json()) as {
      title: string;
      errors: { field: string; message: string }[];
    };
    expect(problem.title).toBe('Dữ liệu không hợp lệ');
    const fields = Object.fromEntries(problem.errors.map((e) => [e.field, e.message]));
    expect(Object.keys(fields).sort()).toEqual([
      'kind',
      'legalName',
      'provinceCode',
      'taxCode',
      'website',
    ]);
    expect(fields.taxCode).toMatch(/mã số thuế/i);
    const en = await json(member, 'POST', API, body, { 'accept-language': 'en' });
    const english = (await en.json()) as {
      title: string;
      errors: { field: string; message: string }[];
    };
    expect(english.title).toBe('Invalid input');
    expect(english.errors.find((e) => e.field === 'taxCode')?.message).toMatch(/tax code/i);

    const duplicate = await json(member, 'POST', API, {
      kind: 'startup',
      legalName: 'Trùng Mã',
      taxCode: '0301442379',
    });
    expect(duplicate.status).toBe(422);
    expect(await duplicate.json()).toMatchObject({ errors: [{ field: 'taxCode' }] });
  });

  describe('updates', () => {
    const changed = {
      kind: 'startup',
      legalName: 'Công ty Bí Mật Xanh',
      shortName: 'Bí Mật Xanh',
      provinceCode: 'Cần Thơ',
      visibility: { phone: 'members' },
    };

    it('are for staff only', async () => {
      const res = await json(member, 'PUT', `${API}/${privateId}`, changed, {
        'if-match': 'W/"1"',
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    });

    it('need If-Match: 428 without it, and nothing changes', async () => {
      const res = await json(staff, 'PUT', `${API}/${privateId}`, changed);
      expect(res.status).toBe(428);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 428, code: 'PRECONDITION_REQUIRED' });
      const en = await json(staff, 'PUT', `${API}/${privateId}`, changed, {
        'accept-language': 'en',
      });
      expect(((await en.json()) as Json).title).toBe('If-Match required');
      expect(await version(privateId)).toBe(1);
    });

    it('apply with the current ETag and return the next one', async () => {
      const res = await json(staff, 'PUT', `${API}/bi-mat-xanh`, changed, { 'if-match': 'W/"1"' });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe('W/"2"');
      expect(await res.json()).toMatchObject({ shortName: 'Bí Mật Xanh', version: 2, phone: null });
    });

    it('answer a stale ETag with 409 and the current one, changing nothing', async () => {
      const before = await t.database.query(`select * from directory_organizations where id = $1`, [
        privateId,
      ]);
      const res = await json(
        staff,
        'PUT',
        `${API}/${privateId}`,
        { ...changed, shortName: 'Ghi đè' },
        { 'if-match': 'W/"1"' },
      );
      expect(res.status).toBe(409);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('etag')).toBe('W/"2"');
      expect(await res.json()).toMatchObject({
        code: 'CONFLICT',
        detail: expect.stringContaining('W/"2"'),
      });
      const after = await t.database.query(`select * from directory_organizations where id = $1`, [
        privateId,
      ]);
      expect(after).toEqual(before);
      const garbage = await json(staff, 'PUT', `${API}/${privateId}`, changed, {
        'if-match': '"abc"',
      });
      expect(garbage.status).toBe(409);
    });

    it('answer 404 for an unknown organisation and 422 for an invalid body', async () => {
      const unknown = await json(
        staff,
        'PUT',
        `${API}/00000000-0000-4000-8000-000000000000`,
        changed,
        { 'if-match': 'W/"1"' },
      );
      expect(unknown.status).toBe(404);
      const invalid = await json(
        staff,
        'PUT',
        `${API}/${privateId}`,
        { ...changed, email: 'nope' },
        { 'if-match': 'W/"2"' },
      );
      expect(invalid.status).toBe(422);
      expect(await version(privateId)).toBe(2);
    });

    async function version(id: string) {
      const [row] = await t.database.query<{ version: number }>(
        'select version from directory_organizations where id = $1',
        [id],
      );
      return row!.version;
    }
  });
});
