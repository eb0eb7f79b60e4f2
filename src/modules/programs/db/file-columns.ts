import { integer, text } from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';

/**
 * A file uploaded into the private store, as every table of uploaded files records it
 * (application attachments, project files, programme documents). A function: each table needs
 * its own column builders.
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
  createdAt: tz('created_at').notNull().defaultNow(),
});
