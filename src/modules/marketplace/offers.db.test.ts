// Technology offers as a university's technology-transfer office and the centre live them: a
// researcher drafts an offer for the university, only the university's own office (the managers
// of the account managing its profile) may approve it — not the centre's staff, not the
// researcher — while an enterprise's offer is approved by the centre. Listed offers are found
// without diacritics and filtered; a form sent twice is one offer; a stale edit gets 409; the
// renewal reminder goes out once, 30 days before the listing comes down, and an expired listing
// is hidden until renewed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { indicatorById } from '../../platform/modules/registry';
import { idIn, managedOrganization, offerForm, postForm, versionIn } from './testing/fixture';

const START = new Date('2026-12-01T02:00:00Z');
const DAY = 86_400_000;

describe.each(testEngines)('technology offers on %s', (engine) => {
  let t: TestApp;
  let researcher: BrowserSession;
  let office: BrowserSession;
  let staff: BrowserSession;
  let founder: BrowserSession;
  let visitor: BrowserSession;
  let universitySlug: string;
  let companySlug: string;
  let offerId: string;

  const status = async (id: string) =>
    (
      await t.database.query<{ status: string }>(
        'select status from marketplace_offers where id = $1',
        [id],
      )
    )[0]?.status;

  const offers = async () =>
    (await t.database.query<{ n: number }>('select count(*)::int as n from marketplace_offers'))[0]!
      .n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    const r = await createUser(t, { email: 'nghien-cuu@dhdn.example', name: 'TS. Lê Nghiên Cứu' });
    const o = await createUser(t, { email: 'ttcg@dhdn.example', name: 'Phòng Chuyển giao' });
    const f = await createUser(t, { email: 'giam-doc@cokhi.example' });
    await createUser(t, { email: 'staff@sokhcn.example', roles: ['staff'] });
    const university = await managedOrganization(
      t,
      'university',
      'Trường Đại học Bách khoa Đà Nẵng',
      [
        [o.id, 'owner'],
        [r.id, 'member'],
      ],
    );
    const company = await managedOrganization(t, 'sme', 'Công ty TNHH Cơ khí Hoà Khánh', [
      [f.id, 'owner'],
    ]);
    universitySlug = university.slug;
    companySlug = company.slug;
    researcher = await signIn(t, 'nghien-cuu@dhdn.example');
    office = await signIn(t, 'ttcg@dhdn.example');
    founder = await signIn(t, 'giam-doc@cokhi.example');
    staff = await signIn(t, 'staff@sokhcn.example');
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  it('refuses nonsense with messages, keeping what was typed and writing nothing', async () => {
    const res = await postForm(researcher, '/marketplace/offers/new', [
      ...offerForm(universitySlug).filter(([k]) => k !== 'priceVnd' && k !== 'trl'),
      ['priceVnd', '1,5 tỷ'],
      ['trl', '10'],
    ]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Số tiền không hợp lệ');
    expect(html).toContain('Chế phẩm vi sinh xử lý');
    const none = await postForm(researcher, '/marketplace/offers/new', offerForm(companySlug));
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Bạn không quản lý hồ sơ tổ chức này.');
    expect(await offers()).toBe(0);
  });

  it('makes one draft of a form sent twice', async () => {
    const key = ['submissionKey', 'form-key-1'] as [string, string];
    const first = await postForm(researcher, '/marketplace/offers/new', [
      ...offerForm(universitySlug),
      key,
    ]);
    const again = await postForm(researcher, '/marketplace/offers/new', [
      ...offerForm(universitySlug),
      key,
    ]);
    expect(first.status).toBe(303);
    expect(again.status).toBe(303);
    offerId = idIn(first.headers.get('location'));
    expect(idIn(again.headers.get('location'))).toBe(offerId);
    expect(await offers()).toBe(1);
    expect((await visitor.get(`/marketplace/offers/${offerId}`)).status).toBe(404);
  });

  it('answers a stale edit with 409, overwriting nothing', async () => {
    const html = await (await researcher.get(`/marketplace/offers/${offerId}/edit`)).text();
    const version = versionIn(html);
    const fields = offerForm(universitySlug).filter(([k]) => k !== 'owner' && k !== 'title');
    const saved = await postForm(office, `/marketplace/offers/${offerId}/edit`, [
      ...fields,
      ['title', 'Chế phẩm vi sinh BK-Compost xử lý vỏ cà phê'],
      ['version', version],
    ]);
    expect(saved.status).toBe(303);
    const stale = await postForm(researcher, `/marketplace/offers/${offerId}/edit`, [
      ...fields,
      ['title', 'Tên cũ'],
      ['version', version],
    ]);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Chế phẩm vi sinh BK-Compost');
    const [row] = await t.database.query<{ title: string }>(
      'select title from marketplace_offers where id = $1',
      [offerId],
    );
    expect(row!.title).toBe('Chế phẩm vi sinh BK-Compost xử lý vỏ cà phê');
    expect((await founder.get(`/marketplace/offers/${offerId}/edit`)).status).toBe(404);
  });

  it('lets only the university’s own office approve its offer', async () => {
    const step = (who: BrowserSession, name: string, version: string) =>
      who.post(`/marketplace/offers/${offerId}/step`, { step: name, version });
    expect((await step(researcher, 'submit', '2')).status).toBe(303);
    expect(await status(offerId)).toBe('pending');
    expect((await step(researcher, 'approve', '3')).status).toBe(404);
    expect((await step(staff, 'approve', '3')).status).toBe(404);
    expect((await step(founder, 'approve', '3')).status).toBe(404);
    expect(await status(offerId)).toBe('pending');
    const waiting = await (await office.get('/marketplace/mine')).text();
    expect(waiting).toContain('Chế phẩm vi sinh BK-Compost');
    expect((await step(office, 'approve', '3')).status).toBe(303);
    expect((await step(office, 'approve', '3')).status).toBe(409);
    expect(await status(offerId)).toBe('published');
    const page = await visitor.get(`/marketplace/offers/${offerId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('application/ld+json');
    expect(html).toContain('450.000.000');
    expect(html).toContain('Công ty CP Sinh học Tây Nguyên (30%)');
  });

  it('has an enterprise’s offer approved by the centre’s staff, not by its own managers', async () => {
    const res = await postForm(founder, '/marketplace/offers/new', [
      ...offerForm(companySlug).filter(
        ([k]) => !['title', 'sectors', 'trl', 'priceVnd'].includes(k),
      ),
      ['title', 'Máy sấy nông sản năng lượng mặt trời'],
      ['sectors', 'greentech'],
      ['trl', '8'],
      ['isNegotiable', 'yes'],
    ]);
    expect(res.status).toBe(303);
    const id = idIn(res.headers.get('location'));
    expect(
      (await founder.post(`/marketplace/offers/${id}/step`, { step: 'submit', version: '1' }))
        .status,
    ).toBe(303);
    expect(
      (await founder.post(`/marketplace/offers/${id}/step`, { step: 'approve', version: '2' }))
        .status,
    ).toBe(404);
    expect(
      (await office.post(`/marketplace/offers/${id}/step`, { step: 'approve', version: '2' }))
        .status,
    ).toBe(404);
    expect(
      (await staff.post(`/marketplace/offers/${id}/step`, { step: 'approve', version: '2' }))
        .status,
    ).toBe(303);
    expect(await status(id)).toBe('published');
  });

  it('finds listed offers without diacritics and by filters', async () => {
    const list = async (query: string) => await (await visitor.get(`/marketplace?${query}`)).text();
    // Words are matched as typed or close to it: the offer holding them all comes first.
    const coffee = await list('q=vo ca phe');
    expect(coffee).toContain('BK-Compost');
    const dryer = coffee.indexOf('Máy sấy nông sản');
    expect(dryer === -1 || dryer > coffee.indexOf('BK-Compost')).toBe(true);
    expect(await list('q=may say')).toContain('Máy sấy nông sản');
    const early = await list('trlMax=6');
    expect(early).toContain('BK-Compost');
    expect(early).not.toContain('Máy sấy nông sản');
    const academic = await list('ownerKind=university&transfer=licence&sector=agritech');
    expect(academic).toContain('BK-Compost');
    expect(academic).not.toContain('Máy sấy nông sản');
    expect(await list('ownerKind=sme')).not.toContain('BK-Compost');
    expect(await list('trlMin=abc&page=x')).toContain('2 công nghệ');
  });

  it('counts listed offers as the indicator of the period', async () => {
    const indicator = indicatorById('marketplace.offers_listed')!;
    const period = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
    expect(await indicator.compute(t.database.db, period)).toBe(2);
    expect(await indicator.compute(t.database.db, { ...period, province: '01' })).toBe(0);
  });

  it('reminds the author once, 30 days before the listing comes down, and hides it when expired', async () => {
    const expiry = new Date('2027-12-01T02:00:00Z');
    t.setNow(new Date(expiry.getTime() - 31 * DAY));
    await settleJobs(t);
    const count = async () =>
      (
        await t.database.query<{ n: number }>(
          `select count(*)::int as n from platform_mail_outbox where template = 'marketplace.renewal-reminder' and "to" = 'nghien-cuu@dhdn.example'`,
        )
      )[0]!.n;
    expect(await count()).toBe(0);
    t.setNow(new Date(expiry.getTime() - 29 * DAY));
    await settleJobs(t);
    expect(await count()).toBe(1);
    await settleJobs(t);
    expect(await count()).toBe(1);
    t.setNow(new Date(expiry.getTime() + DAY));
    expect((await visitor.get(`/marketplace/offers/${offerId}`)).status).toBe(404);
    expect(await (await visitor.get('/marketplace?q=ca phe')).text()).not.toContain('BK-Compost');
    const own = await researcher.get(`/marketplace/offers/${offerId}`);
    expect(own.status).toBe(200);
    const version = versionIn(await own.text());
    expect(
      (await researcher.post(`/marketplace/offers/${offerId}/step`, { step: 'renew', version }))
        .status,
    ).toBe(303);
    expect((await visitor.get(`/marketplace/offers/${offerId}`)).status).toBe(200);
    expect(await (await visitor.get('/marketplace?q=ca phe')).text()).toContain('BK-Compost');
  });
});
