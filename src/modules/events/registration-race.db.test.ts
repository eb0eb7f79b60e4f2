// The last seat under concurrency, through the registration pages members use: eight members
// posting at once for a ticket type with one seat left give it to exactly one; the others wait
// in line, each registered once, and only the seat holder is mailed a ticket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/db';
import { openDoorFixture, PAGE, type DoorFixture } from './testing/door-fixture';

const PEOPLE = ['an', 'binh', 'chi', 'dung', 'em', 'giang', 'hoa', 'khanh'];
const TICKET_MAIL = 'Vé tham dự: Techfest Lâm Đồng 2026';

describe.each(testEngines)('the last seat on %s', (engine) => {
  let f: DoorFixture;
  beforeAll(async () => {
    f = await openDoorFixture(engine, { 'Khởi nghiệp': 2 });
    await f.register('first', 'Khởi nghiệp');
  });
  afterAll(() => f.close());

  it('goes to exactly one of eight members registering at once; the rest wait, once each', async () => {
    const forms = await Promise.all(
      PEOPLE.map(async (name) => {
        const browser = await f.member(name);
        const page = await (await browser.get(PAGE)).text();
        return { browser, key: /name="key" value="([^"]+)"/.exec(page)![1]! };
      }),
    );
    const answers = await Promise.all(
      forms.map(({ browser, key }) =>
        browser.post(`${PAGE}/register`, { ticketTypeId: f.tickets['Khởi nghiệp']!, key }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(PEOPLE.map(() => 303));
    const rows = await f.t.database.query<{ email: string; status: string }>(
      `select r.email, p.status from events_registrations r
         join platform_reservations p on p.id = r.reservation_id order by p.seq`,
    );
    expect(rows).toHaveLength(PEOPLE.length + 1);
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(2);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(PEOPLE.length - 1);
    const winner = rows.find((r) => r.status === 'confirmed' && !r.email.startsWith('first@'))!;
    for (const name of PEOPLE) {
      const mail = await f.mailbox.latestTo(`${name}@startup.example`);
      const isWinner = winner.email === `${name}@startup.example`;
      expect(mail.subject === TICKET_MAIL, name).toBe(isWinner);
    }
    const [pool] = await f.t.database.query<{ capacity: number }>(
      'select capacity from platform_reservation_pools',
    );
    expect(pool!.capacity).toBe(2);
  });
});
