// Every update path of the programmes module writes only its table's editable columns, stamps
// the row with who changed it and the command's clock (platform/db/versioned.ts), and refuses a
// stale version: the command says CONFLICT, the page answers 409, nothing is overwritten.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { signIn } from '../../../test/support/actors';
import { testEngines } from '../../../test/support/db';
import type { ChangeStamp } from '../../platform/db/versioned';
import { updateApplicationRow } from './db/applications.repository';
import { updateCallRow } from './db/calls.repository';
import { insertCouncil, updateCouncilRow } from './db/council.repository';
import { updateProgrammeRow } from './db/programmes.repository';
import {
  insertMilestone,
  insertProject,
  touchProject,
  updateMilestoneRow,
} from './db/projects.repository';
import { insertRound, insertSheet, updateRoundRow, updateSheetRow } from './db/review.repository';
import { insertEntry, insertVote, updateVoteRow } from './db/vote.repository';
import { updateCall } from './services/calls/update-call';
import { recordCouncilMeeting } from './services/councils/record-council-meeting';
import { updateProgramme } from './services/programmes/update-programme';
import { saveMilestone } from './services/projects/save-project-milestone';
import { updateReviewRound } from './services/rounds/update-review-round';
import { setVoteState } from './services/votes/set-vote-state';
import { seedCallWithApplications } from './testing/call-fixture';

const NOW = new Date('2026-03-02T03:04:05.000Z');
const LONG_AGO = new Date('2000-01-01T00:00:00.000Z');
const RUBRIC = [
  { id: 'team', label: { vi: 'Đội ngũ', en: '' }, weight: 1, scale: { min: 0, max: 10 } },
];

/** What a careless caller might spread into a patch: the row's identity, version and stamps. */
const FORGED = {
  id: randomUUID(),
  version: 99,
  createdAt: LONG_AGO,
  createdBy: 'intruder',
  updatedAt: LONG_AGO,
  updatedBy: 'intruder',
};
/** A patch spread from a wider object: the types let it through, the update path must not. */
const wide = <C extends object>(systemOwned: object, change: C) => ({
  ...FORGED,
  ...systemOwned,
  ...change,
});

type Row = Record<string, unknown> & { version: number };
type Fixture = Awaited<ReturnType<typeof seedCallWithApplications>>;

describe.each(testEngines)('programmes’ versioned updates on %s', (engine) => {
  let t: TestApp;
  let f: Fixture;
  let stamp: ChangeStamp;
  const ids: Record<string, string> = {};
  const db = () => t.deps.database.db;
  const acting = () => ({ actor: f.staffActor });
  const rowOf = async (table: string, id: string, key = 'id') =>
    (await f.q<Row>(`select * from ${table} where ${key} = $1`, [id]))[0]!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    f = await seedCallWithApplications(t, 'versioned');
    t.setNow(NOW);
    stamp = { by: f.staffUser.id, now: NOW };
    const createdBy = f.staffUser.id;
    const callId = f.call.id;
    ids.council = (await insertCouncil(db(), { callId, titleVi: 'Hội đồng', createdBy })).id;
    ids.vote = (await insertVote(db(), { callId, titleVi: 'Bình chọn', createdBy }))!.id;
    await insertEntry(db(), {
      voteId: ids.vote,
      applicationId: f.apps[0]!,
      solutionName: 'Dự án 1',
      organizationName: f.orgs[0]!.name,
      createdBy,
    });
    const round = await insertRound(db(), {
      callId,
      kind: 'scoring',
      titleVi: 'Vòng chấm',
      rubric: RUBRIC,
      seed: 'seed-1',
      createdBy,
    });
    ids.round = round.id;
    const [assignment] = await f.q<{ id: string }>(
      `insert into programs_review_assignments (round_id, application_id, reviewer_id, is_manual, created_by)
       values ($1, $2, $3, true, $3) returning id`,
      [round.id, f.apps[0], createdBy],
    );
    ids.sheet = assignment!.id;
    await insertSheet(db(), {
      assignmentId: assignment!.id,
      roundId: round.id,
      applicationId: f.apps[0]!,
      reviewerId: createdBy,
      applicationVersion: 1,
    });
    const project = await insertProject(db(), {
      programmeId: f.programme.id,
      organizationId: f.orgs[0]!.id,
      applicationId: f.apps[0],
      titleVi: 'Dự án được tài trợ',
      awardVnd: 100_000_000n,
      durationMonths: 12,
      createdBy,
    });
    ids.project = project.id;
    ids.milestone = (
      await insertMilestone(db(), { projectId: project.id, title: 'Mốc 1', dueOn: '2026-06-30' })
    ).id;
  });
  afterAll(() => t.close());

  /** Each path, a patch naming its system-owned columns besides the stamps, and its one change. */
  const paths: {
    name: string;
    table: string;
    key?: string;
    id: () => string;
    update: (version: number) => Promise<unknown>;
    column: string;
    changed: unknown;
  }[] = [
    {
      name: 'programme',
      table: 'programs_programmes',
      id: () => f.programme.id,
      update: (v) =>
        updateProgrammeRow(
          db(),
          f.programme.id,
          v,
          wide({ slug: 'forged' }, { titleEn: 'New' }),
          stamp,
        ),
      column: 'title_en',
      changed: 'New',
    },
    {
      name: 'call',
      table: 'programs_calls',
      id: () => f.call.id,
      update: (v) =>
        updateCallRow(
          db(),
          f.call.id,
          v,
          wide({ programmeId: randomUUID(), slug: 'forged' }, { titleEn: 'New' }),
          stamp,
        ),
      column: 'title_en',
      changed: 'New',
    },
    {
      name: 'application',
      table: 'programs_applications',
      id: () => f.apps[1]!,
      update: (v) =>
        updateApplicationRow(
          db(),
          f.apps[1]!,
          v,
          wide(
            { callId: randomUUID(), organizationId: randomUUID() },
            { status: 'reopened' as const },
          ),
          stamp,
        ),
      column: 'status',
      changed: 'reopened',
    },
    {
      name: 'council',
      table: 'programs_councils',
      id: () => ids.council!,
      update: (v) =>
        updateCouncilRow(
          db(),
          ids.council!,
          v,
          wide({ callId: randomUUID(), roundId: randomUUID() }, { conclusions: 'Thống nhất' }),
          stamp,
        ),
      column: 'conclusions',
      changed: 'Thống nhất',
    },
    {
      name: 'vote',
      table: 'programs_votes',
      id: () => ids.vote!,
      update: (v) =>
        updateVoteRow(
          db(),
          ids.vote!,
          v,
          wide({ callId: randomUUID() }, { titleEn: 'Vote' }),
          stamp,
        ),
      column: 'title_en',
      changed: 'Vote',
    },
    {
      name: 'review round',
      table: 'programs_review_rounds',
      id: () => ids.round!,
      update: (v) =>
        updateRoundRow(
          db(),
          ids.round!,
          v,
          wide({ callId: randomUUID(), seed: 'forged' }, { titleEn: 'Scoring' }),
          stamp,
        ),
      column: 'title_en',
      changed: 'Scoring',
    },
    {
      name: 'score sheet',
      table: 'programs_score_sheets',
      key: 'assignment_id',
      id: () => ids.sheet!,
      update: (v) =>
        updateSheetRow(
          db(),
          ids.sheet!,
          v,
          wide(
            {
              assignmentId: randomUUID(),
              roundId: randomUUID(),
              applicationId: randomUUID(),
              reviewerId: 'intruder',
              applicationVersion: 7,
            },
            { comment: 'Tốt' },
          ),
          stamp,
        ),
      column: 'comment',
      changed: 'Tốt',
    },
    {
      name: 'milestone',
      table: 'programs_project_milestones',
      id: () => ids.milestone!,
      update: (v) =>
        updateMilestoneRow(
          db(),
          ids.milestone!,
          v,
          wide({ projectId: randomUUID(), remindedFor: '2026-01-01' }, { title: 'Mốc đầu' }),
          stamp,
        ),
      column: 'title',
      changed: 'Mốc đầu',
    },
    {
      // Locked, not version-compared (the paid total and the steps queue behind the lock).
      name: 'project',
      table: 'programs_projects',
      id: () => ids.project!,
      update: () =>
        touchProject(
          db(),
          ids.project!,
          wide(
            {
              programmeId: randomUUID(),
              organizationId: randomUUID(),
              applicationId: randomUUID(),
              paidVnd: 99_000_000n,
            },
            { titleEn: 'Funded' },
          ),
          stamp,
        ),
      column: 'title_en',
      changed: 'Funded',
    },
  ];

  it.each(paths)(
    '$name: a patch writes its editable columns only; the version and stamps are the path’s',
    async (path) => {
      const before = await rowOf(path.table, path.id(), path.key);
      expect(await path.update(before.version)).toBeDefined();
      const after = await rowOf(path.table, path.id(), path.key);
      const untouched = (row: Row) => {
        const { version: _v, updated_at: _at, updated_by: _by, [path.column]: _c, ...rest } = row;
        return rest;
      };
      expect(untouched(after)).toEqual(untouched(before));
      expect(after[path.column]).toEqual(path.changed);
      expect(after.version).toBe(before.version + 1);
      expect(after.updated_at).toEqual(NOW);
      if ('updated_by' in before) expect(after.updated_by).toBe(f.staffUser.id);
    },
  );

  it('refuses a patch that names the stamps at compile time, and drops them at run time', async () => {
    const before = await rowOf('programs_programmes', f.programme.id);
    const updated = await updateProgrammeRow(
      db(),
      f.programme.id,
      before.version,
      // @ts-expect-error the stamps are the update path's, never a caller's
      { summaryEn: 'Typed', updatedBy: 'intruder', updatedAt: LONG_AGO },
      stamp,
    );
    expect(updated).toMatchObject({
      summaryEn: 'Typed',
      updatedBy: f.staffUser.id,
      updatedAt: NOW,
    });
  });

  it('a save over a version someone else saved meanwhile is a CONFLICT, and overwrites nothing', async () => {
    const programme = await rowOf('programs_programmes', f.programme.id);
    const call = f.call;
    const round = await rowOf('programs_review_rounds', ids.round!);
    const council = await rowOf('programs_councils', ids.council!);
    const milestone = await rowOf('programs_project_milestones', ids.milestone!);
    const vote = await rowOf('programs_votes', ids.vote!);
    const callVersion = (await rowOf('programs_calls', call.id)).version;
    // Each command twice from the same page: the first lands, the second finds the row moved on.
    const commands: [string, string, number, (title: string) => Promise<{ ok: boolean }>][] = [
      [
        'programs_programmes',
        f.programme.id,
        programme.version,
        (title) =>
          updateProgramme(t.deps, acting(), {
            programmeId: f.programme.id,
            expectedVersion: programme.version,
            kind: 'competition',
            titleVi: title,
            prizes: f.programme.prizes,
          } as never),
      ],
      [
        'programs_calls',
        call.id,
        callVersion,
        (title) =>
          updateCall(t.deps, acting(), {
            callId: call.id,
            expectedVersion: callVersion,
            titleVi: title,
            opensAt: call.opensAt,
            closesAt: call.closesAt,
            status: 'published',
            form: call.form,
            eligibility: call.eligibility,
          }),
      ],
      [
        'programs_review_rounds',
        ids.round!,
        round.version,
        (title) =>
          updateReviewRound(t.deps, acting(), {
            roundId: ids.round!,
            expectedVersion: round.version,
            status: 'open',
            kind: 'scoring',
            titleVi: title,
            reviewersPerApplication: 3,
            isBlind: false,
            rubric: RUBRIC,
          }),
      ],
      [
        'programs_councils',
        ids.council!,
        council.version,
        (title) =>
          recordCouncilMeeting(t.deps, acting(), {
            councilId: ids.council!,
            expectedVersion: council.version,
            meetingPlace: title,
            meetingAt: NOW,
            presentIds: [],
          }),
      ],
      [
        'programs_project_milestones',
        ids.milestone!,
        milestone.version,
        (title) =>
          saveMilestone(t.deps, acting(), {
            projectId: ids.project!,
            milestoneId: ids.milestone!,
            expectedVersion: milestone.version,
            title,
            dueOn: '2026-07-31',
          }),
      ],
      [
        'programs_votes',
        ids.vote!,
        vote.version,
        () =>
          setVoteState(t.deps, acting(), {
            voteId: ids.vote!,
            expectedVersion: vote.version,
            op: 'open',
          }),
      ],
    ];
    for (const [table, id, version, save] of commands) {
      expect(await save('Lần đầu'), table).toMatchObject({ ok: true });
      const saved = await rowOf(table, id);
      expect(saved, table).toMatchObject({ version: version + 1, updated_at: NOW });
      if ('updated_by' in saved) expect(saved.updated_by, table).toBe(f.staffUser.id);
      expect(await save('Lần hai'), table).toMatchObject({ ok: false, reason: 'CONFLICT' });
      expect(await rowOf(table, id), table).toEqual(saved);
    }
  });

  it('the staff page answers a stale programme change with 409 and keeps the stored row', async () => {
    const staff = await signIn(t, 'staff@versioned.example');
    const shown = String((await rowOf('programs_programmes', f.programme.id)).version);
    const path = `/admin/programs/${f.programme.slug}`;
    expect((await staff.post(`${path}/publish`, { version: shown })).status).toBe(303);
    const before = await rowOf('programs_programmes', f.programme.id);
    // The same page, still showing the version before that publication.
    const res = await staff.post(`${path}/archive`, { version: shown });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Người khác đã lưu trong lúc bạn sửa.');
    expect(await rowOf('programs_programmes', f.programme.id)).toEqual(before);
  });
});
