// What every module's table files are built from, in one import: drizzle's column and
// constraint builders, and the columns most tables share (a generated id, when a row was
// written, the version of an editable row, an uploaded file). Functions: each table needs its
// own column builders.
import { integer, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns';

export { sql } from 'drizzle-orm';
export {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
export { tz };

/** A UUID primary key the database generates. */
export const id = () => uuid('id').primaryKey().defaultRandom();

/** When the row was written. */
export const createdAt = () => tz('created_at').notNull().defaultNow();

/** An editable row's optimistic version and last change (versioned.ts moves both). */
export const versionColumns = () => ({
  version: integer('version').notNull().default(1),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

/**
 * A file uploaded into the private store, as every table of uploaded files records it
 * (application attachments, project files, programme documents).
 */
export const storedFileColumns = () => ({
  /** sha256 of the bytes, hex: the private store's name for them. */
  contentHash: text('content_hash').notNull(),
  originalName: text('original_name').notNull(),
  /** The kind read from the bytes (pdf, docx…), and its media type. */
  kind: text('kind').notNull(),
  contentType: text('content_type').notNull(),
  bytes: integer('bytes').notNull(),
  uploadedBy: text('uploaded_by').notNull(),
  createdAt: createdAt(),
});
