// The centre's correction of a challenge's window moves its linked solutions call in the same
// transaction as the challenge itself: a correction refused as stale (409) or failing after the
// move leaves the call's dates as they were (issue 15's known limit, closed).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { challengeToCorrect, editChallenge } from './services/edit-challenge';
import { hiddenValue } from './testing/fixtures';
import {
  challengeCast,
  publishedChallenge,
  type ChallengeCast,
} from './testing/published-challenge';

const NOW = new Date('2026-12-01T02:00:00Z');
const CLOSES_AT = '2026-12-31T02:00:00.000Z';

/** The correction form as the page posts it, with the deadline moved to 15/01/2027. */
const movedDeadline = (version: string): Record<string, string> => ({
  version,
  title: 'Hồ sơ thuế điện tử',
  summary: 'Tuyển sinh đầu cấp trực tuyến cho phụ huynh.',
  eligibility: 'Doanh nghiệp khởi nghiệp của tỉnh.',
  opensAt: '01/12/2026 09:00',
  closesAt: '15/01/2027 17:00',
  rewardKind: 'prize',
  rewardDescription: 'Giải nhất',
  rewardAmount: '100.000.000',
  agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
  note: 'Gia hạn.',
});

describe.each(testEngines)('moving a challenge’s solutions call on %s', (engine) => {
  let t: TestApp;
  let cast: ChallengeCast;
  let centre: BrowserSession;
  let path: string;
  let slug: string;

  /** What a correction that went wrong must leave as it was. */
  const state = async () => {
    const [row] = await t.database.query<{
      call_closes: Date;
      call_version: number;
      closes: Date;
      version: number;
      logged: number;
    }>(
      `select k.closes_at as call_closes, k.version as call_version, c.closes_at as closes,
              c.version,
              (select count(*)::int from challenges_challenge_changes) as logged
         from challenges_challenges c join programs_calls k on k.id = c.call_id`,
    );
    return {
      callClosesAt: new Date(row!.call_closes).toISOString(),
      callVersion: row!.call_version,
      closesAt: new Date(row!.closes).toISOString(),
      version: row!.version,
      logged: row!.logged,
    };
  };
  /** The state before a correction that must change nothing: the window as published. */
  const unchanged = async () => {
    const before = await state();
    expect(before).toMatchObject({ callClosesAt: CLOSES_AT, closesAt: CLOSES_AT, logged: 0 });
    return before;
  };
  const run = async (...statements: string[]) => {
    for (const sql of statements) await t.database.query(sql);
  };
  const version = async () =>
    hiddenValue(await (await centre.get(`${path}/edit`)).text(), 'version');

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    cast = await challengeCast(t, 'thue-doi.example');
    const { challenge } = await publishedChallenge(t, cast, {
      title: 'Hồ sơ thuế điện tử',
      opensAt: NOW,
    });
    slug = challenge.slug;
    path = `/challenges/${slug}`;
    centre = await signIn(t, cast.staff.email);
    expect((await centre.post(`${path}/call`, {})).status).toBe(303);
    expect(await state()).toMatchObject({ callClosesAt: CLOSES_AT, closesAt: CLOSES_AT });
  });
  afterAll(async () => {
    await t.close();
  });

  it('a correction refused as stale leaves the call’s dates unchanged', async () => {
    // Another correction of the challenge lands just as this one moves the call: a test-only
    // trigger saves it from inside the move, between this correction's read and its save.
    await run(
      `create function test_racing_correction() returns trigger language plpgsql as $$
       begin
         update challenges_challenges set version = version + 1 where call_id = new.id;
         return new;
       end $$`,
      `create trigger test_racing_correction after update on programs_calls
         for each row execute function test_racing_correction()`,
    );
    try {
      const before = await unchanged();
      const res = await centre.post(`${path}/edit`, movedDeadline(await version()));
      expect(res.status).toBe(409);
      expect(await res.text()).toContain('đã được người khác cập nhật');
      expect(await state()).toEqual(before);
    } finally {
      await run(
        'drop trigger test_racing_correction on programs_calls',
        'drop function test_racing_correction()',
      );
    }
  });

  it('a save failing after the move leaves the call and the challenge unchanged', async () => {
    await run(
      `create function test_failing_log() returns trigger language plpgsql as $$
       begin
         raise exception 'the log of updates is unavailable';
       end $$`,
      `create trigger test_failing_log before insert on challenges_challenge_changes
         for each row execute function test_failing_log()`,
    );
    try {
      const before = await unchanged();
      const challenge = await challengeToCorrect(t.deps, cast.centreActor, { slug });
      const correction = editChallenge(t.deps, cast.centreActor, {
        slug,
        version: challenge.version,
        title: challenge.title,
        summary: challenge.summary,
        eligibility: challenge.eligibility,
        rewards: challenge.rewards,
        documents: challenge.documents,
        agreementText: challenge.agreementText,
        opensAt: challenge.opensAt,
        closesAt: new Date('2027-01-15T10:00:00Z'),
        note: '',
      });
      await expect(correction).rejects.toMatchObject({
        cause: { message: 'the log of updates is unavailable' },
      });
      expect(await state()).toEqual(before);
    } finally {
      await run(
        'drop trigger test_failing_log on challenges_challenge_changes',
        'drop function test_failing_log()',
      );
    }
  });

  it.runIf(engine === 'postgres')(
    'moves nothing when another correction commits while this one waits to save',
    async () => {
      const before = await unchanged();
      const form = movedDeadline(await version());
      const other = new pg.Client({ connectionString: t.database.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query(
          `update challenges_challenges set summary = 'Sửa cùng lúc', version = version + 1`,
        );
        const correcting = centre.post(`${path}/edit`, form);
        // Until the correction waits for the other one's row (bounded: it reads without waiting).
        for (let polls = 0; polls < 500; polls++) {
          const waiting = await t.database.query(
            `select 1 from pg_locks where not granted and relation = 'challenges_challenges'::regclass`,
          );
          if (waiting.length > 0) break;
        }
        await other.query('commit');
        const res = await correcting;
        expect(res.status).toBe(409);
        expect(await state()).toEqual({ ...before, version: before.version + 1 });
      } finally {
        await other.end();
      }
      // Sent again at the version now shown, the correction moves both.
      expect((await centre.post(`${path}/edit`, movedDeadline(await version()))).status).toBe(303);
      expect(await state()).toMatchObject({
        callClosesAt: '2027-01-15T10:00:00.000Z',
        closesAt: '2027-01-15T10:00:00.000Z',
        logged: 1,
      });
    },
  );
});
