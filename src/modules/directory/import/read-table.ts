// The directory's imports read an upload as the platform reads a table (platform/files/table.ts),
// within its limits, and say a refusal in the directory's words — which the events' guest lists
// and the challenges' files use too (tableRefusalMessage, through index.ts).
import type { FieldMessage } from '../../../platform/errors';
import {
  readTable as readUpload,
  TABLE_LIMITS,
  type Table,
  type TableRead,
  type TableRefusal,
} from '../../../platform/files/table';

export type { TableFormat } from '../../../platform/files/table';

/** 10 MB; the whole request must also fit the site-wide BODY_LIMIT_BYTES. */
export const IMPORT_MAX_BYTES = 10_000_000;
export const IMPORT_MAX_ROWS = TABLE_LIMITS.maxRows;
export const IMPORT_MAX_COLUMNS = TABLE_LIMITS.maxColumns;
export const IMPORT_MAX_CELL_LENGTH = TABLE_LIMITS.maxCellLength;
export const IMPORT_MAX_CHARACTERS = TABLE_LIMITS.maxCharacters;

export type ImportTable = Table;

export type ReadResult = { ok: true; table: ImportTable } | { ok: false; error: FieldMessage };

const KEYS: Record<TableRefusal, FieldMessage['key']> = {
  EMPTY: 'directory.import.error.empty',
  NO_ROWS: 'directory.import.error.noRows',
  TOO_MANY_ROWS: 'directory.import.error.tooManyRows',
  TOO_MANY_COLUMNS: 'directory.import.error.tooManyColumns',
  CELL_TOO_LONG: 'directory.import.error.cellTooLong',
  TOO_MUCH_TEXT: 'directory.import.error.tooMuchText',
  EXPANDS_TOO_MUCH: 'directory.import.error.expandsTooMuch',
  NOT_XLSX: 'directory.import.error.notXlsx',
  LEGACY_XLS: 'directory.import.error.legacyXls',
  NOT_SPREADSHEET: 'directory.import.error.notSpreadsheet',
};

const PARAMS: Partial<Record<TableRefusal, (line?: number) => FieldMessage['params']>> = {
  TOO_MANY_ROWS: () => ({ max: IMPORT_MAX_ROWS }),
  TOO_MANY_COLUMNS: () => ({ max: IMPORT_MAX_COLUMNS }),
  CELL_TOO_LONG: (line) => ({
    max: IMPORT_MAX_CELL_LENGTH,
    ...(line === undefined ? {} : { line }),
  }),
  TOO_MUCH_TEXT: () => ({ max: IMPORT_MAX_CHARACTERS / 1e6 }),
  EXPANDS_TOO_MUCH: () => ({ max: TABLE_LIMITS.maxExpandedBytes / 1024 / 1024 }),
};

/** Why a table read within the platform's limits (TABLE_LIMITS) was refused, in our words. */
export function tableRefusalMessage(read: Extract<TableRead, { ok: false }>): FieldMessage {
  return { key: KEYS[read.refusal], params: PARAMS[read.refusal]?.(read.line) };
}

/** Reads the upload, or says in the user's language why it cannot be imported. */
export async function readTable(bytes: Uint8Array): Promise<ReadResult> {
  const read = await readUpload(bytes);
  return read.ok ? read : { ok: false, error: tableRefusalMessage(read) };
}
