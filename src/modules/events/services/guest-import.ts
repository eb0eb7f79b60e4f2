// Staff (or the event's organisers) import a guest list: previewGuestImport reads the upload,
// keeps it in the private store and shows each row with its problems; importGuests reads it again
// (registrations may have come meanwhile) and registers the valid rows in one transaction, each
// through the reservation core — a seat while there is one, the waitlist after, never beyond
// capacity; a ticket type that takes no waitlist reports the row as full. A row whose e-mail is a
// member account's verified address registers that member, as registerMember would (linked to
// the account, in its language, one seat per account), under the name the list gives: an
// organiser's list never learns an account's name. Any other row registers a guest. A row of someone the event already has a live registration of — by the
// e-mail, or by the member's account, as guest or member — is skipped, checked again inside the
// transaction. A person whose earlier registration was cancelled (or expired, or was rejected)
// gets a new registration and asks for a seat like anyone else — the ended one stays as it was,
// as when a member registers again. The organisation a row gives is kept with the registration.
// Nobody is mailed unless "send tickets" is ticked. The preview's one-time key names the import:
// confirming it again (a double submit, a retry) finds the first import's registrations and
// registers nobody.
// Outcomes: preview | INVALID (the file: missing, too large, not a spreadsheet, a bomb, headers
// missing) | IMPORTED (added, waitlisted, full, skipped) | ALREADY_IMPORTED (how many) | NOT_FOUND.
import { randomUUID } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import type { PostedFile } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { findPoolOf, requestReservation, reservationDeps } from '../../../platform/reservations';
import type { EventRow } from '../db/events.repository';
import { verifiedAccountsByEmail } from '../../identity';
import {
  countImported,
  personKeys,
  registeredPeople,
  type RegisteredPeople,
} from '../db/guest-import.repository';
import {
  insertRegistration,
  listTicketTypes,
  setRegistrationReservation,
} from '../db/registrations.repository';
import { getManagedEvent } from './event-access';
import { isAmong, readGuestList, type GuestRow } from './guest-list';
import { mailChanges, newToken, tokenHash } from './registration-mail';
import { EVENTS_MODULE } from '../db/tables';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mail' | 'jobs' | 'files'>;

export interface GuestPreview {
  event: EventRow;
  rows: GuestRow[];
  fileHash: string;
  key: string;
}

export interface ImportCounts {
  added: number;
  waitlisted: number;
  full: number;
  skipped: number;
}

export type ImportResult =
  | ({ ok: true; event: EventRow } & ImportCounts)
  | { ok: false; reason: 'ALREADY_IMPORTED'; event: EventRow; count: number }
  | Invalid;

/** Rolls the transaction back: another confirmation of the same key got there first. */
class ImportedMeanwhile extends Error {
  constructor() {
    super('imported meanwhile');
  }
}

const HASH = /^[0-9a-f]{64}$/;
const keyPrefix = (key: string) => `import:${key}:`;

async function checkedList(db: Db, event: EventRow, bytes: Uint8Array, fileName: string) {
  const ticketTypes = await listTicketTypes(db, event.id);
  const registered = await registeredPeople(db, event.id);
  const accountsOf = (emails: string[]) => verifiedAccountsByEmail(db, emails);
  const list = await readGuestList(bytes, { ticketTypes, registered, accountsOf, fileName });
  return list.ok ? list : invalid({ file: list.error });
}

export async function previewGuestImport(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; file: PostedFile | undefined },
): Promise<({ ok: true } & GuestPreview) | Invalid> {
  const db = deps.database.db;
  const event = await getManagedEvent(db, acting.actor, input.eventId);
  if (!input.file || input.file.bytes.length === 0)
    return invalid({ file: { key: 'events.guests.error.noFile' } });
  const list = await checkedList(db, event, input.file.bytes, input.file.name);
  if (!list.ok) return list;
  const stored = await deps.files.putPrivate(input.file.bytes);
  return { ok: true, event, rows: list.rows, fileHash: stored.hash, key: randomUUID() };
}

/** Registers one valid row: its seat first (or waitlist), then the registration that holds it. */
async function importGuest(
  tx: Db,
  deps: Deps,
  acting: AuditContext,
  input: { row: GuestRow; key: string; sendTickets: boolean },
): Promise<'added' | 'waitlisted' | 'full' | 'skipped'> {
  const { row } = input;
  const pool = await findPoolOf(
    { db: tx },
    { ownerModule: EVENTS_MODULE, ownerKey: row.ticketType!.id },
  );
  if (!pool) return 'skipped';
  // A member as registerMember registers them; anyone else as a guest.
  const member = row.account;
  const person = member
    ? { accountId: member.id, name: row.name, email: member.email, locale: member.locale }
    : { accountId: null, name: row.name, email: row.email };
  const idempotencyKey = `${keyPrefix(input.key)}${row.line}`;
  const seat = await requestReservation(reservationDeps(deps, tx), acting, {
    poolId: pool.id,
    partySize: 1,
    idempotencyKey,
    accountId: person.accountId,
    guestName: person.name,
    guestEmail: person.email,
    holderKey: member ? `account:${member.id}` : `email:${row.email}`,
  });
  if (!seat.ok) return seat.reason === 'FULL' ? 'full' : 'skipped';
  const now = deps.clock();
  const registration = await insertRegistration(tx, {
    ...person,
    eventId: row.ticketType!.eventId,
    ticketTypeId: row.ticketType!.id,
    organization: row.organization,
    idempotencyKey,
    registeredBy: isSignedIn(acting.actor) ? acting.actor.user.id : null,
    manageTokenHash: tokenHash(newToken()),
    confirmedAt: now,
    createdAt: now,
  });
  await setRegistrationReservation(tx, registration.id, seat.reservation.id, now);
  if (input.sendTickets) await mailChanges(tx, deps, seat.changes);
  return seat.reservation.status === 'waitlisted' ? 'waitlisted' : 'added';
}

/**
 * The valid rows registered in turn, each unless the event has this person already (registered
 * since the file was read, or by an earlier row).
 */
async function importRows(
  tx: Db,
  deps: Deps,
  acting: AuditContext,
  input: { rows: GuestRow[]; registered: RegisteredPeople; key: string; sendTickets: boolean },
): Promise<ImportCounts> {
  const tally: ImportCounts = { added: 0, waitlisted: 0, full: 0, skipped: 0 };
  const { live } = input.registered;
  for (const row of input.rows) {
    const outcome =
      row.problems.length > 0 || isAmong(live, row)
        ? 'skipped'
        : await importGuest(tx, deps, acting, { ...input, row });
    if (outcome === 'added' || outcome === 'waitlisted')
      for (const key of personKeys(row.email, row.account?.id)) live.add(key);
    tally[outcome]++;
  }
  return tally;
}

export async function importGuests(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; fileHash: string; key: string; sendTickets: boolean },
): Promise<ImportResult> {
  const db = deps.database.db;
  const event = await getManagedEvent(db, acting.actor, input.eventId);
  if (!HASH.test(input.fileHash) || !isUuid(input.key)) throw new AppError('NOT_FOUND');
  const already = async () => {
    const count = await countImported(db, event.id, keyPrefix(input.key));
    return count > 0 ? ({ ok: false, reason: 'ALREADY_IMPORTED', event, count } as const) : null;
  };
  const earlier = await already();
  if (earlier) return earlier;
  const bytes = await deps.files.readPrivate(input.fileHash);
  if (!bytes) throw new AppError('NOT_FOUND');
  const list = await checkedList(db, event, bytes, '');
  if (!list.ok) return list;
  try {
    const counts = await db.transaction(async (tx) => {
      // A confirmation that committed while this one read the file: nothing more to import.
      if ((await countImported(tx, event.id, keyPrefix(input.key))) > 0)
        throw new ImportedMeanwhile();
      const registered = await registeredPeople(tx, event.id);
      const tally = await importRows(tx, deps, acting, { ...input, rows: list.rows, registered });
      await recordAudit(tx, acting, {
        action: 'events.guests:import',
        entityType: 'events_event',
        entityId: event.id,
        after: { ...tally, sendTickets: input.sendTickets },
      });
      return tally;
    });
    deps.jobs.wake();
    return { ok: true, event, ...counts };
  } catch (err) {
    const replay = violatedUnique(err) || err instanceof ImportedMeanwhile ? await already() : null;
    if (replay) return replay;
    throw err;
  }
}
