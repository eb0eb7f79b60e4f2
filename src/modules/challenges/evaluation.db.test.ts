// The problem owner reads how its challenge's solutions were evaluated: each criterion's mean and
// the reviewers' words (never their names), blind rounds without the solvers' names and without
// scores until closed; the ranking with the decisions only once the centre has announced the
// results. Solvers, another owner and visitors find no such page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Actor, Role } from '../../platform/authz';
import { openSolutionsCall } from './services/open-solutions-call';
import { takeProblemStep } from './services/problem-workflow';
import { publishChallenge } from './services/publish-challenge';
import { createProblem } from './services/save-problem';
import { managedOrganization } from './testing/fixtures';

const NOW = new Date('2026-12-01T02:00:00Z');
const DAY = 86_400_000;
const PRIVATE_NOTE = 'Đội ngũ chưa có kinh nghiệm với dữ liệu bệnh viện.';
const RUBRIC = [
  {
    id: 'kha_thi',
    label: { vi: 'Tính khả thi', en: 'Feasibility' },
    weight: 2,
    scale: { min: 0, max: 10 },
  },
  { id: 'chi_phi', label: { vi: 'Chi phí', en: 'Cost' }, weight: 1, scale: { min: 0, max: 10 } },
];
const post = (b: BrowserSession, path: string, fields: [string, string][] = []) =>
  b.send('POST', path, new URLSearchParams(fields).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
  });
const actorOf = (u: { id: string; email: string }, roles: Role[] = []): Actor => ({
  kind: 'user',
  user: { id: u.id, name: u.email, email: u.email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set<Role>(['member', ...roles]),
});
/** The text of a page without its markup, so a figure is found whatever wraps it. */
const textOf = async (res: Response) =>
  (await res.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe.each(testEngines)('a challenge’s evaluation for its owner on %s', (engine) => {
  let t: TestApp;
  let centre: BrowserSession;
  let officer: BrowserSession;
  let otherOfficer: BrowserSession;
  let solverA: BrowserSession;
  let path = '';
  let apps: { a: string; b: string };
  const reviewers = { one: 'reviewer-one', two: 'reviewer-two' };
  const q = (sql: string, params: unknown[] = []) => t.database.query(sql, params);

  async function round(callId: string, title: string, isBlind: boolean) {
    const rows = await t.database.query<{ id: string }>(
      `insert into programs_review_rounds (call_id, kind, title_vi, rubric, reviewers_per_application, is_blind, seed, created_by)
       values ($1, 'scoring', $2, $3, 2, $4, 'seed', 'staff') returning id`,
      [callId, title, JSON.stringify(RUBRIC), isBlind],
    );
    return rows[0]!.id;
  }
  async function sheet(
    roundId: string,
    applicationId: string,
    reviewerId: string,
    marks: [number, number],
    words: { feasibility?: string; overall?: string; status?: string } = {},
  ) {
    const [assignment] = await t.database.query<{ id: string }>(
      `insert into programs_review_assignments (round_id, application_id, reviewer_id, is_manual, created_by)
       values ($1, $2, $3, true, 'staff') returning id`,
      [roundId, applicationId, reviewerId],
    );
    await q(
      `insert into programs_score_sheets (assignment_id, round_id, application_id, reviewer_id, application_version, marks, comments, comment, status, submitted_at)
       values ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9)`,
      [
        assignment!.id,
        roundId,
        applicationId,
        reviewerId,
        JSON.stringify({ kha_thi: marks[0], chi_phi: marks[1] }),
        JSON.stringify(words.feasibility ? { kha_thi: words.feasibility } : {}),
        words.overall ?? '',
        words.status ?? 'submitted',
        NOW,
      ],
    );
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    const staff = await createUser(t, { email: 'tt@sokhcn.example', roles: ['staff'] });
    const officerUser = await createUser(t, { email: 'cb@soyte.example', roles: ['agency'] });
    const otherUser = await createUser(t, { email: 'cb@sogd.example', roles: ['agency'] });
    const a = await createUser(t, { email: 'a@startup-a.example', name: 'Nguyễn Văn An' });
    const b = await createUser(t, { email: 'b@startup-b.example', name: 'Trần Thị Bình' });
    const owner = await managedOrganization(
      t,
      { legalName: 'Sở Y tế Thành phố', kind: 'government_agency' },
      [officerUser.id],
    );
    await managedOrganization(
      t,
      { legalName: 'Sở Giáo dục Thành phố', kind: 'government_agency' },
      [otherUser.id],
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
      whoSuffers: 'Người bệnh ngoại trú.',
      currentProcess: 'Xếp hàng lấy số.',
      evidence: 'Chờ trung bình 95 phút.',
      timeline: 'Quý 2 năm 2027.',
      indicators: [{ name: 'Thời gian chờ', unit: 'minutes', baseline: 95, target: 30 }],
    });
    if (!problem.ok) throw new Error(JSON.stringify(problem));
    const id = problem.problem.id;
    await takeProblemStep(t.deps, officerActor, { id, version: 1, step: 'submit' });
    await takeProblemStep(t.deps, centreActor, { id, version: 2, step: 'approve' });
    const published = await publishChallenge(t.deps, centreActor, {
      problemId: id,
      title: 'Đặt lịch khám bằng giọng nói',
      summary: 'Người bệnh đặt lịch qua tổng đài tự động.',
      rewards: [{ kind: 'pilot', description: 'Thử nghiệm tại bệnh viện' }],
      agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
      opensAt: NOW,
      closesAt: new Date(NOW.getTime() + 30 * DAY),
    });
    if (!published.ok) throw new Error(JSON.stringify(published));
    const linked = await openSolutionsCall(t.deps, centreActor, { slug: published.challenge.slug });
    if (!linked.ok) throw new Error(JSON.stringify(linked));
    path = `/challenges/${published.challenge.slug}`;
    const callId = linked.challenge.callId!;
    const submit = async (orgId: string, userId: string, n: number) =>
      (
        await t.database.query<{ id: string }>(
          `insert into programs_applications (call_id, organization_id, status, answers, receipt_number, submitted_at, created_by)
           values ($1, $2, 'submitted', '{}', $3, $4, $5) returning id`,
          [callId, orgId, `GP-2026-0000${n}`, NOW, userId],
        )
      )[0]!.id;
    apps = { a: await submit(orgA.id, a.id, 1), b: await submit(orgB.id, b.id, 2) };
    const open = await round(callId, 'Vòng chuyên gia của Sở', false);
    await sheet(open, apps.a, reviewers.one, [8, 5], {
      feasibility: 'Triển khai được ngay trên tổng đài hiện có.',
      overall: 'Nên thử nghiệm.',
    });
    await sheet(open, apps.a, reviewers.two, [6, 7]);
    await sheet(open, apps.b, reviewers.one, [4, 9], {
      overall: 'Thiếu dữ liệu giọng địa phương.',
    });
    // A draft sheet counts for nothing yet.
    await sheet(open, apps.b, reviewers.two, [10, 10], { overall: 'BẢN NHÁP', status: 'draft' });
    const blind = await round(callId, 'Vòng hội đồng chấm kín', true);
    await sheet(blind, apps.a, reviewers.one, [9, 9], { overall: 'Hồ sơ kín rất tốt.' });
    centre = await signIn(t, staff.email);
    officer = await signIn(t, officerUser.email);
    otherOfficer = await signIn(t, otherUser.email);
    solverA = await signIn(t, a.email);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the owner each criterion’s mean and the reviewers’ words, without rank or decision before the announcement', async () => {
    const challengePage = await (await officer.get(path)).text();
    expect(challengePage).toContain(`href="${path}/evaluation"`);
    const res = await officer.get(`${path}/evaluation`);
    expect(res.status).toBe(200);
    const text = await textOf(res);
    const open = text.slice(
      text.indexOf('Vòng chuyên gia của Sở'),
      text.indexOf('Vòng hội đồng chấm kín'),
    );
    // GP-…01: feasibility (8+6)/2, cost (5+7)/2, two sheets; GP-…02: one submitted sheet.
    expect(open).toContain('GP-2026-00001 Công ty Giọng Nói Việt 7 6 2');
    expect(open).toContain('GP-2026-00002 Công ty Dữ Liệu Lam 4 9 1');
    expect(open).toContain('Triển khai được ngay trên tổng đài hiện có.');
    expect(open).toContain('Thiếu dữ liệu giọng địa phương.');
    expect(text).not.toContain('BẢN NHÁP');
    expect(text).not.toContain(reviewers.one);
    expect(text).not.toContain('Hạng');
    expect(text).toContain('Kết quả chưa công bố');
  });

  it('keeps a blind round blind: no solver named, no score until the round is closed', async () => {
    const text = await textOf(await officer.get(`${path}/evaluation`));
    const blind = text.slice(text.indexOf('Vòng hội đồng chấm kín'));
    expect(blind).toContain('Điểm của vòng chấm kín hiện khi vòng đánh giá kết thúc');
    expect(blind).not.toContain('Hồ sơ kín rất tốt.');
    await q(`update programs_review_rounds set status = 'closed' where is_blind`);
    const closed = await textOf(await officer.get(`${path}/evaluation`));
    const after = closed.slice(closed.indexOf('Vòng hội đồng chấm kín'));
    expect(after).toContain('GP-2026-00001 9 9 1');
    expect(after).toContain('Hồ sơ kín rất tốt.');
    expect(after).not.toContain('Công ty Giọng Nói Việt');
  });

  it('is no page for a solver, another owner or a visitor, and no link for a solver', async () => {
    expect((await solverA.get(`${path}/evaluation`)).status).toBe(404);
    expect((await otherOfficer.get(`${path}/evaluation`)).status).toBe(404);
    expect(await (await solverA.get(path)).text()).not.toContain(`${path}/evaluation`);
    const visitor = await new BrowserSession(t.app).get(`${path}/evaluation`);
    expect([302, 303, 401, 404]).toContain(visitor.status);
    expect(await visitor.text()).not.toContain('GP-2026-00001');
  });

  it('keeps each solution to its own solver: another solver and the owners find no such application', async () => {
    const mine = await solverA.get(`/programs/applications/${apps.a}`);
    expect(mine.status).toBe(200);
    for (const b of [solverA, officer, otherOfficer])
      expect((await b.get(`/programs/applications/${apps.b}`)).status).toBe(404);
    const list = await (await solverA.get('/programs/applications')).text();
    expect(list).toContain('GP-2026-00001');
    expect(list).not.toContain('GP-2026-00002');
    const challengePage = await (await solverA.get(path)).text();
    expect(challengePage).not.toContain('Công ty Dữ Liệu Lam');
  });

  it('ranks the solutions with their decisions once the centre has announced the results', async () => {
    const decide = (application: string, op: string, note: string) =>
      post(centre, `/admin/programs/decisions/${application}`, [
        ['op', op],
        ['version', '0'],
        ['note', note],
      ]);
    expect((await decide(apps.a, 'accept', '')).status).toBe(303);
    expect((await decide(apps.b, 'reject', PRIVATE_NOTE)).status).toBe(303);
    const held = await textOf(await officer.get(`${path}/evaluation`));
    expect(held).not.toContain('Được chọn');
    t.setNow(new Date(NOW.getTime() + 31 * DAY));
    expect((await post(centre, `${path}/results`)).status).toBe(303);
    const text = await textOf(await officer.get(`${path}/evaluation`));
    expect(text).toContain('Kết quả đã công bố lúc');
    const open = text.slice(
      text.indexOf('Vòng chuyên gia của Sở'),
      text.indexOf('Vòng hội đồng chấm kín'),
    );
    // Raw means: A (2·0.8+0.5)/3 = 70 and (2·0.6+0.7)/3 ≈ 63.3 → 66.7; B (2·0.4+0.9)/3 ≈ 56.7.
    expect(open).toContain('1 GP-2026-00001 Công ty Giọng Nói Việt 7 6 2 66,7 Được chọn');
    expect(open).toContain('2 GP-2026-00002 Công ty Dữ Liệu Lam 4 9 1 56,7 Không được chọn');
    const blind = text.slice(text.indexOf('Vòng hội đồng chấm kín'));
    expect(blind).toContain('GP-2026-00001 9 9 1');
    expect(blind).not.toContain('Công ty Giọng Nói Việt');
    // The feedback written for one solver stays in its letter.
    expect(text).not.toContain(PRIVATE_NOTE);
    expect((await solverA.get(`${path}/evaluation`)).status).toBe(404);
  });
});
