// Technology needs as a small enterprise and the centre live them: the owner posts a need from
// the short form (twice by a double tap: one need), its teaser is public and its details are not —
// not to visitors, not to a signed-in party until the owner's manager approves that party, and
// never to a party refused. Staff take a need down by phone for an enterprise they do not belong
// to; nonsense budgets are refused with messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { managedOrganization, postForm, type FormEntries } from './testing/fixture';

const SECRET = 'Độ ẩm hạt sau sấy dao động 14–18%, hao hụt 6% mỗi mẻ.';

const needForm = (owner: string, extra: FormEntries = []): FormEntries => [
  ['owner', owner],
  ['title', 'Cần giải pháp sấy hạt điều đồng đều'],
  ['teaser', 'Hợp tác xã cần công nghệ sấy hạt điều tiết kiệm năng lượng.'],
  ['problem', SECRET],
  ['budgetMinVnd', '200.000.000'],
  ['budgetMaxVnd', '800.000.000'],
  ['timeline', '6_months'],
  ['sectors', 'agritech'],
  ...extra,
];

describe.each(testEngines)('technology needs on %s', (engine) => {
  let t: TestApp;
  let owner: BrowserSession;
  let partner: BrowserSession;
  let stranger: BrowserSession;
  let staff: BrowserSession;
  let visitor: BrowserSession;
  let coopSlug: string;
  let needId = '';

  const needs = async () =>
    (await t.database.query<{ n: number }>('select count(*)::int as n from marketplace_needs'))[0]!
      .n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const o = await createUser(t, { email: 'chu-nhiem@htx-dieu.example', name: 'Chủ nhiệm HTX' });
    await createUser(t, { email: 'kinh-doanh@cokhi.example', name: 'Trần Kinh Doanh' });
    await createUser(t, { email: 'la@example.vn', name: 'Người Lạ' });
    await createUser(t, { email: 'staff@sokhcn.example', roles: ['staff'] });
    const coop = await managedOrganization(t, 'cooperative', 'Hợp tác xã Điều Bình Phước', [
      [o.id, 'owner'],
    ]);
    await managedOrganization(t, 'sme', 'Công ty TNHH Nông sản Quảng Nam', []);
    coopSlug = coop.slug;
    owner = await signIn(t, 'chu-nhiem@htx-dieu.example');
    partner = await signIn(t, 'kinh-doanh@cokhi.example');
    stranger = await signIn(t, 'la@example.vn');
    staff = await signIn(t, 'staff@sokhcn.example');
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  it('refuses a nonsense budget with a message, writing nothing', async () => {
    const res = await postForm(owner, '/marketplace/needs/new', [
      ...needForm(coopSlug).filter(([k]) => !k.startsWith('budget')),
      ['budgetMinVnd', '900.000.000'],
      ['budgetMaxVnd', 'hai trăm triệu'],
    ]);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Số tiền không hợp lệ');
    const backwards = await postForm(owner, '/marketplace/needs/new', [
      ...needForm(coopSlug).filter(([k]) => k !== 'budgetMinVnd'),
      ['budgetMinVnd', '900.000.000'],
    ]);
    expect(await backwards.text()).toContain(
      'Ngân sách tối đa phải lớn hơn hoặc bằng mức tối thiểu.',
    );
    expect(await needs()).toBe(0);
  });

  it('posts one need from a form sent twice', async () => {
    const key: [string, string] = ['submissionKey', 'need-key-1'];
    const first = await postForm(owner, '/marketplace/needs/new', [...needForm(coopSlug), key]);
    const again = await postForm(owner, '/marketplace/needs/new', [...needForm(coopSlug), key]);
    expect(first.status).toBe(303);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    needId = /needs\/([0-9a-f-]{36})/.exec(first.headers.get('location')!)![1]!;
    expect(await needs()).toBe(1);
    const mine = await (await owner.get('/marketplace/mine')).text();
    expect(mine).toContain('Cần giải pháp sấy hạt điều đồng đều');
    expect(await (await partner.get('/marketplace/mine')).text()).not.toContain('sấy hạt điều');
  });

  it('shows the teaser to everyone and the details to the owner only', async () => {
    const list = await (await visitor.get('/marketplace/needs')).text();
    expect(list).toContain('Hợp tác xã cần công nghệ sấy hạt điều');
    expect(list).not.toContain(SECRET);
    for (const who of [visitor, partner, stranger]) {
      const html = await (await who.get(`/marketplace/needs/${needId}`)).text();
      expect(html).toContain('Cần giải pháp sấy hạt điều đồng đều');
      expect(html).not.toContain(SECRET);
      expect(html).not.toContain('800.000.000');
    }
    expect(await (await owner.get(`/marketplace/needs/${needId}`)).text()).toContain(SECRET);
    expect(await (await staff.get(`/marketplace/needs/${needId}`)).text()).toContain(SECRET);
  });

  it('opens the details to the party the owner approves, and to no one else', async () => {
    for (const who of [partner, stranger]) {
      const asked = await who.post(`/marketplace/needs/${needId}/access`, {
        message: 'Chúng tôi làm máy sấy.',
      });
      expect(asked.status).toBe(303);
    }
    await partner.post(`/marketplace/needs/${needId}/access`, { message: 'Lần nữa' });
    const requests = await t.database.query<{ id: string; user_id: string }>(
      `select a.id, a.user_id from marketplace_need_access a join identity_users u on u.id = a.user_id order by u.email`,
    );
    expect(requests).toHaveLength(2);
    const [partnerRequest, strangerRequest] = requests;
    // Only the owner's managers decide: the parties themselves and the centre's staff cannot.
    for (const who of [partner, staff])
      expect(
        (
          await who.post(`/marketplace/needs/${needId}/access/${partnerRequest!.id}`, {
            decision: 'approved',
          })
        ).status,
      ).toBe(404);
    expect(await (await partner.get(`/marketplace/needs/${needId}`)).text()).not.toContain(SECRET);
    const decide = (id: string, decision: string) =>
      owner.post(`/marketplace/needs/${needId}/access/${id}`, { decision });
    expect((await decide(partnerRequest!.id, 'approved')).status).toBe(303);
    expect((await decide(partnerRequest!.id, 'refused')).status).toBe(409);
    expect((await decide(strangerRequest!.id, 'refused')).status).toBe(303);
    const seen = await (await partner.get(`/marketplace/needs/${needId}`)).text();
    expect(seen).toContain(SECRET);
    expect(seen).toContain('200.000.000');
    expect(await (await stranger.get(`/marketplace/needs/${needId}`)).text()).not.toContain(SECRET);
  });

  it('lets staff record a need taken by phone for an enterprise', async () => {
    const sme = (
      await t.database.query<{ slug: string }>(
        `select slug from directory_organizations where legal_name = 'Công ty TNHH Nông sản Quảng Nam'`,
      )
    )[0]!.slug;
    const form = await (await staff.get('/marketplace/needs/new')).text();
    expect(form).toContain('name="contactPhone"');
    const res = await postForm(staff, '/marketplace/needs/new', [
      ...needForm(`/directory/organizations/${sme}`),
      ['contactName', 'Bà Lê Thị Hoa'],
      ['contactPhone', '0905 123 456'],
      ['isPublic', 'yes'],
    ]);
    expect(res.status).toBe(303);
    const [row] = await t.database.query<{ is_staff_intake: boolean; contact_phone: string }>(
      `select is_staff_intake, contact_phone from marketplace_needs where contact_name = 'Bà Lê Thị Hoa'`,
    );
    expect(row).toEqual({ is_staff_intake: true, contact_phone: '0905 123 456' });
    // Its owner chose public details: anyone reads them.
    expect(await (await visitor.get(res.headers.get('location')!)).text()).toContain(SECRET);
    expect((await postForm(stranger, '/marketplace/needs/new', needForm(sme))).status).toBe(422);
  });
});
