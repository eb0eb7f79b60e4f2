// The deadline surge's crash variant, small (issue 11, item 12): 30 applicants submit a 1 MB PDF
// each to the real server, which is killed with SIGKILL once 12 receipts were answered and
// started again on the same data. Every answered receipt is stored whole with the file that was
// sent, nothing is half-stored, and the pages without an answer, sent again, are each stored once.
import { afterAll, describe, expect, it } from 'vitest';
import { killSurge } from '../../bench/programs/surge-kill';
import { surgeEnvironment } from '../../bench/programs/surge';
import { testEngines } from '../support/db';

const APPLICANTS = 30;
const KILL_AFTER = 12;

describe.each(testEngines)(
  'the deadline surge on %s survives SIGKILL',
  { timeout: 300_000 },
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups) await cleanup();
    });

    it('keeps every answered submission whole with its file and half-stores none', async () => {
      const { env, drop } = await surgeEnvironment(engine, process.env.TEST_DATABASE_URL);
      cleanups.push(drop);
      const report = await killSurge(env, {
        applicants: APPLICANTS,
        clients: 10,
        killAfter: KILL_AFTER,
      });
      // Killed part-way: some answered, some not.
      expect(report.answeredBeforeKill).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(report.answeredBeforeKill).toBeLessThan(APPLICANTS);
      // Right after the restart, before anyone sends again.
      expect(report.afterKill).toMatchObject({ answeredMissing: 0, halfStored: 0, duplicates: 0 });
      expect(report.afterKill.whole).toBeGreaterThanOrEqual(report.answeredBeforeKill);
      // The pages without an answer sent again: each applicant stored once, with its own file.
      expect(report.failedResends).toBe(0);
      expect(report.final).toMatchObject({
        whole: APPLICANTS,
        answeredMissing: 0,
        halfStored: 0,
        duplicates: 0,
      });
      console.log(`[surge crash ${engine}]`, JSON.stringify(report));
    });
  },
);
