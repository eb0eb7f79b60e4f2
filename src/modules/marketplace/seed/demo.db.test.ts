// The demo exchange after every module's demo data: universities' and institutes' offers listed,
// enterprises' needs open, the demo founder's introductions at every stage and one deal — the
// same every time, and not loaded twice.
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
      'introduced',
      'negotiating',
      'no_deal',
      'requested',
    ]);
    expect(await q(`select value_vnd::text as v from marketplace_deals`)).toEqual([
      { v: '420000000' },
    ]);
    const list = await (await new BrowserSession(t.app).get('/marketplace')).text();
    expect(list).toContain('4 công nghệ');
    for (const m of MODULES) if (m.id === 'marketplace') await m.seeds?.demo?.(t.deps);
    expect((await q(`select count(*)::int as n from marketplace_offers`))[0]).toEqual({ n: 4 });
  });
});
