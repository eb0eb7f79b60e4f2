// Challenges as the public and solvers meet them: the centre publishes two parallel tracks from an
// approved problem; the list filters by owner and sector and forgives diacritics; a confidential
// problem's challenge exists only for its owner, the centre and invited solvers; questions are
// answered by the owner and published to all without naming who asked; each solver accepts the
// agreement (recorded with its version) before it may go on to propose a solution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Actor, Role } from '../../platform/authz';
import { createProblem } from './services/save-problem';
import { takeProblemStep } from './services/problem-workflow';
import { publishChallenge } from './services/publish-challenge';
import { hiddenValue, managedOrganization } from './testing/fixtures';

const NOW = new Date('2026-12-01T02:00:00Z');
const DAY = 86_400_000;
const post = (b: BrowserSession, path: string, fields: [string, string][]) =>
  b.send('POST', path, new URLSearchParams(fields).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
  });
const actorOf = (u: { id: string; email: string }, roles: Role[] = []): Actor => ({
  kind: 'user',
  user: { id: u.id, name: u.email, email: u.email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set<Role>(['member', ...roles]),
});

const GUIDED = {
  whoSuffers: 'Người nộp thuế cá nhân, khoảng 300.000 hồ sơ quyết toán mỗi năm.',
  currentProcess: 'Tra cứu thủ công trên cổng, gọi tổng đài.',
  evidence: 'Tổng đài nhận 12.000 cuộc gọi mỗi tháng mùa quyết toán.',
  timeline: 'Thử nghiệm trước mùa quyết toán 2027.',
  indicators: [
    { name: 'Cuộc gọi tổng đài mỗi tháng', unit: 'count' as const, baseline: 12000, target: 6000 },
  ],
};

describe.each(testEngines)('published challenges on %s', (engine) => {
  let t: TestApp;
  let centre: BrowserSession;
  let officer: BrowserSession;
  let solverA: BrowserSession;
  let solverB: BrowserSession;
  let uninvited: BrowserSession;
  let visitor: BrowserSession;
  let problemId: string;
  let secretSlug: string;
  let startupA: { id: string; slug: string };
  let startupB: { id: string };

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    const staff = await createUser(t, {
      email: 'trung-tam@sokhcn.example',
      roles: ['staff'],
      name: 'Phạm Thu Trang',
    });
    const officerUser = await createUser(t, { email: 'can-bo@cucthue.example', roles: ['agency'] });
    const a = await createUser(t, { email: 'a@startup-a.example', name: 'Nguyễn Văn An' });
    const b = await createUser(t, { email: 'b@startup-b.example', name: 'Trần Thị Bình' });
    const c = await createUser(t, { email: 'c@startup-c.example' });
    const owner = await managedOrganization(
      t,
      { legalName: 'Cục Thuế Thành phố', kind: 'government_agency' },
      [officerUser.id],
    );
    startupA = await managedOrganization(
      t,
      { legalName: 'Công ty CP Trợ Lý Số', kind: 'startup' },
      [a.id],
    );
    startupB = await managedOrganization(
      t,
      { legalName: 'Công ty TNHH Dữ Liệu Xanh', kind: 'startup' },
      [b.id],
    );
    await managedOrganization(t, { legalName: 'Công ty CP Không Mời', kind: 'startup' }, [c.id]);
    const officerActor = { actor: actorOf(officerUser) };
    const centreActor = { actor: actorOf(staff, ['staff']) };
    const approved = async (title: string, isConfidential: boolean) => {
      const r = await createProblem(t.deps, officerActor, {
        ownerOrganizationId: owner.id,
        title,
        sector: 'fintech',
        isConfidential,
        ...GUIDED,
      });
      if (!r.ok) throw new Error(JSON.stringify(r));
      await takeProblemStep(t.deps, officerActor, { id: r.problem.id, version: 1, step: 'submit' });
      await takeProblemStep(t.deps, centreActor, { id: r.problem.id, version: 2, step: 'approve' });
      return r.problem.id;
    };
    problemId = await approved('Người nộp thuế khó tra cứu nghĩa vụ thuế', false);
    const secretProblem = await approved('Phát hiện hoá đơn bất thường', true);
    const secret = await publishChallenge(t.deps, centreActor, {
      problemId: secretProblem,
      title: 'Phát hiện hoá đơn bất thường',
      summary: 'Mô hình phát hiện hoá đơn điện tử bất thường.',
      rewards: [{ kind: 'pilot', description: 'Thử nghiệm trên dữ liệu thật' }],
      agreementText: 'Giữ bí mật dữ liệu.',
      opensAt: NOW,
      closesAt: new Date(NOW.getTime() + 30 * DAY),
    });
    if (!secret.ok) throw new Error(JSON.stringify(secret));
    secretSlug = secret.challenge.slug;
    centre = await signIn(t, staff.email);
    officer = await signIn(t, officerUser.email);
    solverA = await signIn(t, a.email);
    solverB = await signIn(t, b.email);
    uninvited = await signIn(t, c.email);
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  const publishPath = () => `/admin/challenges/problems/${problemId}/publish`;
  const trackForm = (track: string, extra: [string, string][] = []): [string, string][] => [
    ['title', 'Trợ lý tra cứu nghĩa vụ thuế'],
    ['track', track],
    ['summary', 'Giúp người nộp thuế tự tra cứu nghĩa vụ thuế.'],
    ['eligibility', 'Doanh nghiệp khởi nghiệp đăng ký tại Việt Nam.'],
    ['opensAt', '01/12/2026 08:00'],
    ['closesAt', '31/12/2026 17:00'],
    ['rewardKind', 'prize'],
    ['rewardDescription', 'Giải nhất'],
    ['rewardAmount', '200.000.000'],
    ['rewardKind', 'contract'],
    ['rewardDescription', 'Hợp đồng triển khai nếu thử nghiệm đạt chỉ tiêu'],
    ['rewardAmount', ''],
    ['documentKind', 'dataset'],
    ['documentTitle', 'Dữ liệu câu hỏi tổng đài 2025'],
    ['documentUrl', 'https://data.example.gov.vn/tong-dai-2025.csv'],
    ['agreementText', 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.'],
    ...extra,
  ];

  it('lets only the centre publish, and refuses a form without a reward or with a bad date', async () => {
    expect((await officer.get(publishPath())).status).toBe(404);
    expect((await post(officer, publishPath(), trackForm('Chatbot'))).status).toBe(404);
    const bad = await post(
      centre,
      publishPath(),
      trackForm('Chatbot').map(([k, v]): [string, string] =>
        k === 'closesAt' ? [k, '31/13/2026'] : k.startsWith('reward') ? [k, ''] : [k, v],
      ),
    );
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Nhập ngày giờ dạng dd/mm/yyyy hh:mm.');
    expect(html).toContain('Cần ít nhất một phần thưởng');
    expect((await t.database.query('select 1 from challenges_challenges')).length).toBe(1);
  });

  it('publishes two parallel tracks of one problem, each with its page', async () => {
    const chat = await post(centre, publishPath(), trackForm('Chatbot'));
    expect(chat.status).toBe(303);
    const voice = await post(centre, publishPath(), trackForm('Tổng đài giọng nói'));
    expect(voice.status).toBe(303);
    const twice = await post(centre, publishPath(), trackForm('Tổng đài giọng nói'));
    expect(twice.status).toBe(422);
    expect(await twice.text()).toContain('Bài toán đã có một thách thức với nhánh này.');
    expect(chat.headers.get('location')).toBe(
      '/challenges/tro-ly-tra-cuu-nghia-vu-thue-chatbot?done=published',
    );
    const page = await (
      await visitor.get('/challenges/tro-ly-tra-cuu-nghia-vu-thue-chatbot')
    ).text();
    for (const text of [
      'Cục Thuế Thành phố',
      'Người nộp thuế cá nhân',
      'Cuộc gọi tổng đài mỗi tháng',
      '200.000.000',
      'Hợp đồng triển khai',
      'Dữ liệu câu hỏi tổng đài 2025',
      'Doanh nghiệp khởi nghiệp đăng ký tại Việt Nam.',
      'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
      'application/ld+json',
    ])
      expect(page).toContain(text);
    const tracks = await t.database.query<{ track: string }>(
      'select track from challenges_challenges where problem_id = $1 order by track',
      [problemId],
    );
    expect(tracks.map((r) => r.track)).toEqual(['Chatbot', 'Tổng đài giọng nói']);
  });

  it('lists public challenges by owner and sector, forgiving diacritics, with an archive', async () => {
    const all = await (await visitor.get('/challenges')).text();
    expect(all).toContain('2 thách thức');
    expect(all).not.toContain('Phát hiện hoá đơn bất thường');
    const words = await (await visitor.get('/challenges?q=tong+dai+giong+noi')).text();
    expect(words).toContain('1 thách thức');
    expect(words).toContain('Tổng đài giọng nói');
    expect(await (await visitor.get('/challenges?q=cuc+thue&sector=fintech')).text()).toContain(
      '2 thách thức',
    );
    expect(await (await visitor.get('/challenges?sector=edtech')).text()).toContain('0 thách thức');
    expect(await (await visitor.get(`/challenges?owner=${startupA.id}`)).text()).toContain(
      '0 thách thức',
    );
    expect(await (await visitor.get('/challenges?archive=1')).text()).toContain('0 thách thức');
    await t.database.query(
      `update challenges_challenges set status = 'solved' where track = 'Chatbot'`,
    );
    const archive = await (await visitor.get('/challenges?archive=1')).text();
    expect(archive).toContain('1 thách thức');
    expect(archive).toContain('Chatbot');
    await t.database.query(
      `update challenges_challenges set status = 'open' where track = 'Chatbot'`,
    );
  });

  it('keeps a confidential challenge to its owner, the centre and invited solvers', async () => {
    const path = `/challenges/${secretSlug}`;
    expect((await visitor.get(path)).status).toBe(404);
    expect((await solverA.get(path)).status).toBe(404);
    expect(
      (
        await post(solverA, `${path}/questions`, [
          ['question', 'Dữ liệu ở đâu?'],
          ['requestToken', 'tok-secret-1'],
        ])
      ).status,
    ).toBe(404);
    expect((await officer.get(path)).status).toBe(200);
    expect((await centre.get(path)).status).toBe(200);
    const invite = await post(
      officer,
      `/challenges/problems/${(await t.database.query<{ problem_id: string }>('select problem_id from challenges_challenges where slug = $1', [secretSlug]))[0]!.problem_id}/invitations`,
      [['organizationSlug', startupA.slug]],
    );
    expect(invite.status).toBe(303);
    expect((await solverA.get(path)).status).toBe(200);
    expect(await (await solverA.get('/challenges')).text()).toContain(
      'Phát hiện hoá đơn bất thường',
    );
    expect((await uninvited.get(path)).status).toBe(404);
    expect(await (await uninvited.get('/challenges')).text()).not.toContain(
      'Phát hiện hoá đơn bất thường',
    );
  });

  it('publishes the owner’s answers to all without naming who asked, unless they asked publicly', async () => {
    const path = '/challenges/tro-ly-tra-cuu-nghia-vu-thue-chatbot';
    const ask = [
      ['question', 'Có API tra cứu nghĩa vụ thuế không?'],
      ['requestToken', 'tok-a-00001'],
    ] as [string, string][];
    expect((await post(solverA, `${path}/questions`, ask)).status).toBe(303);
    expect((await post(solverA, `${path}/questions`, ask)).status).toBe(303);
    expect((await t.database.query('select 1 from challenges_questions')).length).toBe(1);
    await post(solverB, `${path}/questions`, [
      ['question', 'Có được dùng dữ liệu giọng nói không?'],
      ['isAskedPublicly', 'on'],
      ['requestToken', 'tok-b-00001'],
    ]);
    expect(await (await visitor.get(path)).text()).not.toContain('Có API tra cứu');
    expect(await (await officer.get('/account')).text()).toContain('2 câu hỏi chờ trả lời');
    const ownerView = await (await officer.get(path)).text();
    expect(ownerView).toContain('Có API tra cứu');
    // Not even the owner learns which solver asked in private.
    expect(ownerView).not.toContain('Nguyễn Văn An');
    const [first] = await t.database.query<{ id: string; version: number }>(
      `select id, version from challenges_questions where request_token = 'tok-a-00001'`,
    );
    const answerPath = `${path}/questions/${first!.id}/answer`;
    expect(
      (
        await post(solverB, answerPath, [
          ['answer', 'Có'],
          ['version', '1'],
        ])
      ).status,
    ).toBe(404);
    expect(
      (
        await post(officer, answerPath, [
          ['answer', 'Có, API mở từ quý 1/2027.'],
          ['version', '1'],
        ])
      ).status,
    ).toBe(303);
    expect(
      (
        await post(centre, answerPath, [
          ['answer', 'Trả lời khác'],
          ['version', '1'],
        ])
      ).status,
    ).toBe(409);
    const [second] = await t.database.query<{ id: string }>(
      `select id from challenges_questions where request_token = 'tok-b-00001'`,
    );
    await post(officer, `${path}/questions/${second!.id}/answer`, [
      ['answer', 'Được, nếu ẩn danh.'],
      ['version', '1'],
    ]);
    const publicView = await (await visitor.get(path)).text();
    expect(publicView).toContain('Có, API mở từ quý 1/2027.');
    expect(publicView).not.toContain('Trả lời khác');
    expect(publicView).not.toContain('Nguyễn Văn An');
    expect(publicView).toContain('Trần Thị Bình');
  });

  it('records each solver’s acceptance of the agreement with its version, once, before it may propose', async () => {
    const path = '/challenges/tro-ly-tra-cuu-nghia-vu-thue-chatbot';
    const solve = `${path}/solve?organization=${startupA.id}`;
    const early = await solverA.get(solve);
    expect(early.status).toBe(409);
    expect(await early.text()).toContain(
      'Hãy chấp thuận thoả thuận tham gia trước khi đề xuất giải pháp.',
    );
    expect((await solverB.get(solve)).status).toBe(404);
    const form = await (await solverA.get(path)).text();
    expect(hiddenValue(form, 'agreementVersion')).toBe('1');
    const accept: [string, string][] = [
      ['organizationId', startupA.id],
      ['agreementVersion', '1'],
    ];
    expect((await post(solverA, `${path}/agreement`, accept)).status).toBe(303);
    expect((await post(solverA, `${path}/agreement`, accept)).status).toBe(303);
    expect((await post(solverB, `${path}/agreement`, accept)).status).toBe(404);
    expect(
      (
        await post(solverB, `${path}/agreement`, [
          ['organizationId', startupB.id],
          ['agreementVersion', '0'],
        ])
      ).status,
    ).toBe(409);
    const rows = await t.database.query<{ organization_id: string; agreement_version: number }>(
      'select organization_id, agreement_version from challenges_agreement_acceptances',
    );
    expect(rows).toEqual([{ organization_id: startupA.id, agreement_version: 1 }]);
    expect(await (await solverA.get(path)).text()).toContain('đã chấp thuận phiên bản 1');
    const noCall = await solverA.get(solve);
    expect(noCall.status).toBe(409);
    expect(await noCall.text()).toContain('chưa mở đợt nhận giải pháp');
    await t.database.query(
      `update challenges_challenges set agreement_version = 2 where slug = 'tro-ly-tra-cuu-nghia-vu-thue-chatbot'`,
    );
    expect(await (await solverA.get(solve)).text()).toContain('Hãy chấp thuận thoả thuận');
  });

  it('opens a programmes call for solutions, to which a solver that accepted the agreement is sent', async () => {
    const path = '/challenges/tro-ly-tra-cuu-nghia-vu-thue-tong-dai-giong-noi';
    expect((await post(officer, `${path}/call`, [])).status).toBe(404);
    expect((await post(centre, `${path}/call`, [])).status).toBe(303);
    expect((await post(centre, `${path}/call`, [])).status).toBe(409);
    const [programme] = await t.database.query<{ kind: string; status: string }>(
      `select kind, status from programs_programmes`,
    );
    expect(programme).toEqual({ kind: 'challenge', status: 'published' });
    const solve = `${path}/solve?organization=${startupA.id}`;
    expect((await solverA.get(solve)).status).toBe(409);
    await post(solverA, `${path}/agreement`, [
      ['organizationId', startupA.id],
      ['agreementVersion', '1'],
    ]);
    const sent = await solverA.get(solve);
    expect(sent.status).toBe(303);
    const apply = sent.headers.get('location')!;
    expect(apply).toMatch(/^\/programs\/[a-z0-9-]+\/calls\/[a-z0-9-]+\/apply$/);
    const applyPage = await solverA.get(apply);
    expect(applyPage.status).toBe(200);
    expect(await applyPage.text()).toContain('Công ty CP Trợ Lý Số');
  });

  it('takes no questions or acceptances once the challenge has closed', async () => {
    t.setNow(new Date('2027-01-02T00:00:00Z'));
    const path = '/challenges/tro-ly-tra-cuu-nghia-vu-thue-tong-dai-giong-noi';
    const late = await post(solverA, `${path}/questions`, [
      ['question', 'Còn kịp không?'],
      ['requestToken', 'tok-late-0001'],
    ]);
    expect(late.status).toBe(409);
    expect(
      (
        await post(solverA, `${path}/agreement`, [
          ['organizationId', startupA.id],
          ['agreementVersion', '1'],
        ])
      ).status,
    ).toBe(409);
    t.setNow(NOW);
  });
});
