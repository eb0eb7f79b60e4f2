// Correcting a published challenge: its owner's members and the centre edit its text, timeline,
// rewards and agreement at the version they loaded (a stale form is refused with 409 and changes
// nothing); each correction is one entry of the public log of updates; the solvers that accepted
// the agreement are written to, in their language, when a change is material; a changed agreement
// takes the next version, which solvers must accept again; the linked solutions call moves with
// the centre's new deadline, and an owner may not move it alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { hiddenValue, managedOrganization } from './testing/fixtures';
import {
  challengeCast,
  publishedChallenge,
  type ChallengeCast,
} from './testing/published-challenge';

const NOW = new Date('2026-12-01T02:00:00Z');

/** The correction form as the page posts it, from the challenge as published. */
const form = (version: string, change: Record<string, string> = {}): Record<string, string> => ({
  version,
  title: 'Tuyển sinh trực tuyến',
  summary: 'Tuyển sinh đầu cấp trực tuyến cho phụ huynh.',
  eligibility: 'Doanh nghiệp khởi nghiệp của tỉnh.',
  opensAt: '01/12/2026 09:00',
  closesAt: '31/12/2026 09:00',
  rewardKind: 'prize',
  rewardDescription: 'Giải nhất',
  rewardAmount: '100.000.000',
  agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
  note: '',
  ...change,
});

describe.each(testEngines)('correcting a published challenge on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let cast: ChallengeCast;
  let officer: BrowserSession;
  let centre: BrowserSession;
  let founder: BrowserSession;
  let stranger: BrowserSession;
  let visitor: BrowserSession;
  let path: string;
  let strangerOrg: string;
  const count = async (sql: string) =>
    (await t.database.query<{ n: number }>(`select count(*)::int as n ${sql}`))[0]!.n;
  const changeRows = () => count('from challenges_challenge_changes');
  const lettersTo = (email: string) =>
    mailbox.messages.filter(
      (m) => m.to.includes(email) && /đã thay đổi|has changed/.test(m.subject),
    );
  const version = async () =>
    hiddenValue(await (await officer.get(`${path}/edit`)).text(), 'version');

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    t.setNow(NOW);
    cast = await challengeCast(t, 'sgd-sua.example');
    const { challenge } = await publishedChallenge(t, cast, {
      title: 'Tuyển sinh trực tuyến',
      opensAt: NOW,
    });
    path = `/challenges/${challenge.slug}`;
    await t.database.query(`update identity_users set locale = 'en' where id = $1`, [
      cast.stranger.id,
    ]);
    const [other] = await t.database.query<{ id: string }>(
      `select id from directory_organizations where legal_name = 'Công ty Khác sgd-sua.example'`,
    );
    strangerOrg = other!.id;
    officer = await signIn(t, cast.officer.email);
    centre = await signIn(t, cast.staff.email);
    founder = await signIn(t, cast.founder.email);
    stranger = await signIn(t, cast.stranger.email);
    visitor = new BrowserSession(t.app);
    for (const [b, org] of [
      [founder, cast.startup.id],
      [stranger, strangerOrg],
    ] as const) {
      const accepted = await b.post(`${path}/agreement`, {
        organizationId: org,
        agreementVersion: '1',
      });
      expect(accepted.status).toBe(303);
    }
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('opens the form to the owner’s members and the centre only', async () => {
    const page = await officer.get(`${path}/edit`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('value="2026-12-31T09:00"');
    expect(html).toContain('Giải nhất');
    expect((await centre.get(`${path}/edit`)).status).toBe(200);
    expect((await founder.get(`${path}/edit`)).status).toBe(404);
    expect((await founder.post(`${path}/edit`, form('1', { summary: 'Khác' }))).status).toBe(404);
    expect((await visitor.get(`${path}/edit`)).status).not.toBe(200);
    expect(await changeRows()).toBe(0);
    expect(await (await visitor.get(path)).text()).not.toContain('Sửa thách thức');
    expect(await (await officer.get(path)).text()).toContain(`href="${path}/edit"`);
  });

  it('logs a moved deadline and new rewards on the public page and writes to each solver in their language', async () => {
    const saved = await officer.post(
      `${path}/edit`,
      form(await version(), {
        closesAt: '15/01/2027 17:00',
        rewardAmount: '150.000.000',
        note: 'Gia hạn theo đề nghị của các trường.',
      }),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${path}?done=edited#changes-title`);
    const page = await (await visitor.get(path)).text();
    expect(page).toContain('Nhật ký cập nhật');
    expect(page).toContain('Cập nhật ngày 01/12/2026:');
    expect(page).toContain('hạn nộp dời từ 31/12/2026 09:00 sang 15/01/2027 17:00');
    expect(page).toContain('phần thưởng thay đổi');
    expect(page).toContain('Gia hạn theo đề nghị của các trường.');
    expect(page).toContain('150.000.000');
    const vi = await mailbox.latestTo(cast.founder.email);
    expect(vi.subject).toBe('Thách thức «Tuyển sinh trực tuyến» đã thay đổi');
    expect(vi.text).toContain('hạn nộp dời từ 31/12/2026 09:00 sang 15/01/2027 17:00');
    expect(vi.text).toContain('Lý do: Gia hạn theo đề nghị của các trường.');
    expect(vi.text).toContain(`http://localhost:3000${path}`);
    const en = await mailbox.latestTo(cast.stranger.email);
    expect(en.subject).toBe('The challenge “Tuyển sinh trực tuyến” has changed');
    expect(en.text).toContain('deadline moved from 31/12/2026 09:00 to 15/01/2027 17:00');
    expect(lettersTo(cast.officer.email)).toHaveLength(0);
    expect(await count(`from platform_audit_log where action = 'challenges.challenge:edit'`)).toBe(
      1,
    );
  });

  it('logs a change of wording without writing to solvers', async () => {
    const before = lettersTo(cast.founder.email).length;
    const saved = await centre.post(
      `${path}/edit`,
      form(await version(), {
        closesAt: '15/01/2027 17:00',
        rewardAmount: '150.000.000',
        summary: 'Tuyển sinh đầu cấp trực tuyến cho phụ huynh, trên điện thoại.',
      }),
    );
    expect(saved.status).toBe(303);
    expect(await (await visitor.get(path)).text()).toContain('sửa phần mô tả');
    // The list's words find the corrected summary, and still the owner's name.
    for (const q of ['tren+dien+thoai', 'so+giao+duc'])
      expect(await (await visitor.get(`/challenges?q=${q}`)).text()).toContain('1 thách thức');
    expect(await changeRows()).toBe(2);
    expect(lettersTo(cast.founder.email)).toHaveLength(before);
  });

  it('refuses a stale form with 409, a bad window with 422, and records nothing unchanged', async () => {
    const stale = await officer.post(`${path}/edit`, form('1', { summary: 'Bản cũ' }));
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('đã được người khác cập nhật');
    const current = await version();
    const bad = await officer.post(
      `${path}/edit`,
      form(current, { closesAt: '30/11/2026 09:00', note: 'x'.repeat(501) }),
    );
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('value="30/11/2026 09:00"');
    expect(html).toContain('href="#closesAt"');
    expect(html).toContain('href="#note"');
    const same = await officer.post(
      `${path}/edit`,
      form(current, {
        closesAt: '15/01/2027 17:00',
        rewardAmount: '150.000.000',
        summary: 'Tuyển sinh đầu cấp trực tuyến cho phụ huynh, trên điện thoại.',
      }),
    );
    expect(same.status).toBe(303);
    expect(same.headers.get('location')).toContain('done=unchanged');
    expect(await changeRows()).toBe(2);
    expect(await (await visitor.get(path)).text()).not.toContain('Bản cũ');
  });

  it('moves a changed agreement to its next version, which solvers must accept again', async () => {
    const saved = await officer.post(
      `${path}/edit`,
      form(await version(), {
        closesAt: '15/01/2027 17:00',
        rewardAmount: '150.000.000',
        summary: 'Tuyển sinh đầu cấp trực tuyến cho phụ huynh, trên điện thoại.',
        agreementText:
          'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất; dữ liệu học sinh được bảo mật.',
      }),
    );
    expect(saved.status).toBe(303);
    const letter = await mailbox.latestTo(cast.founder.email);
    expect(letter.text).toContain('Thoả thuận tham gia đã lên phiên bản 2');
    const page = await (await founder.get(path)).text();
    expect(hiddenValue(page, 'agreementVersion')).toBe('2');
    expect(page).toContain('dữ liệu học sinh được bảo mật');
    const solve = await founder.get(`${path}/solve?organization=${cast.startup.id}`);
    expect(solve.status).toBe(409);
    expect(await solve.text()).toContain('Hãy chấp thuận thoả thuận');
    const old = await founder.post(`${path}/agreement`, {
      organizationId: cast.startup.id,
      agreementVersion: '1',
    });
    expect(old.status).toBe(409);
    expect(
      (
        await founder.post(`${path}/agreement`, {
          organizationId: cast.startup.id,
          agreementVersion: '2',
        })
      ).status,
    ).toBe(303);
  });

  it('moves the solutions call with the centre’s deadline, telling who started a solution; an owner may not move it alone', async () => {
    expect((await centre.post(`${path}/call`, {})).status).toBe(303);
    // A solver that went to the call without accepting the agreement, and has a draft there.
    const direct = await createUser(t, { email: 'nop-thang@hocso.example', name: 'Vũ Thị Hà' });
    const org = await managedOrganization(
      t,
      { legalName: 'Công ty CP Nộp Thẳng', kind: 'startup' },
      [direct.id],
    );
    await t.database.query(
      `insert into programs_applications (call_id, organization_id, created_by)
       select call_id, $1, $2 from challenges_challenges where call_id is not null`,
      [org.id, direct.id],
    );
    const moved = {
      rewardAmount: '150.000.000',
      summary: 'Tuyển sinh đầu cấp trực tuyến cho phụ huynh, trên điện thoại.',
      agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất; dữ liệu học sinh được bảo mật.',
    };
    const byOwner = await officer.post(
      `${path}/edit`,
      form(await version(), { ...moved, closesAt: '31/01/2027 17:00' }),
    );
    expect(byOwner.status).toBe(422);
    expect(await byOwner.text()).toContain('chỉ trung tâm dời được thời hạn');
    const byCentre = await centre.post(
      `${path}/edit`,
      form(await version(), { ...moved, closesAt: '31/01/2027 17:00' }),
    );
    expect(byCentre.status).toBe(303);
    const [call] = await t.database.query<{ closes_at: Date }>(
      'select closes_at from programs_calls',
    );
    expect(new Date(call!.closes_at).toISOString()).toBe('2027-01-31T10:00:00.000Z');
    const letter = await mailbox.latestTo('nop-thang@hocso.example');
    expect(letter.text).toContain('Công ty CP Nộp Thẳng');
    expect(letter.text).toContain('hạn nộp dời từ 15/01/2027 17:00 sang 31/01/2027 17:00');
  });

  it('keeps a solved challenge as it is', async () => {
    await t.database.query(`update challenges_challenges set status = 'solved'`);
    const page = await officer.get(`${path}/edit`);
    expect(await page.text()).toContain('không sửa được nữa');
    const refused = await officer.post(`${path}/edit`, form(await version(), { summary: 'Muộn' }));
    expect(refused.status).toBe(409);
    expect(await (await visitor.get(path)).text()).not.toContain(`href="${path}/edit"`);
  });
});
