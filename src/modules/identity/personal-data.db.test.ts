// Personal-data rights (issue 11, item 9; Law 91/2025/QH15): a copy of one's data gathered from
// every module, erasure carried out by staff within the legal deadline, consents withdrawn — each
// on the security log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, TEST_PASSWORD } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { pauseJobs, settleJobs } from '../../../test/support/jobs';
import { linkIn, startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { readZipEntry } from '../../platform/files/zip';
import { createOrganization, createPerson, linkPerson } from '../directory';
import { recordConsent } from './db/users.repository';

const DAY = 24 * 3600_000;

describe.each(testEngines)('personal-data rights on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    await createUser(t, { email: 'dpo@centre.example', roles: ['staff'] });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  /** An account with a directory profile, affiliated with an organisation; their slugs. */
  async function personWithAccount(email: string, fullName: string, orgName: string) {
    const user = await createUser(t, { email, name: fullName });
    const db = t.deps.database.db;
    const audit = { actor: { kind: 'anonymous' as const }, label: 'test' };
    const person = await createPerson(
      db,
      audit,
      { fullName, roles: ['founder'], headline: 'Nhà sáng lập', email },
      { userId: user.id },
    );
    const org = await createOrganization(db, audit, {
      kind: 'startup',
      legalName: orgName,
      provinceCode: 'Cần Thơ',
    });
    if (!person.ok || !org.ok) throw new Error('records not created');
    await linkPerson(db, audit, {
      personId: person.person.id,
      organizationId: org.organization.id,
      role: 'founder',
    });
    return { user, personSlug: person.person.slug, orgSlug: org.organization.slug };
  }

  it('gathers every module’s data into a ZIP, mailed as a link only its owner opens, for 7 days', async () => {
    const { user } = await personWithAccount(
      'lan@copy.example',
      'Phạm Thị Ngọc Lan',
      'Công ty TNHH Lúa Vàng',
    );
    const browser = await signIn(t, user.email);
    // A second click while the copy is being built finds the first request.
    const resume = await pauseJobs(t);
    const asked = await browser.post('/account/data/export', {});
    expect(asked.headers.get('location')).toBe('/account/data?done=exportRequested');
    const again = await browser.post('/account/data/export', {});
    expect(again.headers.get('location')).toBe('/account/data?done=exportAlready');
    resume();
    await settleJobs(t);

    const link = new URL(linkIn(await mailbox.latestTo(user.email), '/account/data/download/'));
    await createUser(t, { email: 'other@copy.example' });
    const other = await signIn(t, 'other@copy.example');
    expect((await other.get(link.pathname)).status).toBe(404);

    const download = await browser.get(link.pathname);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/zip');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    const zip = new Uint8Array(await download.arrayBuffer());
    const json = JSON.parse(Buffer.from(readZipEntry(zip, 'data.json', 1e7)!).toString('utf8'));
    expect(json.sections['identity.account'][0].email).toBe(user.email);
    expect(json.sections['directory.people'][0].fullName).toBe('Phạm Thị Ngọc Lan');
    expect(json.sections['directory.affiliations'][0].organization).toBe('Công ty TNHH Lúa Vàng');
    const actions = json.sections['platform.securityLog'].map((e: { action: string }) => e.action);
    expect(actions).toContain('security.signIn:success');
    expect(actions).toContain('security.dataRequest:export');
    const csv = Buffer.from(readZipEntry(zip, 'csv/directory.people.csv', 1e7)!).toString('utf8');
    expect(csv).toContain('"Phạm Thị Ngọc Lan"');

    const [request] = await t.database.query<{ file_hash: string }>(
      `select file_hash from identity_data_requests where user_id = $1 and kind = 'export'`,
      [user.id],
    );
    expect(await t.deps.files.readPrivate(request!.file_hash)).toBeDefined();
    // After 7 days the link ends and the copy is deleted.
    t.setNow(new Date(t.deps.clock().getTime() + 8 * DAY));
    expect((await browser.get(link.pathname)).status).toBe(404);
    await settleJobs(t);
    expect(await t.deps.files.readPrivate(request!.file_hash)).toBeUndefined();
    t.setNow(new Date());
    const logged = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where entity_id = $1 and action like 'security.dataRequest:%'`,
      [user.id],
    );
    expect(logged.map((r) => r.action).sort()).toEqual([
      'security.dataRequest:download',
      'security.dataRequest:export',
      'security.dataRequest:exportReady',
    ]);
  });

  it('says what is kept before confirming; staff erase: no sign-in, no name on public pages', async () => {
    const { user, personSlug, orgSlug } = await personWithAccount(
      'minh@erase.example',
      'Đoàn Quốc Minh Triết',
      'Công ty CP Sen Hồng',
    );
    const browser = await signIn(t, user.email);
    await browser.post('/account/data/export', {});
    await settleJobs(t);
    const [copy] = await t.database.query<{ file_hash: string }>(
      `select file_hash from identity_data_requests where user_id = $1 and kind = 'export'`,
      [user.id],
    );
    const confirm = await (await browser.get('/account/data/delete')).text();
    expect(confirm).toContain('Hồ sơ đăng ký đã nộp, kết quả thẩm định, quyết định');
    expect(confirm).toContain('Nhật ký an ninh và nhật ký thao tác');

    const unticked = await browser.post('/account/data/delete', { password: TEST_PASSWORD });
    expect(unticked.status).toBe(422);
    expect(await unticked.text()).toContain('Vui lòng đánh dấu ô xác nhận.');
    const wrong = await browser.post('/account/data/delete', {
      password: 'not-the-password-1',
      confirm: 'yes',
    });
    expect(wrong.status).toBe(422);
    const asked = await browser.post('/account/data/delete', {
      password: TEST_PASSWORD,
      confirm: 'yes',
    });
    expect(asked.headers.get('location')).toBe('/account/data?done=erasureRequested');

    const staff = await signIn(t, 'dpo@centre.example');
    const list = await (await staff.get('/admin/data-requests')).text();
    expect(list).toContain(user.email);
    expect(list).toContain('Xoá tài khoản');
    expect((await browser.get('/admin/data-requests')).status).toBe(404);
    const [request] = await t.database.query<{ id: string; due_at: Date; received_at: Date }>(
      `select id, due_at, received_at from identity_data_requests
        where user_id = $1 and kind = 'erasure'`,
      [user.id],
    );
    expect(new Date(request!.due_at).getTime() - new Date(request!.received_at).getTime()).toBe(
      72 * 3600_000,
    );

    const erased = await staff.post(`/admin/data-requests/${request!.id}/erase`, {});
    expect(erased.status).toBe(303);
    expect((await staff.post(`/admin/data-requests/${request!.id}/erase`, {})).status).toBe(409);
    // The copy of its data made for the account goes with it.
    expect(await t.deps.files.readPrivate(copy!.file_hash)).toBeUndefined();

    // The security log keeps its entries under the pseudonym, never the address.
    const named = await t.database.query(
      `select 1 from platform_audit_log where actor_label = $1 or entity_id = $1`,
      [user.email],
    );
    expect(named).toHaveLength(0);
    // The account can no longer sign in, and its open session ended.
    const login = await new BrowserSession(t.app).post('/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(422);
    expect((await browser.get('/account')).status).toBe(302);
    // Its person's name is on no public page.
    for (const path of [
      '/directory/people',
      `/directory/people/${personSlug}`,
      `/directory/organizations/${orgSlug}`,
      '/directory/people?q=Doan+Quoc+Minh+Triet',
      '/search?q=Minh+Triet',
    ]) {
      const page = await new BrowserSession(t.app).get(path);
      expect(await page.text(), path).not.toContain('Minh Triết');
    }
    const [row] = await t.database.query<{ name: string; email: string }>(
      `select name, email from identity_users where id = $1`,
      [user.id],
    );
    expect(row!.name).toMatch(/^Ẩn danh [0-9A-F]{8}$/);
    expect(row!.email).not.toContain('minh@');
  });

  it('withdraws a consent at once, keeps it in the ledger; staff refuse a request with a reason', async () => {
    const user = await createUser(t, { email: 'hoa@consent.example' });
    const db = t.deps.database.db;
    await recordConsent(db, {
      userId: user.id,
      purpose: 'account',
      noticeVersion: '2026-01',
      channel: 'web',
    });
    const [consent] = await t.database.query<{ id: string }>(
      `select id from identity_consents where user_id = $1`,
      [user.id],
    );
    const browser = await signIn(t, user.email);
    const withdrawn = await browser.post(`/account/consents/${consent!.id}/withdraw`, {});
    expect(withdrawn.headers.get('location')).toBe('/account?done=consentWithdrawn');
    expect((await browser.post(`/account/consents/${consent!.id}/withdraw`, {})).status).toBe(404);
    const requests = await t.database.query<{ id: string; kind: string; status: string }>(
      `select id, kind, status from identity_data_requests where user_id = $1 order by kind`,
      [user.id],
    );
    // Withdrawing the consent to keep an account asks for its erasure.
    expect(requests.map((r) => [r.kind, r.status])).toEqual([
      ['consent', 'done'],
      ['erasure', 'open'],
    ]);

    const staff = await signIn(t, 'dpo@centre.example');
    const erasure = requests.find((r) => r.kind === 'erasure')!;
    const blank = await staff.post(`/admin/data-requests/${erasure.id}/refuse`, { reason: ' ' });
    expect(blank.status).toBe(422);
    const refused = await staff.post(`/admin/data-requests/${erasure.id}/refuse`, {
      reason: 'Hồ sơ dự án đang thực hiện',
    });
    expect(refused.status).toBe(303);
    const all = await (await staff.get('/admin/data-requests?show=all')).text();
    expect(all).toContain('Hồ sơ dự án đang thực hiện');
    const logged = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where entity_id = $1 and action like 'security.dataRequest:%'
        order by at`,
      [user.id],
    );
    expect(logged.map((r) => r.action)).toEqual([
      'security.dataRequest:consentWithdrawn',
      'security.dataRequest:refused',
    ]);
    const [ledger] = await t.database.query<{ withdrawn_at: Date | null }>(
      `select withdrawn_at from identity_consents where id = $1`,
      [consent!.id],
    );
    expect(ledger!.withdrawn_at).not.toBeNull();
  });
});
