// A visitor scanning the offers' list (its search results, the home page's newest offers) sees
// each offer's first picture, small, with its description as alternative text, loaded lazily at a
// size that keeps the card in place, read from a WebP variant the upload made rather than from the
// upload itself; an offer without pictures shows none. The offer's page offers the variants in a
// srcset. A picture without variants (stored before they were made, or one sharp cannot read,
// which is kept all the same) is shown as uploaded. However many offers the page lists, their
// first pictures are read with one query.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makeJpegHeader, makePng } from '../../../test/support/images';
import { log } from '../../platform/log/logger';
import {
  idIn,
  managedOrganization,
  offerForm,
  offerVersion,
  postForm,
  replaced,
} from './testing/fixture';

const WITH_PICTURES = 'Chế phẩm vi sinh xử lý phụ phẩm cà phê thành phân bón hữu cơ';
const WITHOUT = 'Máy sấy hạt điều dùng năng lượng mặt trời';

interface ImageRow {
  file_key: string;
  variants: { key: string; width: number; height: number }[];
}

/** The card (list item) that links to this offer. */
const cardOf = (html: string, id: string) =>
  [...html.matchAll(/<li class="card">([\s\S]*?)<\/li>/g)]
    .map((m) => m[1]!)
    .find((card) => card.includes(`/marketplace/offers/${id}"`)) ?? '';

describe.each(testEngines)('pictures on the offers’ cards on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let visitor: BrowserSession;
  let pictured = '';
  let plain = '';
  let first: ImageRow;

  const version = async (id: string) => String(await offerVersion(t, id));
  const imagesOf = (id: string) =>
    t.database.query<ImageRow>(
      'select file_key, variants from marketplace_offer_images where offer_id = $1 order by created_at',
      [id],
    );
  const publish = async (slug: string, key: string, title: string) => {
    const res = await postForm(
      office,
      '/marketplace/offers/new',
      replaced(offerForm(slug, [['submissionKey', key]]), { title: [title] }),
    );
    const id = idIn(res.headers.get('location'));
    for (const step of ['submit', 'approve'])
      await office.post(`/marketplace/offers/${id}/step`, { step, version: await version(id) });
    return id;
  };
  const addImage = async (id: string, png: Uint8Array<ArrayBuffer>, altVi: string, altEn = '') => {
    const form = new FormData();
    form.append('version', await version(id));
    form.append('image', new Blob([png]), 'anh');
    form.append('altVi', altVi);
    form.append('altEn', altEn);
    expect((await office.postMultipart(`/marketplace/offers/${id}/images`, form)).status).toBe(303);
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const o = await createUser(t, { email: 'ttcg@dhtn.example' });
    const { slug } = await managedOrganization(t, 'university', 'Trường Đại học Tây Nguyên', [
      [o.id, 'owner'],
    ]);
    office = await signIn(t, 'ttcg@dhtn.example');
    visitor = new BrowserSession(t.app);
    pictured = await publish(slug, 'cards-1', WITH_PICTURES);
    plain = await publish(slug, 'cards-2', WITHOUT);
    t.setNow(new Date(Date.now() + 1000));
    await addImage(pictured, makePng(1200, 800), 'Dây chuyền ủ vỏ cà phê', 'Coffee husk line');
    t.setNow(new Date(Date.now() + 2000));
    await addImage(pictured, makePng(200, 400), 'Bao phân bón thành phẩm');
    first = (await imagesOf(pictured))[0]!;
  });
  afterAll(() => t.close());

  it('makes WebP variants of an upload at the widths screens need, never wider than it', async () => {
    expect(first.variants.map((v) => [v.width, v.height])).toEqual([
      [240, 160],
      [480, 320],
      [960, 640],
      [1200, 800],
    ]);
    for (const v of first.variants) {
      const file = await visitor.get(`/files/${v.key}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/webp');
      const bytes = new Uint8Array(await file.arrayBuffer());
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: v.width });
    }
  });

  it('shows the first picture small from its narrowest variant, lazily, with its description; none on an offer without', async () => {
    const html = await (await visitor.get('/marketplace')).text();
    const card = cardOf(html, pictured);
    const images = [...card.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(1);
    // 240 px wide: sharp at the thumbnail's 120 px on a 2× screen, not the 1200 px upload.
    expect(images[0]).toContain(`src="/files/${first.variants[0]!.key}"`);
    expect(card).not.toContain(first.file_key);
    expect(images[0]).toContain('alt="Dây chuyền ủ vỏ cà phê"');
    // 1200 × 800 fitted in the thumbnail's 120 px box, at its proportions.
    expect(images[0]).toContain('width="120"');
    expect(images[0]).toContain('height="80"');
    expect(images[0]).toContain('loading="lazy"');
    expect(cardOf(html, plain)).toContain(WITHOUT);
    expect(cardOf(html, plain)).not.toContain('<img');
  });

  it('shows it in search results too, described in the reader’s language', async () => {
    visitor.set('lang', 'en');
    const html = await (
      await visitor.get('/marketplace?q=ph%C3%A2n%20b%C3%B3n%20h%E1%BB%AFu%20c%C6%A1')
    ).text();
    visitor.set('lang', 'vi');
    const card = cardOf(html, pictured);
    expect(card).toContain(`src="/files/${first.variants[0]!.key}"`);
    expect(card).toContain('alt="Coffee husk line"');
  });

  it('shows it from the same variant in the home page’s newest offers', async () => {
    const card = cardOf(await (await visitor.get('/')).text(), pictured);
    expect(card).toContain(`src="/files/${first.variants[0]!.key}"`);
    expect(card).not.toContain(first.file_key);
  });

  it('offers the variants on the offer’s page, the upload at its size as the fallback', async () => {
    const html = await (await visitor.get(`/marketplace/offers/${pictured}`)).text();
    const picture = /<picture>([\s\S]*?)<\/picture>/.exec(html)?.[1] ?? '';
    const srcset = first.variants.map((v) => `/files/${v.key} ${v.width}w`).join(', ');
    expect(picture).toContain(`<source type="image/webp" srcset="${srcset}"`);
    expect(picture).toMatch(
      new RegExp(
        `<img[^>]*src="/files/${first.file_key}"[^>]*alt="Dây chuyền ủ vỏ cà phê"[^>]*width="1200"[^>]*height="800"`,
      ),
    );
  });

  it('shows as uploaded a picture stored before variants were made', async () => {
    const png = makePng(300, 200);
    const stored = await t.deps.files.putImage(png, { kind: 'png', width: 300, height: 200 });
    await t.database.query(
      `insert into marketplace_offer_images (offer_id, file_key, width, height, alt_vi, created_at)
       values ($1, $2, 300, 200, 'Máy sấy tại hợp tác xã', $3)`,
      [plain, stored.key, new Date('2026-01-05T03:00:00Z')],
    );
    const card = cardOf(await (await visitor.get('/marketplace')).text(), plain);
    expect(card).toMatch(
      new RegExp(`<img[^>]*src="/files/${stored.key}"[^>]*width="120"[^>]*height="80"`),
    );
    const page = await (await visitor.get(`/marketplace/offers/${plain}`)).text();
    expect(page).not.toContain('<picture>');
    expect(page).toMatch(
      new RegExp(`<img[^>]*src="/files/${stored.key}"[^>]*width="300"[^>]*height="200"`),
    );
  });

  it('keeps a picture sharp cannot read, without variants, shown as uploaded', async () => {
    const warn = vi.spyOn(log, 'warn');
    try {
      // A JPEG's header (what the upload's check reads) with no picture after it.
      await addImage(plain, makeJpegHeader(1200, 800), 'Sơ đồ máy sấy');
      expect(warn).toHaveBeenCalledWith('offer image variants not made', expect.anything());
    } finally {
      warn.mockRestore();
    }
    const [, kept] = await imagesOf(plain);
    expect(kept!.file_key).toMatch(/^[0-9a-f]{64}\.jpg$/);
    expect(kept!.variants).toEqual([]);
    const page = await (await visitor.get(`/marketplace/offers/${plain}`)).text();
    expect(page).toMatch(
      new RegExp(`<img[^>]*src="/files/${kept!.file_key}"[^>]*width="1200"[^>]*height="800"`),
    );
  });

  it('reads the listed offers’ first pictures with one query, however many have pictures', async () => {
    // Both offers have pictures by now (the plain one since the tests above).
    // Both drivers (the pg pool, PGlite) receive Drizzle's statements through their query().
    type Query = (sql: string | { text: string }) => unknown;
    const client = (t.deps.database.db as unknown as { $client: { query: Query } }).$client;
    const query = vi.spyOn(client, 'query');
    try {
      const html = await (await visitor.get('/marketplace')).text();
      expect(html.match(/<img [^>]*loading="lazy"/g)).toHaveLength(2);
      const reads = query.mock.calls
        .map(([sql]) => (typeof sql === 'string' ? sql : sql.text))
        .filter((sql) => sql.includes('marketplace_offer_images'));
      expect(reads).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });
});
