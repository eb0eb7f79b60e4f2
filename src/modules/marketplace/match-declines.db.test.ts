// Declining suggestions as a cooperative and a broker live it: the cooperative declines the solar
// dryer as too early; it leaves the need's suggestions, the less ready dryer ranks lower and says
// why, the readier one does not; undoing puts all back. A form sent twice is one decline and one
// audit entry; a reason is required; only the listing's people and the brokers may decline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { type FormEntries, idIn, offerForm, postForm, replaced } from './testing/fixture';
import { openMarket } from './testing/market';
import { marketplaceModule } from './manifest';

const DRYER = 'Máy sấy nông sản dùng năng lượng mặt trời';
const SMALL_DRYER = 'Máy sấy hạt điều quy mô hộ gia đình';
const READY_DRYER = 'Lò sấy hạt điều tự động công suất lớn';
const TOO_EARLY = 'Còn quá sớm (chưa đủ sẵn sàng)';
const LOWERED = `Xếp thấp hơn: bạn đã từ chối một công nghệ tương tự vì «${TOO_EARLY}»`;

/** A suggestion's card on the page, from its title to the end of its list item. */
function cardOf(html: string, title: string): string | undefined {
  const end = html.indexOf('id="declined-title"');
  const list = end < 0 ? html : html.slice(0, end);
  const at = list.indexOf(`>${title}</a></h2>`);
  return at < 0 ? undefined : list.slice(at, list.indexOf('</details></li>', at));
}

const fitOf = (card: string | undefined) => Number(/Mức phù hợp: (\d+)%/.exec(card ?? '')?.[1]);

describe.each(testEngines)('declining suggestions on %s', (engine) => {
  let t: TestApp;
  let coop: BrowserSession;
  let supplier: BrowserSession;
  let stranger: BrowserSession;
  let staff: BrowserSession;
  let needId = '';
  const offers: Record<string, string> = {};

  async function listOffer(who: BrowserSession, form: FormEntries) {
    const id = idIn((await postForm(who, '/marketplace/offers/new', form)).headers.get('location'));
    await who.post(`/marketplace/offers/${id}/step`, { step: 'submit', version: '1' });
    await staff.post(`/marketplace/offers/${id}/step`, { step: 'approve', version: '2' });
    return id;
  }

  const dryer = (slug: string, title: string, trl: string, price: string) =>
    replaced(offerForm(slug), {
      title: [title],
      summary: ['Buồng sấy hạt điều và nông sản bằng năng lượng mặt trời, sấy đồng đều.'],
      problem: ['Sấy bằng củi tốn chi phí và hạt khô không đều.'],
      sectors: ['agritech'],
      trl: [trl],
      transferForms: ['equipment_sale'],
      priceVnd: [price],
    });

  const matches = () => `/marketplace/needs/${needId}/matches`;
  const page = async (who = coop) => (await who.get(matches())).text();
  const decline = (who: BrowserSession, fields: FormEntries) =>
    postForm(who, `${matches()}/decline`, fields);

  beforeAll(async () => {
    t = await createTestApp(engine);
    const market = await openMarket(t, {
      coop: 'HTX Điều Bù Đăng',
      maker: 'Công ty Cơ khí Sấy Việt',
      supplier: 'Kinh doanh',
    });
    const { coopOrg, maker } = market;
    ({ coop, supplier, stranger, staff } = market);
    offers.dryer = await listOffer(supplier, dryer(maker.slug, DRYER, '7', '300.000.000'));
    offers.small = await listOffer(supplier, dryer(maker.slug, SMALL_DRYER, '4', '150.000.000'));
    offers.ready = await listOffer(supplier, dryer(maker.slug, READY_DRYER, '9', '800.000.000'));
    const res = await postForm(coop, '/marketplace/needs/new', [
      ['owner', coopOrg.slug],
      ['title', 'Cần máy sấy hạt điều tiết kiệm năng lượng'],
      ['teaser', 'HTX cần công nghệ sấy hạt điều đều, ít tốn củi.'],
      ['problem', 'Lò sấy củi làm hạt khô không đều, hao hụt nhiều.'],
      ['budgetMaxVnd', '1.000.000.000'],
      ['timeline', '6_months'],
      ['sectors', 'agritech'],
      ['transferForms', 'equipment_sale'],
    ]);
    needId = /needs\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
  });
  afterAll(() => t.close());

  const declines = () =>
    t.database.query<{ offer_id: string; reason: string; comment: string; side: string }>(
      `select offer_id, reason, comment, side from marketplace_match_declines`,
    );
  const auditCount = async (action: string) =>
    (
      await t.database.query<{ n: number }>(
        `select count(*)::int as n from platform_audit_log where action = $1`,
        [action],
      )
    )[0]!.n;

  it('asks for a reason, and keeps what was typed', async () => {
    const res = await decline(coop, [
      ['counterpart', offers.dryer!],
      ['comment', 'Chưa thử ở quy mô hợp tác xã'],
    ]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Chọn một lý do từ chối.');
    expect(html).toContain('Chưa thử ở quy mô hợp tác xã');
    const long = await decline(coop, [
      ['counterpart', offers.dryer!],
      ['reason', 'too_early'],
      ['comment', 'x'.repeat(501)],
    ]);
    expect(long.status).toBe(422);
    expect(await declines()).toEqual([]);
  });

  it('drops the declined offer and lowers the less ready ones, saying why', async () => {
    const before = await page();
    const smallBefore = fitOf(cardOf(before, SMALL_DRYER));
    expect(cardOf(before, DRYER)).toBeDefined();
    expect(before).not.toContain('Xếp thấp hơn');
    const fields: FormEntries = [
      ['counterpart', offers.dryer!],
      ['reason', 'too_early'],
      ['comment', 'Chưa thử ở quy mô hợp tác xã'],
    ];
    const [first, second] = [await decline(coop, fields), await decline(coop, fields)];
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(first.headers.get('location')).toBe(`${matches()}?done=declined`);
    expect(await declines()).toEqual([
      {
        offer_id: offers.dryer,
        reason: 'too_early',
        comment: 'Chưa thử ở quy mô hợp tác xã',
        side: 'need',
      },
    ]);
    expect(await auditCount('marketplace.suggestion:decline')).toBe(1);

    const after = await page();
    expect(cardOf(after, DRYER)).toBeUndefined();
    const small = cardOf(after, SMALL_DRYER);
    expect(small).toContain(LOWERED);
    expect(fitOf(small)).toBeLessThan(smallBefore);
    expect(cardOf(after, READY_DRYER)).not.toContain('Xếp thấp hơn');
    // Listed below, with its reason and an undo button.
    const declined = after.slice(after.indexOf('id="declined-title"'));
    expect(declined).toContain(DRYER);
    expect(declined).toContain(`Lý do: ${TOO_EARLY}`);
  });

  it('undoes a decline, once', async () => {
    const undo = () => postForm(coop, `${matches()}/undo`, [['counterpart', offers.dryer!]]);
    expect((await undo()).status).toBe(303);
    expect((await undo()).status).toBe(303);
    expect(await declines()).toEqual([]);
    expect(await auditCount('marketplace.suggestion:undo-decline')).toBe(1);
    const html = await page();
    expect(cardOf(html, DRYER)).toBeDefined();
    expect(html).not.toContain('Xếp thấp hơn');
  });

  it('lets a broker decline, and refuses anyone else with 404, writing nothing', async () => {
    const fields: FormEntries = [
      ['counterpart', offers.ready!],
      ['reason', 'price'],
    ];
    // The supplier owns the offer, not the need: it is not theirs to decline here.
    for (const who of [supplier, stranger]) {
      expect((await decline(who, fields)).status).toBe(404);
      expect(
        (await postForm(who, `${matches()}/undo`, [['counterpart', offers.ready!]])).status,
      ).toBe(404);
    }
    expect(await declines()).toEqual([]);
    const unknown = await decline(coop, [
      ['counterpart', '00000000-0000-4000-8000-000000000000'],
      ['reason', 'price'],
    ]);
    expect(unknown.status).toBe(404);
    expect(
      (
        await decline(coop, [
          ['counterpart', 'x'],
          ['reason', 'price'],
        ])
      ).status,
    ).toBe(404);
    expect((await decline(staff, fields)).status).toBe(303);
    expect((await declines()).map((d) => d.offer_id)).toEqual([offers.ready]);
    expect(cardOf(await page(), READY_DRYER)).toBeUndefined();
    // The broker's declines are in their "download my data".
    const [broker] = await t.database.query<{ id: string }>(
      `select id from identity_users where email = 'moigioi@sokhcn.example'`,
    );
    const sections = await marketplaceModule.personalData!.collect(t.deps, {
      accountId: broker!.id,
      email: 'moigioi@sokhcn.example',
    });
    expect(sections.find((s) => s.id === 'marketplace.declinedSuggestions')?.rows).toEqual([
      expect.objectContaining({ offerId: offers.ready, reason: 'price', side: 'need' }),
    ]);
  });

  it('lets the offer’s people decline a need among its suggestions', async () => {
    const offerMatches = `/marketplace/offers/${offers.small}/matches`;
    expect(await (await supplier.get(offerMatches)).text()).toContain('Cần máy sấy hạt điều');
    const res = await postForm(supplier, `${offerMatches}/decline`, [
      ['counterpart', needId],
      ['reason', 'benefit_unclear'],
    ]);
    expect(res.status).toBe(303);
    const html = await (await supplier.get(offerMatches)).text();
    expect(cardOf(html, 'Cần máy sấy hạt điều tiết kiệm năng lượng')).toBeUndefined();
    expect(html).toContain('Gợi ý đã từ chối');
    // The need's own suggestions do not change: it was the offer's people who declined.
    expect(cardOf(await page(), SMALL_DRYER)).toBeDefined();
    expect(
      (await postForm(coop, `${offerMatches}/decline`, [['counterpart', needId]])).status,
    ).toBe(404);
  });
});
