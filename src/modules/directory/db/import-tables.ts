// Staff imports (decision 011): the upload, its reading, each step's progress and reports, kept in
// the database so that a restart loses nothing; the file's bytes are in the private file store
// by their SHA-256, and a step reads them again instead of keeping rows in memory.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { ActorUser, Role } from '../../../platform/authz';
import type { FieldMessage } from '../../../platform/errors';
import { tz } from '../../../platform/db/columns';
import type { AnyImportField, ColumnMapping } from '../import/columns';

/** Created, updated, unchanged and failed rows of a step. */
export interface ImportCountsValue {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** A finished step's figures; its problems are rows of directory_import_problems. */
export interface ImportReportValue {
  counts: ImportCountsValue;
  /** All the problems found; at most MAX_PROBLEMS_KEPT of them are kept. */
  problemCount: number;
  startedAt: string;
  /** Time spent working on it, restarts excluded. */
  seconds: number;
}

/** Who started the step in hand, for the audit entry written when it ends. */
export interface ImportStarterValue {
  user: ActorUser | null;
  roles: Role[];
  label?: string;
  ip?: string;
  requestId?: string;
}

/** Ids of the records a run changed, for its audit entry (capped). */
export interface ImportChangedIdsValue {
  created: string[];
  updated: string[];
}

export const directoryImports = pgTable(
  'directory_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The account that uploaded the file: only it (and administrators) may see the import. */
    ownerId: text('owner_id').notNull(),
    /** organizations | people */
    subject: text('subject').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    /** The file's key in the private store. */
    sha256: text('sha256').notNull(),
    /** csv | xlsx */
    format: text('format').notNull(),
    delimiter: text('delimiter'),
    headerLine: integer('header_line').notNull(),
    rowCount: integer('row_count').notNull(),
    mapping: jsonb('mapping').$type<ColumnMapping[]>().notNull(),
    /** The first rows as read. */
    preview: jsonb('preview').$type<{ line: number; cells: string[] }[]>().notNull(),
    /** ready | checking | checked | running | done | failed | expired */
    status: text('status').notNull().default('ready'),
    defaultKind: text('default_kind'),
    /** The step in hand or last taken: dry-run | run. */
    mode: text('mode'),
    /** Counts the steps started: a job names its step, so a late one never touches the next. */
    step: integer('step').notNull().default(0),
    // The checkpoint of the step in hand, committed with each batch of rows: the next row to
    // take (rows with something in the imported columns, in sheet order), what the rows before
    // it came to, and the time spent on them.
    doneRows: integer('done_rows').notNull().default(0),
    totalRows: integer('total_rows').notNull().default(0),
    counts: jsonb('counts')
      .$type<ImportCountsValue>()
      .notNull()
      .default({ created: 0, updated: 0, unchanged: 0, failed: 0 }),
    problemCount: integer('problem_count').notNull().default(0),
    changedIds: jsonb('changed_ids')
      .$type<ImportChangedIdsValue>()
      .notNull()
      .default({ created: [], updated: [] }),
    workMs: integer('work_ms').notNull().default(0),
    stepStartedAt: tz('step_started_at'),
    startedBy: jsonb('started_by').$type<ImportStarterValue>(),
    checkReport: jsonb('check_report').$type<ImportReportValue>(),
    runReport: jsonb('run_report').$type<ImportReportValue>(),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // An account's imports, newest first (the import page's list).
    index('directory_imports_owner_idx').on(t.ownerId, t.createdAt),
  ],
);

/** The problems of a step, in sheet order (seq), the first MAX_PROBLEMS_KEPT of them. */
export const directoryImportProblems = pgTable(
  'directory_import_problems',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => directoryImports.id, { onDelete: 'cascade' }),
    /** dry-run | run */
    mode: text('mode').notNull(),
    seq: integer('seq').notNull(),
    line: integer('line').notNull(),
    field: text('field').$type<AnyImportField>(),
    value: text('value'),
    message: jsonb('message').$type<FieldMessage>().notNull(),
  },
  (t) => [
    // A report's problems in order; a step started again deletes its mode's rows.
    primaryKey({ columns: [t.importId, t.mode, t.seq] }),
    check('directory_import_problems_mode_ck', sql`${t.mode} in ('dry-run', 'run')`),
  ],
);
