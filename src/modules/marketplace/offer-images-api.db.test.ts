// An exchange that copies our listings gets an offer's pictures: the public API gives each listed
// offer's images in the order they were added (absolute address, size, descriptions in both
// languages, and the WebP variants made at upload, which an image stored before them lacks), an offer nobody may see yet gives none of its images, and adding or removing an
// image is a change of the offer in the change feed, so a follower's copy gets the new pictures.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makePng } from '../../../test/support/images';
import { idIn, offerForm, offerVersion, postForm, universityOffice } from './testing/fixture';

const START = new Date('2026-12-01T02:00:00Z');
const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

interface ApiImage {
  url: string;
  width: number;
  height: number;
  altVi: string;
  altEn: string | null;
  variants: { url: string; width: number; height: number }[];
}
interface ApiOffer {
  id: string;
  images: ApiImage[];
}
interface Change {
  id: string;
  op: string;
  record: ApiOffer | null;
}

describe.each(testEngines)('offer images in the public API and its feed on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let visitor: BrowserSession;
  let slug: string;
  let listed: string;
  let draft: string;
  let cursor = '0';

  const version = async (id: string) => String(await offerVersion(t, id));
  const create = async (key: string) =>
    idIn(
      (
        await postForm(office, '/marketplace/offers/new', [
          ...offerForm(slug),
          ['submissionKey', key],
        ])
      ).headers.get('location'),
    );
  const step = async (id: string, name: string) =>
    office.post(`/marketplace/offers/${id}/step`, { step: name, version: await version(id) });
  const addImage = async (id: string, png: Uint8Array<ArrayBuffer>, altVi: string, altEn = '') => {
    const form = new FormData();
    form.append('version', await version(id));
    form.append('image', new Blob([png]), 'anh.png');
    form.append('altVi', altVi);
    form.append('altEn', altEn);
    const res = await office.postMultipart(`/marketplace/offers/${id}/images`, form);
    expect(res.status).toBe(303);
  };
  const imageIds = async (id: string) =>
    (
      await t.database.query<{ id: string }>(
        'select id from marketplace_offer_images where offer_id = $1 order by created_at',
        [id],
      )
    ).map((r) => r.id);
  const listedOffers = async () => {
    const res = await visitor.get('/api/v1/marketplace/offers');
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: ApiOffer[] }).items;
  };
  const feed = async () => {
    const res = await visitor.get(`/api/v1/marketplace/changes?since=${cursor}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: Change[]; next: string };
    cursor = page.next;
    return page.items;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    ({ slug, office } = await universityOffice(t));
    visitor = new BrowserSession(t.app);
    listed = await create('images-listed');
    await step(listed, 'submit');
    expect((await step(listed, 'approve')).status).toBe(303);
    t.setNow(at(1));
    await addImage(
      listed,
      makePng(64, 48),
      'Dây chuyền ủ vỏ cà phê',
      'Coffee husk composting line',
    );
    t.setNow(at(2));
    await addImage(listed, makePng(40, 30), 'Bao phân bón thành phẩm');
    t.setNow(at(3));
    draft = await create('images-draft');
    await addImage(draft, makePng(50, 50), 'Ảnh bản nháp chưa duyệt');
  });
  afterAll(() => t.close());

  it('lists a listed offer’s images in the order they were added, with their descriptions', async () => {
    const [offer, ...others] = await listedOffers();
    expect(others).toEqual([]);
    expect(offer!.id).toBe(listed);
    expect(offer!.images).toEqual([
      {
        url: expect.stringMatching(/\/files\/[0-9a-f]{64}\.png$/),
        width: 64,
        height: 48,
        altVi: 'Dây chuyền ủ vỏ cà phê',
        altEn: 'Coffee husk composting line',
        // Never wider than the upload: one variant, at its own width.
        variants: [
          { url: expect.stringMatching(/\/files\/[0-9a-f]{64}\.webp$/), width: 64, height: 48 },
        ],
      },
      {
        url: expect.stringMatching(/\/files\/[0-9a-f]{64}\.png$/),
        width: 40,
        height: 30,
        altVi: 'Bao phân bón thành phẩm',
        altEn: null,
        variants: [
          { url: expect.stringMatching(/\/files\/[0-9a-f]{64}\.webp$/), width: 40, height: 30 },
        ],
      },
    ]);
    const origin = new URL(t.deps.config.publicUrl).origin;
    const [first, variant] = [offer!.images[0]!.url, offer!.images[0]!.variants[0]!.url].map(
      (url) => new URL(url),
    );
    expect([first!.origin, variant!.origin]).toEqual([origin, origin]);
    const file = await visitor.get(first!.pathname);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    const webp = await visitor.get(variant!.pathname);
    expect(webp.status).toBe(200);
    expect(webp.headers.get('content-type')).toBe('image/webp');
  });

  it('gives an image stored before variants were made with none, its url the only one', async () => {
    // As the rows kept before the variants column were (its default).
    await t.database.query(
      `update marketplace_offer_images set variants = default where offer_id = $1`,
      [listed],
    );
    const [offer] = await listedOffers();
    expect(offer!.images.map((i) => [i.width, i.variants])).toEqual([
      [64, []],
      [40, []],
    ]);
  });

  it('gives nothing of an unlisted offer’s images, in the list or the feed', async () => {
    t.setNow(at(20));
    const changes = await feed();
    expect(changes.map((c) => [c.id, c.op])).toEqual([
      [listed, 'upsert'],
      [draft, 'delete'],
    ]);
    expect(changes[0]!.record!.images.map((i) => i.altVi)).toEqual([
      'Dây chuyền ủ vỏ cà phê',
      'Bao phân bón thành phẩm',
    ]);
    expect(changes[1]!.record).toBeNull();
    const text = JSON.stringify([changes, await listedOffers()]);
    expect(text).not.toContain('Ảnh bản nháp');
  });

  it('announces an added image as a change of the offer', async () => {
    t.setNow(at(30));
    await addImage(listed, makePng(32, 32), 'Mẫu phân bón tại phòng thí nghiệm');
    expect(await feed()).toEqual([]);
    t.setNow(at(41));
    const changes = await feed();
    expect(changes.map((c) => [c.id, c.op])).toEqual([[listed, 'upsert']]);
    expect(changes[0]!.record!.images.map((i) => [i.altVi, i.width])).toEqual([
      ['Dây chuyền ủ vỏ cà phê', 64],
      ['Bao phân bón thành phẩm', 40],
      ['Mẫu phân bón tại phòng thí nghiệm', 32],
    ]);
  });

  it('announces a removed image as a change of the offer', async () => {
    const [first] = await imageIds(listed);
    t.setNow(at(50));
    const res = await office.post(`/marketplace/offers/${listed}/images/${first}/remove`, {
      version: await version(listed),
    });
    expect(res.status).toBe(303);
    t.setNow(at(61));
    const changes = await feed();
    expect(changes.map((c) => [c.id, c.op])).toEqual([[listed, 'upsert']]);
    expect(changes[0]!.record!.images.map((i) => i.altVi)).toEqual([
      'Bao phân bón thành phẩm',
      'Mẫu phân bón tại phòng thí nghiệm',
    ]);
    expect((await listedOffers())[0]!.images).toHaveLength(2);
  });

  it('reads the images of a whole page of offers, and of the feed, with one query each', async () => {
    t.setNow(at(70));
    const second = await create('images-second');
    await step(second, 'submit');
    expect((await step(second, 'approve')).status).toBe(303);
    await addImage(second, makePng(48, 48), 'Vườn cà phê thử nghiệm');
    t.setNow(at(90));
    // Both drivers (the pg pool, PGlite) receive Drizzle's statements through their query().
    type Query = (sql: string | { text: string }) => unknown;
    const client = (t.deps.database.db as unknown as { $client: { query: Query } }).$client;
    const query = vi.spyOn(client, 'query');
    const imageReads = () =>
      query.mock.calls
        .map(([sql]) => (typeof sql === 'string' ? sql : sql.text))
        .filter((sql) => sql.includes('marketplace_offer_images')).length;
    try {
      const offers = await listedOffers();
      expect(offers.map((o) => o.images.length).sort()).toEqual([1, 2]);
      expect(imageReads()).toBe(1);
      cursor = '0';
      const changes = await feed();
      expect(changes.filter((c) => c.record && c.record.images.length > 0)).toHaveLength(2);
      expect(imageReads()).toBe(2);
    } finally {
      query.mockRestore();
    }
  });
});
