// A challenge's results are held back until the centre announces them: decisions taken through
// the programmes engine reach no solver (no letter, nothing on their application's page) until the
// announcement, which shows the winners on the challenge's page and sends each solver one letter
// in its language with the feedback written for it. Two staff announcing at once, or a form sent
// twice, give one announcement and one set of letters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import type { Actor, Role } from '../../platform/authz';
import { decisionOfApplication } from '../programs';
import { openSolutionsCall } from './services/open-solutions-call';
import { takeProblemStep } from './services/problem-workflow';
import { publishChallenge } from './services/publish-challenge';
import { createProblem } from './services/save-problem';
import { managedOrganization } from './testing/fixtures';

const NOW = new Date('2026-12-01T02:00:00Z');
const DAY = 86_400_000;
const NOTE_A = 'Giải pháp khả thi, chi phí thử nghiệm hợp lý.';
const NOTE_B = 'The voice model needs data we cannot share yet.';
const post = (b: BrowserSession, path: string, fields: [string, string][] = []) =>
  b.send('POST', path, new URLSearchParams(fields).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
  });
const actorOf = (u: { id: string; email: string }, roles: Role[] = []): Actor => ({
  kind: 'user',
  user: { id: u.id, name: u.email, email: u.email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set<Role>(['member', ...roles]),
});

describe.each(testEngines)('announcing a challenge’s results on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let centre: BrowserSession;
  let centre2: BrowserSession;
  let officer: BrowserSession;
  let solverA: BrowserSession;
  let visitor: BrowserSession;
  let users: Record<'a' | 'b', { id: string; email: string }>;
  let apps: { a: string; b: string };
  let path = '';
  const count = async (sql: string, params: unknown[] = []) =>
    (await t.database.query<{ n: number }>(`select count(*)::int as n ${sql}`, params))[0]!.n;
  const letters = () =>
    count(`from platform_mail_outbox where template like 'programs.decision.%'`);

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    t.setNow(NOW);
    const staff = await createUser(t, { email: 'tt@sokhcn.example', roles: ['staff'] });
    const staff2 = await createUser(t, { email: 'tt2@sokhcn.example', roles: ['staff'] });
    const officerUser = await createUser(t, { email: 'cb@soyte.example', roles: ['agency'] });
    const a = await createUser(t, { email: 'a@startup-a.example', name: 'Nguyễn Văn An' });
    const b = await createUser(t, { email: 'b@startup-b.example', name: 'Tran Thi Binh' });
    await t.database.query(`update identity_users set locale = 'en' where id = $1`, [b.id]);
    users = { a, b };
    const owner = await managedOrganization(
      t,
      { legalName: 'Sở Y tế Thành phố', kind: 'government_agency' },
      [officerUser.id],
    );
    const orgA = await managedOrganization(
      t,
      { legalName: 'Công ty Giọng Nói Việt', kind: 'startup' },
      [a.id],
    );
    const orgB = await managedOrganization(
      t,
      { legalName: 'Công ty Dữ Liệu Lam', kind: 'startup' },
      [b.id],
    );
    const officerActor = { actor: actorOf(officerUser) };
    const centreActor = { actor: actorOf(staff, ['staff']) };
    const problem = await createProblem(t.deps, officerActor, {
      ownerOrganizationId: owner.id,
      title: 'Người bệnh chờ lâu khi đặt lịch khám',
      sector: 'healthtech',
      isConfidential: false,
      whoSuffers: 'Người bệnh ngoại trú, khoảng 2.000 lượt mỗi ngày.',
      currentProcess: 'Gọi tổng đài hoặc xếp hàng lấy số.',
      evidence: 'Thời gian chờ trung bình 95 phút.',
      timeline: 'Thử nghiệm trong quý 2 năm 2027.',
      indicators: [{ name: 'Thời gian chờ', unit: 'minutes' as const, baseline: 95, target: 30 }],
    } as never);
    if (!problem.ok) throw new Error(JSON.stringify(problem));
    const id = problem.problem.id;
    await takeProblemStep(t.deps, officerActor, { id, version: 1, step: 'submit' });
    await takeProblemStep(t.deps, centreActor, { id, version: 2, step: 'approve' });
    const published = await publishChallenge(t.deps, centreActor, {
      problemId: id,
      title: 'Đặt lịch khám bằng giọng nói',
      summary: 'Người bệnh đặt lịch khám qua tổng đài tự động.',
      rewards: [{ kind: 'pilot', description: 'Thử nghiệm tại bệnh viện' }],
      agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
      opensAt: NOW,
      closesAt: new Date(NOW.getTime() + 30 * DAY),
    });
    if (!published.ok) throw new Error(JSON.stringify(published));
    const linked = await openSolutionsCall(t.deps, centreActor, { slug: published.challenge.slug });
    if (!linked.ok) throw new Error(JSON.stringify(linked));
    path = `/challenges/${published.challenge.slug}`;
    const submit = async (orgId: string, userId: string, n: number) =>
      (
        await t.database.query<{ id: string }>(
          `insert into programs_applications (call_id, organization_id, status, answers, receipt_number, submitted_at, created_by)
           values ($1, $2, 'submitted', '{}', $3, $4, $5) returning id`,
          [linked.challenge.callId, orgId, `GP-2026-0000${n}`, NOW, userId],
        )
      )[0]!.id;
    apps = { a: await submit(orgA.id, a.id, 1), b: await submit(orgB.id, b.id, 2) };
    centre = await signIn(t, staff.email);
    centre2 = await signIn(t, staff2.email);
    officer = await signIn(t, officerUser.email);
    solverA = await signIn(t, a.email);
    visitor = new BrowserSession(t.app);
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  const decide = (application: string, op: string, note: string) =>
    post(centre, `/admin/programs/decisions/${application}`, [
      ['op', op],
      ['version', '0'],
      ['note', note],
    ]);

  it('holds the decisions back: no letter, nothing for the solver, while the centre sees them', async () => {
    expect((await decide(apps.a, 'accept', NOTE_A)).status).toBe(303);
    expect(await letters()).toBe(0);
    const solverPage = await (await solverA.get(`/programs/applications/${apps.a}`)).text();
    expect(solverPage).not.toContain(NOTE_A);
    const asSolver = { actor: actorOf(users.a) };
    expect(await decisionOfApplication(t.deps, asSolver, { applicationId: apps.a })).toBe(
      undefined,
    );
    const asCentre = { actor: actorOf(users.a, ['staff']) };
    expect(await decisionOfApplication(t.deps, asCentre, { applicationId: apps.a })).toMatchObject({
      outcome: 'accepted',
      note: NOTE_A,
    });
    expect(await (await visitor.get(path)).text()).not.toContain('id="results-title"');
    expect(await (await solverA.get(path)).text()).not.toContain('id="results-title"');
    expect(await (await centre.get(path)).text()).toContain('chưa công bố');
  });

  it('refuses to announce while solutions come in or wait for a decision, and to anyone but the centre', async () => {
    const early = await post(centre, `${path}/results`);
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('chỉ công bố kết quả sau hạn nộp');
    t.setNow(new Date(NOW.getTime() + 31 * DAY));
    expect((await post(officer, `${path}/results`)).status).toBe(404);
    expect((await post(solverA, `${path}/results`)).status).toBe(404);
    const undecided = await post(centre, `${path}/results`);
    expect(undecided.status).toBe(409);
    expect(await undecided.text()).toContain('Còn giải pháp chưa có quyết định');
    expect(await count('from challenges_result_announcements')).toBe(0);
    expect(await count('from programs_result_publications')).toBe(0);
    expect((await decide(apps.b, 'reject', NOTE_B)).status).toBe(303);
    expect(await letters()).toBe(0);
  });

  it('announces once when two staff announce at once and a form is sent twice', async () => {
    const both = await Promise.all([
      post(centre, `${path}/results`),
      post(centre2, `${path}/results`),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([303, 409]);
    const again = await post(centre, `${path}/results`);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('đã được công bố');
    expect(await count('from challenges_result_announcements')).toBe(1);
    expect(await count('from programs_result_publications')).toBe(1);
    expect(
      await count(`from platform_audit_log where action = 'challenges.challenge:announce_results'`),
    ).toBe(1);
    expect(await letters()).toBe(2);
    const toA = await mailbox.latestTo(users.a.email);
    expect(toA.text).toContain(NOTE_A);
    expect(toA.text).toContain(`/programs/applications/${apps.a}`);
    const toB = await mailbox.latestTo(users.b.email);
    expect(toB.text).toContain(NOTE_B);
    expect(toB.text).not.toContain(NOTE_A);
    expect(toB.subject).toContain('Selection result');
    expect(toA.subject).toContain('được chọn');
  });

  it('shows the winners on the challenge page and the decision to the solver', async () => {
    const page = await (await visitor.get(path)).text();
    const results = page.slice(page.indexOf('id="results-title"'));
    expect(results).toContain('Công ty Giọng Nói Việt');
    expect(results).not.toContain('Công ty Dữ Liệu Lam');
    const solverPage = await (await solverA.get(`/programs/applications/${apps.a}`)).text();
    expect(solverPage).toContain(NOTE_A);
  });
});
