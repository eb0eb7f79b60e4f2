// A saved search over the technology needs, as an institute's transfer office lives it: it
// filters the needs by its sector, saves the search (twice by a double tap: one search, distinct
// from its search of the offers with the same filter), and the next morning's mail lists the
// needs posted since — what the public sees of them, never a confidential detail, never a need
// posted before it saved, nor the same need twice; a need posted later comes in a later mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { marketplaceModule } from './manifest';
import { type FormEntries, managedOrganization, postForm, saveFormOf } from './testing/fixture';

const OLD_NEED = 'Cần máy tách vỏ cà phê (đăng trước)';
const NEW_NEED = 'Cần giải pháp sấy hạt điều đồng đều';
const LATER_NEED = 'Cần cảm biến độ ẩm cho kho nông sản';
const SECRET = 'Lò sấy hiện tại hỏng 30% mẻ vì nhiệt không đều';
const LIST = '/marketplace/needs?sector=agritech';

describe.each(testEngines)('saved searches of the needs on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let office: BrowserSession;
  let coop: BrowserSession;
  let coopSlug = '';
  let n = 0;

  const postNeed = (title: string, sector: string) =>
    postForm(coop, '/marketplace/needs/new', [
      ['owner', coopSlug],
      ['title', title],
      ['teaser', `${title}: hợp tác xã tìm đối tác công nghệ.`],
      ['problem', SECRET],
      ['budgetMinVnd', '200.000.000'],
      ['budgetMaxVnd', '800.000.000'],
      ['timeline', '6_months'],
      ['sectors', sector],
      ['submissionKey', `need-${++n}`],
    ]);
  const searches = () =>
    t.database.query<{ listing_kind: string; name: string; filters: unknown }>(
      `select listing_kind, name, filters from marketplace_saved_searches order by created_at, id`,
    );
  const mailsTo = (address: string) => mailbox.messages.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    t.setNow(new Date('2026-12-06T03:00:00Z'));
    await createUser(t, { email: 'ttcg@vien.example', name: 'Văn phòng Chuyển giao' });
    const c = await createUser(t, { email: 'giam-doc@htx.example', name: 'Giám đốc HTX' });
    coopSlug = (
      await managedOrganization(t, 'cooperative', 'HTX Nông sản Cầu Đất', [[c.id, 'owner']])
    ).slug;
    office = await signIn(t, 'ttcg@vien.example');
    coop = await signIn(t, 'giam-doc@htx.example');
    expect((await postNeed(OLD_NEED, 'agritech')).status).toBe(303);
    t.setNow(new Date('2026-12-07T03:00:00Z')); // 10:00 in Vietnam
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('saves a search of the needs from their list, once however often it is sent', async () => {
    expect(saveFormOf(await (await office.get('/marketplace/needs')).text())).toBeUndefined();
    const visitor = await (await new BrowserSession(t.app).get(LIST)).text();
    expect(visitor).toContain('href="/login?next=%2Fmarketplace%2Fneeds%3Fsector%3Dagritech"');
    const fields = saveFormOf(await (await office.get(LIST)).text())!;
    expect(fields).toEqual([
      ['kind', 'need'],
      ['sector', 'agritech'],
      ['name', ''],
    ]);
    const sent = [
      await postForm(office, '/marketplace/searches', fields),
      await postForm(office, '/marketplace/searches', fields),
    ];
    expect(sent.map((r) => r.status)).toEqual([303, 303]);
    // The same filter over the offers, a minute later, is another search.
    t.setNow(new Date('2026-12-07T03:01:00Z'));
    expect((await postForm(office, '/marketplace/searches', [['sector', 'agritech']])).status).toBe(
      303,
    );
    expect(await searches()).toEqual([
      { listing_kind: 'need', name: 'Nông nghiệp công nghệ cao', filters: { sector: 'agritech' } },
      { listing_kind: 'offer', name: 'Nông nghiệp công nghệ cao', filters: { sector: 'agritech' } },
    ]);
    const page = await (await office.get('/marketplace/searches')).text();
    expect(page).toContain('Danh sách: nhu cầu công nghệ');
    expect(page).toContain(`href="${LIST}"`);
    // A sector outside its choices, or a list that is not one, is refused; nothing saved.
    for (const bad of [
      [
        ['kind', 'need'],
        ['sector', 'alchemy'],
      ],
      [
        ['kind', 'people'],
        ['sector', 'agritech'],
      ],
    ] as FormEntries[])
      expect((await postForm(office, '/marketplace/searches', bad)).status).toBe(422);
    expect(await searches()).toHaveLength(2);
  });

  it('mails the next morning the needs posted since, public fields only, each once', async () => {
    t.setNow(new Date('2026-12-07T04:00:00Z'));
    expect((await postNeed(NEW_NEED, 'agritech')).status).toBe(303);
    expect((await postNeed('Cần phần mềm quản lý bệnh án', 'healthtech')).status).toBe(303);
    t.setNow(new Date('2026-12-08T00:30:00Z')); // 07:30 in Vietnam
    await settleJobs(t);
    const mails = mailsTo('ttcg@vien.example');
    // The offers' search found no new offer: one mail, the needs'.
    expect(mails.map((m) => m.subject)).toEqual([
      'Nhu cầu công nghệ mới cho tìm kiếm «Nông nghiệp công nghệ cao» (1)',
    ]);
    const text = mails[0]!.text;
    expect(text).toContain(NEW_NEED);
    expect(text).toContain('HTX Nông sản Cầu Đất · Nông nghiệp công nghệ cao');
    expect(text).toMatch(/\/marketplace\/needs\/[0-9a-f-]{36}/);
    expect(text).toContain(`${LIST}`);
    expect(text).not.toContain(OLD_NEED);
    expect(text).not.toContain('bệnh án');
    expect(text).not.toContain(SECRET);

    // The next morning: nothing new, nothing mailed; the one after: only the need posted since.
    t.setNow(new Date('2026-12-09T00:30:00Z'));
    await settleJobs(t);
    expect(mailsTo('ttcg@vien.example')).toHaveLength(1);
    t.setNow(new Date('2026-12-09T05:00:00Z'));
    expect((await postNeed(LATER_NEED, 'agritech')).status).toBe(303);
    t.setNow(new Date('2026-12-10T00:30:00Z'));
    await settleJobs(t);
    await settleJobs(t);
    const later = mailsTo('ttcg@vien.example');
    expect(later).toHaveLength(2);
    expect(later[1]!.subject).toContain('(1)');
    expect(later[1]!.text).toContain(LATER_NEED);
    expect(later[1]!.text).not.toContain(NEW_NEED);
  });

  it('gives the office its searches in its data, each naming its list', async () => {
    const [user] = await t.database.query<{ id: string }>(
      `select id from identity_users where email = 'ttcg@vien.example'`,
    );
    const subject = { accountId: user!.id, email: 'ttcg@vien.example' };
    const section = (await marketplaceModule.personalData!.collect(t.deps, subject)).find(
      (s) => s.id === 'marketplace.savedSearches',
    );
    expect(section?.rows.map((r) => (r as { listingKind: string }).listingKind)).toEqual([
      'need',
      'offer',
    ]);
  });
});
