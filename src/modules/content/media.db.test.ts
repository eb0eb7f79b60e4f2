// The media library: a cover saved with an article enters it once, with WebP variants at the
// widths phones need (made by sharp, never wider than the original), which the article's page
// offers in a srcset with the original as fallback at its own width and height. Another article
// reuses the image from the form's list, with a description of its own. AVIF variants, slow to
// encode, are made afterwards by a durable job; until then the page offers WebP alone.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makePng } from '../../../test/support/images';
import { pauseJobs, settleJobs } from '../../../test/support/jobs';
import { AVIF_JOB, makeAvifVariants } from './services/media';

function form(values: Record<string, string>, cover?: Uint8Array) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  if (cover) data.set('cover', new File([new Uint8Array(cover)], 'bia.png'));
  return data;
}

describe.each(testEngines)('the media library on %s', (engine) => {
  let t: TestApp;
  let editor: BrowserSession;
  const PNG = makePng(1200, 675);
  const media = () =>
    t.database.query<{
      key: string;
      width: number;
      height: number;
      variants: { key: string; width: number; height: number }[];
      alt_vi: string;
    }>(`select key, width, height, variants, alt_vi from content_media`);
  const coverOf = async (slug: string) =>
    (
      await t.database.query<{ cover_key: string | null; cover_alt_vi: string }>(
        `select cover_key, cover_alt_vi from content_items where slug = $1`,
        [slug],
      )
    )[0]!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'media@sokhcn.example', roles: ['publisher'] });
    editor = await signIn(t, 'media@sokhcn.example');
  });
  afterAll(() => t.close());

  it('keeps a new cover once, with WebP variants a page offers in a srcset', async () => {
    const resumeJobs = await pauseJobs(t);
    const res = await editor.postMultipart(
      '/admin/content/new',
      form(
        {
          kind: 'news',
          titleVi: 'Ngày hội khởi nghiệp nông nghiệp',
          slug: 'ngay-hoi',
          bodyVi: 'Nội dung.',
          coverAltVi: 'Gian hàng nông sản tại ngày hội',
        },
        PNG,
      ),
    );
    expect(res.status).toBe(303);
    const [row] = await media();
    expect(row).toMatchObject({
      width: 1200,
      height: 675,
      alt_vi: 'Gian hàng nông sản tại ngày hội',
    });
    expect(row!.key).toBe((await coverOf('ngay-hoi')).cover_key);
    expect(row!.variants.map((v) => [v.width, v.height])).toEqual([
      [240, 135],
      [480, 270],
      [960, 540],
      [1200, 675],
    ]);
    for (const v of row!.variants) {
      const file = await t.app.request(`/files/${v.key}`);
      expect(file.headers.get('content-type')).toBe('image/webp');
      const bytes = new Uint8Array(await file.arrayBuffer());
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: v.width });
    }
    const small = row!.variants[0]!;
    const original = await t.deps.files.describe(row!.key);
    expect((await t.deps.files.describe(small.key))!.bytes).toBeLessThan(original!.bytes);

    const id = /content\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    const published = await editor.post(`/admin/content/${id}/step`, {
      step: 'publish',
      version: '1',
    });
    expect(published.status).toBe(303);
    const page = await (await t.app.request('/news/ngay-hoi')).text();
    expect(page).toContain(
      `srcset="${row!.variants.map((v) => `/files/${v.key} ${v.width}w`).join(', ')}"`,
    );
    expect(page).toMatch(
      new RegExp(
        `<img class="cover" src="/files/${row!.key}" alt="Gian hàng nông sản tại ngày hội" width="1200" height="675"`,
      ),
    );
    expect(page).not.toContain('image/avif');
    resumeJobs();
  });

  it('adds AVIF variants by a job, offered before WebP, the original still the fallback', async () => {
    await settleJobs(t);
    const [row] = await t.database.query<{
      key: string;
      avif_variants: { key: string; width: number; height: number }[];
    }>(`select key, avif_variants from content_media`);
    const avif = row!.avif_variants;
    expect(avif.map((v) => [v.width, v.height])).toEqual([
      [240, 135],
      [480, 270],
      [960, 540],
      [1200, 675],
    ]);
    for (const v of avif) {
      const file = await t.app.request(`/files/${v.key}`);
      expect(file.headers.get('content-type')).toBe('image/avif');
      const meta = await sharp(new Uint8Array(await file.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: 'heif', compression: 'av1', width: v.width });
    }
    const page = await (await t.app.request('/news/ngay-hoi')).text();
    const sources = /<picture>(<source[^>]*>)(<source[^>]*>)<img class="cover"/.exec(page);
    expect(sources?.[1]).toContain(
      `type="image/avif" srcset="${avif.map((v) => `/files/${v.key} ${v.width}w`).join(', ')}"`,
    );
    expect(sources?.[2]).toContain('type="image/webp"');
    // Run again (as after a runner died once it had encoded), the job changes nothing.
    const again = { id: 'x', name: AVIF_JOB, key: null, attempt: 2, maxAttempts: 3 };
    await makeAvifVariants({ ...again, payload: { key: row!.key }, now: t.deps.clock() }, t.deps);
    expect(
      (await t.database.query<{ a: unknown }>(`select avif_variants as a from content_media`))[0]!
        .a,
    ).toEqual(avif);
  });

  it('refuses an AVIF upload: the original is the fallback older browsers show', async () => {
    const avif = await sharp(makePng(64, 48)).avif().toBuffer();
    const res = await editor.postMultipart(
      '/admin/content/new',
      (() => {
        const data = form({
          kind: 'news',
          titleVi: 'Ảnh AVIF',
          slug: 'anh-avif',
          coverAltVi: 'Ảnh',
        });
        data.set('cover', new File([new Uint8Array(avif)], 'bia.avif'));
        return data;
      })(),
    );
    expect(res.status).toBe(422);
    expect(await media()).toHaveLength(1);
  });

  it('reuses a library image on another article, which needs its own description', async () => {
    const key = (await media())[0]!.key;
    const formPage = await (await editor.get('/admin/content/new')).text();
    expect(formPage).toContain(
      `<option value="${key}">Gian hàng nông sản tại ngày hội (1200×675)</option>`,
    );
    const fields = {
      kind: 'story',
      titleVi: 'Chuyện hợp tác xã',
      slug: 'hop-tac-xa',
      coverLibrary: key,
    };
    const noAlt = await editor.postMultipart('/admin/content/new', form(fields));
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toContain('value="' + key + '"');
    const saved = await editor.postMultipart(
      '/admin/content/new',
      form({ ...fields, coverAltVi: 'Xã viên bên ruộng lúa' }),
    );
    expect(saved.status).toBe(303);
    expect(await coverOf('hop-tac-xa')).toEqual({
      cover_key: key,
      cover_alt_vi: 'Xã viên bên ruộng lúa',
    });
    // Still one image in the library, made once.
    expect(await media()).toHaveLength(1);
    // A key that names no stored image is ignored, not trusted.
    const forged = await editor.postMultipart(
      '/admin/content/new',
      form({
        kind: 'news',
        titleVi: 'Tin giả mạo khoá',
        slug: 'gia-mao',
        coverLibrary: `${'0'.repeat(64)}.png`,
      }),
    );
    expect(forged.status).toBe(303);
    expect((await coverOf('gia-mao')).cover_key).toBeNull();
  });

  it('lists the library for staff: thumbnail, description, formats and the articles using it', async () => {
    const [row] = await t.database.query<{ key: string; variants: { key: string }[] }>(
      `select key, variants from content_media`,
    );
    const page = await (await editor.get('/admin/content/media')).text();
    expect(page).toContain(
      `<img src="/files/${row!.variants[0]!.key}" alt="Gian hàng nông sản tại ngày hội" width="120" height="68"`,
    );
    expect(page).toContain('1200×675');
    expect(page).toContain('AVIF, WebP');
    expect(page).toContain('>Ngày hội khởi nghiệp nông nghiệp</a>');
    expect(page).toContain('>Chuyện hợp tác xã</a>');
    const found = await (await editor.get('/admin/content/media?q=N%C3%94NG+S%E1%BA%A2N')).text();
    expect(found).toContain('1200×675');
    const none = await (await editor.get('/admin/content/media?q=100%25')).text();
    expect(none).not.toContain('1200×675');
    await createUser(t, { email: 'thanh-vien@media.example' });
    const member = await signIn(t, 'thanh-vien@media.example');
    expect((await member.get('/admin/content/media')).status).toBe(404);
  });
});
