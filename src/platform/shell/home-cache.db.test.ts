// The home page as visitors see it is kept a short while (decision 020): what staff publish through
// the back-office is on it at once, a change made elsewhere (another process, a job) shows within
// HOME_PAGE_TTL_MS on the process's clock, each language is kept apart, and a signed-in account's
// page (its name in the header) is never what a visitor gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { HOME_PAGE_TTL_MS } from './home-cache';

const START = new Date('2026-12-01T02:00:00Z');

describe.each(testEngines)('the home page kept for visitors on %s', (engine) => {
  let t: TestApp;
  let publisher: BrowserSession;
  let visitor: BrowserSession;
  const home = async (session: BrowserSession = visitor) => (await session.get('/')).text();

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    await createUser(t, {
      email: 'xuat-ban@sokhcn.example',
      roles: ['publisher'],
      name: 'Hà Xuất Bản',
    });
    publisher = await signIn(t, 'xuat-ban@sokhcn.example');
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  it('shows a story published in the back-office at once', async () => {
    expect(await home()).not.toContain('id="latest-title"');
    const created = await publisher.post('/admin/content/new', {
      kind: 'news',
      titleVi: 'Vườn ươm mở đợt tuyển sinh mới',
      slug: 'vuon-uom-tuyen-sinh',
      bodyVi: 'Nội dung.',
    });
    expect(created.status).toBe(303);
    const id = /content\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!;
    const published = await publisher.post(`/admin/content/${id}/step`, {
      step: 'publish',
      version: '1',
    });
    expect(published.status).toBe(303);
    expect(await home()).toContain('Vườn ươm mở đợt tuyển sinh mới');
  });

  it('shows a change made outside its requests within the kept time', async () => {
    expect(await home()).toContain('Vườn ươm mở đợt tuyển sinh mới');
    // As another process on the same database would.
    await t.database.query(`update content_items set title_vi = $1 where slug = $2`, [
      'Vườn ươm kéo dài hạn tuyển sinh',
      'vuon-uom-tuyen-sinh',
    ]);
    t.setNow(new Date(t.deps.clock().getTime() + HOME_PAGE_TTL_MS - 1_000));
    expect(await home()).toContain('Vườn ươm mở đợt tuyển sinh mới');
    t.setNow(new Date(t.deps.clock().getTime() + 1_000));
    const fresh = await home();
    expect(fresh).toContain('Vườn ươm kéo dài hạn tuyển sinh');
    expect(fresh).not.toContain('Vườn ươm mở đợt tuyển sinh mới');
  });

  it("keeps each language apart and never gives a visitor an account's page", async () => {
    const english = new BrowserSession(t.app);
    await english.get('/locale/en?next=/');
    expect(await home(english)).toContain('<html lang="en">');
    expect(await home()).toContain('<html lang="vi">');
    const own = await home(publisher);
    expect(own).toContain('Hà Xuất Bản');
    expect(await home()).not.toContain('Hà Xuất Bản');
    expect(await home(english)).not.toContain('Hà Xuất Bản');
  });
});
