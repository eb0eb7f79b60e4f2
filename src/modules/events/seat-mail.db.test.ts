// A seat's mail is built after the registration commits, by a durable job the registration
// scheduled: nothing is mailed for a registration that rolled back, a job run twice mails once,
// and a seat that moved before its job ran is told only what the later change says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/db';
import { pauseJobs, settleJobs } from '../../../test/support/jobs';
import { openDoorFixture, PAGE, type DoorFixture } from './testing/door-fixture';
import { SEAT_MAIL_JOB, sendSeatMail } from './services/seat-mail';

describe.each(testEngines)('seat mails on %s', (engine) => {
  let f: DoorFixture;
  beforeAll(async () => {
    f = await openDoorFixture(engine, { 'Khởi nghiệp': 5 });
  });
  afterAll(() => f.close());

  const outbox = (to: string) =>
    f.t.database.query<{ subject: string }>(
      'select subject from platform_mail_outbox where "to" = $1 order by created_at',
      [to],
    );
  const seatJobs = () =>
    f.t.database.query<{ id: string; payload: unknown }>(
      'select id, payload from platform_jobs where name = $1 and done_at is null',
      [SEAT_MAIL_JOB],
    );
  const registerAs = async (name: string, key: string) => {
    const browser = await f.member(name);
    return browser.post(`${PAGE}/register`, { ticketTypeId: f.tickets['Khởi nghiệp']!, key });
  };

  it('the ticket is mailed after the commit, once even when its job runs twice', async () => {
    const resume = await pauseJobs(f.t);
    try {
      expect((await registerAs('an', 'an-registration-1')).status).toBe(303);
      expect(await outbox('an@startup.example')).toEqual([]);
      const [job] = await seatJobs();
      const run = {
        id: job!.id,
        name: SEAT_MAIL_JOB,
        payload: job!.payload,
        key: null,
        attempt: 1,
        maxAttempts: 5,
        now: f.t.deps.clock(),
      };
      await sendSeatMail(run, f.t.deps);
      await sendSeatMail(run, f.t.deps);
      expect(await outbox('an@startup.example')).toEqual([
        { subject: 'Vé tham dự: Techfest Lâm Đồng 2026' },
      ]);
    } finally {
      resume();
    }
    await settleJobs(f.t);
    const mails = f.mailbox.messages.filter((m) => m.to.includes('an@startup.example'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.attachments.map((a) => a.filename)).toContain('invite.ics');
  });

  it('a refused registration schedules no mail', async () => {
    const before = (await seatJobs()).length;
    expect((await registerAs('an', 'an-registration-2')).status).toBe(409);
    expect(await seatJobs()).toHaveLength(before);
    await settleJobs(f.t);
    expect(await outbox('an@startup.example')).toHaveLength(1);
  });

  it('a seat cancelled before its mail was built is told only of the cancellation', async () => {
    const resume = await pauseJobs(f.t);
    try {
      expect((await registerAs('binh', 'binh-registration')).status).toBe(303);
      expect((await (await f.member('binh')).post(`${PAGE}/cancel`)).status).toBe(303);
    } finally {
      resume();
    }
    await settleJobs(f.t);
    expect(await outbox('binh@startup.example')).toEqual([
      { subject: 'Đã huỷ đăng ký: Techfest Lâm Đồng 2026' },
    ]);
  });
});
