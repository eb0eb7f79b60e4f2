// The funnel's chart (issue 14, item 8: "charts and XLSX"): the brokers' funnel page draws each
// step of the period as a bar whose accessible title names the step and its count, with the same
// figures in the table behind it, in Vietnamese and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, NO_RATE_LIMITS, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { buildWorld, type World } from './testing/access-world';

const START = new Date('2027-03-02T02:00:00Z');

describe.each(testEngines)('the funnel’s chart on %s', (engine) => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.deps.rateLimiter = NO_RATE_LIMITS;
    t.setNow(START);
    world = await buildWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  it('draws the introductions asked for and made, and the deal, as bars with their counts', async () => {
    const broker = world.as.broker;
    const vi = await (await broker.get('/admin/marketplace/funnel?year=2027')).text();
    const chart = vi.slice(vi.indexOf('id="funnel-steps"'));
    expect(chart).toContain('<title>Đề nghị kết nối: 2</title>');
    expect(chart).toContain('<title>Kết nối đã giới thiệu: 2</title>');
    expect(chart).toContain('<title>Giao dịch: 1</title>');
    expect(chart).toMatch(/<th scope="row">Giao dịch<\/th><td>1<\/td>/);
    broker.set('lang', 'en');
    const en = await (await broker.get('/admin/marketplace/funnel?year=2027')).text();
    broker.set('lang', 'vi');
    expect(en).toContain('<title>Introductions made: 2</title>');
    expect(en).toContain('<title>Deals: 1</title>');
  });
});
