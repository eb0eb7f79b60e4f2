// The demo exchange after every module's demo data: universities' and institutes' offers listed,
// enterprises' needs open, the demo founder's introductions at every stage, two deals both sides
// confirmed and a university's IP portfolio (its disclosure kept off the public page) — the same
// every time, and not loaded twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app';
import { BrowserSession } from '../../../../test/support/browser-session';
import { testEngines } from '../../../../test/support/db';
import { MODULES } from '../../../wiring';

describe.each(testEngines)('marketplace demo data on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(engine, { DEMO_DATA: 'true' });
    t.setNow(new Date('2026-12-01T02:00:00Z'));
    for (const m of MODULES) await m.seeds?.demo?.(t.deps);
  }, 120_000);
  afterAll(() => t.close());

  it('lists offers of universities and institutes, needs of enterprises, and the funnel', async () => {
    const q = (sql: string) => t.database.query<Record<string, unknown>>(sql);
    const offers = await q(`select owner_kind, status from marketplace_offers`);
    expect(offers.length).toBe(4);
    expect(
      offers.every((o) => ['university', 'research_institute'].includes(String(o.owner_kind))),
    ).toBe(true);
    const needs = await q(`select owner_kind from marketplace_needs`);
    expect(needs.length).toBe(3);
    expect(needs.every((n) => ['sme', 'cooperative'].includes(String(n.owner_kind)))).toBe(true);
    const stages = await q(`select stage from marketplace_introductions order by stage`);
    expect(stages.map((s) => s.stage)).toEqual([
      'deal',
      'deal',
      'introduced',
      'negotiating',
      'no_deal',
      'requested',
      'talking',
    ]);
    expect(
      await q(
        `select value_vnd::text as v, uses_state_capital as state, registration_due_on is not null as due,
           supplier_confirmed_at is not null and recipient_confirmed_at is not null as confirmed
         from marketplace_deals order by value_vnd`,
      ),
    ).toEqual([
      { v: '180000000', state: true, due: true, confirmed: true },
      { v: '420000000', state: false, due: false, confirmed: true },
    ]);
    const list = await (await new BrowserSession(t.app).get('/marketplace')).text();
    expect(list).toContain('4 công nghệ');
    for (const m of MODULES) if (m.id === 'marketplace') await m.seeds?.demo?.(t.deps);
    expect((await q(`select count(*)::int as n from marketplace_offers`))[0]).toEqual({ n: 4 });
    expect((await q(`select count(*)::int as n from marketplace_ip_assets`))[0]).toEqual({ n: 4 });
  });

  it("keeps a university's portfolio, public in part, with a fee's reminder waiting", async () => {
    const q = (sql: string) => t.database.query<Record<string, unknown>>(sql);
    const [owner] = await q(
      `select o.slug, count(*)::int as n from marketplace_ip_assets a
         join directory_organizations o on o.id = a.owner_org_id group by o.slug`,
    );
    expect(owner).toMatchObject({ n: 4 });
    const page = await (
      await new BrowserSession(t.app).get(`/marketplace/universities/${String(owner!.slug)}`)
    ).text();
    expect(page).toContain('Quy trình ủ vỏ cà phê bằng chủng vi sinh bản địa');
    expect(page).toContain('1-2023-06218');
    expect(page).not.toContain('Chế phẩm bảo quản bơ');
    expect(page).not.toContain('Hợp tác xã Cà phê Ea Tu');
    expect(page).toContain('/marketplace/offers/');
    const [jobs] = await q(
      `select count(*)::int as n from platform_jobs where name = 'marketplace.ip-fee-reminder'`,
    );
    expect(jobs).toEqual({ n: 1 });
    const [revenue] = await q(`select sum(amount_vnd)::text as total from marketplace_ip_revenues`);
    expect(revenue).toEqual({ total: '138400000' });
  });
});
