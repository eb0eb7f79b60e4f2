import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import { JOB_HANDLERS } from '../../wiring';
import { createJobRunner, findJobByKey, retryDelayMs } from '../jobs';
import { mailModule } from './mail.module';
import { createMailer, deliveryJobKey, MAIL_MAX_ATTEMPTS, type OutgoingMail } from './mailer';

const T0 = new Date('2026-03-02T01:00:00.000Z');

const letter = (to: string): OutgoingMail => ({
  to,
  subject: 'Hồ sơ đã được tiếp nhận',
  text: 'Xin chào,\nhồ sơ của bạn đã được tiếp nhận.',
  template: 'test.letter',
});

interface OutboxRow {
  id: string;
  to: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

describe.each(testEngines)('mail on the job runner on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let now = T0;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const outbox = () => q<OutboxRow>('select * from platform_mail_outbox order by created_at');
  const jobCount = async () =>
    (await q<{ n: number }>('select count(*)::int as n from platform_jobs'))[0]!.n;
  /** A runner of our own, run by hand on the test's clock (the app's only runs when woken). */
  const runner = () =>
    createJobRunner({
      db: t.database.db,
      clock: () => now,
      handlers: JOB_HANDLERS,
      deps: t.deps,
    });
  const queueOne = (to: string) =>
    t.database.db.transaction((tx) => t.deps.mail.queue(tx, letter(to)));
  const toAddress = (to: string) => mailbox.messages.filter((m) => m.to.includes(to));

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });
  beforeEach(async () => {
    now = T0;
    t.setNow(T0);
    mailbox.refuseNext(0);
    await q('delete from platform_jobs');
    await q('delete from platform_mail_outbox');
  });

  it('a rolled-back change leaves no message and no job; a committed one leaves both', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await t.deps.mail.queue(tx, letter('rolled-back@example.vn'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outbox()).toEqual([]);
    expect(await jobCount()).toBe(0);

    await queueOne('committed@example.vn');
    const [row] = await outbox();
    expect(row).toMatchObject({ to: 'committed@example.vn', status: 'pending', attempts: 0 });
    expect(await findJobByKey(t.database.db, deliveryJobKey(row!.id))).toMatchObject({
      name: 'mail.deliver',
      payload: { outboxId: row!.id },
      runAt: T0,
      maxAttempts: MAIL_MAX_ATTEMPTS,
    });
  });

  it('a refused delivery is retried with backoff and the message arrives once', async () => {
    const to = 'busy@example.vn';
    mailbox.refuseNext(1);
    await queueOne(to);
    const r = runner();
    expect(await r.runDue()).toBe(1);
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
    expect(row!.last_error).toContain('451');
    expect(toAddress(to)).toHaveLength(0);
    const job = await findJobByKey(t.database.db, deliveryJobKey(row!.id));
    expect(job).toMatchObject({ attempts: 1, doneAt: null, failedAt: null });
    expect(job!.runAt).toEqual(new Date(T0.getTime() + retryDelayMs(1)));
    expect(await r.runDue()).toBe(0);

    now = new Date(T0.getTime() + retryDelayMs(1));
    expect(await r.runDue()).toBe(1);
    expect((await mailbox.latestTo(to)).subject).toBe('Hồ sơ đã được tiếp nhận');
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(row!.sent_at).toEqual(now);
    expect((await findJobByKey(t.database.db, deliveryJobKey(row!.id)))?.doneAt).toEqual(now);

    // The same job run again (a runner that died before marking it done) sends nothing more.
    await t.deps.mail.deliver({
      id: job!.id,
      name: 'mail.deliver',
      payload: { outboxId: row!.id },
      key: job!.key,
      attempt: 3,
      maxAttempts: MAIL_MAX_ATTEMPTS,
      now,
    });
    expect(toAddress(to)).toHaveLength(1);
    expect((await outbox())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('after the last refused attempt the message is failed, and the outbox says why', async () => {
    const to = 'gone@example.vn';
    mailbox.refuseNext(MAIL_MAX_ATTEMPTS);
    await queueOne(to);
    const r = runner();
    for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      expect(await r.runDue()).toBe(1);
      const [row] = await outbox();
      const isLast = attempt === MAIL_MAX_ATTEMPTS;
      expect(row).toMatchObject({ status: isLast ? 'failed' : 'pending', attempts: attempt });
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    const [row] = await outbox();
    expect(row!.last_error).toContain('451');
    expect((await findJobByKey(t.database.db, deliveryJobKey(row!.id)))?.failedAt).not.toBeNull();
    now = new Date(now.getTime() + 86_400_000);
    expect(await r.runDue()).toBe(0);
    expect(toAddress(to)).toHaveLength(0);
  });

  it('woken after the commit, the app runner delivers without waiting for its poll', async () => {
    const to = 'prompt@example.vn';
    await queueOne(to);
    t.deps.jobs.wake();
    expect((await mailbox.latestTo(to, 3000)).text).toContain('hồ sơ của bạn đã được tiếp nhận');
    await expect.poll(async () => (await outbox())[0]?.status).toBe('sent');
  });

  it('attachments are kept in the outbox with the message and arrive as they were queued', async () => {
    const to = 'attached@example.vn';
    const invitation = 'BEGIN:VCALENDAR\r\nSUMMARY:Cà phê công nghệ\r\nEND:VCALENDAR\r\n';
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    await t.database.db.transaction((tx) =>
      t.deps.mail.queue(tx, {
        ...letter(to),
        attachments: [
          {
            filename: 'invite.ics',
            contentType: 'text/calendar; charset=utf-8; method=REQUEST',
            content: invitation,
          },
          {
            filename: 'ticket.bin',
            contentType: 'application/octet-stream',
            content: bytes.toString('base64'),
            encoding: 'base64',
          },
        ],
      }),
    );
    // Durable: the files are in the outbox row, not in a process's memory.
    const [stored] = await q<{ attachments: { filename: string }[] }>(
      'select attachments from platform_mail_outbox',
    );
    expect(stored!.attachments.map((a) => a.filename)).toEqual(['invite.ics', 'ticket.bin']);
    expect(await runner().runDue()).toBe(1);
    const mail = await mailbox.latestTo(to);
    expect(mail.text).toContain('hồ sơ của bạn đã được tiếp nhận');
    const [ics, bin] = mail.attachments;
    expect(ics!.filename).toBe('invite.ics');
    expect(ics!.contentType).toContain('text/calendar');
    expect(ics!.contentType).toContain('method=REQUEST');
    expect(ics!.content.toString('utf8')).toBe(invitation);
    expect(bin!.filename).toBe('ticket.bin');
    expect([...bin!.content]).toEqual([...bytes]);
  });

  it('without SMTP a message is kept for the back-office and no job is scheduled', async () => {
    const keeping = createMailer(t.database.db, { from: 'InnoHub <no-reply@innohub.local>' });
    await t.database.db.transaction((tx) => keeping.queue(tx, letter('kept@example.vn')));
    expect(await outbox()).toMatchObject([{ to: 'kept@example.vn', status: 'kept' }]);
    expect(await jobCount()).toBe(0);
    expect(await keeping.scheduleWaiting()).toBe(0);
  });

  it('at start, messages left waiting by the old sweep get a delivery job, once', async () => {
    const insert = (to: string, status: string, attempts: number) =>
      q(
        `insert into platform_mail_outbox ("to", subject, text, status, attempts) values ($1, 'Cũ', 'Thư cũ', $2, $3)`,
        [to, status, attempts],
      );
    await insert('never-tried@example.vn', 'pending', 0);
    await insert('tried-twice@example.vn', 'failed', 2);
    await insert('given-up@example.vn', 'failed', 5);
    await insert('sent@example.vn', 'sent', 1);
    await insert('kept@example.vn', 'kept', 0);
    await queueOne('has-a-job@example.vn');
    expect(await jobCount()).toBe(1);

    await mailModule.warmUp!(t.deps);
    expect(await jobCount()).toBe(3);
    await mailbox.latestTo('never-tried@example.vn', 3000);
    await mailbox.latestTo('tried-twice@example.vn', 3000);
    await mailbox.latestTo('has-a-job@example.vn', 3000);
    await expect
      .poll(async () => (await outbox()).map((m) => `${m.to} ${m.status} ${m.attempts}`).sort())
      .toEqual([
        'given-up@example.vn failed 5',
        'has-a-job@example.vn sent 1',
        'kept@example.vn kept 0',
        'never-tried@example.vn sent 1',
        'sent@example.vn sent 1',
        'tried-twice@example.vn sent 3',
      ]);
    await mailModule.warmUp!(t.deps);
    expect(await jobCount()).toBe(3);
    expect(toAddress('given-up@example.vn')).toHaveLength(0);
  });
});
