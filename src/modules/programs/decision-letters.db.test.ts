import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { acceptApplication } from './services/decisions/decide-accept';
import { rejectApplication } from './services/decisions/decide-reject';
import { seedCallWithApplications } from './testing/call-fixture';

// A decision letter is queued in the decision's transaction (decision 012): it exists exactly
// when the decision does, and the job runner delivers it.
describe.each(testEngines)('decision letters on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let fixture: Awaited<ReturnType<typeof seedCallWithApplications>>;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const lettersAbout = async (applicationId: string) =>
    (
      await q<{ n: number }>(
        `select count(*)::int as n from platform_mail_outbox where template like 'programs.decision.%' and text like $1`,
        [`%/programs/applications/${applicationId}%`],
      )
    )[0]!.n;

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    fixture = await seedCallWithApplications(t, 'letters');
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('the letter, its delivery job and the decision commit in one transaction; it arrives', async () => {
    const id = fixture.apps[0]!;
    const decided = await acceptApplication(
      t.deps,
      { actor: fixture.staffActor },
      { applicationId: id, expectedVersion: 0 },
    );
    expect(decided.ok).toBe(true);
    // now() is the transaction's start: rows written by one transaction share it.
    const [row] = await q<{ letter_at: string; job_at: string; audit_at: string }>(
      `select o.created_at::text as letter_at, j.created_at::text as job_at, a.at::text as audit_at
       from platform_mail_outbox o
       join platform_jobs j on j.key = 'mail.deliver:' || o.id::text
       join platform_audit_log a on a.entity_id = $1 and a.action = 'programs.decision:accepted'
       where o.text like $2`,
      [id, `%/programs/applications/${id}%`],
    );
    expect(row).toBeDefined();
    expect(row!.letter_at).toBe(row!.audit_at);
    expect(row!.job_at).toBe(row!.audit_at);
    const mail = await mailbox.latestTo(fixture.applicant.email);
    expect(mail.text).toContain(`/programs/applications/${id}`);
    await expect
      .poll(async () => (await q<{ status: string }>(`select status from platform_mail_outbox`))[0])
      .toEqual({ status: 'sent' });

    // A second decision over a stale version is refused and writes no letter.
    const stale = await rejectApplication(
      t.deps,
      { actor: fixture.staffActor },
      { applicationId: id, expectedVersion: 0 },
    );
    expect(stale).toMatchObject({ ok: false, reason: 'CONFLICT' });
    expect(await lettersAbout(id)).toBe(1);
  });

  it('a decision whose transaction fails after queuing its letter leaves neither', async () => {
    const id = fixture.apps[1]!;
    const before = mailbox.messages.length;
    // The delivery job's insert fails: the letter's outbox row is already written in the
    // transaction, so only a rollback of the whole decision can take it away.
    await q(`create function test_refuse_mail_job() returns trigger language plpgsql as $$
      begin raise exception 'the job table refused the insert'; end $$`);
    await q(`create trigger test_refuse_mail_job before insert on platform_jobs for each row
      when (new.name = 'mail.deliver') execute function test_refuse_mail_job()`);
    try {
      await expect(
        rejectApplication(
          t.deps,
          { actor: fixture.staffActor },
          { applicationId: id, expectedVersion: 0, note: 'Chưa phù hợp' },
        ),
      ).rejects.toMatchObject({
        cause: { message: expect.stringContaining('the job table refused the insert') },
      });
    } finally {
      await q('drop trigger test_refuse_mail_job on platform_jobs');
      await q('drop function test_refuse_mail_job()');
    }
    expect(await lettersAbout(id)).toBe(0);
    expect(
      await q(`select 1 from programs_decisions where application_id = $1`, [id]),
    ).toHaveLength(0);
    expect(
      await q(
        `select 1 from platform_audit_log where entity_id = $1 and action like 'programs.decision:%'`,
        [id],
      ),
    ).toHaveLength(0);
    expect(mailbox.messages.length).toBe(before);

    // The same decision, once the database takes it, writes its letter.
    expect(
      (
        await rejectApplication(
          t.deps,
          { actor: fixture.staffActor },
          { applicationId: id, expectedVersion: 0, note: 'Chưa phù hợp' },
        )
      ).ok,
    ).toBe(true);
    expect(await lettersAbout(id)).toBe(1);
    // Delivered by the runner the decision woke once it committed.
    await t.deps.jobs.idle();
    expect(mailbox.messages.length).toBe(before + 1);
    expect((await mailbox.latestTo(fixture.applicant.email)).text).toContain(
      `/programs/applications/${id}`,
    );
  });
});
