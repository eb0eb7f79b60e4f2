// Saved searches as a cooperative's member lives them: she filters the offers for a dryer on her
// phone, saves the search (twice by a double tap: one search), and the next morning's mail lists
// the dryer published since — in her language, with only what the public sees of it, never a
// listing published before she saved, nor the same one twice. The mail's link stops the alerts
// without signing in. Her searches page renames (a stale rename 409), turns alerts off and on and
// deletes them; nobody else may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import {
  type FormEntries,
  idIn,
  managedOrganization,
  offerForm,
  postForm,
  replaced,
  saveFormOf,
} from './testing/fixture';
import { marketplaceModule } from './manifest';

const DAY = 86_400_000;
const OLD_DRYER = 'Máy sấy nông sản kiểu cũ đã đăng';
const NEW_DRYER = 'Máy sấy hạt điều dùng năng lượng mặt trời';
const SECRET_PROBLEM = 'Bí quyết: buồng sấy phủ lớp gốm nano';
const SEARCH = '/marketplace?q=may+say&sector=agritech';

describe.each(testEngines)('saved searches and their alerts on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let member: BrowserSession;
  let english: BrowserSession;
  let supplier: BrowserSession;
  let stranger: BrowserSession;
  let staff: BrowserSession;
  let makerSlug = '';
  let now = new Date('2026-12-07T03:00:00Z'); // 10:00 in Vietnam

  const moveTo = (at: Date) => {
    now = at;
    t.setNow(at);
  };

  async function listOffer(form: FormEntries) {
    const id = idIn(
      (await postForm(supplier, '/marketplace/offers/new', form)).headers.get('location'),
    );
    await supplier.post(`/marketplace/offers/${id}/step`, { step: 'submit', version: '1' });
    await staff.post(`/marketplace/offers/${id}/step`, { step: 'approve', version: '2' });
    return id;
  }

  const dryer = (title: string, extra: Record<string, string[]> = {}) =>
    replaced(offerForm(makerSlug), { title: [title], sectors: ['agritech'], ...extra });

  const searches = () =>
    t.database.query<{
      id: string;
      name: string;
      user_id: string;
      is_alerting: boolean;
      version: number;
    }>(
      `select id, name, user_id, is_alerting, version from marketplace_saved_searches order by created_at, id`,
    );
  const mailsTo = (address: string) => mailbox.messages.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    t.setNow(new Date(now.getTime() - DAY));
    await createUser(t, { email: 'tv@htx.example', name: 'Thành viên HTX' });
    const en = await createUser(t, { email: 'en@coop.example', name: 'Coop Member' });
    await t.database.query(`update identity_users set locale = 'en' where id = $1`, [en.id]);
    const s = await createUser(t, { email: 'kd@maysay.example', name: 'Kinh doanh' });
    await createUser(t, { email: 'la@example.vn', name: 'Người Lạ' });
    await createUser(t, { email: 'moigioi@sokhcn.example', roles: ['staff'] });
    makerSlug = (await managedOrganization(t, 'sme', 'Công ty Cơ khí Sấy Việt', [[s.id, 'owner']]))
      .slug;
    member = await signIn(t, 'tv@htx.example');
    english = await signIn(t, 'en@coop.example');
    supplier = await signIn(t, 'kd@maysay.example');
    stranger = await signIn(t, 'la@example.vn');
    staff = await signIn(t, 'moigioi@sokhcn.example');
    await listOffer(dryer(OLD_DRYER));
    t.setNow(now);
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('saves a search from the search page, once however often it is sent', async () => {
    expect(saveFormOf(await (await member.get('/marketplace')).text())).toBeUndefined();
    const visitor = await (await new BrowserSession(t.app).get(SEARCH)).text();
    expect(saveFormOf(visitor)).toBeUndefined();
    expect(visitor).toContain(
      'href="/login?next=%2Fmarketplace%3Fq%3Dmay%2Bsay%26sector%3Dagritech"',
    );
    const fields = saveFormOf(await (await member.get(SEARCH)).text())!;
    expect(fields).toEqual([
      ['q', 'may say'],
      ['sector', 'agritech'],
      ['name', ''],
    ]);
    const [first, second] = [
      await postForm(member, '/marketplace/searches', fields),
      await postForm(member, '/marketplace/searches', fields),
    ];
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(first.headers.get('location')).toBe('/marketplace/searches?done=saved');
    moveTo(new Date(now.getTime() + 60_000));
    expect((await postForm(english, '/marketplace/searches', fields)).status).toBe(303);
    const saved = await searches();
    expect(saved.map((s) => s.name)).toEqual([
      'may say · Nông nghiệp công nghệ cao',
      'may say · Agritech',
    ]);
    const page = await (await member.get('/marketplace/searches')).text();
    expect(page).toContain('Điều kiện: «may say» · Nông nghiệp công nghệ cao');
    expect(page).toContain('href="/marketplace?q=may+say&amp;sector=agritech"');
    expect(page).not.toContain('Agritech');
    // A filter outside its choices is refused, nothing saved.
    const bad = await postForm(member, '/marketplace/searches', [['sector', 'alchemy']]);
    expect(bad.status).toBe(422);
    expect(await searches()).toHaveLength(2);
  });

  it('mails the next morning the matching offers published since, public fields only, once', async () => {
    moveTo(new Date(now.getTime() + 3600_000));
    await listOffer(
      dryer(NEW_DRYER, { problem: [SECRET_PROBLEM], 'visibility.problem': ['parties'] }),
    );
    await listOffer(
      replaced(offerForm(makerSlug), {
        title: ['Phần mềm quản lý bệnh án'],
        sectors: ['healthtech'],
      }),
    );
    moveTo(new Date('2026-12-08T00:30:00Z')); // 07:30 in Vietnam
    await settleJobs(t);
    const mail = await mailbox.latestTo('tv@htx.example');
    expect(mail.subject).toBe(
      'Công nghệ mới cho tìm kiếm «may say · Nông nghiệp công nghệ cao» (1)',
    );
    expect(mail.text).toContain(NEW_DRYER);
    expect(mail.text).toContain('Công ty Cơ khí Sấy Việt · TRL 6');
    expect(mail.text).not.toContain(OLD_DRYER);
    expect(mail.text).not.toContain('bệnh án');
    expect(mail.text).not.toContain(SECRET_PROBLEM);
    const englishMail = await mailbox.latestTo('en@coop.example');
    expect(englishMail.subject).toBe('New technologies for your search “may say · Agritech” (1)');
    expect(englishMail.text).toContain('Stop alerts for this search:');

    // The next day's run, and a run of the same day again, mail nothing new.
    const count = mailbox.messages.length;
    moveTo(new Date(now.getTime() + DAY));
    await settleJobs(t);
    expect(mailbox.messages.length).toBe(count);
    const jobs = await t.database.query<{ key: string }>(
      `select key from platform_jobs where name = 'marketplace.saved-search-digest' order by run_at`,
    );
    expect(jobs.map((j) => j.key)).toEqual([
      'marketplace.saved-search-digest:2026-12-08',
      'marketplace.saved-search-digest:2026-12-09',
      'marketplace.saved-search-digest:2026-12-10',
    ]);
  });

  it('stops the alerts from the mail’s link, without signing in', async () => {
    const link = linkIn(
      await mailbox.latestTo('tv@htx.example'),
      '/marketplace/searches/unsubscribe/',
    );
    const path = new URL(link).pathname;
    const visitor = new BrowserSession(t.app);
    const asked = await visitor.get(path);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Ngừng gửi thư báo tin mới cho tìm kiếm «');
    expect((await searches())[0]!.is_alerting).toBe(true);
    const stopped = await visitor.post(path, {});
    expect(stopped.status).toBe(200);
    expect(await stopped.text()).toContain('Bạn sẽ không nhận thư báo cho tìm kiếm này nữa.');
    expect((await searches()).map((s) => s.is_alerting)).toEqual([false, true]);
    const forged = path.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await visitor.get(forged)).status).toBe(404);
    expect((await visitor.post(forged, {})).status).toBe(404);

    await listOffer(dryer('Máy sấy cà phê quy mô nhỏ'));
    const before = mailsTo('tv@htx.example').length;
    moveTo(new Date(now.getTime() + DAY));
    await settleJobs(t);
    expect(mailsTo('tv@htx.example')).toHaveLength(before);
    expect((await mailbox.latestTo('en@coop.example')).text).toContain('Máy sấy cà phê quy mô nhỏ');
  });

  it('renames, turns alerts on and deletes on the member’s page; nobody else may', async () => {
    const [mine] = await searches();
    const base = `/marketplace/searches/${mine!.id}`;
    const version = String(mine!.version);
    for (const who of [stranger, staff, english]) {
      expect((await who.post(base, { name: 'Của tôi', version })).status).toBe(404);
      expect((await who.post(`${base}/alerts`, { alerts: 'on' })).status).toBe(404);
      expect((await who.post(`${base}/delete`, {})).status).toBe(404);
    }
    expect((await searches())[0]).toEqual(mine);
    expect(await (await stranger.get('/marketplace/searches')).text()).not.toContain('may say');

    const empty = await member.post(base, { name: '  ', version });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('aria-invalid="true"');
    expect((await member.post(base, { name: 'Máy sấy cho HTX', version })).status).toBe(303);
    const stale = await member.post(base, { name: 'Tên khác', version });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Máy sấy cho HTX');
    expect((await member.post(`${base}/alerts`, { alerts: 'on' })).status).toBe(303);
    expect((await searches())[0]).toMatchObject({ name: 'Máy sấy cho HTX', is_alerting: true });
    expect((await member.post(`${base}/delete`, {})).status).toBe(303);
    expect((await searches()).map((s) => s.name)).toEqual(['may say · Agritech']);
    const unknown = '/marketplace/searches/00000000-0000-4000-8000-000000000000';
    for (const path of [unknown, `${unknown}/delete`, '/marketplace/searches/x/alerts'])
      expect((await member.post(path, { name: 'x', version: '1' })).status).toBe(404);
  });

  it('gives the member her searches in her data, and deletes them with her account', async () => {
    const [rest] = await searches();
    const hooks = marketplaceModule.personalData!;
    const subject = { accountId: rest!.user_id, email: 'en@coop.example' };
    const section = (await hooks.collect(t.deps, subject)).find(
      (s) => s.id === 'marketplace.savedSearches',
    );
    expect(section?.rows).toEqual([
      expect.objectContaining({ name: 'may say · Agritech', isAlerting: true }),
    ]);
    await t.database.db.transaction((tx) =>
      hooks.erase(tx, { ...subject, pseudonym: 'Người dùng đã xoá #1', now: t.deps.clock() }),
    );
    expect(await searches()).toEqual([]);
    expect(await t.database.query(`select * from marketplace_saved_search_sent`)).toEqual([]);
  });
});
