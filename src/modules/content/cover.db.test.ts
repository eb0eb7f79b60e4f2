// A cover image on an article: checked by its content (a renamed PDF is refused with a message),
// its description required, a valid image kept across a refused save so nobody chooses it twice,
// then shown at its own width and height so the page does not shift as it loads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makePng } from '../../../test/support/images';

const fields = { kind: 'story', titleVi: 'Câu chuyện có ảnh bìa', bodyVi: 'Nội dung.' };

function form(values: Record<string, string>, cover?: { bytes: Uint8Array; name: string }) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  if (cover) data.set('cover', new File([new Uint8Array(cover.bytes)], cover.name));
  return data;
}

const count = async (t: TestApp) =>
  ((await t.database.query(`select count(*)::int as n from content_items`)) as [{ n: number }])[0]
    .n;

describe.each(testEngines)('cover images on %s', (engine) => {
  let t: TestApp;
  let editor: BrowserSession;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'anh@sokhcn.example', roles: ['editor'] });
    editor = await signIn(t, 'anh@sokhcn.example');
  });
  afterAll(() => t.close());

  it('refuses a file that is not an image, whatever its name', async () => {
    const res = await editor.postMultipart(
      '/admin/content/new',
      form(fields, { bytes: new TextEncoder().encode('%PDF-1.7 fake'), name: 'anh.png' }),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Tệp này không phải ảnh PNG, JPEG, WebP hoặc GIF.');
    expect(await count(t)).toBe(0);
  });

  it('asks for the description, keeps the chosen image, then saves with it', async () => {
    const refused = await editor.postMultipart(
      '/admin/content/new',
      form(fields, { bytes: makePng(800, 450), name: 'bia.png' }),
    );
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('Hãy mô tả ảnh bìa cho người không xem được ảnh.');
    const pending = /name="coverPending" value="([0-9a-f]{64}\.png)"/.exec(html)?.[1];
    expect(pending).toBeDefined();
    expect(await count(t)).toBe(0);

    const saved = await editor.postMultipart(
      '/admin/content/new',
      form({ ...fields, coverAltVi: 'Nhóm sáng lập bên vườn thanh long', coverPending: pending! }),
    );
    expect(saved.status).toBe(303);
    const [row] = (await t.database.query(`select slug, cover_key from content_items`)) as [
      { slug: string; cover_key: string },
    ];
    expect(row.cover_key).toBe(pending);
    // Visible to its editor before publication, with its size.
    const page = await (await editor.get(`/news/${row.slug}`)).text();
    expect(page).toContain(
      `src="/files/${pending}" alt="Nhóm sáng lập bên vườn thanh long" width="800" height="450"`,
    );
  });
});
