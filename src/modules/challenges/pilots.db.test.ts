// Pilots as the centre, the two sides and outsiders meet them: the centre registers a living lab
// and records a pilot agreement with a solver that accepted the challenge's agreement (a form
// posted twice records one pilot; a solver that did not accept is refused); only the two sides
// and the centre see the pilot; each side reports its own values at a check-in, once, within
// each indicator's range; the page shows each indicator's course against its target; the
// reminder job writes to the side that has not reported and schedules the next check-in.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Actor, Role } from '../../platform/authz';
import { createJobRunner } from '../../platform/jobs';
import { challengesModule } from './manifest';
import { acceptAgreement } from './services/accept-agreement';
import { takeProblemStep } from './services/problem-workflow';
import { publishChallenge } from './services/publish-challenge';
import { createProblem } from './services/save-problem';
import { managedOrganization } from './testing/fixtures';

const NOW = new Date('2027-01-04T02:00:00Z');
const DAY = 86_400_000;
const post = (b: BrowserSession, path: string, fields: [string, string][]) =>
  b.send('POST', path, new URLSearchParams(fields).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
  });
/** The fields with one of them given another value. */
const withField = (fields: [string, string][], name: string, value: string) =>
  fields.map(([k, v]): [string, string] => [k, k === name ? value : v]);
const actorOf = (u: { id: string; email: string }, roles: Role[] = []): Actor => ({
  kind: 'user',
  user: { id: u.id, name: u.email, email: u.email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set<Role>(['member', ...roles]),
});

describe.each(testEngines)('pilots on %s', (engine) => {
  let t: TestApp;
  let centre: BrowserSession;
  let officer: BrowserSession;
  let solver: BrowserSession;
  let other: BrowserSession;
  let slug: string;
  let startup: { id: string; slug: string };
  let bystander: { id: string; slug: string };
  let bystanderSlug: string;
  let pilotPath: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    const staff = await createUser(t, { email: 'trung-tam@sokhcn.example', roles: ['staff'] });
    const officerUser = await createUser(t, { email: 'can-bo@soyte.example', roles: ['agency'] });
    const founder = await createUser(t, { email: 'founder@yte-so.example', name: 'Lê Minh' });
    const outsider = await createUser(t, { email: 'x@khac.example' });
    const owner = await managedOrganization(
      t,
      { legalName: 'Sở Y tế Thành phố', kind: 'government_agency' },
      [officerUser.id],
    );
    startup = await managedOrganization(t, { legalName: 'Công ty CP Y Tế Số', kind: 'startup' }, [
      founder.id,
    ]);
    bystander = await managedOrganization(
      t,
      { legalName: 'Công ty TNHH Bên Ngoài', kind: 'startup' },
      [outsider.id],
    );
    bystanderSlug = bystander.slug;
    const officerActing = { actor: actorOf(officerUser) };
    const centreActing = { actor: actorOf(staff, ['staff']) };
    const problem = await createProblem(t.deps, officerActing, {
      ownerOrganizationId: owner.id,
      title: 'Người bệnh chờ khám quá lâu',
      sector: 'healthtech',
      whoSuffers: 'Người bệnh ở bệnh viện tuyến tỉnh.',
      currentProcess: 'Xếp hàng lấy số.',
      evidence: 'Thời gian chờ trung bình 95 phút.',
      timeline: 'Quý I/2027.',
      indicators: [
        { name: 'Thời gian chờ khám', unit: 'minutes', baseline: 95, target: 30 },
        { name: 'Người bệnh hài lòng', unit: 'percent', baseline: 60, target: 90 },
      ],
    });
    if (!problem.ok) throw new Error(JSON.stringify(problem));
    const id = problem.problem.id;
    await takeProblemStep(t.deps, officerActing, { id, version: 1, step: 'submit' });
    await takeProblemStep(t.deps, centreActing, { id, version: 2, step: 'approve' });
    const published = await publishChallenge(t.deps, centreActing, {
      problemId: id,
      title: 'Giảm thời gian chờ khám',
      summary: 'Đặt lịch và điều phối người bệnh.',
      rewards: [{ kind: 'pilot', description: 'Thử nghiệm tại bệnh viện' }],
      agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
      opensAt: new Date(NOW.getTime() - 30 * DAY),
      closesAt: new Date(NOW.getTime() + 30 * DAY),
    });
    if (!published.ok) throw new Error(JSON.stringify(published));
    slug = published.challenge.slug;
    const accepted = await acceptAgreement(
      t.deps,
      { actor: actorOf(founder) },
      {
        slug,
        organizationId: startup.id,
        agreementVersion: 1,
      },
    );
    expect(accepted).toMatchObject({ ok: true });
    centre = await signIn(t, staff.email);
    officer = await signIn(t, officerUser.email);
    solver = await signIn(t, founder.email);
    other = await signIn(t, outsider.email);
  });
  afterAll(() => t.close());

  it('keeps a living-lab register everyone reads, which only the centre adds to', async () => {
    const lab: [string, string][] = [
      ['name', 'Bệnh viện Đa khoa tỉnh — khu khám bệnh'],
      ['address', 'Số 1 Lê Lợi'],
      ['sector', 'healthtech'],
      ['capacity', '40'],
      ['facilities', 'Quầy tiếp đón, màn hình gọi số'],
    ];
    expect((await post(other, '/challenges/labs', lab)).status).toBe(404);
    const refused = await post(centre, '/challenges/labs', withField(lab, 'capacity', 'bốn mươi'));
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Vui lòng nhập một số.');
    expect((await post(centre, '/challenges/labs', lab)).status).toBe(303);
    const twice = await post(centre, '/challenges/labs', lab);
    expect(twice.status).toBe(422);
    expect(await twice.text()).toContain('Đã có phòng thí nghiệm sống mang tên này.');
    const listed = await (
      await new BrowserSession(t.app).get('/challenges/labs?q=benh vien da khoa')
    ).text();
    expect(listed).toContain('Bệnh viện Đa khoa tỉnh — khu khám bệnh');
    expect(listed).toContain('Quầy tiếp đón, màn hình gọi số');
    expect(listed).not.toContain('name="facilities"');
  });

  const agreement = (solverId: string): [string, string][] => [
    ['solverOrganizationId', solverId],
    ['scope', 'Đặt lịch khám qua ứng dụng cho khoa Nội.'],
    ['startsOn', '04/01/2027'],
    ['lastDay', '30/04/2027'],
    ['checkInEveryWeeks', '4'],
    ['budgetVnd', '300.000.000'],
    ['ownerSharePercent', '40'],
    ['milestones', '01/02/2027 | Vận hành tại khoa Nội'],
  ];

  it('records a pilot with a solver that accepted the agreement, once, and refuses the others', async () => {
    const form = `/admin/challenges/challenges/${slug}/pilots`;
    expect((await officer.get(form)).status).toBe(404);
    const page = await (await centre.get(form)).text();
    expect(page).toContain('Công ty CP Y Tế Số');
    expect(page).not.toContain('Công ty TNHH Bên Ngoài');
    const notAccepted = await post(centre, form, agreement(bystander.id));
    expect(notAccepted.status).toBe(422);
    expect(await notAccepted.text()).toContain(
      'Tổ chức này chưa chấp nhận điều khoản của thách thức.',
    );
    const backwards = await post(
      centre,
      form,
      withField(agreement(startup.id), 'lastDay', '01/01/2027'),
    );
    expect(backwards.status).toBe(422);
    expect(await backwards.text()).toContain('Ngày kết thúc phải sau ngày bắt đầu.');
    const [first, second] = await Promise.all([
      post(centre, form, agreement(startup.id)),
      post(centre, form, agreement(startup.id)),
    ]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(first.headers.get('location')).toBe(second.headers.get('location'));
    pilotPath = first.headers.get('location')!.split('?')[0]!;
    const rows = await t.database.query<{ n: number }>(
      'select count(*)::int as n from challenges_pilots',
    );
    expect(rows[0]!.n).toBe(1);
    const audit = await t.database.query<{ n: number }>(
      `select count(*)::int as n from platform_audit_log where action = 'challenges.pilot:start'`,
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('exists only for its two sides and the centre', async () => {
    for (const b of [officer, solver, centre]) expect((await b.get(pilotPath)).status).toBe(200);
    expect((await other.get(pilotPath)).status).toBe(404);
    expect((await new BrowserSession(t.app).get(pilotPath)).status).not.toBe(200);
    const page = await (await solver.get(pilotPath)).text();
    expect(page).toContain('Người bệnh hài lòng');
    expect(page).toContain('Vận hành tại khoa Nội');
    expect(page).toContain('Báo cáo kỳ 1 của bên giải quyết');
    expect(page).not.toContain('Báo cáo kỳ 1 của bên đặt bài toán');
  });

  it('takes each side’s report once, within each indicator’s range, for its own side only', async () => {
    const checkIns = `${pilotPath}/check-ins`;
    t.setNow(new Date(NOW.getTime() + 29 * DAY));
    const outOfRange = await post(solver, checkIns, [
      ['side', 'solver'],
      ['value-0', '50'],
      ['value-1', '120'],
    ]);
    expect(outOfRange.status).toBe(422);
    expect(await outOfRange.text()).toContain('value="120"');
    const negative = await post(solver, checkIns, [
      ['side', 'solver'],
      ['value-0', '-5'],
    ]);
    expect(negative.status).toBe(422);
    expect(await negative.text()).toContain('Giá trị nằm ngoài khoảng cho phép của đơn vị này.');
    const words = await post(solver, checkIns, [
      ['side', 'solver'],
      ['value-0', 'khoảng 1 giờ'],
    ]);
    expect(words.status).toBe(422);
    expect(await words.text()).toContain('Vui lòng nhập một số.');
    expect(
      (
        await post(solver, checkIns, [
          ['side', 'owner'],
          ['value-0', '10'],
        ])
      ).status,
    ).toBe(404);
    expect(
      (
        await post(other, checkIns, [
          ['side', 'solver'],
          ['value-0', '10'],
        ])
      ).status,
    ).toBe(404);
    const report: [string, string][] = [
      ['side', 'solver'],
      ['value-0', '70'],
      ['value-1', '72,5'],
      ['issues', 'Cần thêm máy tính bảng ở quầy.'],
    ];
    const [a, b] = await Promise.all([
      post(solver, checkIns, report),
      post(solver, checkIns, report),
    ]);
    // Two reports of one side for the same check-in at once: one is kept, the other is told so.
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    expect(await (a.status === 409 ? a : b).text()).toContain(
      'Bên của bạn đã gửi báo cáo kỳ này rồi; báo cáo đã gửi được giữ nguyên.',
    );
    expect(
      (
        await post(officer, checkIns, [
          ['side', 'owner'],
          ['value-0', '65'],
        ])
      ).status,
    ).toBe(303);
    const rows = await t.database.query<{ side: string; values: (number | null)[] }>(
      'select side, "values" from challenges_pilot_check_ins order by side',
    );
    expect(rows).toEqual([
      { side: 'owner', values: [65, null] },
      { side: 'solver', values: [70, 72.5] },
    ]);
    const page = await (await centre.get(pilotPath)).text();
    // The owner's 65 minutes counts for the check-in: 30 of the 65 minutes to gain, 46 %.
    expect(page).toContain('Gần nhất 65: đạt 46% chặng đường tới mục tiêu.');
    expect(page).toContain('Gần nhất 72,5: đạt 42% chặng đường tới mục tiêu.');
    expect(page).toContain('Cần thêm máy tính bảng ở quầy.');
    t.setNow(NOW);
  });

  it('reminds the side that has not reported when a check-in falls due, and schedules the next', async () => {
    const runner = createJobRunner({
      db: t.deps.database.db,
      clock: t.deps.clock,
      handlers: challengesModule.jobs!,
      deps: t.deps,
    });
    const reminders = () =>
      t.database.query<{ to: string; text: string }>(
        `select "to", text from platform_mail_outbox where template = 'challenges.pilot-check-in' order by "to"`,
      );
    t.setNow(new Date(NOW.getTime() + 27 * DAY));
    await runner.runDue();
    expect(await reminders()).toHaveLength(0);
    t.setNow(new Date(NOW.getTime() + 29 * DAY));
    await runner.runDue();
    // Both sides reported check-in 1: nobody is written to, and check-in 2 is scheduled.
    expect(await reminders()).toHaveLength(0);
    t.setNow(new Date(NOW.getTime() + 57 * DAY));
    await runner.runDue();
    const sent = await reminders();
    expect(sent.map((m) => m.to)).toEqual(['can-bo@soyte.example', 'founder@yte-so.example']);
    expect(sent[0]!.text).toContain('kỳ báo cáo thứ 2');
    expect(sent[0]!.text).toContain(pilotPath);
    await runner.runDue();
    expect(await reminders()).toHaveLength(2);
    t.setNow(NOW);
  });

  it.runIf(engine === 'postgres')(
    'takes no report once the pilot has ended, even when it ends while the report is sent',
    async () => {
      t.setNow(new Date(NOW.getTime() + 57 * DAY));
      const pilotId = pilotPath.split('/').pop()!;
      const ending = new pg.Client({ connectionString: t.database.url });
      await ending.connect();
      try {
        await ending.query('begin');
        await ending.query(`update challenges_pilots set status = 'ended' where id = $1`, [
          pilotId,
        ]);
        const reporting = post(solver, `${pilotPath}/check-ins`, [
          ['side', 'solver'],
          ['value-0', '50'],
        ]);
        // Until the report queues behind the ending (bounded: without the lock it never does).
        for (let polls = 0; polls < 500; polls++) {
          const waiting = await t.database.query(
            `select 1 from pg_locks where not granted and relation = 'challenges_pilots'::regclass`,
          );
          if (waiting.length > 0) break;
        }
        await ending.query('commit');
        const res = await reporting;
        expect(res.status).toBe(409);
        expect(await res.text()).toContain('Thử nghiệm đã kết thúc, không nhận thêm báo cáo.');
        const rows = await t.database.query('select 1 from challenges_pilot_check_ins');
        expect(rows).toHaveLength(2);
      } finally {
        await ending.query(`update challenges_pilots set status = 'running' where id = $1`, [
          pilotId,
        ]);
        await ending.end();
        t.setNow(NOW);
      }
    },
  );

  it('takes each side’s final evaluation once, and the outcome from the centre alone, once', async () => {
    const evaluation = `${pilotPath}/evaluation`;
    const bad = await post(officer, evaluation, [
      ['side', 'owner'],
      ['rating', '9'],
    ]);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Chọn mức đánh giá từ 1 đến 5.');
    expect(
      (
        await post(solver, evaluation, [
          ['side', 'owner'],
          ['rating', '5'],
        ])
      ).status,
    ).toBe(404);
    const ownerSays: [string, string][] = [
      ['side', 'owner'],
      ['rating', '4'],
      ['words', 'Giảm rõ thời gian chờ ở khoa Nội.'],
    ];
    expect((await post(officer, evaluation, ownerSays)).status).toBe(303);
    expect((await post(officer, evaluation, withField(ownerSays, 'rating', '1'))).status).toBe(409);
    expect(
      (
        await post(solver, evaluation, [
          ['side', 'solver'],
          ['rating', '5'],
        ])
      ).status,
    ).toBe(303);

    const outcome = `${pilotPath}/outcome`;
    const version = async () =>
      (await t.database.query<{ version: number }>('select version from challenges_pilots'))[0]!
        .version;
    const contracted = (v: number): [string, string][] => [
      ['version', String(v)],
      ['outcome', 'contracted'],
      ['contractValueVnd', '1.200.000.000'],
      ['contractNumber', '15/2027/HĐ-SYT'],
      ['ownerStatement', 'Sở Y tế nhân rộng ra 5 bệnh viện.'],
    ];
    expect((await post(officer, outcome, contracted(await version()))).status).toBe(404);
    const missing = await post(
      centre,
      outcome,
      withField(contracted(await version()), 'contractNumber', ''),
    );
    expect(missing.status).toBe(422);
    expect((await post(centre, outcome, contracted((await version()) - 1))).status).toBe(409);
    expect((await post(centre, outcome, contracted(await version()))).status).toBe(303);
    expect((await post(centre, outcome, contracted(await version()))).status).toBe(409);
    const late = await post(solver, `${pilotPath}/check-ins`, [
      ['side', 'solver'],
      ['value-0', '40'],
    ]);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Thử nghiệm đã kết thúc, không nhận thêm báo cáo.');
    const reports = await t.database.query('select 1 from challenges_pilot_check_ins');
    expect(reports).toHaveLength(2);
    const page = await (await solver.get(pilotPath)).text();
    expect(page).toContain('Được mua sắm, ký hợp đồng');
    expect(page).toContain('hợp đồng số 15/2027/HĐ-SYT, giá trị 1.200.000.000');
    expect(page).toContain('Giảm rõ thời gian chờ ở khoa Nội.');
    expect(page).not.toContain('Báo cáo kỳ');
    const year = {
      from: new Date('2027-01-01T00:00:00+07:00'),
      to: new Date('2028-01-01T00:00:00+07:00'),
    };
    const figure = (id: string) =>
      challengesModule.indicators!.find((i) => i.id === id)!.compute(t.deps.database.db, year);
    expect(await figure('challenges.pilots_started')).toBe(1);
    expect(await figure('challenges.pilots_adopted')).toBe(1);
    expect(await figure('challenges.pilot_contracts_value')).toBe(1_200_000_000);
    expect((await officer.get('/admin/challenges/figures')).status).toBe(404);
    const figures = await (await centre.get('/admin/challenges/figures?year=2027')).text();
    expect(figures).toContain(
      'Bài toán: 1; Thách thức: 1; Giải pháp: 0; Thử nghiệm: 1; Áp dụng, ký hợp đồng: 1',
    );
    expect(figures).toContain('Tổng giá trị hợp đồng sau thử nghiệm: 1.200.000.000');
    expect(figures).toContain('Sở Y tế Thành phố');
    const before = await (await centre.get('/admin/challenges/figures?year=2026')).text();
    expect(before).toContain('Chưa có bài toán nào được gửi trong năm này.');
  });

  it('asks the owner 6 months on whether the solution is in use, and takes the answer once', async () => {
    const runner = createJobRunner({
      db: t.deps.database.db,
      clock: t.deps.clock,
      handlers: challengesModule.jobs!,
      deps: t.deps,
    });
    const letters = () =>
      t.database.query<{ to: string; text: string }>(
        `select "to", text from platform_mail_outbox where template = 'challenges.pilot-follow-up'`,
      );
    const followUp = `${pilotPath}/follow-up`;
    const answer: [string, string][] = [
      ['isInUse', 'yes'],
      ['scale', 'Đang dùng tại 5 bệnh viện.'],
    ];
    expect((await post(officer, followUp, answer)).status).toBe(409);
    t.setNow(new Date(NOW.getTime() + 190 * DAY));
    await runner.runDue();
    const sent = await letters();
    expect(sent.map((m) => m.to)).toEqual(['can-bo@soyte.example']);
    expect(sent[0]!.text).toContain('6 tháng');
    expect((await post(solver, followUp, answer)).status).toBe(404);
    expect((await post(officer, followUp, [['isInUse', 'maybe']])).status).toBe(422);
    expect((await post(officer, followUp, answer)).status).toBe(303);
    expect((await post(officer, followUp, answer)).status).toBe(409);
    const page = await (await centre.get(pilotPath)).text();
    expect(page).toContain('Đang dùng tại 5 bệnh viện.');
    t.setNow(NOW);
  });

  it('shows the adopted pilot in the public showcase and on the solver’s directory profile', async () => {
    const visitor = new BrowserSession(t.app);
    const page = await (await visitor.get('/challenges/showcase')).text();
    expect(page).toContain('Giảm thời gian chờ khám');
    expect(page).toContain('Được mua sắm, ký hợp đồng');
    expect(page).toContain('Thời gian chờ khám: từ 95 thành 65 (mục tiêu 30 phút)');
    expect(page).toContain('Sở Y tế nhân rộng ra 5 bệnh viện.');
    expect(page).toContain('"@type":"ItemList"');
    const profile = await (await visitor.get(`/directory/organizations/${startup.slug}`)).text();
    expect(profile).toContain('Bài toán đổi mới đã giải');
    expect(profile).toContain('Giảm thời gian chờ khám');
    const sitemap = await (await t.app.request('/sitemap.xml')).text();
    for (const path of ['/challenges/showcase', '/challenges/labs', `/challenges/${slug}`])
      expect(sitemap).toContain(`<loc>http://localhost:3000${path}</loc>`);
    const other = await (await visitor.get(`/directory/organizations/${bystanderSlug}`)).text();
    expect(other).not.toContain('Bài toán đổi mới đã giải');
  });

  it('left one audit entry, naming who acted, for each change of the problem, challenge and pilot', async () => {
    const path = `/challenges/${slug}`;
    const ask: [string, string][] = [
      ['question', 'Có dữ liệu lịch hẹn của 3 năm gần nhất không?'],
      ['requestToken', 'tok-audit-0001'],
    ];
    // A question posted twice is one question and one entry.
    expect((await post(solver, `${path}/questions`, ask)).status).toBe(303);
    expect((await post(solver, `${path}/questions`, ask)).status).toBe(303);
    const [question] = await t.database.query<{ id: string }>(
      'select id from challenges_questions',
    );
    const answer = await post(officer, `${path}/questions/${question!.id}/answer`, [
      ['answer', 'Có, dữ liệu đã ẩn danh.'],
      ['version', '1'],
    ]);
    expect(answer.status).toBe(303);
    const entries = await t.database.query<{ action: string; actor_label: string }>(
      `select action, actor_label from platform_audit_log where action like 'challenges.%'`,
    );
    const [staff, owner, founder] = [
      'trung-tam@sokhcn.example',
      'can-bo@soyte.example',
      'founder@yte-so.example',
    ];
    const walk = entries.map((e) => `${e.action} ${e.actor_label}`).sort();
    expect(walk).toEqual(
      [
        `challenges.agreement:accept ${founder}`,
        `challenges.challenge:publish ${staff}`,
        `challenges.living_lab:create ${staff}`,
        `challenges.pilot:check_in ${founder}`,
        `challenges.pilot:check_in ${owner}`,
        `challenges.pilot:evaluate ${founder}`,
        `challenges.pilot:evaluate ${owner}`,
        `challenges.pilot:follow_up ${owner}`,
        `challenges.pilot:outcome ${staff}`,
        `challenges.pilot:start ${staff}`,
        `challenges.problem:approve ${staff}`,
        `challenges.problem:create ${owner}`,
        `challenges.problem:submit ${owner}`,
        `challenges.question:answer ${owner}`,
        `challenges.question:ask ${founder}`,
      ].sort(),
    );
  });

  it('gives an account its reports and questions, and erases its name from them under a pseudonym', async () => {
    const hooks = challengesModule.personalData!;
    const [founder] = await t.database.query<{ id: string }>(
      `select id from identity_users where email = 'founder@yte-so.example'`,
    );
    const subject = { accountId: founder!.id, email: 'founder@yte-so.example' };
    const sections = await hooks.collect(t.deps, subject);
    const reports = sections.find((s) => s.id === 'challenges.pilotReports')!;
    expect(reports.rows).toEqual([
      expect.objectContaining({
        checkIn: 1,
        side: 'solver',
        issues: 'Cần thêm máy tính bảng ở quầy.',
      }),
    ]);
    expect(sections.find((s) => s.id === 'challenges.agreements')!.rows).toHaveLength(1);
    await t.deps.database.db.transaction((tx) =>
      hooks.erase(tx, { ...subject, pseudonym: 'Người dùng đã xoá #7', now: t.deps.clock() }),
    );
    const rows = await t.database.query<{ reporter_name: string }>(
      `select reporter_name from challenges_pilot_check_ins where side = 'solver'`,
    );
    expect(rows).toEqual([{ reporter_name: 'Người dùng đã xoá #7' }]);
    const page = await (await centre.get(pilotPath)).text();
    expect(page).not.toContain('Lê Minh');
  });
});
