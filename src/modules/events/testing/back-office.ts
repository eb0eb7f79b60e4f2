// A published event with ticket types, members of directory organisations who register for it,
// and check-ins at the door: what the back-office tests (figures, staff tools, personal data)
// start from. Everything goes through the app's pages and services, as staff would do it.
import { expect } from 'vitest';
import { createUser, signIn } from '../../../../test/support/actors';
import type { TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import { ANONYMOUS } from '../../../platform/authz';
import { checkIn, reservationDeps } from '../../../platform/reservations';
import { createAccountOrganization } from '../../identity';

export const STAFF = '/admin/events';

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;

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
