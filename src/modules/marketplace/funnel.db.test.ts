// The funnel as the centre reads it and the public sees it: an offer listed, viewed, its NDA
// accepted, an introduction asked for and made, a deal confirmed by both sides — counted by
// sector and by supplier on the brokers' page (404 to others) and in its XLSX, the same figures
// as indicators, and the public "exchange in numbers" with no organisation's figures.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { BrowserSession } from '../../../test/support/browser-session';
import { indicatorById } from '../../platform/modules/registry';
import { NDA_VERSION } from './domain/confidentiality';
import { offerForm } from './testing/fixture';
import { askIntroduction, openExchange, publishOffer } from './testing/exchange';

const START = new Date('2027-03-02T02:00:00Z');
const YEAR = { from: new Date('2026-12-31T17:00:00Z'), to: new Date('2027-12-31T17:00:00Z') };

describe.each(testEngines)('the exchange’s funnel on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let outsider: BrowserSession;
  let anonymous: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    const exchange = await openExchange(t, {
      institute: 'Viện Sinh học Đà Lạt',
      coop: 'HTX Cà phê Cầu Đất',
    });
    const { institute, coop, office, buyer } = exchange;
    ({ outsider, staff } = exchange);
    anonymous = new BrowserSession(t.app);
    const offerId = await publishOffer(office, offerForm(institute.slug));
    const offer = `/marketplace/offers/${offerId}`;
    expect((await buyer.get(offer)).status).toBe(200);
    await buyer.post(`${offer}/nda`, { version: NDA_VERSION, agreed: 'yes' });
    const page = await askIntroduction(buyer, offerId, coop.slug);
    t.setNow(new Date(START.getTime() + 10 * 86_400_000));
    await staff.post(`${page}/step`, { step: 'introduce', version: '1' });
    t.setNow(new Date('2027-04-15T02:00:00Z'));
    await buyer.post(`${page}/deal`, {
      version: '2',
      transferForm: 'licence',
      direction: 'domestic',
      valueVnd: '650.000.000',
      signedOn: '14/04/2027',
      evidence: 'Bản sao hợp đồng',
    });
    expect((await office.post(`${page}/deal/confirm`, { version: '1' })).status).toBe(303);
  });
  afterAll(() => t.close());

  it('gives the same figures as indicators', async () => {
    const value = (id: string) => indicatorById(id)!.compute(t.database.db, YEAR);
    expect(await value('marketplace.listings')).toBe(1);
    expect(await value('marketplace.listing_views')).toBeGreaterThanOrEqual(1);
    expect(await value('marketplace.nda_acceptances')).toBe(1);
    expect(await value('marketplace.introductions_requested')).toBe(1);
    expect(await value('marketplace.introductions')).toBe(1);
    expect(await value('marketplace.introduction_to_deal')).toBe(100);
    expect(await value('marketplace.deals_value')).toBe(650_000_000);
    expect(
      await indicatorById('marketplace.listings')!.compute(t.database.db, {
        ...YEAR,
        province: '01',
      }),
    ).toBe(0);
  });

  it('shows the brokers the funnel by sector and by supplier, with the days and conversions', async () => {
    const bySector = await staff.get('/admin/marketplace/funnel?year=2027');
    expect(bySector.status).toBe(200);
    const html = await bySector.text();
    expect(html).toContain('Nông nghiệp công nghệ cao');
    expect(html).toContain('650.000.000');
    expect(html).toContain('10 ngày');
    const bySupplier = await (
      await staff.get('/admin/marketplace/funnel?year=2027&by=supplier')
    ).text();
    expect(bySupplier).toContain('Viện Sinh học Đà Lạt');
    const q1 = await (await staff.get('/admin/marketplace/funnel?year=2027&quarter=1')).text();
    expect(q1).toContain('Quý 1 năm 2027');
    expect((await staff.get('/admin/marketplace/funnel?year=1999')).status).toBe(422);
    for (const who of [outsider, anonymous])
      for (const path of ['/admin/marketplace/funnel', '/admin/marketplace/funnel.xlsx'])
        expect([302, 404]).toContain((await who.get(path)).status);
  });

  it('downloads the funnel as XLSX with numbers as numbers', async () => {
    const res = await staff.get('/admin/marketplace/funnel.xlsx?year=2027&by=supplier');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getRows(1, sheet.rowCount)!.map((r) => r.values as unknown[]);
    const supplier = rows.find((r) => r.includes('Viện Sinh học Đà Lạt'))!;
    expect(supplier).toContain(650_000_000);
    const total = rows.find((r) => r.includes('Tổng cộng'))!;
    const numbers = total.filter((v) => typeof v === 'number');
    // listed, views (one or more), NDAs, requested, introduced, deals, value
    expect([numbers[0], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6]]).toEqual([
      1, 1, 1, 1, 1, 650_000_000,
    ]);
  });

  it('publishes the exchange in numbers without any organisation’s figures', async () => {
    const res = await anonymous.get('/marketplace/numbers?year=2027');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Sàn giao dịch công nghệ qua các con số');
    expect(html).toContain('650.000.000');
    expect(html).not.toContain('Viện Sinh học Đà Lạt');
    expect(html).not.toContain('HTX Cà phê Cầu Đất');
  });
});
