// Ticket types and registrations of events (the seats are the reservation core's).
import { and, asc, count, eq, getTableColumns, inArray, isNotNull, max } from 'drizzle-orm';
import { placeholdersOf, placeholderValues } from '../../../platform/db/built-once';
import type { Db } from '../../../platform/db/client';
import { rowFromDriver } from '../../../platform/db/raw-rows';
import { eventsRegistrations as registrations, eventsTicketTypes as ticketTypes } from './tables';

export type TicketTypeRow = typeof ticketTypes.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;
export type NewRegistrationRow = typeof registrations.$inferInsert;

export function listTicketTypes(db: Db, eventId: string): Promise<TicketTypeRow[]> {
  return db
    .select()
    .from(ticketTypes)
    .where(eq(ticketTypes.eventId, eventId))
    .orderBy(asc(ticketTypes.position));
}

export async function findTicketType(db: Db, id: string): Promise<TicketTypeRow | undefined> {
  const [row] = await db.select().from(ticketTypes).where(eq(ticketTypes.id, id));
  return row;
}

export async function insertTicketType(
  db: Db,
  row: Omit<typeof ticketTypes.$inferInsert, 'position'>,
): Promise<TicketTypeRow> {
  const [last] = await db
    .select({ n: max(ticketTypes.position) })
    .from(ticketTypes)
    .where(eq(ticketTypes.eventId, row.eventId));
  const [created] = await db
    .insert(ticketTypes)
    .values({ ...row, position: (last?.n ?? 0) + 1 })
    .returning();
  return created!;
}

export async function insertRegistration(
  db: Db,
  row: NewRegistrationRow,
): Promise<RegistrationRow> {
  const [created] = await db.insert(registrations).values(row).returning();
  return created!;
}

/** What a member's registration gives (the rest are the columns' defaults). */
const MEMBER_REGISTRATION_KEYS = [
  'id',
  'eventId',
  'ticketTypeId',
  'reservationId',
  'accountId',
  'name',
  'email',
  'locale',
  'idempotencyKey',
  'answers',
  'gender',
  'manageTokenHash',
  'confirmedAt',
  'createdAt',
] as const satisfies readonly (keyof NewRegistrationRow)[];

type MemberRegistration = Pick<NewRegistrationRow, (typeof MEMBER_REGISTRATION_KEYS)[number]>;

/**
 * The same insert as a statement built once, to run alongside the request of the registration's
 * seat: its values are placeholders that memberRegistrationValues fills.
 */
export const memberRegistrationInsert = (db: Db) =>
  db
    .insert(registrations)
    .values(placeholdersOf('registration', MEMBER_REGISTRATION_KEYS))
    .returning()
    .getSQL();

export const memberRegistrationValues = (row: MemberRegistration) =>
  placeholderValues('registration', MEMBER_REGISTRATION_KEYS, row);

const registrationColumns = getTableColumns(registrations);

/** The row that statement returned, as JSON. */
export const registrationFromJson = (raw: Record<string, unknown>) =>
  rowFromDriver<RegistrationRow>(registrationColumns, raw);

export async function findRegistrationByKey(
  db: Db,
  eventId: string,
  idempotencyKey: string,
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), eq(registrations.idempotencyKey, idempotencyKey)),
    );
  return row;
}

/** The registrations of these form keys, read in one snapshot (a party's commit shows whole). */
export function findRegistrationsByKeys(
  db: Db,
  eventId: string,
  idempotencyKeys: string[],
): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        inArray(registrations.idempotencyKey, idempotencyKeys),
      ),
    );
}

export async function findRegistrationBy(
  db: Db,
  column: 'confirmTokenHash' | 'manageTokenHash' | 'reservationId' | 'id',
  value: string,
): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(registrations).where(eq(registrations[column], value));
  return row;
}

export function findRegistrationsByReservations(
  db: Db,
  reservationIds: readonly string[],
): Promise<RegistrationRow[]> {
  if (reservationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(registrations)
    .where(inArray(registrations.reservationId, [...reservationIds]));
}

/** A member's registrations of one event that asked for a seat, newest first. */
export function findAccountRegistrations(
  db: Db,
  eventId: string,
  accountId: string,
): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.accountId, accountId),
        isNotNull(registrations.reservationId),
      ),
    );
}

export async function setRegistrationReservation(
  db: Db,
  id: string,
  reservationId: string,
  at: Date,
): Promise<void> {
  await db
    .update(registrations)
    .set({ reservationId, confirmedAt: at })
    .where(eq(registrations.id, id));
}

export async function countRegistrations(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(eq(registrations.eventId, eventId));
  return row?.n ?? 0;
}

export async function setManageToken(db: Db, id: string, manageTokenHash: string): Promise<void> {
  await db.update(registrations).set({ manageTokenHash }).where(eq(registrations.id, id));
}
