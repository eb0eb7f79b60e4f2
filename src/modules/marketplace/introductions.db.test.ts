// The funnel as the centre's broker lives it: an enterprise asks to meet a university's listed
// offer (twice by a double tap: one request), the broker introduces both sides with one letter
// each, they negotiate, and the broker records the deal as a fact — or closes an introduction
// without a deal and its reason. Stale steps get 409; only the parties and brokers see the
// record; the figures listing → introduction → deal become the module's indicators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import type { BrowserSession } from '../../../test/support/browser-session';
import type { IndicatorQuery } from '../../platform/modules/manifest';
import { indicatorById } from '../../platform/modules/registry';
import { idIn, offerForm, postForm } from './testing/fixture';
import { openExchange } from './testing/exchange';

const START = new Date('2027-03-02T02:00:00Z');
const YEAR = { from: new Date('2026-12-31T17:00:00Z'), to: new Date('2027-12-31T17:00:00Z') };

describe.each(testEngines)('introductions and deals on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let buyer: BrowserSession;
  let other: BrowserSession;
  let staff: BrowserSession;
  let offerId: string;
  let introId: string;
  let buyerSlug: string;

  const stage = async (id: string) =>
    (
      await t.database.query<{ stage: string; version: number }>(
        'select stage, version from marketplace_introductions where id = $1',
        [id],
      )
    )[0]!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    const exchange = await openExchange(t, {
      institute: 'Viện Công nghệ Sinh học Miền Trung',
      coop: 'Hợp tác xã Cà phê Cầu Đất',
    });
    const { institute } = exchange;
    buyerSlug = exchange.coop.slug;
    ({ office, buyer, outsider: other, staff } = exchange);
    const created = await postForm(office, '/marketplace/offers/new', offerForm(institute.slug));
    offerId = idIn(created.headers.get('location'));
    await office.post(`/marketplace/offers/${offerId}/step`, { step: 'submit', version: '1' });
    const approved = await office.post(`/marketplace/offers/${offerId}/step`, {
      step: 'approve',
      version: '2',
    });
    expect(approved.status).toBe(303);
  });
  afterAll(() => t.close());

  it('makes one introduction of a request sent twice, and none on one’s own offer', async () => {
    const ask = () =>
      buyer.post('/marketplace/introductions/new', {
        offer: offerId,
        requesterOrg: buyerSlug,
        message: 'HTX muốn xử lý 300 tấn vỏ cà phê mỗi vụ.',
      });
    const first = await ask();
    const again = await ask();
    expect(first.status).toBe(303);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    introId = /introductions\/([0-9a-f-]{36})/.exec(first.headers.get('location')!)![1]!;
    // The offer does not let its owner accept directly: only the brokers are asked.
    const asks = await t.database.query(
      `select id from platform_mail_outbox where template = 'marketplace.introduction-request'`,
    );
    expect(asks).toEqual([]);
    const [row] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from marketplace_introductions',
    );
    expect(row!.n).toBe(1);
    expect(await (await buyer.get('/marketplace/mine')).text()).toContain(
      `/marketplace/introductions/${introId}`,
    );
    const own = await office.post('/marketplace/introductions/new', {
      offer: offerId,
      message: 'Tự hỏi',
    });
    expect(own.status).toBe(404);
    const empty = await other.post('/marketplace/introductions/new', {
      offer: offerId,
      message: ' ',
    });
    expect(empty.status).toBe(422);
  });

  it('shows the record to its parties and the brokers only', async () => {
    for (const who of [buyer, office, staff])
      expect((await who.get(`/marketplace/introductions/${introId}`)).status).toBe(200);
    expect((await other.get(`/marketplace/introductions/${introId}`)).status).toBe(404);
    expect(
      (
        await buyer.post(`/marketplace/introductions/${introId}/step`, {
          step: 'introduce',
          version: '1',
        })
      ).status,
    ).toBe(422);
    expect((await other.get('/admin/marketplace')).status).toBe(404);
  });

  it('introduces both sides with one letter each, and answers a second click with 409', async () => {
    const introduce = () =>
      staff.post(`/marketplace/introductions/${introId}/step`, {
        step: 'introduce',
        version: '1',
        note: 'Hai bên hẹn khảo sát tại Cầu Đất.',
      });
    expect((await introduce()).status).toBe(303);
    expect((await introduce()).status).toBe(409);
    expect(await stage(introId)).toEqual({ stage: 'introduced', version: 2 });
    const letters = await t.database.query<{ to: string; text: string }>(
      `select "to", text from platform_mail_outbox where template = 'marketplace.introduced' order by "to"`,
    );
    expect(letters.map((l) => l.to)).toEqual(['giam-doc@htx.example', 'ttcg@vien.example']);
    expect(letters[0]!.text).toContain('Hai bên hẹn khảo sát tại Cầu Đất.');
    expect(letters[0]!.text).toContain('ttcg@vien.example');
  });

  it('records the deal as a fact once, refusing nonsense values', async () => {
    expect(
      (
        await staff.post(`/marketplace/introductions/${introId}/step`, {
          step: 'negotiate',
          version: '2',
        })
      ).status,
    ).toBe(303);
    const deal = (fields: Record<string, string>) =>
      staff.post(`/marketplace/introductions/${introId}/deal`, {
        version: '3',
        transferForm: 'licence',
        signedOn: '01/03/2027',
        contractNumber: '12/2027/HĐCGCN',
        evidence: 'Bản sao hợp đồng nhận ngày 16/06/2027',
        ...fields,
      });
    const bad = await deal({ valueVnd: '-5' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Số tiền không hợp lệ');
    expect((await deal({ valueVnd: '650.000.000' })).status).toBe(303);
    expect((await deal({ valueVnd: '700.000.000' })).status).toBe(409);
    // Recorded by the broker, it becomes a fact once both sides confirm it.
    for (const side of [buyer, office])
      expect(
        (
          await side.post(`/marketplace/introductions/${introId}/deal/confirm`, {
            version: side === buyer ? '1' : '2',
          })
        ).status,
      ).toBe(303);
    const rows = await t.database.query<{ value_vnd: string; signed_on: string }>(
      `select value_vnd::text, signed_on::text from marketplace_deals`,
    );
    expect(rows).toEqual([{ value_vnd: '650000000', signed_on: '2027-03-01' }]);
    expect((await stage(introId)).stage).toBe('deal');
    expect(await (await buyer.get(`/marketplace/introductions/${introId}`)).text()).toContain(
      '650.000.000',
    );
  });

  it('closes an introduction without a deal only with its reason', async () => {
    const res = await other.post('/marketplace/introductions/new', {
      offer: offerId,
      message: 'Tìm hiểu thêm.',
    });
    const id = /introductions\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    expect(
      (await staff.post(`/marketplace/introductions/${id}/step`, { step: 'close', version: '1' }))
        .status,
    ).toBe(422);
    expect(
      (
        await staff.post(`/marketplace/introductions/${id}/step`, {
          step: 'close',
          version: '1',
          reason: 'price',
        })
      ).status,
    ).toBe(303);
    expect(await stage(id)).toEqual({ stage: 'no_deal', version: 2 });
  });

  it('turns the funnel into indicators and the brokers’ figures', async () => {
    const value = async (id: string, q: IndicatorQuery = YEAR) =>
      indicatorById(id)!.compute(t.database.db, q);
    expect(await value('marketplace.offers_listed')).toBe(1);
    expect(await value('marketplace.introductions')).toBe(1);
    expect(await value('marketplace.deals')).toBe(1);
    expect(await value('marketplace.deals_value')).toBe(650_000_000);
    expect(await value('marketplace.deals_value', { ...YEAR, province: '01' })).toBe(0);
    const before = { from: new Date('2026-01-01T00:00:00Z'), to: YEAR.from };
    expect(await value('marketplace.deals', before)).toBe(0);
    const page = await (await staff.get('/admin/marketplace')).text();
    expect(page).toContain('Phễu kết nối năm 2027');
    expect(page).toContain('650.000.000');
  });
});
