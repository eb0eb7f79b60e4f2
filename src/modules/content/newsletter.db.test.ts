// The weekly newsletter as a visitor and the centre's staff use it, through a real SMTP server:
// subscribe without an account, confirm by the mailed link, receive Monday's digest of what was
// published (only the sectors chosen, never a draft), leave with the mail client's one click
// (RFC 8058) — and a bounce stops the digest too. Staff see counts per sector and the sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { identityModule } from '../identity';
import { contentModule } from './manifest';
import { digestTime, nextDigestTime, weekOf } from './domain/newsletter';
import { DIGEST_JOB, sendWeeklyDigest } from './services/newsletter-digest';
import { suppressSubscriber } from './services/newsletter';

const READER = 'lan.nguyen@example.vn';
const OTHER = 'minh.tran@example.vn';
/** Sunday 6 December 2026, 10:00 in Vietnam. */
const SUNDAY = new Date('2026-12-06T03:00:00Z');

/** Headers of a raw message, folded lines joined. */
const headersOf = (raw: string) => raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');

describe.each(testEngines)('the newsletter on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let visitor: BrowserSession;
  const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);
  const subscriber = async (email: string) =>
    (
      await q<{
        status: string;
        ended_by: string | null;
        consent_given_at: Date | null;
        consent_withdrawn_at: Date | null;
        consent_notice: string;
      }>(`select * from content_newsletter_subscribers where email = $1`, [email])
    )[0];
  /** The identity consent ledger's rows for an address, oldest first. */
  const ledger = (email: string) =>
    q<{
      user_id: string | null;
      purpose: string;
      scope: string[];
      notice_version: string;
      channel: string;
      given_at: Date;
      withdrawn_at: Date | null;
    }>(
      `select user_id, purpose, scope, notice_version, channel, given_at, withdrawn_at
         from identity_consents where subject_email = $1 order by given_at`,
      [email],
    );
  const mailsTo = (address: string) => mailbox.messages.filter((m) => m.to.includes(address));
  const item = (slug: string, status: string, publishedAt: Date, topics: string[]) =>
    q(
      `insert into content_items (kind, slug, status, title_vi, topics, published_at, preview_token)
       values ('news', $1, $2, $3, $4, $5, $1)`,
      [slug, status, `Tin ${slug}`, topics, publishedAt],
    );

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    t.setNow(SUNDAY);
    visitor = new BrowserSession(t.app);
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('refuses a form without consent or with a bad address, sending nothing', async () => {
    expect((await visitor.get('/newsletter')).status).toBe(200);
    const noConsent = await visitor.post('/newsletter', { email: READER });
    expect(noConsent.status).toBe(422);
    expect(await noConsent.text()).toContain('Hãy đánh dấu ô đồng ý để nhận bản tin.');
    const bad = await visitor.post('/newsletter', { email: 'lan@', consent: '1' });
    expect(bad.status).toBe(422);
    expect(mailbox.messages).toHaveLength(0);
  });

  it('subscribes without an account, confirmed by the mailed link; a second post sends nothing', async () => {
    const res = await visitor.post('/newsletter', {
      email: 'Lan.Nguyen@example.vn',
      topics: 'agritech',
      consent: '1',
    });
    expect(res.status).toBe(303);
    expect(await (await visitor.get(res.headers.get('location')!)).text()).toContain(
      'Hãy mở thư chúng tôi vừa gửi',
    );
    const mail = await mailbox.latestTo(READER);
    expect(mail.subject).toBe('Xác nhận đăng ký bản tin đổi mới sáng tạo');
    expect((await visitor.post('/newsletter', { email: READER, consent: '1' })).status).toBe(303);
    expect(mailsTo(READER)).toHaveLength(1);
    expect(await subscriber(READER)).toMatchObject({ status: 'pending', consent_given_at: null });

    const link = linkIn(mail, '/newsletter/confirm/');
    const page = await visitor.get(new URL(link).pathname);
    // Opening the link (as a mail scanner does) confirms nothing: the button does.
    expect(await page.text()).toContain('Xác nhận đăng ký</button>');
    expect((await subscriber(READER))!.status).toBe('pending');
    const confirmed = await visitor.post(new URL(link).pathname, {});
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Bản tin sẽ đến vào sáng thứ Hai hằng tuần.');
    expect(await subscriber(READER)).toMatchObject({
      status: 'active',
      consent_given_at: SUNDAY,
      consent_notice: 'newsletter-2026-12',
    });
    // A double click on the button records the consent once.
    expect((await visitor.post(new URL(link).pathname, {})).status).toBe(200);
    expect(await ledger(READER)).toEqual([
      {
        user_id: null,
        purpose: 'newsletter',
        scope: ['sector:agritech'],
        notice_version: 'newsletter-2026-12',
        channel: 'email-link',
        given_at: SUNDAY,
        withdrawn_at: null,
      },
    ]);
    const jobs = await q<{ run_at: Date }>(`select run_at from platform_jobs where name = $1`, [
      DIGEST_JOB,
    ]);
    expect(jobs.map((j) => j.run_at)).toEqual([new Date('2026-12-07T01:00:00Z')]);
  });

  it('sends Monday’s digest of the week’s published items in the sectors chosen, once', async () => {
    await visitor.post('/newsletter', { email: OTHER, topics: 'fintech', consent: '1' });
    await visitor.post(new URL(linkIn(await mailbox.latestTo(OTHER), '/confirm/')).pathname, {});
    await item('lua-thong-minh-ra-mat', 'published', new Date('2026-12-03T02:00:00Z'), [
      'agritech',
    ]);
    await item('hoi-thao-nong-nghiep', 'published', new Date('2026-12-05T02:00:00Z'), []);
    await item('ban-nhap-nong-nghiep', 'draft', new Date('2026-12-04T02:00:00Z'), ['agritech']);
    await item('tin-thang-truoc', 'published', new Date('2026-11-20T02:00:00Z'), ['agritech']);

    const monday = nextDigestTime(SUNDAY);
    t.setNow(monday);
    await settleJobs(t);
    const digest = await mailbox.latestTo(READER);
    expect(digest.subject).toBe('Bản tin đổi mới sáng tạo tuần 07/12/2026');
    expect(digest.text).toMatch(
      new RegExp(`- Tin lua-thong-minh-ra-mat\\r?\\n  ${TEST_ORIGIN}/news/lua-thong-minh-ra-mat`),
    );
    expect(digest.text).not.toContain('hoi-thao-nong-nghiep');
    expect(digest.text).not.toContain('ban-nhap');
    expect(digest.text).not.toContain('tin-thang-truoc');
    const headers = headersOf(digest.raw);
    expect(headers).toMatch(
      new RegExp(
        `^List-Unsubscribe: <${TEST_ORIGIN}/api/v1/content/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]+>$`,
        'm',
      ),
    );
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    // Nothing in fintech this week: no mail at all for that reader.
    expect(mailsTo(OTHER).map((m) => m.subject)).toEqual([
      'Xác nhận đăng ký bản tin đổi mới sáng tạo',
    ]);
    // A job run twice (its runner died after the commit) sends nothing more.
    await sendWeeklyDigest(
      {
        id: 'x',
        name: DIGEST_JOB,
        payload: { weekOf: weekOf(monday) },
        key: null,
        attempt: 2,
        maxAttempts: 5,
        now: monday,
      },
      t.deps,
    );
    await settleJobs(t);
    expect(mailsTo(READER)).toHaveLength(2);
    expect(
      await q(`select week_of::text as week_of, items, recipients from content_newsletter_sends`),
    ).toEqual([{ week_of: '2026-12-07', items: 2, recipients: 1 }]);
    const next = await q<{ run_at: Date }>(
      `select run_at from platform_jobs where name = $1 and done_at is null`,
      [DIGEST_JOB],
    );
    expect(next.map((j) => j.run_at)).toEqual([digestTime('2026-12-14')]);
  });

  it('shows staff the subscribers per sector and the last sends, no addresses', async () => {
    await createUser(t, { email: 'pd@newsletter.example', roles: ['publisher'] });
    const publisher = await signIn(t, 'pd@newsletter.example');
    const page = await (await publisher.get('/admin/content/newsletter')).text();
    expect(page).toContain('2 người đang nhận, 0 chờ xác nhận, 0 đã hủy.');
    expect(page).toMatch(/Nông nghiệp[^<]*<\/th>\s*<td>1<\/td>/);
    expect(page).toContain('07/12/2026');
    expect(page).not.toContain(READER);
    await createUser(t, { email: 'bt@newsletter.example', roles: ['editor'] });
    const editor = await signIn(t, 'bt@newsletter.example');
    expect((await editor.get('/admin/content/newsletter')).status).toBe(403);
  });

  it('unsubscribes in one click from the mail client, and stops on a bounce', async () => {
    const digest = mailsTo(READER).at(-1)!;
    const url = /^List-Unsubscribe: <([^>]+)>$/m.exec(headersOf(digest.raw))![1]!;
    // What a mail client sends (RFC 8058): a POST from no page of ours.
    const oneClick = () =>
      t.app.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    expect((await oneClick()).status).toBe(200);
    expect(await subscriber(READER)).toMatchObject({
      status: 'unsubscribed',
      ended_by: 'one-click',
      consent_withdrawn_at: t.deps.clock(),
    });
    expect((await oneClick()).status).toBe(200);
    expect((await ledger(READER)).map((c) => c.withdrawn_at)).toEqual([t.deps.clock()]);
    expect(
      (await t.app.request(url.replace(/token=.*/, 'token=nope'), { method: 'POST' })).status,
    ).toBe(404);
    // The link in the text leads to a page that says so.
    const page = await visitor.get(new URL(linkIn(digest, '/newsletter/unsubscribe/')).pathname);
    expect(await page.text()).toContain('không nhận bản tin');

    expect(await suppressSubscriber(t.deps, { email: OTHER, reason: 'bounce' })).toBe(true);
    expect(await subscriber(OTHER)).toMatchObject({ status: 'unsubscribed', ended_by: 'bounce' });
    expect((await ledger(OTHER)).map((c) => c.withdrawn_at)).toEqual([t.deps.clock()]);
    expect(
      await suppressSubscriber(t.deps, { email: 'nobody@example.vn', reason: 'complaint' }),
    ).toBe(false);
  });

  it('shows an account of the same verified address the newsletter consent, withdrawn by the link', async () => {
    const owner = await createUser(t, { email: READER });
    const account = await signIn(t, READER);
    const page = await (await account.get('/account')).text();
    expect(page).toContain('<h3>Nhận bản tin</h3>');
    expect(page).toContain('Liên kết xác nhận gửi qua thư điện tử');
    expect(page).toContain('Đã rút lại ngày');
    const [consent] = await q<{ id: string }>(
      `select id from identity_consents where subject_email = $1`,
      [READER],
    );
    // Not the account's own row: its withdraw form does not reach it.
    const withdraw = await account.post(`/account/consents/${consent!.id}/withdraw`, {});
    expect(withdraw.status).toBe(404);
    expect(await q(`select 1 from identity_consents where user_id = $1`, [owner.id])).toEqual([]);

    // Subscribing again is a new consent, the first kept as withdrawn.
    t.setNow(new Date(t.deps.clock().getTime() + 3600_000));
    await visitor.post('/newsletter', { email: READER, kinds: 'story', consent: '1' });
    await visitor.post(new URL(linkIn(await mailbox.latestTo(READER), '/confirm/')).pathname, {});
    const rows = await ledger(READER);
    expect(rows.map((c) => [c.scope, c.withdrawn_at === null])).toEqual([
      [['sector:agritech'], false],
      [['kind:story'], true],
    ]);
    expect(await (await account.get('/account')).text()).toContain(
      'Rút lại bằng liên kết hủy đăng ký ở cuối mỗi bản tin',
    );
    // "Download my data" carries both, with what each covered.
    const sections = await identityModule.personalData!.collect(t.deps, {
      accountId: owner.id,
      email: READER,
    });
    const consents = sections.find((x) => x.id === 'identity.consents')!.rows;
    expect(consents.map((c) => [c.purpose, c.scope])).toEqual(
      expect.arrayContaining([
        ['newsletter', 'sector:agritech'],
        ['newsletter', 'kind:story'],
      ]),
    );
  });

  it('gives the account its subscription, and erasing the account ends and forgets it', async () => {
    const [owner] = await q<{ id: string }>(`select id from identity_users where email = $1`, [
      READER,
    ]);
    const subject = { accountId: owner!.id, email: READER };
    const hooks = contentModule.personalData!;
    const [section] = await hooks.collect(t.deps, subject);
    expect(section).toEqual({
      id: 'content.newsletter',
      rows: [expect.objectContaining({ email: READER, status: 'active', kinds: ['story'] })],
    });
    await t.deps.database.db.transaction((tx) =>
      hooks.erase(tx, { ...subject, pseudonym: 'Người dùng đã xoá #9', now: t.deps.clock() }),
    );
    expect(
      await q(`select 1 from content_newsletter_subscribers where email = $1`, [READER]),
    ).toEqual([]);
    expect((await ledger(READER)).every((c) => c.withdrawn_at !== null)).toBe(true);
    expect(await hooks.collect(t.deps, subject)).toEqual([]);
  });
});
