// The portal's front page is assembled from the modules' home blocks: on the demo data it shows,
// in order, the featured story and latest news (content), the open calls with their deadlines
// (programmes), the ecosystem's figures (directory) and the newest legal texts (content); a block
// with nothing to show is left out, and the page answers fast enough to be the front door.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/wiring';
import { createTestApp, type TestApp } from '../support/app';
import { testEngines } from '../support/db';

describe.each(testEngines)('the home page on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('leaves out the blocks of modules with nothing to show', async () => {
    const html = await (await t.app.request('/')).text();
    expect(html).not.toContain('id="latest-title"');
    expect(html).not.toContain('id="open-calls-title"');
    expect(html).toContain('id="modules-title"');
  });

  it('shows each module block in order on the demo data', async () => {
    for (const m of MODULES) await m.seeds?.demo?.(t.deps);
    // The directory's figures are kept a minute (its statistics' cache).
    t.setNow(new Date(t.deps.clock().getTime() + 61_000));
    const html = await (await t.app.request('/')).text();
    const at = (id: string) => html.indexOf(`id="${id}"`);
    const order = [
      'featured-title',
      'latest-title',
      'open-calls-title',
      'figures-title',
      'legal-title',
      'modules-title',
    ];
    for (const id of order) expect(at(id), id).toBeGreaterThan(0);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
    expect(html).toContain(
      'Khai mạc Ngày hội khởi nghiệp đổi mới sáng tạo địa phương (Techfest) 2026',
    );
    expect(html).toMatch(/Hạn nộp: \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/);
    const [{ n }] = (await t.database.query(
      `select count(*)::int as n from directory_organizations where archived_at is null and merged_into is null and status = 'active'`,
    )) as [{ n: number }];
    const shown = /<strong>([\d.]+)<\/strong> tổ chức trong danh bạ/.exec(html)?.[1];
    expect(Number(shown?.replace(/\./g, ''))).toBe(n);
    expect(html).toContain('93/2025/QH15');
  });
});
