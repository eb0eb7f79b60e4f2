// Issue 12, item 6: the home page shows the centre's partners (published partner pages, through
// content's home block), never a partner still in draft or taken down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';

const idFrom = (res: Response) =>
  /\/admin\/content\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')![1]!;

describe.each(testEngines)('partners on the home page on %s', (engine) => {
  let t: TestApp;
  let publisher: BrowserSession;
  const partnersOnHome = async () => {
    const html = await (await new BrowserSession(t.app).get('/')).text();
    const section = /<section aria-labelledby="partners-title">([\s\S]*?)<\/section>/.exec(html);
    return section && [...section[1]!.matchAll(/<a href="(\/pages\/[a-z0-9-]+)">([^<]+)<\/a>/g)];
  };
  const partner = async (slug: string, titleVi: string) => {
    const res = await publisher.post('/admin/content/new', { kind: 'partner', slug, titleVi });
    expect(res.status).toBe(303);
    return idFrom(res);
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'doi-tac@sokhcn.example', roles: ['publisher'] });
    publisher = await signIn(t, 'doi-tac@sokhcn.example');
  });
  afterAll(() => t.close());

  it('lists published partners and leaves out drafts and partners taken down', async () => {
    expect(await partnersOnHome()).toBeNull();
    const published = await partner('vuon-uom-dai-hoc', 'Vườn ươm Trường Đại học Kỹ thuật');
    await partner('quy-dau-tu-nhap', 'Quỹ đầu tư (bản nháp)');
    const removed = await partner('ngan-hang-cu', 'Ngân hàng đối tác cũ');
    for (const id of [published, removed]) {
      const res = await publisher.post(`/admin/content/${id}/step`, {
        step: 'publish',
        version: '1',
      });
      expect(res.status).toBe(303);
    }
    const unpublished = await publisher.post(`/admin/content/${removed}/step`, {
      step: 'unpublish',
      version: '2',
    });
    expect(unpublished.status).toBe(303);

    const shown = await partnersOnHome();
    expect(shown?.map((m) => [m[1], m[2]])).toEqual([
      ['/pages/vuon-uom-dai-hoc', 'Vườn ươm Trường Đại học Kỹ thuật'],
    ]);
  });
});
