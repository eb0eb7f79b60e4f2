// A visitor scanning the offers' list (and its search results) sees each offer's first picture,
// small, with its description as alternative text, loaded lazily at a size that keeps the card in
// place; an offer without pictures shows none. However many offers the page lists, their first
// pictures are read with one query.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makePng } from '../../../test/support/images';
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
  let firstKey = '';

  const version = async (id: string) => String(await offerVersion(t, id));
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
    form.append('image', new Blob([png]), 'anh.png');
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
    await addImage(pictured, makePng(640, 480), 'Dây chuyền ủ vỏ cà phê', 'Coffee husk line');
    t.setNow(new Date(Date.now() + 2000));
    await addImage(pictured, makePng(200, 400), 'Bao phân bón thành phẩm');
    const [first] = await t.database.query<{ file_key: string }>(
      'select file_key from marketplace_offer_images where offer_id = $1 order by created_at limit 1',
      [pictured],
    );
    firstKey = first!.file_key;
  });
  afterAll(() => t.close());

  it('shows the first picture small, lazily, with its description; none on an offer without', async () => {
    const html = await (await visitor.get('/marketplace')).text();
    const card = cardOf(html, pictured);
    const images = [...card.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(1);
    expect(images[0]).toContain(`src="/files/${firstKey}"`);
    expect(images[0]).toContain('alt="Dây chuyền ủ vỏ cà phê"');
    // 640 × 480 fitted in the thumbnail's 120 px box, at its proportions.
    expect(images[0]).toContain('width="120"');
    expect(images[0]).toContain('height="90"');
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
    expect(card).toContain(`src="/files/${firstKey}"`);
    expect(card).toContain('alt="Coffee husk line"');
  });

  it('reads the listed offers’ first pictures with one query, however many have pictures', async () => {
    await addImage(plain, makePng(300, 300), 'Máy sấy tại hợp tác xã');
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
