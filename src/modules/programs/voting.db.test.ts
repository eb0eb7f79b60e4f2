import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { seedCallWithApplications, seedPerson } from './testing/call-fixture';

const STAFF = '/admin/programs';
const RUBRIC = 'doi_moi | Tính đổi mới | Innovation | 3 | 0 | 10';

describe.each(testEngines)('round editing and public votes on %s', (engine) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof seedCallWithApplications>>;
  let staff: BrowserSession;
  let member: BrowserSession;
  let roundId = '';
  let voteId = '';
  const entries: string[] = [];
  const ballots = (entryId: string) =>
    f.q<{ n: number }>(`select count(*)::int as n from programs_vote_ballots where entry_id = $1`, [
      entryId,
    ]);
  const voteVersion = async () =>
    String((await f.q<{ version: number }>(`select version from programs_votes`))[0]!.version);

  beforeAll(async () => {
    t = await createTestApp(engine);
    f = await seedCallWithApplications(t, 'voting');
    staff = await signIn(t, f.staffUser.email);
    await createUser(t, { email: 'member@voting.example' });
    member = await signIn(t, 'member@voting.example');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('edits a round; its rubric is locked once a sheet exists; a reviewer with sheets stays in the pool', async () => {
    const base = `${STAFF}/${f.programme.slug}/calls/${f.call.slug}/reviews`;
    const created = await staff.post(base, {
      kind: 'scoring',
      titleVi: 'Chấm hồ sơ',
      reviewersPerApplication: '2',
      rubric: RUBRIC,
    });
    roundId = /reviews\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!;
    const edit = `${STAFF}/reviews/${roundId}/edit`;
    expect(await (await staff.get(edit)).text()).toContain('doi_moi | Tính đổi mới');
    const saved = await staff.post(edit, {
      version: '1',
      kind: 'scoring',
      titleVi: 'Chấm hồ sơ vòng 1',
      reviewersPerApplication: '3',
      isBlind: 'yes',
      rubric: `${RUBRIC}\nthi_truong | Thị trường | Market | 2 | 1 | 5`,
      status: 'open',
    });
    expect(saved.status).toBe(303);
    const [round] = await f.q<{
      title_vi: string;
      reviewers_per_application: number;
      is_blind: boolean;
    }>(`select title_vi, reviewers_per_application, is_blind from programs_review_rounds`);
    expect(round).toEqual({
      title_vi: 'Chấm hồ sơ vòng 1',
      reviewers_per_application: 3,
      is_blind: true,
    });

    // Two reviewers in the pool, one with a saved sheet.
    const a = await seedPerson(t, 'chuyen-gia-a', 'Chuyên gia A');
    const b = await seedPerson(t, 'chuyen-gia-b', 'Chuyên gia B');
    for (const p of [a, b])
      await staff.post(`${STAFF}/reviews/${roundId}/reviewers`, { reviewer: p.slug });
    for (const p of [a, b])
      await f.q(
        `insert into programs_review_assignments (round_id, application_id, reviewer_id, is_manual, created_by) values ($1, $2, $3, true, 'x')`,
        [roundId, f.apps[0], p.user.id],
      );
    const [asg] = await f.q<{ id: string }>(
      `select id from programs_review_assignments where reviewer_id = $1`,
      [a.user.id],
    );
    await f.q(
      `insert into programs_score_sheets (assignment_id, round_id, application_id, reviewer_id, application_version) values ($1, $2, $3, $4, 1)`,
      [asg!.id, roundId, f.apps[0], a.user.id],
    );
    const locked = await staff.post(edit, {
      version: '2',
      kind: 'scoring',
      titleVi: 'Chấm hồ sơ vòng 1',
      reviewersPerApplication: '3',
      rubric: RUBRIC,
      status: 'open',
    });
    expect(locked.status).toBe(409);
    expect(await locked.text()).toContain('Đã có phiếu chấm: tiêu chí');
    const closed = await staff.post(edit, {
      version: '2',
      kind: 'scoring',
      titleVi: 'Chấm hồ sơ (đã khoá)',
      reviewersPerApplication: '2',
      rubric: `${RUBRIC}\nthi_truong | Thị trường | Market | 2 | 1 | 5`,
      status: 'closed',
    });
    expect(closed.status).toBe(303);
    const [after] = await f.q<{ status: string; rubric: unknown[] }>(
      `select status, rubric from programs_review_rounds`,
    );
    expect(after!.status).toBe('closed');
    expect(after!.rubric).toHaveLength(2);

    const refused = await staff.post(`${STAFF}/reviews/${roundId}/reviewers/${a.user.id}/remove`);
    expect(refused.status).toBe(409);
    const removed = await staff.post(`${STAFF}/reviews/${roundId}/reviewers/${b.user.id}/remove`);
    expect(removed.status).toBe(303);
    const pool = await f.q<{ user_id: string }>(`select user_id from programs_review_pool`);
    expect(pool.map((p) => p.user_id)).toEqual([a.user.id]);
    const left = await f.q<{ reviewer_id: string }>(
      `select reviewer_id from programs_review_assignments`,
    );
    expect(left.map((x) => x.reviewer_id)).toEqual([a.user.id]);
  });

  it('staff set up a vote of shortlisted entries; its public pages show only the published summary', async () => {
    const base = `${STAFF}/${f.programme.slug}/calls/${f.call.slug}/vote`;
    expect((await staff.post(base, { titleVi: '' })).status).toBe(422);
    const created = await staff.post(base, { titleVi: 'Bình chọn cộng đồng' });
    expect(created.status).toBe(303);
    voteId = /votes\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!;
    expect(
      (await staff.post(`${STAFF}/votes/${voteId}/state`, { version: '1', op: 'open' })).status,
    ).toBe(409);
    for (const [i, app] of f.apps.slice(0, 2).entries()) {
      const res = await staff.post(`${STAFF}/votes/${voteId}/entries`, {
        applicationId: app,
        solutionName: `Giải pháp ${i + 1}`,
        organizationName: f.orgs[i]!.name,
        summary: `Tóm tắt ${i + 1}`,
      });
      expect(res.status).toBe(303);
    }
    const twice = await staff.post(`${STAFF}/votes/${voteId}/entries`, {
      applicationId: f.apps[0]!,
      solutionName: 'Lần hai',
      organizationName: 'X',
    });
    expect(twice.status).toBe(409);
    entries.push(
      ...(
        await f.q<{ id: string }>(`select id from programs_vote_entries order by solution_name`)
      ).map((e) => e.id),
    );
    // A draft is not public.
    expect((await t.app.request(`/programs/votes/${voteId}`)).status).toBe(404);
    expect(
      (
        await staff.post(`${STAFF}/votes/${voteId}/state`, {
          version: await voteVersion(),
          op: 'open',
        })
      ).status,
    ).toBe(303);
    const list = await (await t.app.request(`/programs/votes/${voteId}`)).text();
    expect(list).toContain('Giải pháp 1');
    expect(list).not.toContain('phiếu');
    const page = await (await t.app.request(`/programs/votes/${voteId}/${entries[0]}`)).text();
    expect(page).toContain('Tóm tắt 1');
    expect(page).not.toContain('Dự án 1');
    expect(page).toContain('Đăng nhập để bình chọn');
  });

  it('counts one vote per account per entry, even from concurrent requests', async () => {
    await createUser(t, { email: 'voter@voting.example' });
    const voter = await signIn(t, 'voter@voting.example');
    const path = `/programs/votes/${voteId}/${entries[0]}`;
    const results = await Promise.all(Array.from({ length: 6 }, () => voter.post(path)));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(303));
    expect((await ballots(entries[0]!))[0]).toEqual({ n: 1 });
    expect(await (await voter.get(path)).text()).toContain('Bạn đã bình chọn');
    // A vote for the other entry is a vote of its own.
    expect((await voter.post(`/programs/votes/${voteId}/${entries[1]}`)).status).toBe(303);
    expect((await ballots(entries[1]!))[0]).toEqual({ n: 1 });
  });

  it('refuses an account whose e-mail is not verified, and anyone signed out', async () => {
    const u = await createUser(t, { email: 'unverified@voting.example' });
    const browser = await signIn(t, u.email);
    await f.q(`update identity_users set email_verified = false where id = $1`, [u.id]);
    const res = await browser.post(`/programs/votes/${voteId}/${entries[0]}`);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('xác minh địa chỉ e-mail');
    const anonymous = await t.app.request(`/programs/votes/${voteId}/${entries[0]}`, {
      method: 'POST',
    });
    expect(anonymous.status).not.toBe(303);
    expect((await ballots(entries[0]!))[0]).toEqual({ n: 1 });
  });

  it('flags a burst of votes from new accounts to staff', async () => {
    const voters = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(async (n) => {
        await createUser(t, { email: `burst${n}@voting.example` });
        return signIn(t, `burst${n}@voting.example`);
      }),
    );
    for (const v of voters) await v.post(`/programs/votes/${voteId}/${entries[1]}`);
    expect((await ballots(entries[1]!))[0]).toEqual({ n: 7 });
    const html = await (await staff.get(`${STAFF}/votes/${voteId}`)).text();
    expect(html).toContain('Bất thường: 7 phiếu từ tài khoản mới');
    expect(html.match(/Bất thường/g)).toHaveLength(1);
  });

  it('refuses votes once closed; the results are public only when staff show them', async () => {
    expect(
      (
        await staff.post(`${STAFF}/votes/${voteId}/state`, {
          version: await voteVersion(),
          op: 'close',
        })
      ).status,
    ).toBe(303);
    await createUser(t, { email: 'late@voting.example' });
    const late = await signIn(t, 'late@voting.example');
    const res = await late.post(`/programs/votes/${voteId}/${entries[0]}`);
    expect(res.status).toBe(409);
    expect((await ballots(entries[0]!))[0]).toEqual({ n: 1 });
    expect(await (await t.app.request(`/programs/votes/${voteId}`)).text()).not.toContain(
      '7 phiếu',
    );
    await staff.post(`${STAFF}/votes/${voteId}/state`, {
      version: await voteVersion(),
      op: 'showResults',
    });
    const results = await (await t.app.request(`/programs/votes/${voteId}`)).text();
    expect(results).toContain('7 phiếu');
    expect(results.indexOf('Giải pháp 2')).toBeLessThan(results.indexOf('Giải pháp 1'));
  });

  it('outsiders get 404 on every staff route, and nothing changes', async () => {
    const tables = [
      'programs_votes',
      'programs_vote_entries',
      'programs_vote_ballots',
      'programs_review_rounds',
      'programs_review_pool',
    ];
    const snapshot = () => Promise.all(tables.map((x) => f.q(`select * from ${x} order by 1`)));
    const before = await snapshot();
    const [pooled] = await f.q<{ user_id: string }>(`select user_id from programs_review_pool`);
    const gets = [
      `${STAFF}/${f.programme.slug}/calls/${f.call.slug}/vote`,
      `${STAFF}/votes/${voteId}`,
      `${STAFF}/reviews/${roundId}/edit`,
    ];
    const posts: [string, Record<string, string>][] = [
      [`${STAFF}/${f.programme.slug}/calls/${f.call.slug}/vote`, { titleVi: 'X' }],
      [
        `${STAFF}/votes/${voteId}/entries`,
        { applicationId: f.apps[2]!, solutionName: 'X', organizationName: 'Y' },
      ],
      [`${STAFF}/votes/${voteId}/entries/${entries[0]}/remove`, {}],
      [`${STAFF}/votes/${voteId}/state`, { version: await voteVersion(), op: 'hideResults' }],
      [
        `${STAFF}/reviews/${roundId}/edit`,
        {
          version: '3',
          kind: 'scoring',
          titleVi: 'X',
          reviewersPerApplication: '1',
          rubric: RUBRIC,
          status: 'open',
        },
      ],
      [`${STAFF}/reviews/${roundId}/reviewers/${pooled!.user_id}/remove`, {}],
    ];
    for (const path of gets) expect((await member.get(path)).status, path).toBe(404);
    for (const [path, fields] of posts)
      expect((await member.post(path, fields)).status, path).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});
