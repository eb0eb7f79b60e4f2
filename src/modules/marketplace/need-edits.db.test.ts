// A posted need corrected on its own form (issue 14, item 10: stale edits 409, nothing lost): the
// owner's people and the centre's staff correct it at the version they were shown; a form sent
// from a page opened before someone else saved answers 409, overwrites nothing and gives back what
// was typed with the version now saved; nonsense is refused with its message; nobody else may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { managedOrganization, postForm, versionIn, type FormEntries } from './testing/fixture';

const FIELDS: FormEntries = [
  ['title', 'Cần giải pháp sấy hạt điều đồng đều'],
  ['teaser', 'Hợp tác xã cần máy sấy hạt điều đều ẩm, tiết kiệm điện.'],
  ['problem', 'Hạt sấy không đều, tỷ lệ vỡ cao.'],
  ['budgetMinVnd', '200.000.000'],
  ['budgetMaxVnd', '500.000.000'],
  ['timeline', '6_months'],
  ['sectors', 'agritech'],
];
const replaced = (changes: Record<string, string>): FormEntries =>
  FIELDS.map(([k, v]) => [k, changes[k] ?? v]);

describe.each(testEngines)('correcting a posted need on %s', (engine) => {
  let t: TestApp;
  let owner: BrowserSession;
  let colleague: BrowserSession;
  let stranger: BrowserSession;
  let staff: BrowserSession;
  let page = '';

  const saved = async () =>
    (
      await t.database.query<{ title: string; budget: string; version: number }>(
        `select title, budget_max_vnd::text as budget, version from marketplace_needs`,
      )
    )[0]!;
  const formVersion = async (who: BrowserSession) => {
    const res = await who.get(`${page}/edit`);
    expect(res.status).toBe(200);
    return versionIn(await res.text());
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const chief = await createUser(t, { email: 'chu-nhiem@htx-dieu.example' });
    const clerk = await createUser(t, { email: 'ke-toan@htx-dieu.example' });
    await createUser(t, { email: 'la@example.vn' });
    await createUser(t, { email: 'staff@sokhcn.example', roles: ['staff'] });
    const coop = await managedOrganization(t, 'cooperative', 'Hợp tác xã Điều Bình Phước', [
      [chief.id, 'owner'],
      [clerk.id, 'member'],
    ]);
    owner = await signIn(t, 'chu-nhiem@htx-dieu.example');
    colleague = await signIn(t, 'ke-toan@htx-dieu.example');
    stranger = await signIn(t, 'la@example.vn');
    staff = await signIn(t, 'staff@sokhcn.example');
    const posted = await postForm(owner, '/marketplace/needs/new', [
      ['owner', coop.slug],
      ...FIELDS,
      ['submissionKey', 'edit-need'],
    ]);
    page = posted.headers.get('location')!.split('?')[0]!;
  });
  afterAll(() => t.close());

  it('shows the need as posted on its form, linked from its page for its people only', async () => {
    const form = await (await owner.get(`${page}/edit`)).text();
    expect(form).toContain('value="Cần giải pháp sấy hạt điều đồng đều"');
    expect(form).toContain('value="500000000"');
    expect(await (await owner.get(page)).text()).toContain(`href="${page}/edit"`);
    expect(await (await stranger.get(page)).text()).not.toContain(`${page}/edit`);
  });

  it('saves a correction, and answers the form of a page opened before it with 409', async () => {
    const [first, second] = [await formVersion(owner), await formVersion(colleague)];
    expect(second).toBe(first);
    const ok = await postForm(owner, `${page}/edit`, [
      ...replaced({ budgetMaxVnd: '650.000.000' }),
      ['version', first],
    ]);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`${page}?done=saved`);
    const stale = await postForm(colleague, `${page}/edit`, [
      ...replaced({ title: 'Cần máy sấy điều loại nhỏ' }),
      ['version', second],
    ]);
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Người khác đã lưu thay đổi trong lúc bạn sửa');
    // What the colleague typed is kept, offered again at the version now saved.
    expect(html).toContain('value="Cần máy sấy điều loại nhỏ"');
    expect(versionIn(html)).toBe(String(Number(first) + 1));
    expect(await saved()).toEqual({
      title: 'Cần giải pháp sấy hạt điều đồng đều',
      budget: '650000000',
      version: Number(first) + 1,
    });
    const again = await postForm(colleague, `${page}/edit`, [
      ...replaced({ title: 'Cần máy sấy điều loại nhỏ', budgetMaxVnd: '650.000.000' }),
      ['version', versionIn(html)],
    ]);
    expect(again.status).toBe(303);
    expect((await saved()).title).toBe('Cần máy sấy điều loại nhỏ');
  });

  it('refuses nonsense with its message in both languages, changing nothing', async () => {
    const before = await saved();
    const version = await formVersion(owner);
    const bad = await postForm(owner, `${page}/edit`, [
      ...replaced({ budgetMaxVnd: '1,5 tỷ' }),
      ['version', version],
    ]);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Số tiền không hợp lệ');
    owner.set('lang', 'en');
    const backwards = await postForm(owner, `${page}/edit`, [
      ...replaced({ budgetMaxVnd: '100.000.000' }),
      ['version', version],
    ]);
    owner.set('lang', 'vi');
    expect(backwards.status).toBe(422);
    expect(await backwards.text()).toContain('The maximum budget must be at least the minimum.');
    expect(await saved()).toEqual(before);
  });

  it('lets the centre’s staff correct it, and nobody else', async () => {
    expect((await stranger.get(`${page}/edit`)).status).toBe(404);
    const before = await saved();
    const refused = await postForm(stranger, `${page}/edit`, [
      ...replaced({ title: 'Của người lạ' }),
      ['version', String(before.version)],
    ]);
    expect(refused.status).toBe(404);
    expect(await saved()).toEqual(before);
    const byStaff = await postForm(staff, `${page}/edit`, [
      ...replaced({ title: 'Cần máy sấy hạt điều (trung tâm sửa)' }),
      ['version', await formVersion(staff)],
    ]);
    expect(byStaff.status).toBe(303);
    expect((await saved()).title).toBe('Cần máy sấy hạt điều (trung tâm sửa)');
  });

  it('announces the correction in the change feed, public fields only', async () => {
    t.setNow(new Date(Date.now() + 60_000));
    const res = await new BrowserSession(t.app).get('/api/v1/marketplace/changes?since=0');
    expect(res.status).toBe(200);
    const feed = (await res.json()) as {
      items: { type: string; record: { title: string; problem: string | null } | null }[];
    };
    const needs = feed.items.filter((i) => i.type === 'need');
    expect(needs.map((i) => i.record?.title)).toEqual(['Cần máy sấy hạt điều (trung tâm sửa)']);
    // Confidential by default: the problem stays with the parties.
    expect(needs[0]!.record!.problem).toBeNull();
  });
});
