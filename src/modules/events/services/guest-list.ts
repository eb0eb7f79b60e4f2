// A guest list read from an uploaded CSV or XLSX (the platform's table reader, with its limits on
// size, rows and what an XLSX may unpack to, refused in the directory's words) and checked row by
// row: a name, a valid e-mail, a known ticket type (by its Vietnamese or English name; empty: the
// event's first), not already registered for the event — by that e-mail, or by the member account
// it is the verified address of — and not twice in the file. A row whose e-mail is a member's is
// registered as that member. Someone whose earlier registration ended (cancelled, expired,
// rejected) may be registered again: the row says so. Columns are found by their headers.
import type { FieldMessage } from '../../../platform/errors';
import { z } from 'zod';
import { readTable } from '../../../platform/files/table';
import { tableRefusalMessage } from '../../directory';
import type { AccountContact } from '../../identity';
import { personKeys, type RegisteredPeople } from '../db/guest-import.repository';
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
  /** The member whose verified address the e-mail is: the row registers them as that member. */
  account?: AccountContact;
  /** An earlier registration of this person for the event ended: this row registers them anew. */
  isReturning: boolean;
}

/** True when one of the row's person keys (e-mail, member account) is in the set. */
export const isAmong = (keys: Set<string>, row: Pick<GuestRow, 'email' | 'account'>) =>
  personKeys(row.email, row.account?.id).some((key) => keys.has(key));

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

/** The table's rows as typed, before they are checked. */
function typedRows(
  rows: { line: number; cells: string[] }[],
  columns: ReturnType<typeof columnsOf>,
  ticketTypes: TicketTypeRow[],
) {
  const cell = (cells: string[], index: number) => (index < 0 ? '' : (cells[index] ?? '').trim());
  return rows.map(({ line, cells }) => ({
    line,
    name: cell(cells, columns.name).normalize('NFC'),
    email: cell(cells, columns.email).toLowerCase(),
    ticketType: ticketNamed(ticketTypes, cell(cells, columns.ticketType)),
    organization: cell(cells, columns.organization).slice(0, 200),
  }));
}

export async function readGuestList(
  bytes: Uint8Array,
  context: {
    ticketTypes: TicketTypeRow[];
    registered: RegisteredPeople;
    /** The verified member accounts of these addresses (identity's), by address. */
    accountsOf: (emails: string[]) => Promise<Map<string, AccountContact>>;
    fileName: string;
  },
): Promise<GuestList> {
  if (bytes.length > GUEST_LIST_MAX_BYTES)
    return { ok: false, error: { key: 'events.guests.error.tooLarge' } };
  const read = await readTable(bytes);
  // The directory's messages name the file.
  if (!read.ok) {
    const refusal = tableRefusalMessage(read);
    return {
      ok: false,
      error: { ...refusal, params: { ...refusal.params, file: context.fileName } },
    };
  }
  const { headers, rows } = read.table;
  if (rows.length > GUEST_LIST_MAX_ROWS)
    return {
      ok: false,
      error: { key: 'events.guests.error.tooManyRows', params: { max: GUEST_LIST_MAX_ROWS } },
    };
  const columns = columnsOf(headers);
  if (columns.name < 0 || columns.email < 0)
    return { ok: false, error: { key: 'events.guests.error.headers' } };
  const typed = typedRows(rows, columns, context.ticketTypes);
  const isEmail = (email: string) => ZEmail.safeParse(email).success;
  const accounts = await context.accountsOf(typed.map((r) => r.email).filter(isEmail));
  const { registered } = context;
  const seen = new Set<string>();
  return {
    ok: true,
    rows: typed.map((row) => {
      const problems: GuestProblem[] = [];
      if (row.name === '' || row.name.length > 120) problems.push('name');
      if (!isEmail(row.email)) problems.push('email');
      if (!row.ticketType) problems.push('ticketType');
      const account = accounts.get(row.email);
      if (isAmong(registered.live, { email: row.email, account })) problems.push('registered');
      else if (seen.has(row.email)) problems.push('repeated');
      seen.add(row.email);
      const isReturning = isAmong(registered.ended, { email: row.email, account });
      return { ...row, ...(account && { account }), problems, isReturning };
    }),
  };
}
