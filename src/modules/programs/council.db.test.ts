import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { placeAndDate } from './services/councils/council-minutes-text';
import { seedCallWithApplications, seedPerson } from './testing/call-fixture';

const STAFF = '/admin/programs';

describe('minutes dates', () => {
  it('writes place and date as administrative documents do, in Vietnam time', () => {
    expect(placeAndDate('Phòng họp Sở KH&CN, Đà Nẵng', new Date('2026-03-04T20:00:00Z'))).toBe(
      'Đà Nẵng, ngày 05 tháng 3 năm 2026',
    );
    expect(placeAndDate('Huế', new Date('2026-02-14T01:00:00Z'))).toBe(
      'Huế, ngày 14 tháng 02 năm 2026',
    );
  });
});

describe.each(testEngines)('councils and minutes on %s', (engine) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof seedCallWithApplications>>;
  let staff: BrowserSession;
  let member: BrowserSession;
  let councilId = '';

  beforeAll(async () => {
    t = await createTestApp(engine);
    f = await seedCallWithApplications(t, 'council');
    staff = await signIn(t, f.staffUser.email);
    await createUser(t, { email: 'member@council.example' });
    member = await signIn(t, 'member@council.example');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('composes a council from the pool and the directory, records its meeting and prints the minutes', async () => {
    const chair = await seedPerson(t, 'tran-thi-chu-tich', 'Trần Thị Chủ Tịch');
    const secretary = await seedPerson(t, 'le-van-thu-ky', 'Lê Văn Thư Ký');
    const absent = await seedPerson(t, 'pham-vang-mat', 'Phạm Vắng Mặt');
    const created = await staff.post(`${STAFF}/${f.programme.slug}/calls/${f.call.slug}/reviews`, {
      kind: 'scoring',
      titleVi: 'Chấm hồ sơ',
      reviewersPerApplication: '1',
      rubric: 'doi_moi | Tính đổi mới | Innovation | 1 | 0 | 10',
    });
    const roundId = /reviews\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!;
    await staff.post(`${STAFF}/reviews/${roundId}/reviewers`, { reviewer: chair.slug });
    // Two submitted sheets make a ranking, and one decision.
    for (const [i, app] of f.apps.slice(0, 2).entries()) {
      const [a] = await f.q<{ id: string }>(
        `insert into programs_review_assignments (round_id, application_id, reviewer_id, is_manual, created_by) values ($1, $2, $3, true, 'x') returning id`,
        [roundId, app, chair.user.id],
      );
      await f.q(
        `insert into programs_score_sheets (assignment_id, round_id, application_id, reviewer_id, application_version, marks, status, submitted_at)
         values ($1, $2, $3, $4, 1, $5, 'submitted', now())`,
        [a!.id, roundId, app, chair.user.id, JSON.stringify({ doi_moi: 9 - i * 4 })],
      );
    }
    await staff.post(`${STAFF}/decisions/${f.apps[0]}`, { version: '0', op: 'award', prize: '0' });

    // The programme's page links to its winners once a call's results are published.
    const winnersLink = `/programs/${f.programme.slug}/winners`;
    expect(await (await t.app.request(`/programs/${f.programme.slug}`)).text()).not.toContain(
      winnersLink,
    );
    await staff.post(`${STAFF}/decisions/calls/${f.call.id}/results`, { publish: 'yes' });
    expect(await (await t.app.request(`/programs/${f.programme.slug}`)).text()).toContain(
      winnersLink,
    );

    const base = `${STAFF}/${f.programme.slug}/calls/${f.call.slug}/councils`;
    expect((await staff.post(base, { titleVi: '', roundId: '' })).status).toBe(422);
    const res = await staff.post(base, {
      titleVi: 'Hội đồng xét chọn I-Star 2026',
      decisionNumber: '15/QĐ-SKHCN',
      roundId,
    });
    expect(res.status).toBe(303);
    councilId = /councils\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')![1]!;
    const add = (fields: Record<string, string>) =>
      staff.post(`${STAFF}/councils/${councilId}/members`, fields);
    expect(
      (await add({ reviewerId: chair.user.id, role: 'chair', affiliation: 'Giám đốc Sở' })).status,
    ).toBe(303);
    expect(
      (await add({ profile: `/directory/people/${secretary.slug}`, role: 'secretary' })).status,
    ).toBe(303);
    expect((await add({ profile: absent.slug, role: 'member' })).status).toBe(303);
    // One chair per council; someone outside the pool and the directory is refused.
    expect((await add({ profile: absent.slug, role: 'chair' })).status).toBe(409);
    expect((await add({ profile: 'khong-ton-tai', role: 'member' })).status).toBe(422);
    expect((await add({ reviewerId: 'not-in-pool', role: 'member' })).status).toBe(422);

    const members = await f.q<{ id: string; full_name: string }>(
      `select id, full_name from programs_council_members where council_id = $1`,
      [councilId],
    );
    const present = members.filter((m) => m.full_name !== 'Phạm Vắng Mặt');
    const body = new URLSearchParams([
      ['version', '1'],
      ['meetingPlace', 'Phòng họp Sở Khoa học và Công nghệ, Đà Nẵng'],
      ['meetingAt', '2026-03-05T14:00'],
      ['conclusions', 'Đề nghị trao Giải Nhất cho Công ty Nông Nghiệp Xanh.'],
      ...present.map((m) => ['present', m.id] as [string, string]),
    ]).toString();
    const meeting = await staff.send('POST', `${STAFF}/councils/${councilId}/meeting`, body, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(meeting.status).toBe(303);
    const stale = await staff.send('POST', `${STAFF}/councils/${councilId}/meeting`, body, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(stale.status).toBe(409);

    const minutes = await staff.get(`${STAFF}/councils/${councilId}/minutes`);
    expect(minutes.status).toBe(200);
    const html = await minutes.text();
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đà Nẵng, ngày 05 tháng 3 năm 2026',
      'Vào lúc 14 giờ 00',
      '15/QĐ-SKHCN',
      'Thành viên có mặt: 2/3.',
      'Trần Thị Chủ Tịch — Chủ tịch Hội đồng, Giám đốc Sở',
      'Lê Văn Thư Ký — Thư ký',
      'Phạm Vắng Mặt — Ủy viên',
      'ISTAR-2026-000001',
      'Công ty Y Tế Số',
      'Trao giải — Giải Nhất',
      'Đề nghị trao Giải Nhất',
    ])
      expect(html, s).toContain(s);
    expect(html.indexOf('Công ty Nông Nghiệp Xanh')).toBeLessThan(html.indexOf('Công ty Y Tế Số'));

    const docx = await staff.get(`${STAFF}/councils/${councilId}/minutes.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const dir = mkdtempSync(join(tmpdir(), 'minutes-'));
    const file = join(dir, 'minutes.docx');
    writeFileSync(file, Buffer.from(await docx.arrayBuffer()));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Trần Thị Chủ Tịch',
      'Lê Văn Thư Ký',
      'Trao giải — Giải Nhất',
      'ISTAR-2026-000002',
    ])
      expect(xml, s).toContain(s);
  });

  it('outsiders get 404 on every council route, and nothing changes', async () => {
    const tables = ['programs_councils', 'programs_council_members'];
    const snapshot = () => Promise.all(tables.map((x) => f.q(`select * from ${x} order by 1`)));
    const before = await snapshot();
    const base = `${STAFF}/${f.programme.slug}/calls/${f.call.slug}/councils`;
    for (const path of [
      base,
      `${STAFF}/councils/${councilId}`,
      `${STAFF}/councils/${councilId}/minutes`,
      `${STAFF}/councils/${councilId}/minutes.docx`,
    ])
      expect((await member.get(path)).status, path).toBe(404);
    const [someone] = await f.q<{ id: string }>(
      `select id from programs_council_members where council_id = $1 limit 1`,
      [councilId],
    );
    const posts: [string, Record<string, string>][] = [
      [base, { titleVi: 'X' }],
      [`${STAFF}/councils/${councilId}/members`, { profile: 'tran-thi-chu-tich', role: 'member' }],
      [`${STAFF}/councils/${councilId}/members/${someone!.id}/role`, { role: 'chair' }],
      [`${STAFF}/councils/${councilId}/members/${someone!.id}/remove`, {}],
      [
        `${STAFF}/councils/${councilId}/meeting`,
        { version: '2', meetingPlace: 'X', meetingAt: '2026-03-05T14:00' },
      ],
    ];
    for (const [path, fields] of posts)
      expect((await member.post(path, fields)).status, path).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('changes members’ roles and removes members until the meeting is recorded, audited', async () => {
    const res = await staff.post(`${STAFF}/${f.programme.slug}/calls/${f.call.slug}/councils`, {
      titleVi: 'Hội đồng phúc khảo',
      roundId: '',
    });
    const id = /councils\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')![1]!;
    const path = `${STAFF}/councils/${id}`;
    const people = await Promise.all(
      [
        ['nguyen-chu-tich-pk', 'Nguyễn Chủ Tịch PK'],
        ['do-uy-vien-pk', 'Đỗ Ủy Viên PK'],
        ['vu-uy-vien-pk', 'Vũ Ủy Viên PK'],
      ].map(([slug, name]) => seedPerson(t, slug!, name!)),
    );
    for (const [i, p] of people.entries())
      expect(
        (await staff.post(`${path}/members`, { profile: p.slug, role: i ? 'member' : 'chair' }))
          .status,
      ).toBe(303);
    const members = () =>
      f.q<{ id: string; full_name: string; role: string }>(
        `select id, full_name, role from programs_council_members where council_id = $1 order by full_name`,
        [id],
      );
    const idOf = async (name: string) => (await members()).find((m) => m.full_name === name)!.id;
    const roles = async () =>
      Object.fromEntries((await members()).map((m) => [m.full_name, m.role]));
    const setRole = async (name: string, role: string) =>
      staff.post(`${path}/members/${await idOf(name)}/role`, { role });

    // The page offers each member's role and removal.
    const page = await (await staff.get(path)).text();
    expect(page).toContain(`action="${path}/members/${await idOf('Đỗ Ủy Viên PK')}/role"`);
    expect(page).toContain('<label for="role-');

    // One chair per council: a second is refused with a message, and nothing changes.
    const taken = await setRole('Đỗ Ủy Viên PK', 'chair');
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('Hội đồng đã có người giữ vai trò này');
    expect((await setRole('Đỗ Ủy Viên PK', 'president')).status).toBe(422);
    expect(await roles()).toEqual({
      'Nguyễn Chủ Tịch PK': 'chair',
      'Đỗ Ủy Viên PK': 'member',
      'Vũ Ủy Viên PK': 'member',
    });
    // Handing the chair over: the chair steps down first.
    expect((await setRole('Nguyễn Chủ Tịch PK', 'member')).status).toBe(303);
    expect((await setRole('Vũ Ủy Viên PK', 'chair')).status).toBe(303);
    expect((await setRole('Đỗ Ủy Viên PK', 'secretary')).status).toBe(303);
    expect(await roles()).toEqual({
      'Nguyễn Chủ Tịch PK': 'member',
      'Đỗ Ủy Viên PK': 'secretary',
      'Vũ Ủy Viên PK': 'chair',
    });
    const changes = await f.q<{ before: { role: string }; after: { role: string } }>(
      `select before, after from platform_audit_log
       where action = 'programs.council:changeMemberRole' and entity_id = $1 order by at, id`,
      [id],
    );
    expect(changes.map((c) => [c.before.role, c.after.role])).toEqual([
      ['chair', 'member'],
      ['member', 'chair'],
      ['member', 'secretary'],
    ]);

    const leaving = await idOf('Nguyễn Chủ Tịch PK');
    expect((await staff.post(`${path}/members/${leaving}/remove`)).status).toBe(303);
    expect(Object.keys(await roles())).toEqual(['Vũ Ủy Viên PK', 'Đỗ Ủy Viên PK']);
    const [removal] = await f.q<{ before: { fullName: string } }>(
      `select before from platform_audit_log where action = 'programs.council:removeMember' and entity_id = $1`,
      [id],
    );
    expect(removal!.before).toMatchObject({ fullName: 'Nguyễn Chủ Tịch PK' });
    // Someone who is not (or no longer) a member of this council is not found.
    expect((await staff.post(`${path}/members/${leaving}/remove`)).status).toBe(404);
    expect((await staff.post(`${path}/members/${leaving}/role`, { role: 'member' })).status).toBe(
      404,
    );

    // Once the meeting is recorded, the minutes name the members: no more changes.
    const meeting = await staff.post(`${path}/meeting`, {
      version: '1',
      meetingPlace: 'Phòng họp số 2, Đà Nẵng',
      meetingAt: '2026-03-10T09:00',
    });
    expect(meeting.status).toBe(303);
    const before = await members();
    const locked = await setRole('Đỗ Ủy Viên PK', 'member');
    expect(locked.status).toBe(409);
    expect(await locked.text()).toContain('phiên họp của hội đồng đã được ghi biên bản');
    expect((await staff.post(`${path}/members/${await idOf('Vũ Ủy Viên PK')}/remove`)).status).toBe(
      409,
    );
    expect(
      (await staff.post(`${path}/members`, { profile: 'nguyen-chu-tich-pk', role: 'member' }))
        .status,
    ).toBe(409);
    expect(await members()).toEqual(before);
    const recorded = await (await staff.get(path)).text();
    expect(recorded).toContain('thành phần hội đồng không thay đổi được nữa');
    expect(recorded).not.toContain('/remove"');
  });
});
