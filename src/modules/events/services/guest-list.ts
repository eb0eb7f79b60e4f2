// A guest list read from an uploaded CSV or XLSX (the directory's reader, with its limits on
// size, rows and what an XLSX may unpack to) and checked row by row: a name, a valid e-mail, a
// known ticket type (by its Vietnamese or English name; empty: the event's first), not already
// registered for the event and not twice in the file. Someone whose earlier registration ended
// (cancelled, expired, rejected) may be registered again: the row says so. Columns are found by
// their headers.
import type { FieldMessage } from '../../../platform/errors';
import { z } from 'zod';
import { readTable } from '../../directory';
import type { RegisteredEmails } from '../db/guest-import.repository';
import type { TicketTypeRow } from '../db/registrations.repository';

export const GUEST_LIST_MAX_BYTES = 5_000_000;
export const GUEST_LIST_MAX_ROWS = 2_000;

export type GuestProblem = 'name' | 'email' | 'ticketType' | 'registered' | 'repeated';

export interface GuestRow {
  line: number;
  name: string;
  email: string;
  organization: string;
  ticketType?: TicketTypeRow;
  problems: GuestProblem[];
  /** An earlier registration of this e-mail for the event ended: this row registers them anew. */
  isReturning: boolean;
}

export type GuestList = { ok: true; rows: GuestRow[] } | { ok: false; error: FieldMessage };

const HEADERS = {
  name: ['name', 'full name', 'họ tên', 'họ và tên', 'tên'],
  email: ['email', 'e-mail', 'thư điện tử'],
  ticketType: ['ticket type', 'ticket', 'loại vé'],
  organization: ['organisation', 'organization', 'tổ chức', 'đơn vị'],
} as const;

const ZEmail = z.email().max(254);
const normal = (text: string) => text.normalize('NFC').trim().toLowerCase();

function columnsOf(headers: string[]) {
  const at = (names: readonly string[]) => headers.findIndex((h) => names.includes(normal(h)));
  return {
    name: at(HEADERS.name),
    email: at(HEADERS.email),
    ticketType: at(HEADERS.ticketType),
    organization: at(HEADERS.organization),
  };
}

function ticketNamed(ticketTypes: TicketTypeRow[], typed: string) {
  if (typed === '') return ticketTypes[0];
  const wanted = normal(typed);
  return ticketTypes.find((t) => normal(t.nameVi) === wanted || normal(t.nameEn) === wanted);
}

export async function readGuestList(
  bytes: Uint8Array,
  context: { ticketTypes: TicketTypeRow[]; registered: RegisteredEmails; fileName: string },
): Promise<GuestList> {
  if (bytes.length > GUEST_LIST_MAX_BYTES)
    return { ok: false, error: { key: 'events.guests.error.tooLarge' } };
  const read = await readTable(bytes);
  // The directory's messages name the file.
  if (!read.ok)
    return {
      ok: false,
      error: { ...read.error, params: { ...read.error.params, file: context.fileName } },
    };
  const { headers, rows } = read.table;
  if (rows.length > GUEST_LIST_MAX_ROWS)
    return {
      ok: false,
      error: { key: 'events.guests.error.tooManyRows', params: { max: GUEST_LIST_MAX_ROWS } },
    };
  const columns = columnsOf(headers);
  if (columns.name < 0 || columns.email < 0)
    return { ok: false, error: { key: 'events.guests.error.headers' } };
  const seen = new Set<string>();
  const cell = (cells: string[], index: number) => (index < 0 ? '' : (cells[index] ?? '').trim());
  return {
    ok: true,
    rows: rows.map(({ line, cells }) => {
      const name = cell(cells, columns.name).normalize('NFC');
      const email = cell(cells, columns.email).toLowerCase();
      const ticketType = ticketNamed(context.ticketTypes, cell(cells, columns.ticketType));
      const problems: GuestProblem[] = [];
      if (name === '' || name.length > 120) problems.push('name');
      if (!ZEmail.safeParse(email).success) problems.push('email');
      if (!ticketType) problems.push('ticketType');
      if (context.registered.live.has(email)) problems.push('registered');
      else if (seen.has(email)) problems.push('repeated');
      seen.add(email);
      const organization = cell(cells, columns.organization).slice(0, 200);
      const isReturning = context.registered.ended.has(email);
      return { line, name, email, organization, ticketType, problems, isReturning };
    }),
  };
}
