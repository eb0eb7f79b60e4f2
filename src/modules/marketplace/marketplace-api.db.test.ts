// Another exchange takes our listings through the public API: listed offers and open needs with
// their public fields only (what an owner restricted is null; a need's contact never leaves),
// and the change feed that tells it, in order, what became public, what changed and what must be
// removed (withdrawn, expired); a bad cursor is a 422 with a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { insertNeed } from './db/needs.repository';
import { idIn, offerForm, offerVersion, postForm, universityOffice } from './testing/fixture';

const START = new Date('2026-12-01T02:00:00Z');
const SECOND = 1000;

interface Change {
  type: string;
  id: string;
  op: string;
  cursor: string;
  record: Record<string, unknown> | null;
}

describe.each(testEngines)('the exchange in the public API on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let visitor: BrowserSession;
  let slug: string;
  let offerId: string;
  let needId: string;
  let cursor = '0';

  const json = async (path: string) => {
    const res = await visitor.get(path);
    expect(res.status, path).toBe(200);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const feed = async () => {
    const page = (await json(`/api/v1/marketplace/changes?since=${cursor}`)) as {
      items: Change[];
      next: string;
    };
    cursor = page.next;
    return page.items;
  };
  const version = (id: string) => offerVersion(t, id);
  const step = async (id: string, name: string) =>
    office.post(`/marketplace/offers/${id}/step`, {
      step: name,
      version: String(await version(id)),
    });
  const publish = async (key: string, extra: [string, string][] = []) => {
    const res = await postForm(office, '/marketplace/offers/new', [
      ...offerForm(slug),
      ...extra,
      ['submissionKey', key],
    ]);
    const id = idIn(res.headers.get('location'));
    await step(id, 'submit');
    expect((await step(id, 'approve')).status).toBe(303);
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    ({ slug, office } = await universityOffice(t));
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  it('lists a listed offer with the fields its owner restricted left out', async () => {
    offerId = await publish('api-offer-1', [
      ['visibility.priceVnd', 'nda'],
      ['visibility.contactEmail', 'parties'],
    ]);
    const page = (await json('/api/v1/marketplace/offers')) as {
      items: Record<string, unknown>[];
      total: number;
    };
    expect(page.total).toBe(1);
    const [offer] = page.items;
    expect(offer).toMatchObject({
      id: offerId,
      title: 'Chế phẩm vi sinh xử lý phụ phẩm cà phê thành phân bón hữu cơ',
      trl: 6,
      ipNumber: '2-0003123',
      priceVnd: null,
      contactEmail: null,
      transferForms: ['licence', 'consultancy'],
      owner: { name: 'Trường Đại học Tây Nguyên', slug, kind: 'university' },
    });
    expect(JSON.stringify(page)).not.toContain('450000000');
    expect(JSON.stringify(page)).not.toContain('ttcg@dhdn.example');
  });

  it('announces changes in order once they have settled, public fields only', async () => {
    expect(await feed()).toEqual([]);
    t.setNow(new Date(START.getTime() + 11 * SECOND));
    const need = await insertNeed(t.deps.database.db, {
      ownerOrgId: (
        await t.database.query<{ id: string }>(
          'select id from directory_organizations where slug = $1',
          [slug],
        )
      )[0]!.id,
      ownerKind: 'university',
      title: 'Cần thiết bị đo độ ẩm hạt cà phê cầm tay',
      teaser: 'Phòng thí nghiệm cần thiết bị đo nhanh tại vườn.',
      problem: 'Chi tiết mật: sai số hiện tại 4%.',
      budgetMinVnd: 50_000_000n,
      budgetMaxVnd: 80_000_000n,
      timeline: '6_months',
      sectors: ['agritech'],
      contactName: 'Chị Hoa',
      contactPhone: '0905123456',
      createdAt: t.deps.clock(),
      updatedAt: t.deps.clock(),
    });
    needId = need.id;
    const first = await feed();
    expect(first.map((c) => [c.type, c.id, c.op])).toEqual([['offer', offerId, 'upsert']]);
    expect(first[0]!.record).toMatchObject({ priceVnd: null, contactEmail: null });

    t.setNow(new Date(START.getTime() + 22 * SECOND));
    const second = await feed();
    expect(second.map((c) => [c.type, c.id, c.op])).toEqual([['need', needId, 'upsert']]);
    expect(second[0]!.record).toMatchObject({
      teaser: 'Phòng thí nghiệm cần thiết bị đo nhanh tại vườn.',
      problem: null,
      budgetMinVnd: null,
      budgetMaxVnd: null,
    });
    const text = JSON.stringify(second);
    for (const secret of ['sai số', 'Chị Hoa', '0905123456']) expect(text).not.toContain(secret);
    expect(await feed()).toEqual([]);
  });

  it('tells followers to remove a withdrawn offer and an expired one', async () => {
    const second = await publish('api-offer-2');
    t.setNow(new Date(START.getTime() + 23 * SECOND));
    expect((await step(offerId, 'withdraw')).status).toBe(303);
    t.setNow(new Date(START.getTime() + 40 * SECOND));
    const changes = await feed();
    expect(changes.map((c) => [c.id, c.op])).toEqual([
      [second, 'upsert'],
      [offerId, 'delete'],
    ]);
    expect(changes[1]!.record).toBeNull();
    expect(((await json('/api/v1/marketplace/offers')) as { total: number }).total).toBe(1);

    t.setNow(new Date(START.getTime() + 400 * 86_400_000));
    const expired = await feed();
    expect(expired.map((c) => [c.id, c.op])).toEqual([[second, 'delete']]);
    expect(((await json('/api/v1/marketplace/offers')) as { total: number }).total).toBe(0);
  });

  it('refuses a cursor that is not one, saying why', async () => {
    const res = await visitor.get('/api/v1/marketplace/changes?since=yesterday');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Con trỏ không hợp lệ');
  });
});
