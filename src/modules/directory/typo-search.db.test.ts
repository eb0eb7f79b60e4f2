// Issue 11 item 7: a full name typed with a letter dropped from its distinctive word still finds
// the record in the top 5, below exact matches, with "Did you mean …" when nothing matched as
// typed; people alike; on both engines, marks forgiven.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { seedDirectory } from './seed';
import { createOrganization } from './services/create-organization';
import { createPerson } from './services/create-person';

const audit = { actor: ANONYMOUS, label: 'test' };

const NAMED = [
  'Công ty Cổ phần Bảo mật Số SafeUp',
  'Công ty TNHH Công nghệ Giáo dục HocPlus',
  'Công ty Cổ phần Internet Vạn vật Hương Giang',
  // near misses: the same words around another distinctive one
  'Công ty Cổ phần Bảo mật Số SafeNet',
  'Công ty TNHH Công nghệ Giáo dục HocVui',
  'Công ty Cổ phần Internet Vạn vật Sông Hàn',
  // spelt as the typo is
  'Trung tâm Giáo dục Hoclus',
];

describe.each(testEngines)('search that forgives typos on %s', { timeout: 120_000 }, (engine) => {
  let t: TestApp;
  const idOf: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    // generated neighbours: hundreds of companies sharing "công ty", "cổ phần", "công nghệ"…
    await seedDirectory(t.database, { seed: 11, organizations: 400, people: 300 });
    const db = t.deps.database.db;
    for (const legalName of NAMED) {
      const res = await createOrganization(db, audit, { kind: 'startup', legalName });
      if (!res.ok) throw new Error(JSON.stringify(res));
      idOf[legalName] = res.organization.id;
    }
    for (const fullName of ['Nguyễn Thị Phương Thảo', 'Nguyễn Thị Phượng']) {
      const res = await createPerson(db, audit, { fullName, roles: ['mentor'] });
      if (!res.ok) throw new Error(JSON.stringify(res));
      idOf[fullName] = res.person.id;
    }
  });
  afterAll(() => t.close());

  // Through the API and the pages, as visitors search.
  const ids = async (list: 'organizations' | 'people', q: string) => {
    const res = await t.app.request(`/api/v1/directory/${list}?${new URLSearchParams({ q })}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { id: string }[] }).items.map((item) => item.id);
  };
  const page = async (path: string, q: string, locale = 'vi') =>
    (
      await t.app.request(`${path}?${new URLSearchParams({ q })}`, {
        headers: { cookie: `lang=${locale}` },
      })
    ).text();
  const DID_YOU_MEAN = 'Có phải bạn muốn tìm';

  it.each([
    ['cong ty co phan bao mat so safup', 'Công ty Cổ phần Bảo mật Số SafeUp', 'safeup'],
    [
      'cong ty tnhh cong nghe giao duc hoclus',
      'Công ty TNHH Công nghệ Giáo dục HocPlus',
      'hocplus',
    ],
    [
      'cong ty co phan intenet van vat huong giang',
      'Công ty Cổ phần Internet Vạn vật Hương Giang',
      'internet',
    ],
    ['Công ty Cổ phần Bảo mật Số Safup', 'Công ty Cổ phần Bảo mật Số SafeUp', 'SafeUp'],
  ])('finds "%s" first, and asks "did you mean"', async (q, name, corrected) => {
    const found = await ids('organizations', q);
    expect(found.slice(0, 5)).toContain(idOf[name]);
    expect(found[0]).toBe(idOf[name]);
    const html = await page('/directory', q);
    expect(html).toContain(DID_YOU_MEAN);
    expect(html.toLowerCase()).toContain(corrected.toLowerCase());
  });

  it('ranks exact matches first, the record a typo away after them', async () => {
    const exact = await ids('organizations', 'cong ty co phan bao mat so safeup');
    expect(exact[0]).toBe(idOf['Công ty Cổ phần Bảo mật Số SafeUp']);
    expect(await page('/directory', 'cong ty co phan bao mat so safeup')).not.toContain(
      DID_YOU_MEAN,
    );
    const both = await ids('organizations', 'giao duc hoclus');
    expect(both[0]).toBe(idOf['Trung tâm Giáo dục Hoclus']);
    expect(both.slice(1, 5)).toContain(idOf['Công ty TNHH Công nghệ Giáo dục HocPlus']);
  });

  it('finds people with a typo, exact names first', async () => {
    const typo = await ids('people', 'nguyen thi phuogn thao');
    expect(typo.slice(0, 5)).toContain(idOf['Nguyễn Thị Phương Thảo']);
    expect(await page('/directory/people', 'nguyen thi phuogn thao')).toContain(
      'href="/directory/people?q=nguyen+thi+phuong+thao"',
    );
    const exact = await ids('people', 'Nguyễn Thị Phượng');
    expect(exact[0]).toBe(idOf['Nguyễn Thị Phượng']);
  });

  it('shows the close matches with "Có phải bạn muốn tìm" instead of an empty page', async () => {
    const html = await page('/directory', 'cong ty tnhh cong nghe giao duc hoclus');
    expect(html).toContain(DID_YOU_MEAN);
    expect(html).toContain('href="/directory?q=cong+ty+tnhh+cong+nghe+giao+duc+hocplus"');
    expect(html).toContain('Công ty TNHH Công nghệ Giáo dục HocPlus');
    expect(html).not.toContain('Không tìm thấy tổ chức nào');
    const en = await page('/directory/people', 'nguyen thi phuogn thao', 'en');
    expect(en).toContain('Did you mean');
    expect(en).toContain('Nguyễn Thị Phương Thảo');
  });
});
