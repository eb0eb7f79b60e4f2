// What the events tests start from: the app with its mailbox and staff signed in, a published
// event with ticket types (made through the staff form), members of directory organisations who
// register for it, and check-ins at the door. Everything goes through the app's pages and
// services, as staff would do it.
import { expect } from 'vitest';
import { createUser, signIn } from '../../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import { startMailbox, type Mailbox } from '../../../../test/support/mailbox';
import { ANONYMOUS } from '../../../platform/authz';
import type { Engine } from '../../../platform/db/client';
import { checkIn, reservationDeps } from '../../../platform/reservations';
import { createAccountOrganization } from '../../identity';

export const STAFF = '/admin/events';

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;
const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)![1]!;

/** The form builder's fields for a form of one section and these questions. */
export function questionsForm(questions: Record<string, string>[]) {
  const fields: Record<string, string> = {
    sections: '1',
    's0.id': 'about',
    's0.titleVi': 'Về bạn',
    's0.titleEn': 'About you',
    's0.questions': String(questions.length),
  };
  questions.forEach((q, j) => {
    for (const [name, value] of Object.entries(q)) fields[`s0.q${j}.${name}`] = value;
  });
  return fields;
}

/** openBackOffice, with the centre ('trung-tam') in the directory to organise events. */
export async function openCentre(engine: Engine): Promise<BackOffice> {
  const office = await openBackOffice(engine);
  await seedOrganization(office.t, {
    slug: 'trung-tam',
    name: 'Trung tâm ĐMST',
    kind: 'support_org',
  });
  return office;
}

export interface BackOffice {
  t: TestApp;
  mailbox: Mailbox;
  /** The centre's staff member su-kien@sokhcn.example, signed in. */
  staff: BrowserSession;
}

/** The centre's staff member su-kien@sokhcn.example, created and signed in. */
export async function signInStaff(t: TestApp): Promise<BrowserSession> {
  await createUser(t, { email: 'su-kien@sokhcn.example', roles: ['staff'] });
  return signIn(t, 'su-kien@sokhcn.example');
}

/** The app with its mail caught by a real SMTP server, its clock at `now`, and staff signed in. */
export async function openBackOffice(
  engine: Engine,
  now = new Date('2026-12-01T03:00:00Z'),
): Promise<BackOffice> {
  const mailbox = await startMailbox();
  try {
    const t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    t.setNow(now);
    return { t, mailbox, staff: await signInStaff(t) };
  } catch (err) {
    await mailbox.close();
    throw err;
  }
}

/** Members `<name>@startup.example`, named `<NAME>`, each signed in. */
export async function signInMembers(
  t: TestApp,
  names: readonly string[],
): Promise<Record<string, BrowserSession>> {
  const members: Record<string, BrowserSession> = {};
  for (const name of names) {
    await createUser(t, { email: `${name}@startup.example`, name: name.toUpperCase() });
    members[name] = await signIn(t, `${name}@startup.example`);
  }
  return members;
}

/** A draft made from the staff form's fields; its id. */
export async function createEvent(staff: BrowserSession, fields: Record<string, string>) {
  const created = await staff.post(`${STAFF}/new`, fields);
  return /\/admin\/events\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!;
}

/** Publishes the event at the version its staff page shows. */
export async function publishDraft(staff: BrowserSession, eventId: string) {
  const form = await (await staff.get(`${STAFF}/${eventId}`)).text();
  await staff.post(`${STAFF}/${eventId}/step`, { step: 'publish', version: versionIn(form) });
}

/** Adds ticket types (name, capacity, whether it asks approval); the event's ticket type ids. */
export async function addTicketTypes(
  staff: BrowserSession,
  eventId: string,
  tickets: readonly (readonly [string, number, 'approval'?])[],
): Promise<string[]> {
  for (const [nameVi, capacity, approval] of tickets)
    await staff.post(`${STAFF}/${eventId}/tickets`, {
      nameVi,
      capacity: String(capacity),
      ...(approval ? { isApprovalRequired: 'yes' } : {}),
    });
  const page = await (await staff.get(`${STAFF}/${eventId}`)).text();
  return [...page.matchAll(/id="capacity-([0-9a-f-]{36})"/g)].map((m) => m[1]!);
}

export async function seedOrganization(
  t: TestApp,
  org: { slug: string; name: string; kind: string; sectors?: string[]; province?: string },
) {
  const [row] = await t.database.query<{ id: string }>(
    `insert into directory_organizations (slug, kind, legal_name, name_search, sort_key, province_code, sectors)
       values ($1, $2, $3, $3, $3, $4, $5) returning id`,
    [org.slug, org.kind, org.name, org.province ?? null, org.sectors ?? []],
  );
  return row!.id;
}

/** A member whose own directory profile is affiliated with the organisation (when given). */
export async function createMember(
  t: TestApp,
  who: { email: string; name: string; organizationId?: string },
): Promise<{ id: string; browser: BrowserSession }> {
  const user = await createUser(t, { email: who.email, name: who.name });
  if (who.organizationId) {
    const [person] = await t.database.query<{ id: string }>(
      `insert into directory_people (slug, full_name, name_search, sort_key, user_id)
         values ($1, $2, $2, $2, $3) returning id`,
      [who.email.replace(/[^a-z0-9]/g, '-'), who.name, user.id],
    );
    await t.database.query(
      `insert into directory_affiliations (person_id, organization_id, role) values ($1, $2, 'founder')`,
      [person!.id, who.organizationId],
    );
  }
  return { id: user.id, browser: await signIn(t, who.email) };
}

/** An account organisation with this member, managing the directory organisation. */
export async function manageOrganization(t: TestApp, organizationId: string, member: string) {
  const [user] = await t.database.query<{ id: string; name: string; email: string }>(
    `select id, name, email from identity_users where email = $1`,
    [member],
  );
  const actor = {
    kind: 'user' as const,
    user: { ...user!, locale: 'vi' as const, twoFactorEnabled: false },
    roles: new Set(['member' as const]),
  };
  const account = await createAccountOrganization(t.deps, { actor }, { name: `Org ${member}` });
  await t.database.query('update directory_organizations set managed_by = $1 where id = $2', [
    account.id,
    organizationId,
  ]);
}

export interface TestEvent {
  id: string;
  base: string;
  page: string;
  ticketTypes: string[];
}

/** A published event (organisers by directory slug) with ticket types of these capacities. */
export async function publishEvent(
  staff: BrowserSession,
  event: {
    slug: string;
    title: string;
    organizers: string;
    startsAt: string;
    tickets: [string, number, 'approval'?][];
  },
): Promise<TestEvent> {
  const created = await staff.post(`${STAFF}/new`, {
    type: 'workshop',
    titleVi: event.title,
    slug: event.slug,
    startsAt: event.startsAt,
    endsAt: event.startsAt.replace(/T\d\d/, 'T17'),
    venueAddress: '1 Trần Hưng Đạo, Đà Lạt',
    organizers: event.organizers,
  });
  expect(created.status).toBe(303);
  const base = created.headers.get('location')!.replace(/\?.*$/, '');
  const form = await (await staff.get(base)).text();
  const version = /name="version" value="(\d+)"/.exec(form)![1]!;
  expect((await staff.post(`${base}/step`, { step: 'publish', version })).status).toBe(303);
  for (const [nameVi, capacity, approval] of event.tickets)
    await staff.post(`${base}/tickets`, {
      nameVi,
      capacity: String(capacity),
      isApprovalRequired: approval ? 'yes' : '',
    });
  const ticketTypes = [
    ...(await (await staff.get(base)).text()).matchAll(/id="capacity-([0-9a-f-]{36})"/g),
  ].map((m) => m[1]!);
  return { id: base.split('/').pop()!, base, page: `/events/${event.slug}`, ticketTypes };
}

/** Registers the member, with whatever else the form posts (`gender`, answers). */
export async function register(
  member: BrowserSession,
  event: TestEvent,
  ticketTypeId: string,
  posted: Record<string, string> = {},
) {
  const form = await (await member.get(event.page)).text();
  const res = await member.post(`${event.page}/register`, {
    ...posted,
    ticketTypeId,
    key: keyIn(form),
  });
  expect(res.status).toBe(303);
}

/** Checks the registrant of this e-mail in at the door, as a station would. */
export async function checkInByEmail(t: TestApp, event: TestEvent, email: string) {
  const [row] = await t.database.query<{ id: string }>(
    `select reservation_id as id from events_registrations where email = $1 and event_id = $2`,
    [email, event.id],
  );
  const outcome = await checkIn(
    reservationDeps(t.deps),
    { actor: ANONYMOUS, label: 'test' },
    {
      scope: { ownerModule: 'events', groupKey: event.id },
      reservationId: row!.id,
    },
  );
  expect(outcome.ok).toBe(true);
}
