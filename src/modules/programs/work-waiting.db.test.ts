// What the manifest gives the platform: work waiting on /admin and on the account page, the
// back-office entry of programme management, and the module's indicators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { indicatorById } from '../../platform/modules/registry';
import { managedStartup } from './testing/applicant-fixture';
import { seedCallWithApplications, seedPerson } from './testing/call-fixture';

const STAFF = '/admin/programs';
const RUBRIC = 'doi_moi | Tính đổi mới | Innovation | 1 | 0 | 10';

/** The count shown for a work item, or undefined when the page does not list it. */
const workCount = (html: string, id: string) => {
  const match = new RegExp(
    `data-work="${id.replace('.', '\\.')}"><a href="([^"]+)">([\\d.]+) `,
  ).exec(html);
  return match ? { href: match[1], count: Number(match[2]!.replace(/\./g, '')) } : undefined;
};

describe.each(testEngines)('programmes in the platform on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let reviewer: BrowserSession;
  let founder: BrowserSession;
  let f: Awaited<ReturnType<typeof seedCallWithApplications>>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    f = await seedCallWithApplications(t, 'work');
    staff = await signIn(t, f.staffUser.email);
    const expert = await seedPerson(t, 'chuyen-gia-work', 'Chuyên gia');
    reviewer = await signIn(t, expert.user.email);
    const round = await staff.post(`${STAFF}/${f.programme.slug}/calls/${f.call.slug}/reviews`, {
      kind: 'scoring',
      titleVi: 'Chấm hồ sơ',
      reviewersPerApplication: '1',
      rubric: RUBRIC,
    });
    const roundId = /reviews\/([0-9a-f-]{36})/.exec(round.headers.get('location') ?? '')![1]!;
    await staff.post(`${STAFF}/reviews/${roundId}/reviewers`, {
      reviewer: `/directory/people/${expert.slug}`,
    });
    expect((await staff.post(`${STAFF}/reviews/${roundId}/assign`, {})).status).toBe(303);
    const user = await createUser(t, { email: 'drafter@work.example' });
    const startup = await managedStartup(t, 'Công ty Nháp', [[user.id, 'owner']]);
    await t.database.query(
      `insert into programs_applications (call_id, organization_id, created_by) values ($1, $2, $3)`,
      [f.call.id, startup.id, user.id],
    );
    founder = await signIn(t, user.email);
  });
  afterAll(() => t.close());

  it('shows staff the applications waiting for a decision and the way to programme management', async () => {
    const html = await (await staff.get('/admin')).text();
    expect(workCount(html, 'programs.toDecide')).toEqual({ href: STAFF, count: 3 });
    expect(html).toContain(`href="${STAFF}"`);
    expect(html).toContain('Chương trình &amp; cuộc thi');

    await t.database.query(
      `insert into programs_decisions (application_id, outcome, decided_by, decided_at) values ($1, 'rejected', $2, now())`,
      [f.apps[0], f.staffUser.id],
    );
    const after = await (await staff.get('/admin')).text();
    expect(workCount(after, 'programs.toDecide')?.count).toBe(2);
  });

  it('shows a reviewer their sheets and an applicant their drafts on the account page, and nothing to others', async () => {
    const mine = await (await reviewer.get('/account')).text();
    expect(workCount(mine, 'programs.sheets')).toEqual({ href: '/programs/reviews', count: 3 });
    expect(workCount(mine, 'programs.drafts')).toBeUndefined();
    expect(mine).toContain('href="/programs/reviews"');

    const theirs = await (await founder.get('/account')).text();
    expect(workCount(theirs, 'programs.drafts')).toEqual({
      href: '/programs/applications',
      count: 1,
    });
    expect(workCount(theirs, 'programs.sheets')).toBeUndefined();
    expect(workCount(theirs, 'programs.toDecide')).toBeUndefined();
    expect(theirs).toContain('href="/programs/applications"');
    expect(theirs).not.toContain(`href="${STAFF}"`);
  });

  it('computes its indicators for a period and a province', async () => {
    const db = t.deps.database.db;
    const submitted = indicatorById('programs.applications_submitted')!;
    const january = {
      from: new Date('2026-01-01T00:00:00+07:00'),
      to: new Date('2026-02-01T00:00:00+07:00'),
    };
    expect(await submitted.compute(db, january)).toBe(3);
    expect(
      await submitted.compute(db, { from: january.to, to: new Date('2026-03-01T00:00:00+07:00') }),
    ).toBe(0);
    await t.database.query(
      `update directory_organizations set province_code = '48' where id = $1`,
      [f.orgs[1]!.id],
    );
    expect(await submitted.compute(db, { ...january, province: '48' })).toBe(1);
    await t.database.query(`update programs_applications set status = 'withdrawn' where id = $1`, [
      f.apps[1],
    ]);
    expect(await submitted.compute(db, { ...january, province: '48' })).toBe(0);

    const funded = indicatorById('programs.projects_funded')!;
    const awarded = indicatorById('programs.funding_awarded')!;
    const year = {
      from: new Date('2026-01-01T00:00:00+07:00'),
      to: new Date('2027-01-01T00:00:00+07:00'),
    };
    for (const [i, award] of [
      [0, 1_500_000_000],
      [2, 800_000_000],
    ] as const) {
      await t.database.query(
        `insert into programs_projects (programme_id, organization_id, title_vi, award_vnd, duration_months, created_at)
         values ($1, $2, 'Dự án', $3, 12, '2026-06-01T00:00:00+07:00')`,
        [f.programme.id, f.orgs[i]!.id, award],
      );
    }
    expect(await funded.compute(db, year)).toBe(2);
    expect(await awarded.compute(db, year)).toBe(2_300_000_000);
    expect(awarded.unit).toBe('vnd');
    expect(await funded.compute(db, { ...year, province: '48' })).toBe(0);
  });
});
