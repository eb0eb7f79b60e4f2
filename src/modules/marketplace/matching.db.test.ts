// Matching as a cooperative and a supplier live it: the cooperative types its need without
// diacritics on a phone; its suggestions put the solar dryer first (words, sector, readiness,
// form of transfer, price within budget — each reason shown), leave an unrelated technology out,
// and turn into an introduction with one button. The supplier sees the needs its offer could
// answer, never through a need's confidential words. Only the listing's people and the centre's
// staff see suggestions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import {
  type FormEntries,
  idIn,
  managedOrganization,
  offerForm,
  postForm,
  replaced,
} from './testing/fixture';
import { openMarket } from './testing/market';

const DRYER = 'Máy sấy nông sản dùng năng lượng mặt trời';
const COMPOST = 'Chế phẩm vi sinh xử lý phụ phẩm cà phê thành phân bón hữu cơ';
const HOSPITAL = 'Phần mềm quản lý hồ sơ bệnh án điện tử';

describe.each(testEngines)('matching offers and needs on %s', (engine) => {
  let t: TestApp;
  let coop: BrowserSession;
  let supplier: BrowserSession;
  let stranger: BrowserSession;
  let staff: BrowserSession;
  let visitor: BrowserSession;
  let coopSlug = '';
  let needId = '';
  let dryerId = '';

  async function listOffer(who: BrowserSession, form: FormEntries) {
    const created = await postForm(who, '/marketplace/offers/new', form);
    const id = idIn(created.headers.get('location'));
    await who.post(`/marketplace/offers/${id}/step`, { step: 'submit', version: '1' });
    const approved = await staff.post(`/marketplace/offers/${id}/step`, {
      step: 'approve',
      version: '2',
    });
    expect(approved.status).toBe(303);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    const market = await openMarket(t, {
      coop: 'Hợp tác xã Điều Bù Đăng',
      maker: 'Công ty TNHH Cơ khí Sấy Việt',
      supplier: 'Kinh doanh Máy sấy',
    });
    coopSlug = market.coopOrg.slug;
    const { maker } = market;
    const other = await managedOrganization(t, 'sme', 'Công ty CP Sinh học Tây Nguyên', [
      [market.supplierId, 'owner'],
    ]);
    ({ coop, supplier, stranger, staff } = market);
    visitor = new BrowserSession(t.app);
    dryerId = await listOffer(
      supplier,
      replaced(offerForm(maker.slug), {
        title: [DRYER],
        summary: ['Buồng sấy hạt điều, cà phê và nông sản bằng năng lượng mặt trời, sấy đồng đều.'],
        problem: ['Sấy bằng củi tốn chi phí và hạt khô không đều.'],
        advantages: ['Tiết kiệm 40% năng lượng so với lò sấy củi.'],
        sectors: ['agritech'],
        trl: ['7'],
        transferForms: ['licence', 'equipment_sale'],
        priceVnd: ['300.000.000'],
      }),
    );
    await listOffer(supplier, offerForm(other.slug));
    await listOffer(
      supplier,
      replaced(offerForm(other.slug), {
        title: [HOSPITAL],
        summary: ['Phần mềm quản lý bệnh án cho bệnh viện tuyến huyện.'],
        problem: ['Hồ sơ giấy thất lạc.'],
        advantages: ['Kết nối bảo hiểm y tế.'],
        applications: ['Bệnh viện, phòng khám.'],
        sectors: ['healthtech'],
        trl: ['8'],
      }),
    );
  });
  afterAll(() => t.close());

  it('ranks the obviously relevant offer first, with its reasons, for a need typed without diacritics', async () => {
    const res = await postForm(coop, '/marketplace/needs/new', [
      ['owner', coopSlug],
      ['title', 'Can may say hat dieu tiet kiem nang luong'],
      ['teaser', 'HTX can cong nghe say hat dieu deu, it ton cui.'],
      ['problem', 'Lo say cui lam hat kho khong deu, hao hut nhieu.'],
      ['budgetMaxVnd', '500.000.000'],
      ['timeline', '6_months'],
      ['sectors', 'agritech'],
      ['transferForms', 'equipment_sale'],
    ]);
    expect(res.status).toBe(303);
    needId = /needs\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    const page = await coop.get(`/marketplace/needs/${needId}/matches`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const dryer = html.indexOf(DRYER);
    expect(dryer).toBeGreaterThan(0);
    expect(html.indexOf(COMPOST)).toBeGreaterThan(dryer);
    expect(html).not.toContain(HOSPITAL);
    const card = html.slice(dryer, html.indexOf('</li></ul>', dryer));
    expect(card).toContain('Từ ngữ chung:');
    expect(card).toMatch(/Từ ngữ chung:[^<]*say hat/);
    expect(card).toContain('Cùng lĩnh vực: ');
    expect(card).toContain('TRL ≥ 6');
    expect(card).toContain('Hình thức chuyển giao phù hợp: ');
    expect(card).toContain('Giá tham khảo trong ngân sách');
  });

  it('shows suggestions to the owner and the staff only', async () => {
    const path = `/marketplace/needs/${needId}/matches`;
    const seen = await staff.get(path);
    expect(seen.status).toBe(200);
    expect(await seen.text()).not.toContain('Đề nghị giới thiệu');
    for (const who of [supplier, stranger]) expect((await who.get(path)).status).toBe(404);
    expect((await visitor.get(path)).status).not.toBe(200);
    expect((await stranger.get(`/marketplace/offers/${dryerId}/matches`)).status).toBe(404);
  });

  it('turns a suggestion into an introduction in one step', async () => {
    const html = await (await coop.get(`/marketplace/needs/${needId}/matches`)).text();
    const form = /<form method="post" action="\/marketplace\/introductions\/new"[^]*?<\/form>/.exec(
      html.slice(html.indexOf(DRYER)),
    )![0];
    const fields = [...form.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map(
      (m): [string, string] => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')],
    );
    const asked = await postForm(coop, '/marketplace/introductions/new', fields);
    expect(asked.status).toBe(303);
    const rows = await t.database.query<{ offer_id: string; stage: string; slug: string }>(
      `select i.offer_id, i.stage, o.slug from marketplace_introductions i
       join directory_organizations o on o.id = i.requester_org_id`,
    );
    expect(rows).toEqual([{ offer_id: dryerId, stage: 'requested', slug: coopSlug }]);
  });

  it('suggests needs for an offer, never through a need’s confidential words', async () => {
    // Its only link to the dryer is in its confidential problem, in another sector.
    await postForm(coop, '/marketplace/needs/new', [
      ['owner', coopSlug],
      ['title', 'Cần kho lạnh bảo quản'],
      ['teaser', 'Kho lạnh cho hàng xuất khẩu.'],
      ['problem', 'Muốn dùng năng lượng mặt trời để sấy hạt điều trước khi trữ lạnh.'],
      ['timeline', '12_months'],
      ['sectors', 'logistics'],
    ]);
    const res = await supplier.get(`/marketplace/offers/${dryerId}/matches`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Can may say hat dieu tiet kiem nang luong');
    expect(html).not.toContain('Cần kho lạnh bảo quản');
    // The need's budget is for its parties: the supplier is not told the price fits it.
    expect(html).not.toContain('Giá tham khảo trong ngân sách');
  });

  it('answers the new routes with 404 for unknown or malformed listings, never 500', async () => {
    const ids = ['00000000-0000-4000-8000-000000000000', 'x'];
    for (const kind of ['offers', 'needs'])
      for (const id of ids) {
        const base = `/marketplace/${kind}/${id}`;
        for (const who of [staff, stranger]) {
          for (const path of [`${base}/matches`, `${base}/views`, `${base}/documents/${id}`])
            expect((await who.get(path)).status).toBe(404);
          for (const path of [`${base}/nda`, `${base}/documents`])
            expect((await who.post(path, { version: 'x', agreed: 'yes' })).status).toBe(404);
        }
      }
  });
});
