// Organisers write to an event's registrants: to one ticket type, one mail per recipient through
// the outbox (each sees only their own address), Vietnamese or English as each registered; the
// same form submitted twice sends once; a bad message is refused with its field and stores
// nothing; a member who does not organise the event gets 404 and sends nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import type { Mailbox } from '../../../test/support/mailbox';
import type { Actor } from '../../platform/authz';
import { registerMember } from './services/register';
import { createMember, publishEvent, openCentre, type TestEvent } from './testing/back-office';

const actorOf = (id: string, name: string, email: string): Actor => ({
  kind: 'user',
  user: { id, name, email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set(['member']),
});

describe.each(testEngines)('messages to registrants on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  let event: TestEvent;
  let path = '';

  const outboxTo = async (email: string) =>
    (
      await t.database.query(
        `select id from platform_mail_outbox where "to" = $1 and template = 'events.message'`,
        [email],
      )
    ).length;
  const messageRows = async () => (await t.database.query('select id from events_messages')).length;

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openCentre(engine));
    event = await publishEvent(staff, {
      slug: 'ngay-hoi',
      title: 'Ngày hội khởi nghiệp',
      organizers: 'trung-tam',
      startsAt: '2026-12-20T08:00',
      tickets: [
        ['Chung', 10],
        ['Báo chí', 5],
      ],
    });
    path = `${event.base}/messages`;
    const [general, press] = event.ticketTypes;
    const people = [
      ['an@mail.example', 'An', general, 'vi'],
      ['binh@mail.example', 'Bình', general, 'en'],
      ['chi@bao.example', 'Chi', press, 'vi'],
    ] as const;
    for (const [email, name, ticketTypeId, locale] of people) {
      const done = await registerMember(
        t.deps,
        { actor: actorOf(`acc-${name}`, name, email) },
        {
          slug: 'ngay-hoi',
          ticketTypeId: ticketTypeId!,
          idempotencyKey: `key-of-${email}`,
          locale,
        },
      );
      expect(done.ok).toBe(true);
    }
    await settleJobs(t);
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('mails one ticket type, each recipient alone and in their language; a double submit sends once', async () => {
    const form = await (await staff.get(path)).text();
    const key = /name="key" value="([^"]+)"/.exec(form)![1]!;
    const message = {
      key,
      ticketTypeId: event.ticketTypes[0]!,
      subjectVi: 'Đổi phòng hội thảo',
      bodyVi: 'Hội thảo chuyển sang phòng 201.',
      subjectEn: 'Workshop room changed',
      bodyEn: 'The workshop moves to room 201.',
    };
    const [first, second] = [await staff.post(path, message), await staff.post(path, message)];
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(first.headers.get('location')).toContain('sent=2');
    expect(await messageRows()).toBe(1);
    expect(await outboxTo('an@mail.example')).toBe(1);
    expect(await outboxTo('binh@mail.example')).toBe(1);
    expect(await outboxTo('chi@bao.example')).toBe(0);
    await settleJobs(t);
    const an = await mailbox.latestTo('an@mail.example');
    expect(an.to).toEqual(['an@mail.example']);
    expect(an.subject).toBe('Đổi phòng hội thảo');
    expect(an.text).toContain('Hội thảo chuyển sang phòng 201.');
    expect(an.raw).not.toContain('binh@mail.example');
    const binh = await mailbox.latestTo('binh@mail.example');
    expect(binh.to).toEqual(['binh@mail.example']);
    expect(binh.subject).toBe('Workshop room changed');
    expect(binh.text).toContain('The workshop moves to room 201.');
    const page = await (await staff.get(`${path}?sent=2`)).text();
    expect(page).toContain('Đã xếp 2 thư vào hàng gửi.');
    expect(page).toContain('Đổi phòng hội thảo');
  });

  it('refuses an empty message or an unknown ticket type by field, storing nothing', async () => {
    const empty = await staff.post(path, {
      key: 'key-empty-0001',
      ticketTypeId: '',
      subjectVi: '',
      bodyVi: 'x',
      subjectEn: '',
      bodyEn: '',
    });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('aria-invalid="true"');
    const unknown = await staff.post(path, {
      key: 'key-unknown-0001',
      ticketTypeId: '00000000-0000-4000-8000-000000000000',
      subjectVi: 'Chào',
      bodyVi: 'Nội dung',
      subjectEn: '',
      bodyEn: '',
    });
    expect(unknown.status).toBe(422);
    expect(await messageRows()).toBe(1);
  });

  it('mails everyone when no ticket type is chosen', async () => {
    const all = await staff.post(path, {
      key: 'key-everyone-01',
      ticketTypeId: '',
      subjectVi: 'Nhắc lịch',
      bodyVi: 'Hẹn gặp!',
      subjectEn: '',
      bodyEn: '',
    });
    expect(all.headers.get('location')).toContain('sent=3');
    await settleJobs(t);
    // No English text given: Bình reads the Vietnamese one.
    expect((await mailbox.latestTo('binh@mail.example')).subject).toBe('Nhắc lịch');
    expect((await mailbox.latestTo('chi@bao.example')).subject).toBe('Nhắc lịch');
  });

  it('a member who does not organise the event gets 404 and sends nothing', async () => {
    const member = await createMember(t, { email: 'dung@mail.example', name: 'Dũng' });
    expect((await member.browser.get(path)).status).toBe(404);
    const res = await member.browser.post(path, {
      key: 'key-outsider-1',
      ticketTypeId: '',
      subjectVi: 'Spam',
      bodyVi: 'Spam',
      subjectEn: '',
      bodyEn: '',
    });
    expect(res.status).toBe(404);
    expect(await messageRows()).toBe(2);
  });
});
