import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn, type TestUser } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import type { Actor } from '../../platform/authz';
import { rankApplications } from './domain/ranking';
import { decisionOfApplication, roundRanking } from './services/reviews/review.queries';
import { seedCallWithApplications, seedPerson } from './testing/call-fixture';

const STAFF = '/admin/programs';
const RUBRIC = [
  'doi_moi | Tính đổi mới | Innovation | 3 | 0 | 10',
  'thi_truong | Thị trường | Market | 2 | 1 | 5',
].join('\n');

describe.each(testEngines)('review and decisions on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  let member: BrowserSession;
  const reviewers: { user: TestUser; browser: BrowserSession; slug: string }[] = [];
  let applicant: TestUser;
  let staffActor: Actor;
  const orgs: { id: string; name: string }[] = [];
  const apps: string[] = [];
  let roundId = '';
  let programmeSlug = '';
  let callSlug = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const assignmentsOf = (reviewerId: string) =>
    q<{ id: string; application_id: string }>(
      `select id, application_id from programs_review_assignments where reviewer_id = $1 order by application_id`,
      [reviewerId],
    );

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    const f = await seedCallWithApplications(t, 'review');
    ({ staffActor, applicant } = f);
    orgs.push(...f.orgs);
    apps.push(...f.apps);
    programmeSlug = f.programme.slug;
    callSlug = f.call.slug;
    staff = await signIn(t, f.staffUser.email);
    await createUser(t, { email: 'member@review.example' });
    member = await signIn(t, 'member@review.example');
    await q(`update identity_users set locale = 'en' where id = $1`, [applicant.id]);
    for (const n of [1, 2, 3]) {
      const reviewer = await seedPerson(t, `chuyen-gia-${n}`, `Chuyên gia ${n}`);
      // Expert 1 advises the first applicant: never assigned to it automatically.
      if (n === 1)
        await q(
          `insert into directory_affiliations (person_id, organization_id, role) values ($1, $2, 'advisor')`,
          [reviewer.personId, orgs[0]!.id],
        );
      reviewers.push({ ...reviewer, browser: await signIn(t, reviewer.user.email) });
    }
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('staff create a blind round, fill its pool and assign: a linked reviewer is left out', async () => {
    const create = await staff.post(`${STAFF}/${programmeSlug}/calls/${callSlug}/reviews`, {
      kind: 'scoring',
      titleVi: 'Chấm hồ sơ',
      reviewersPerApplication: '2',
      isBlind: 'yes',
      rubric: RUBRIC,
    });
    expect(create.status).toBe(303);
    roundId = /reviews\/([0-9a-f-]{36})/.exec(create.headers.get('location') ?? '')![1]!;
    const bad = await staff.post(`${STAFF}/${programmeSlug}/calls/${callSlug}/reviews`, {
      kind: 'scoring',
      titleVi: 'X',
      reviewersPerApplication: '2',
      rubric: 'a | A | A | 1 | 5 | 1',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Điểm thấp nhất phải nhỏ hơn điểm cao nhất.');

    for (const r of reviewers) {
      const res = await staff.post(`${STAFF}/reviews/${roundId}/reviewers`, {
        reviewer: `/directory/people/${r.slug}`,
      });
      expect(res.status).toBe(303);
    }
    expect((await staff.post(`${STAFF}/reviews/${roundId}/assign`, {})).status).toBe(303);
    const mine = await assignmentsOf(reviewers[0]!.user.id);
    expect(mine.map((a) => a.application_id)).not.toContain(apps[0]);
    const all = await q<{ n: number }>(
      `select count(*)::int as n from programs_review_assignments where round_id = $1`,
      [roundId],
    );
    expect(all[0]!.n).toBe(6);
    // Running it again fills nothing more and moves nothing.
    expect((await staff.post(`${STAFF}/reviews/${roundId}/assign`, {})).status).toBe(303);
    expect((await q(`select count(*)::int as n from programs_review_assignments`))[0]).toEqual({
      n: 6,
    });
    const page = await (await staff.get(`${STAFF}/reviews/${roundId}`)).text();
    expect(page).toContain('Chuyên gia 1');
    expect(page).toContain('<progress');
  });

  it('a reviewer sees only their assignments; anything else is 404', async () => {
    const [r1, r2] = reviewers as [(typeof reviewers)[0], (typeof reviewers)[0]];
    const list = await (await r1.browser.get('/programs/reviews')).text();
    for (const a of await assignmentsOf(r1.user.id)) expect(list).toContain(a.id);
    const others = await assignmentsOf(r2.user.id);
    for (const a of others) {
      expect(list).not.toContain(a.id);
      expect((await r1.browser.get(`/programs/reviews/${a.id}`)).status).toBe(404);
      expect(
        (
          await r1.browser.post(`/programs/reviews/${a.id}`, {
            version: '0',
            'mark.doi_moi': '9',
            op: 'save',
          })
        ).status,
      ).toBe(404);
    }
    expect(await q(`select * from programs_score_sheets`)).toEqual([]);
    expect((await member.get(`/programs/reviews/${others[0]!.id}`)).status).toBe(404);
  });

  it('blind review hides the applicant and other reviewers’ scores', async () => {
    const [, r2, r3] = reviewers as [
      (typeof reviewers)[0],
      (typeof reviewers)[0],
      (typeof reviewers)[0],
    ];
    // The first application has reviewers 2 and 3 (reviewer 1 is linked to it).
    const shared = (await assignmentsOf(r2.user.id)).find((a) => a.application_id === apps[0])!;
    const theirs = (await assignmentsOf(r3.user.id)).find((a) => a.application_id === apps[0])!;
    const res = await r3.browser.post(`/programs/reviews/${theirs.id}`, {
      version: '0',
      'mark.doi_moi': '7',
      'comment.doi_moi': 'Nhận xét riêng của chuyên gia 3',
      op: 'save',
    });
    expect(res.status).toBe(303);
    const html = await (await r2.browser.get(`/programs/reviews/${shared.id}`)).text();
    for (const org of orgs) expect(html).not.toContain(org.name);
    expect(html).not.toContain('Người sáng lập');
    expect(html).not.toContain('Nhận xét riêng của chuyên gia 3');
    expect(html).toMatch(/Dự án \d/);
    const list = await (await r2.browser.get('/programs/reviews')).text();
    for (const org of orgs) expect(list).not.toContain(org.name);
  });

  it('refuses a stale save of the same sheet and loses nothing; two reviewers at once are both kept', async () => {
    const [, r2, r3] = reviewers as [
      (typeof reviewers)[0],
      (typeof reviewers)[0],
      (typeof reviewers)[0],
    ];
    const a = (await assignmentsOf(r2.user.id))[0]!;
    const first = await r2.browser.post(`/programs/reviews/${a.id}`, {
      version: '0',
      'mark.doi_moi': '8',
      op: 'save',
    });
    expect(first.status).toBe(303);
    const stale = await r2.browser.post(`/programs/reviews/${a.id}`, {
      version: '0',
      'mark.doi_moi': '2',
      'comment.doi_moi': 'Viết ở thẻ thứ hai',
      op: 'save',
    });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Phiếu chấm này vừa được lưu ở nơi khác');
    expect(html).toContain('Viết ở thẻ thứ hai');
    const [sheet] = await q<{ marks: Record<string, number>; version: number }>(
      `select marks, version from programs_score_sheets where assignment_id = $1`,
      [a.id],
    );
    expect(sheet).toEqual({ marks: { doi_moi: 8, thi_truong: null }, version: 1 });

    // Two reviewers saving their own sheets of one application at the same moment.
    const pairs = await Promise.all(
      [r2, r3].map(async (r) => ({ r, list: await assignmentsOf(r.user.id) })),
    );
    const common = pairs[0]!.list.find((x) =>
      pairs[1]!.list.some((y) => y.application_id === x.application_id),
    )!;
    const both = [r2, r3].map((r, i) => {
      const own = pairs[i]!.list.find((x) => x.application_id === common.application_id)!;
      return { r, own };
    });
    const versions = await Promise.all(
      both.map(
        async ({ own }) =>
          (
            await q<{ version: number }>(
              `select version from programs_score_sheets where assignment_id = $1`,
              [own.id],
            )
          )[0]?.version ?? 0,
      ),
    );
    const results = await Promise.all(
      both.map(({ r, own }, i) =>
        r.browser.post(`/programs/reviews/${own.id}`, {
          version: String(versions[i]),
          'mark.doi_moi': String(5 + i),
          'mark.thi_truong': '3',
          op: 'save',
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([303, 303]);
    for (const [i, { own }] of both.entries()) {
      const [row] = await q<{ marks: Record<string, number> }>(
        `select marks from programs_score_sheets where assignment_id = $1`,
        [own.id],
      );
      expect(row!.marks.doi_moi).toBe(5 + i);
    }
  });

  it('ranks from the stored sheets as domain/ranking does, and exports them to XLSX', async () => {
    const marks = [
      [9, 5],
      [4, 2],
      [7, 3],
      [6, 4],
      [3, 1],
      [8, 5],
    ];
    let k = 0;
    for (const r of reviewers) {
      for (const a of await assignmentsOf(r.user.id)) {
        const [row] = await q<{ version: number }>(
          `select version from programs_score_sheets where assignment_id = $1`,
          [a.id],
        );
        const [m1, m2] = marks[k++ % marks.length]!;
        const res = await r.browser.post(`/programs/reviews/${a.id}`, {
          version: String(row?.version ?? 0),
          'mark.doi_moi': String(m1),
          'mark.thi_truong': String(m2),
          op: 'submit',
        });
        expect(res.status, a.id).toBe(303);
      }
    }
    const data = await roundRanking(t.deps, { actor: staffActor }, { roundId });
    const sheets = await q<{
      application_id: string;
      reviewer_id: string;
      marks: Record<string, number>;
    }>(
      `select application_id, reviewer_id, marks from programs_score_sheets where round_id = $1 and status = 'submitted'`,
      [roundId],
    );
    const submitted = await q<{ id: string; submitted_at: Date }>(
      `select id, submitted_at from programs_applications`,
    );
    const expected = rankApplications({
      rubric: { criteria: data.round.rubric },
      applications: submitted.map((a) => ({ id: a.id, submittedAt: new Date(a.submitted_at) })),
      sheets: sheets.map((s) => ({
        applicationId: s.application_id,
        reviewerId: s.reviewer_id,
        scores: s.marks,
      })),
    });
    expect(data.ranking.ranked).toEqual(expected.ranked);
    expect(sheets).toHaveLength(6);
    const page = await staff.get(`${STAFF}/reviews/${roundId}/ranking`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(orgs[0]!.name);

    const res = await staff.get(`${STAFF}/reviews/${roundId}/sheets.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const [sheetTab, rankTab] = workbook.worksheets;
    expect(sheetTab!.rowCount).toBe(7);
    expect(sheetTab!.getRow(1).getCell(4).value).toBe('Tính đổi mới (0–10)');
    expect(rankTab!.rowCount).toBe(1 + expected.ranked.length);
    expect(rankTab!.getRow(2).getCell(1).value).toBe(1);
  });

  it('decides, writes to the applicant in their language, and publishes the winners on request', async () => {
    const winner = apps[1]!;
    const back = `${STAFF}/reviews/${roundId}/ranking`;
    expect((await t.app.request(`/programs/${programmeSlug}/winners`)).status).toBe(200);
    const award = await staff.post(`${STAFF}/decisions/${winner}`, {
      version: '0',
      op: 'award',
      prize: '0',
      back,
    });
    expect(award.status).toBe(303);
    const mail = await mailbox.latestTo('founder@review.example');
    expect(mail.subject).toContain('wins First prize');
    expect(mail.text).toContain('Congratulations');
    expect(mail.text).toContain(`/programs/applications/${winner}`);
    expect(
      await decisionOfApplication(t.deps, { actor: staffActor }, { applicationId: winner }),
    ).toMatchObject({
      outcome: 'awarded',
      prize: { title: { en: 'First prize' } },
    });
    // A second decision over a stale version changes nothing.
    const stale = await staff.post(`${STAFF}/decisions/${winner}`, {
      version: '0',
      op: 'reject',
      back,
    });
    expect(stale.status).toBe(409);
    expect(
      (await decisionOfApplication(t.deps, { actor: staffActor }, { applicationId: winner }))
        ?.outcome,
    ).toBe('awarded');
    expect(
      (
        await q(
          `select count(*)::int as n from platform_audit_log where action = 'programs.decision:awarded'`,
        )
      )[0],
    ).toEqual({ n: 1 });

    expect(await (await t.app.request(`/programs/${programmeSlug}/winners`)).text()).not.toContain(
      orgs[1]!.name,
    );
    const [call] = await q<{ id: string }>(`select id from programs_calls`);
    expect(
      (await staff.post(`${STAFF}/decisions/calls/${call!.id}/results`, { publish: 'yes', back }))
        .status,
    ).toBe(303);
    const winners = await (await t.app.request(`/programs/${programmeSlug}/winners`)).text();
    expect(winners).toContain(orgs[1]!.name);
    expect(winners).toContain('Giải Nhất');
  });

  it('outsiders and reviewers get 404 on every staff route, and nothing changes', async () => {
    const [a] = await q<{ id: string }>(`select id from programs_review_assignments limit 1`);
    const [call] = await q<{ id: string }>(`select id from programs_calls`);
    const tables = [
      'programs_review_rounds',
      'programs_review_pool',
      'programs_review_assignments',
      'programs_score_sheets',
      'programs_decisions',
      'programs_result_publications',
    ];
    const snapshot = async () => Promise.all(tables.map((x) => q(`select * from ${x} order by 1`)));
    const before = await snapshot();
    const gets = [
      `${STAFF}/${programmeSlug}/calls/${callSlug}/reviews`,
      `${STAFF}/reviews/${roundId}`,
      `${STAFF}/reviews/${roundId}/ranking`,
      `${STAFF}/reviews/${roundId}/sheets.xlsx`,
    ];
    const posts: [string, Record<string, string>][] = [
      [
        `${STAFF}/${programmeSlug}/calls/${callSlug}/reviews`,
        { kind: 'scoring', titleVi: 'X', reviewersPerApplication: '1', rubric: RUBRIC },
      ],
      [`${STAFF}/reviews/${roundId}/reviewers`, { reviewer: 'chuyen-gia-1' }],
      [`${STAFF}/reviews/${roundId}/assign`, {}],
      [
        `${STAFF}/reviews/${roundId}/assignments`,
        { applicationId: apps[0]!, reviewerId: reviewers[0]!.user.id },
      ],
      [`${STAFF}/reviews/${roundId}/assignments/${a!.id}/remove`, {}],
      [`${STAFF}/decisions/${apps[0]}`, { version: '0', op: 'accept' }],
      [`${STAFF}/decisions/calls/${call!.id}/results`, { publish: 'no' }],
    ];
    for (const who of [member, reviewers[0]!.browser]) {
      for (const path of gets) expect((await who.get(path)).status, path).toBe(404);
      for (const [path, fields] of posts)
        expect((await who.post(path, fields)).status, path).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
  });
});
