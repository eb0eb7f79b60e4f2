// Confidential tiers as an owner and the viewers of a listing live them: the owner keeps the
// problem and the price for those who accept the click-through NDA and the advantages for the
// parties; a visitor never sees them (not on the page, not by searching their words); a viewer
// sees them only after accepting the current version (recorded once; an older version asks
// again); documents reach the parties of an introduction once the broker made it, no one else;
// the log of who viewed what is the owner's alone.
import { marketplaceModule } from './manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { NDA_VERSION } from './domain/confidentiality';
import { idIn, managedOrganization, offerForm, postForm } from './testing/fixture';

const PROBLEM = 'Vỏ cà phê tồn đọng gây ô nhiễm.';
const ADVANTAGES = 'Nhanh gấp đôi phương pháp ủ truyền thống.';
const PRICE = '450.000.000';
const PDF = new TextEncoder().encode('%PDF-1.7\n% quy trinh\ntrailer\n%%EOF\n');

describe.each(testEngines)('confidential tiers on %s', (engine) => {
  let t: TestApp;
  let owner: BrowserSession;
  let reader: BrowserSession;
  let buyer: BrowserSession;
  let stranger: BrowserSession;
  let staff: BrowserSession;
  let visitor: BrowserSession;
  let offerId = '';
  let page = '';
  let buyerSlug = '';
  let documentId = '';

  const ndaRows = async () =>
    (
      await t.database.query<{ n: number }>(
        'select count(*)::int as n from marketplace_nda_acceptances',
      )
    )[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const o = await createUser(t, { email: 'ban@sinhhoc.example', name: 'Phòng Kinh doanh' });
    await createUser(t, { email: 'doc@nhamay.example', name: 'Lê Người Đọc' });
    const b = await createUser(t, { email: 'mua@htx.example', name: 'Nguyễn Thu Mua' });
    await createUser(t, { email: 'la@example.vn', name: 'Người Lạ' });
    await createUser(t, { email: 'moigioi@sokhcn.example', roles: ['staff'], name: 'Môi Giới' });
    const company = await managedOrganization(t, 'sme', 'Công ty CP Sinh học Tây Nguyên', [
      [o.id, 'owner'],
    ]);
    buyerSlug = (
      await managedOrganization(t, 'cooperative', 'Hợp tác xã Cà phê Cầu Đất', [[b.id, 'owner']])
    ).slug;
    owner = await signIn(t, 'ban@sinhhoc.example');
    reader = await signIn(t, 'doc@nhamay.example');
    buyer = await signIn(t, 'mua@htx.example');
    stranger = await signIn(t, 'la@example.vn');
    staff = await signIn(t, 'moigioi@sokhcn.example');
    visitor = new BrowserSession(t.app);
    const created = await postForm(
      owner,
      '/marketplace/offers/new',
      offerForm(company.slug, [
        ['visibility.problem', 'nda'],
        ['visibility.priceVnd', 'nda'],
        ['visibility.advantages', 'parties'],
      ]),
    );
    expect(created.status).toBe(303);
    offerId = idIn(created.headers.get('location'));
    page = `/marketplace/offers/${offerId}`;
    await owner.post(`${page}/step`, { step: 'submit', version: '1' });
    expect((await staff.post(`${page}/step`, { step: 'approve', version: '2' })).status).toBe(303);
  });
  afterAll(() => t.close());

  it('refuses a tier that is not one, with the field’s message', async () => {
    const res = await postForm(
      owner,
      '/marketplace/offers/new',
      offerForm(buyerSlug, [['visibility.problem', 'friends']]),
    );
    expect(res.status).toBe(422);
  });

  it('never shows an anonymous visitor the confidential fields, nor finds their words', async () => {
    const html = await (await visitor.get(page)).text();
    expect(html).toContain('Chế phẩm vi sinh xử lý phụ phẩm cà phê');
    for (const secret of [PROBLEM, ADVANTAGES, PRICE, '"price"'])
      expect(html).not.toContain(secret);
    expect(html).toContain('xem được sau khi chấp nhận cam kết bảo mật');
    expect(html).toContain(`/login?next=${encodeURIComponent(page)}`);
    // "ô nhiễm" is only in the confidential problem; "phân bón" is in the public summary.
    expect(await (await visitor.get('/marketplace?q=o+nhiem')).text()).not.toContain(offerId);
    expect(await (await visitor.get('/marketplace?q=phan+bon')).text()).toContain(offerId);
    expect(
      (await visitor.post(`${page}/nda`, { version: NDA_VERSION, agreed: 'yes' })).status,
    ).not.toBe(303);
    expect(await ndaRows()).toBe(0);
  });

  it('shows the NDA fields only after the current agreement is accepted, recorded once', async () => {
    expect(await (await reader.get(page)).text()).not.toContain(PROBLEM);
    const unticked = await reader.post(`${page}/nda`, { version: NDA_VERSION });
    expect(unticked.status).toBe(422);
    expect(await unticked.text()).toContain('Đánh dấu ô chấp nhận cam kết');
    const stale = await reader.post(`${page}/nda`, { version: '2020-01', agreed: 'yes' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Cam kết bảo mật vừa được cập nhật');
    expect(await ndaRows()).toBe(0);
    for (let i = 0; i < 2; i++)
      expect(
        (await reader.post(`${page}/nda`, { version: NDA_VERSION, agreed: 'yes' })).status,
      ).toBe(303);
    const rows = await t.database.query<{ nda_version: string; accepted_at: Date }>(
      'select nda_version, accepted_at from marketplace_nda_acceptances',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.nda_version).toBe(NDA_VERSION);
    expect(rows[0]!.accepted_at).toBeInstanceOf(Date);
    const html = await (await reader.get(page)).text();
    expect(html).toContain(PROBLEM);
    expect(html).toContain(PRICE);
    expect(html).not.toContain(ADVANTAGES);
    expect(html).toContain('chỉ dành cho các bên đã được giới thiệu');
  });

  it('asks again when the viewer accepted only an older version', async () => {
    const [user] = await t.database.query<{ id: string }>(
      `select id from identity_users where email = 'la@example.vn'`,
    );
    await t.database.query(
      `insert into marketplace_nda_acceptances (listing_kind, listing_id, user_id, nda_version, accepted_at)
       values ('offer', $1, $2, '2025-01', now())`,
      [offerId, user!.id],
    );
    const html = await (await stranger.get(page)).text();
    expect(html).not.toContain(PROBLEM);
    expect(html).toContain('name="agreed"');
  });

  it('keeps documents for the parties of an introduction, checked by content', async () => {
    const notPdf = new FormData();
    notPdf.append('document', new Blob(['just text']), 'quy-trinh.pdf');
    const refused = await owner.postMultipart(`${page}/documents`, notPdf);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('không phải PDF');
    const form = new FormData();
    form.append('document', new Blob([PDF]), 'Quy trình ủ.pdf');
    for (const who of [reader, stranger])
      expect((await who.postMultipart(`${page}/documents`, form)).status).toBe(404);
    expect((await owner.postMultipart(`${page}/documents`, form)).status).toBe(303);
    const [doc] = await t.database.query<{ id: string }>(
      'select id from marketplace_listing_documents',
    );
    documentId = doc!.id;
    const path = `${page}/documents/${documentId}`;
    expect((await owner.get(path)).status).toBe(200);
    for (const who of [reader, buyer, stranger]) expect((await who.get(path)).status).toBe(404);
    expect((await visitor.get(path)).status).not.toBe(200);
    const asked = await buyer.post('/marketplace/introductions/new', {
      offer: offerId,
      requesterOrg: buyerSlug,
      message: 'HTX muốn xử lý vỏ cà phê.',
    });
    const introId = /introductions\/([0-9a-f-]{36})/.exec(asked.headers.get('location')!)![1]!;
    // Asked, not yet introduced: still no documents.
    expect((await buyer.get(path)).status).toBe(404);
    await staff.post(`/marketplace/introductions/${introId}/step`, {
      step: 'introduce',
      version: '1',
    });
    const download = await buyer.get(path);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    expect(await (await buyer.get(page)).text()).toContain(ADVANTAGES);
    for (const who of [reader, stranger]) expect((await who.get(path)).status).toBe(404);
  });

  it('logs who saw what for the owner only', async () => {
    const log = await owner.get(`${page}/views`);
    expect(log.status).toBe(200);
    const html = /<tbody>[\s\S]*<\/tbody>/.exec(await log.text())![0];
    expect(html).toContain('Lê Người Đọc');
    expect(html).toContain('Chi tiết bảo mật');
    expect(html).toContain('Tài liệu: Quy trình ủ.pdf');
    expect(html).not.toContain('Phòng Kinh doanh');
    expect(html).not.toContain('Môi Giới');
    for (const who of [reader, buyer, stranger, staff])
      expect((await who.get(`${page}/views`)).status).toBe(404);
    expect((await visitor.get(`${page}/views`)).status).not.toBe(200);
    // Reloading the page the same day writes no second entry.
    const before = await t.database.query('select id from marketplace_listing_views');
    await reader.get(page);
    expect(await t.database.query('select id from marketplace_listing_views')).toHaveLength(
      before.length,
    );
  });

  it('gives a viewer their agreements and views, and erases the view log with the account', async () => {
    const [row] = await t.database.query<{ id: string }>(
      `select id from identity_users where email = 'doc@nhamay.example'`,
    );
    const subject = { accountId: row!.id, email: 'doc@nhamay.example' };
    const hooks = marketplaceModule.personalData!;
    const sections = await hooks.collect(t.deps, subject);
    const section = (id: string) => sections.find((s) => s.id === id)!.rows;
    expect(section('marketplace.ndaAcceptances')).toEqual([
      expect.objectContaining({ listingKind: 'offer', listingId: offerId }),
    ]);
    expect(section('marketplace.views').length).toBeGreaterThan(0);
    await t.deps.database.db.transaction((tx) =>
      hooks.erase(tx, { ...subject, pseudonym: 'Người dùng đã xoá #3', now: t.deps.clock() }),
    );
    const log = await (await owner.get(`${page}/views`)).text();
    expect(log).not.toContain('Lê Người Đọc');
    expect(await ndaRows()).toBeGreaterThan(0);
  });

  it('holds a need’s details at the tiers its owner chose', async () => {
    const res = await postForm(buyer, '/marketplace/needs/new', [
      ['owner', buyerSlug],
      ['title', 'Cần máy sấy cà phê'],
      ['teaser', 'HTX cần máy sấy cà phê nhân.'],
      ['problem', 'Độ ẩm sau sấy dao động 14–18%.'],
      ['budgetMaxVnd', '900.000.000'],
      ['timeline', '6_months'],
      ['sectors', 'agritech'],
      ['visibility.problem', 'nda'],
    ]);
    expect(res.status).toBe(303);
    const need = res.headers.get('location')!.split('?')[0]!;
    const before = await (await reader.get(need)).text();
    expect(before).not.toContain('Độ ẩm sau sấy');
    await reader.post(`${need}/nda`, { version: NDA_VERSION, agreed: 'yes' });
    const after = await (await reader.get(need)).text();
    expect(after).toContain('Độ ẩm sau sấy');
    // The budget stays with the parties the owner approves.
    expect(after).not.toContain('900.000.000');
    expect(await (await visitor.get(need)).text()).not.toContain('Độ ẩm sau sấy');
  });
});
