// The legal library as startups and staff use it: the texts the plans cite, found by number,
// title or words typed without diacritics or with a typo, filtered; links between documents
// shown both ways; staff add a document that replaces another (which stops being in force),
// stale edits get 409; unpublished documents are nobody else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { contentModule } from './index';

const STAFF = '/admin/content/legal';
/** The documents' numbers on a list page, in order. */
const numbersIn = (html: string) => [...html.matchAll(/· ([^ ·<]+\/[^ ·<]+) ·/g)].map((m) => m[1]);

describe.each(testEngines)('the legal library on %s', (engine) => {
  let t: TestApp;
  let visitor: BrowserSession;
  let editor: BrowserSession;
  let publisher: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await contentModule.seeds!.demo!(t.deps);
    visitor = new BrowserSession(t.app);
    await createUser(t, { email: 'bt@sokhcn.example', roles: ['editor'] });
    await createUser(t, { email: 'pd@sokhcn.example', roles: ['publisher'] });
    editor = await signIn(t, 'bt@sokhcn.example');
    publisher = await signIn(t, 'pd@sokhcn.example');
  });
  afterAll(() => t.close());

  it('lists the cited texts newest first', async () => {
    const html = await (await visitor.get('/legal')).text();
    expect(html).toContain('9 văn bản');
    expect(numbersIn(html).slice(0, 3)).toEqual([
      '93/2025/QH15',
      '91/2025/QH15',
      '3701/BKHCN-PTTTDN',
    ]);
  });

  it('finds by number, by words without diacritics and despite a typo', async () => {
    const byNumber = await (await visitor.get('/legal?q=188%2FQĐ-TTg')).text();
    expect(numbersIn(byNumber)[0]).toBe('188/QĐ-TTg');
    const plain = await (await visitor.get('/legal?q=bao+ve+du+lieu+ca+nhan')).text();
    expect(numbersIn(plain)[0]).toBe('91/2025/QH15');
    const typo = await (await visitor.get('/legal?q=doanh+nghiep+khoa+hoc+va+cong+ngeh')).text();
    expect(numbersIn(typo)).toContain('13/2019/NĐ-CP');
    const none = await (await visitor.get('/legal?q=xyzxyzxyz')).text();
    expect(none).toContain('Không tìm thấy văn bản phù hợp.');
  });

  it('filters by type and status', async () => {
    const laws = numbersIn(await (await visitor.get('/legal?docType=law')).text());
    expect(laws.sort()).toEqual(['04/2017/QH14', '91/2025/QH15', '93/2025/QH15']);
    const amended = numbersIn(await (await visitor.get('/legal?status=amended')).text());
    expect(amended).toEqual(['844/QĐ-TTg']);
    expect((await visitor.get('/legal?docType=<script>&page=x')).status).toBe(200);
  });

  it('shows a document with its relations both ways', async () => {
    const html = await (await visitor.get('/legal')).text();
    const slug = /href="\/legal\/(188-qd-ttg[^"]*)"/.exec(html)![1];
    const page = await (await visitor.get(`/legal/${slug}`)).text();
    expect(page).toMatch(/Sửa đổi, bổ sung: <a href="\/legal\/844-qd-ttg[^"]*">844\/QĐ-TTg/);
    expect(page).toMatch(
      /Được hướng dẫn bởi: <a href="\/legal\/3701-bkhcn-ptttdn[^"]*">3701\/BKHCN-PTTTDN/,
    );
    expect(page).toContain('"@type":"Legislation"');
  });

  it('adds a document that replaces another, which then is no longer in force', async () => {
    const res = await editor.post(`${STAFF}/new`, {
      number: '21/2026/QĐ-TTg',
      docType: 'decision',
      issuer: 'Thủ tướng Chính phủ',
      issuedOn: '01/06/2026',
      titleVi: 'Danh mục công nghệ chiến lược',
      replaces: '94/2020/NĐ-CP',
    });
    expect(res.status).toBe(303);
    const id = /legal\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    const status = await t.database.query(
      `select legal_status from content_legal_documents where number = '94/2020/NĐ-CP'`,
    );
    expect(status[0]).toEqual({ legal_status: 'replaced' });
    // Not published yet: not in the library, not findable.
    expect(await (await visitor.get('/legal?q=chien+luoc')).text()).toContain('Không tìm thấy');
    expect((await editor.post(`${STAFF}/${id}/publish`, { version: '1' })).status).toBe(403);
    expect((await publisher.post(`${STAFF}/${id}/publish`, { version: '1' })).status).toBe(303);
    expect(numbersIn(await (await visitor.get('/legal?q=chien+luoc')).text())).toEqual([
      '21/2026/QĐ-TTg',
    ]);
  });

  it('refuses an unknown related number and a stale edit, changing nothing', async () => {
    const bad = await editor.post(`${STAFF}/new`, {
      number: '99/2026/QĐ-UBND',
      docType: 'decision',
      issuer: 'UBND tỉnh',
      issuedOn: '2026-01-05',
      titleVi: 'Kế hoạch thử',
      amends: '1/2099/XX',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Thư viện chưa có văn bản số &quot;1/2099/XX&quot;.');
    const [row] = await t.database.query(
      `select id, version from content_legal_documents where number = '13/2019/NĐ-CP'`,
    );
    const { id, version } = row as { id: string; version: number };
    const fields = {
      number: '13/2019/NĐ-CP',
      docType: 'decree',
      issuer: 'Chính phủ',
      issuedOn: '2019-02-01',
      titleVi: 'Về doanh nghiệp KH&CN',
    };
    expect(
      (await publisher.post(`${STAFF}/${id}`, { ...fields, version: String(version) })).status,
    ).toBe(303);
    const stale = await editor.post(`${STAFF}/${id}`, {
      ...fields,
      titleVi: 'Bản cũ',
      version: String(version),
    });
    expect(stale.status).toBe(409);
    const [after] = await t.database.query(
      `select title_vi from content_legal_documents where id = $1`,
      [id],
    );
    expect(after).toEqual({ title_vi: 'Về doanh nghiệp KH&CN' });
  });
});
