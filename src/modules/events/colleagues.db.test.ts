// Registering colleagues, as a member of a company does it: the event's page offers the people of
// her directory organisation whom the platform can write to (names only, no e-mail), nobody from
// another organisation; the chosen colleagues each get a registration, a seat or a place in line
// in the order chosen, and a mail of their own; a double post registers them once; someone already
// registered is named and nobody is added; the party's waitlisted colleague is the first in line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import type { TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Mailbox } from '../../../test/support/mailbox';
import { createOrganization, createPerson, linkPerson } from '../directory';
import { addTicketTypes, createEvent, openBackOffice, publishDraft } from './testing/back-office';

const PAGE = '/events/hoi-thao-nong-nghiep-so';
const audit = { actor: { kind: 'anonymous' as const }, label: 'test' };

const event = {
  type: 'workshop',
  titleVi: 'Hội thảo nông nghiệp số',
  startsAt: '2026-12-20T08:00',
  endsAt: '2026-12-20T11:00',
  venueAddress: '31 Trần Phú, Hải Châu',
  slug: 'hoi-thao-nong-nghiep-so',
};

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;
const personIdIn = (html: string, name: string) =>
  new RegExp(`name="colleagues" value="([0-9a-f-]{36})"[^>]*/> ${name}`).exec(html)?.[1];

describe.each(testEngines)('registering colleagues on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let lan: BrowserSession;
  let nga: BrowserSession;
  let ticket = '';
  const people: Record<string, string> = {};
  const statuses = () =>
    t.database.query<{ name: string; status: string; by: string | null }>(
      `select r.name, p.status, r.registered_by as by from events_registrations r
         join platform_reservations p on p.id = r.reservation_id order by p.seq`,
    );
  const post = (session: BrowserSession, fields: [string, string][]) =>
    session.send('POST', `${PAGE}/colleagues`, new URLSearchParams(fields).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });

  async function person(org: string, fullName: string, email?: string, userId?: string) {
    const db = t.deps.database.db;
    const created = await createPerson(
      db,
      audit,
      { fullName, roles: ['founder'], email },
      { userId },
    );
    if (!created.ok) throw new Error('person not created');
    await linkPerson(db, audit, {
      personId: created.person.id,
      organizationId: org,
      role: 'employee',
    });
    people[fullName] = created.person.id;
  }

  beforeAll(async () => {
    const office = await openBackOffice(engine);
    ({ t, mailbox } = office);
    const { staff } = office;
    const lanUser = await createUser(t, { email: 'lan@luavang.example', name: 'Lê Thị Lan' });
    const ngaUser = await createUser(t, { email: 'nga@luavang.example', name: 'Phạm Thu Nga' });
    lan = await signIn(t, 'lan@luavang.example');
    nga = await signIn(t, 'nga@luavang.example');
    const db = t.deps.database.db;
    const company = await createOrganization(db, audit, {
      kind: 'startup',
      legalName: 'Công ty Lúa Vàng',
    });
    const other = await createOrganization(db, audit, {
      kind: 'startup',
      legalName: 'Công ty Khác',
    });
    if (!company.ok || !other.ok) throw new Error('organisations not created');
    const [luaVang, khac] = [company.organization.id, other.organization.id];
    await person(luaVang, 'Lê Thị Lan', 'lan@luavang.example', lanUser.id);
    await person(luaVang, 'Trần Văn Minh', 'minh@luavang.example');
    await person(luaVang, 'Phạm Thu Nga', undefined, ngaUser.id);
    await person(luaVang, 'Đỗ Oanh');
    await person(khac, 'Vũ Phong', 'phong@khac.example');
    const eventId = await createEvent(staff, event);
    await publishDraft(staff, eventId);
    ticket = (await addTicketTypes(staff, eventId, [['Doanh nghiệp', 2]]))[0]!;
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('offers the colleagues of her organisation the platform can write to, by name only', async () => {
    const page = await (await lan.get(PAGE)).text();
    expect(personIdIn(page, 'Trần Văn Minh \\(Công ty Lúa Vàng\\)')).toBe(people['Trần Văn Minh']);
    expect(personIdIn(page, 'Phạm Thu Nga')).toBe(people['Phạm Thu Nga']);
    expect(page).not.toContain('Đỗ Oanh');
    expect(page).not.toContain('Vũ Phong');
    expect(page).not.toContain('minh@luavang.example');
    expect(page).not.toContain(`value="${people['Lê Thị Lan']}"`);
    expect(await (await new BrowserSession(t.app).get(PAGE)).text()).not.toContain('Minh');
  });

  it('refuses nobody chosen and people of another organisation, registering no one', async () => {
    const key = keyIn(await (await lan.get(PAGE)).text());
    const none = await post(lan, [
      ['key', key],
      ['ticketTypeId', ticket],
    ]);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Hãy chọn ít nhất một đồng nghiệp.');
    const outsider = await post(lan, [
      ['key', key],
      ['ticketTypeId', ticket],
      ['colleagues', people['Trần Văn Minh']!],
      ['colleagues', people['Vũ Phong']!],
    ]);
    expect(outsider.status).toBe(422);
    expect(await outsider.text()).toContain('Chỉ đăng ký hộ được người cùng tổ chức');
    expect(await statuses()).toEqual([]);
  });

  it('gives each chosen colleague a seat or a place in line in the order chosen, and a mail; a double post counts once', async () => {
    const own = await (await lan.get(PAGE)).text();
    await lan.post(`${PAGE}/register`, { ticketTypeId: ticket, key: keyIn(own) });
    const key = keyIn(await (await lan.get(PAGE)).text());
    const fields: [string, string][] = [
      ['key', key],
      ['ticketTypeId', ticket],
      ['colleagues', people['Trần Văn Minh']!],
      ['colleagues', people['Phạm Thu Nga']!],
    ];
    const [first, second] = await Promise.all([post(lan, fields), post(lan, fields)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    const rows = await statuses();
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['Lê Thị Lan', 'confirmed'],
      ['Trần Văn Minh', 'confirmed'],
      ['Phạm Thu Nga', 'waitlisted'],
    ]);
    expect(rows[1]!.by).toBe(rows[2]!.by);
    expect(rows[1]!.by).not.toBeNull();
    const minh = await mailbox.latestTo('minh@luavang.example');
    expect(minh.subject).toBe('Vé tham dự: Hội thảo nông nghiệp số');
    expect(minh.text).toContain('Lê Thị Lan đã đăng ký hộ bạn.');
    expect((await mailbox.latestTo('nga@luavang.example')).subject).toBe(
      'Danh sách chờ: Hội thảo nông nghiệp số',
    );
    expect(mailbox.messages.filter((m) => m.to.includes('minh@luavang.example'))).toHaveLength(1);
    const done = await (await lan.get(first.headers.get('location')!)).text();
    expect(done).toContain('Đã đăng ký cho 2 đồng nghiệp');
    // Nga sees the place Lan took for her when she signs in.
    expect(await (await nga.get(PAGE)).text()).toContain('trước bạn còn 0 người');
  });

  it('names a colleague already registered and adds nobody', async () => {
    const key = keyIn(await (await lan.get(PAGE)).text());
    const again = await post(lan, [
      ['key', key],
      ['ticketTypeId', ticket],
      ['colleagues', people['Trần Văn Minh']!],
    ]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Trần Văn Minh đã đăng ký sự kiện này rồi.');
    expect(await statuses()).toHaveLength(3);
  });

  it('the waitlisted colleague is first in line when a seat frees up', async () => {
    expect((await lan.post(`${PAGE}/cancel`)).status).toBe(303);
    expect((await mailbox.latestTo('nga@luavang.example')).subject).toBe(
      'Có chỗ cho bạn: Hội thảo nông nghiệp số',
    );
    expect((await statuses()).map((r) => r.status)).toEqual(['cancelled', 'confirmed', 'offered']);
  });
});
