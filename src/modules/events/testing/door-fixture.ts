// A published event with ticket types and registered members, as the door's tests start from:
// staff make it through the back-office, members register through the event's page, and their
// ticket codes are read from the mails they received.
import { createUser, signIn } from '../../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import type { Engine } from '../../../platform/db/client';
import { startMailbox, type Mailbox } from '../../../../test/support/mailbox';

export const STAFF = '/admin/events';
export const SLUG = 'techfest-lam-dong-2026';
export const PAGE = `/events/${SLUG}`;

export const TECHFEST = {
  type: 'techfest',
  titleVi: 'Techfest Lâm Đồng 2026',
  startsAt: '2026-12-20T08:00',
  endsAt: '2026-12-20T17:00',
  registrationClosesAt: '2026-12-19T17:00',
  venueAddress: '36 Trần Phú, Đà Lạt',
  holdHours: '24',
  slug: SLUG,
  agenda: '09:00-10:30 | Khai mạc | Hội trường\n13:30-15:00 | Kết nối đầu tư | Phòng B',
};

export interface DoorFixture {
  t: TestApp;
  mailbox: Mailbox;
  staff: BrowserSession;
  eventId: string;
  /** Ticket type ids by name. */
  tickets: Record<string, string>;
  member(name: string): Promise<BrowserSession>;
  /** Registers a member (a new account) for a ticket type; the ticket code from their mail. */
  register(name: string, ticket: string): Promise<string>;
  close(): Promise<void>;
}

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;
export const codeIn = (text: string) => /: ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})/.exec(text)![1]!;

export async function openDoorFixture(
  engine: Engine,
  capacities: Record<string, number>,
): Promise<DoorFixture> {
  const mailbox = await startMailbox();
  const t = await createTestApp(engine, { SMTP_URL: mailbox.url });
  t.setNow(new Date('2026-12-01T03:00:00Z'));
  await createUser(t, { email: 'su-kien@sokhcn.example', name: 'Cán bộ Lan', roles: ['staff'] });
  const staff = await signIn(t, 'su-kien@sokhcn.example');
  const created = await staff.post(`${STAFF}/new`, TECHFEST);
  const eventId = /\/admin\/events\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!;
  const form = await (await staff.get(`${STAFF}/${eventId}`)).text();
  const version = /name="version" value="(\d+)"/.exec(form)![1]!;
  await staff.post(`${STAFF}/${eventId}/step`, { step: 'publish', version });
  for (const [nameVi, capacity] of Object.entries(capacities)) {
    await staff.post(`${STAFF}/${eventId}/tickets`, { nameVi, capacity: String(capacity) });
  }
  const rows = await t.database.query<{ id: string; name_vi: string }>(
    'select id, name_vi from events_ticket_types where event_id = $1',
    [eventId],
  );
  const tickets = Object.fromEntries(rows.map((r) => [r.name_vi, r.id]));
  const member = async (name: string) => {
    const email = `${name}@startup.example`;
    const found = await t.database.query('select 1 from identity_users where email = $1', [email]);
    if (found.length === 0) await createUser(t, { email, name });
    return signIn(t, email);
  };
  return {
    t,
    mailbox,
    staff,
    eventId,
    tickets,
    member,
    async register(name, ticket) {
      const browser = await member(name);
      const page = await (await browser.get(PAGE)).text();
      const res = await browser.post(`${PAGE}/register`, {
        ticketTypeId: tickets[ticket]!,
        key: keyIn(page),
      });
      if (res.status !== 303) throw new Error(`registration of ${name}: ${res.status}`);
      return codeIn((await mailbox.latestTo(`${name}@startup.example`)).text);
    },
    async close() {
      await t.close();
      await mailbox.close();
    },
  };
}
