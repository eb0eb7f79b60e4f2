// The portal's content: articles of every kind with their revisions, and the library of policies
// and legal documents with the links between them.
import { sql } from 'drizzle-orm';
import {
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
import { tz } from '../../../platform/db/columns';
import type { ContentLink, RevisionSnapshot } from '../domain/content-item';

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

export const contentItems = pgTable(
  'content_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    slug: text('slug').notNull(),
    status: text('status').notNull().default('draft'),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    summaryVi: text('summary_vi').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    /** Markdown; rendered and sanitised on the server whatever the editor sent. */
    bodyVi: text('body_vi').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''),
    /** A public image of the file store (`<sha256>.<ext>`). */
    coverKey: text('cover_key'),
    coverAltVi: text('cover_alt_vi').notNull().default(''),
    coverAltEn: text('cover_alt_en').notNull().default(''),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Priority sectors (the directory's sector codes). */
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    links: jsonb('links').$type<ContentLink[]>().notNull().default([]),
    authorName: text('author_name').notNull().default(''),
    isFeatured: boolean('is_featured').notNull().default(false),
    /** When a scheduled item goes out. */
    publishAt: tz('publish_at'),
    /** The date shown; set when first published. */
    publishedAt: tz('published_at'),
    /** The secret of the private preview link of a draft. */
    previewToken: text('preview_token').notNull(),
    /** Why a publisher sent the item back to its editor. */
    reviewNote: text('review_note').notNull().default(''),
    ...stamps,
  },
  (t) => [
    uniqueIndex('content_items_slug_idx').on(t.slug),
    // The public lists: published items of some kinds, newest first.
    index('content_items_public_idx').on(t.status, t.kind, t.publishedAt.desc()),
  ],
);

export const contentRevisions = pgTable(
  'content_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** What was done: created, edited, submitted, published… */
    action: text('action').notNull(),
    snapshot: jsonb('snapshot').$type<RevisionSnapshot>().notNull(),
    editedBy: text('edited_by'),
    editedByName: text('edited_by_name').notNull().default(''),
    editedAt: tz('edited_at').notNull().defaultNow(),
  },
  // An item's history, newest first.
  (t) => [index('content_revisions_item_idx').on(t.itemId, t.version.desc())],
);

export const contentLegalDocuments = pgTable(
  'content_legal_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    /** Number and symbol as printed, e.g. `188/QĐ-TTg`. */
    number: text('number').notNull(),
    docType: text('doc_type').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }),
    legalStatus: text('legal_status').notNull().default('in_force'),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    summaryVi: text('summary_vi').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    sectors: text('sectors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The official text, a private file checked by content (PDF or DOCX). */
    fileHash: text('file_hash'),
    fileKind: text('file_kind'),
    /** Its size, shown beside the download link (phones on metered data). */
    fileBytes: integer('file_bytes'),
    sourceUrl: text('source_url').notNull().default(''),
    isPublished: boolean('is_published').notNull().default(false),
    ...stamps,
  },
  (t) => [
    uniqueIndex('content_legal_documents_slug_idx').on(t.slug),
    // The library, newest first.
    index('content_legal_documents_issued_idx').on(t.issuedOn.desc()),
  ],
);

export const contentLegalRelations = pgTable(
  'content_legal_relations',
  {
    fromId: uuid('from_id')
      .notNull()
      .references(() => contentLegalDocuments.id, { onDelete: 'cascade' }),
    toId: uuid('to_id')
      .notNull()
      .references(() => contentLegalDocuments.id, { onDelete: 'cascade' }),
    /** `from` replaces, amends or guides `to`. */
    kind: text('kind').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fromId, t.toId, t.kind] }),
    // "Replaced by", "amended by": the relations that point at a document.
    index('content_legal_relations_to_idx').on(t.toId),
  ],
);

/**
 * People who asked for the weekly digest, with or without an account: pending until they follow
 * the mailed link (double opt-in), then active until they unsubscribe. The consent they gave is
 * kept here as a ledger entry (what notice, when given, when withdrawn and how).
 */
export const contentNewsletterSubscribers = pgTable(
  'content_newsletter_subscribers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased, as typed otherwise. */
    email: text('email').notNull(),
    locale: text('locale').notNull().default('vi'),
    /** Sector codes; none: every sector. */
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** News kinds (news, announcement, story); none: every kind. */
    kinds: text('kinds')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** pending → active → unsubscribed (by the person, a bounce or a complaint). */
    status: text('status').notNull().default('pending'),
    /** The secret of the confirmation, manage and unsubscribe links. */
    token: text('token').notNull(),
    consentNotice: text('consent_notice').notNull(),
    consentGivenAt: tz('consent_given_at'),
    consentWithdrawnAt: tz('consent_withdrawn_at'),
    /** How it ended: unsubscribe, one-click, bounce, complaint. */
    endedBy: text('ended_by'),
    /** The last confirmation mail, so that a form posted again does not flood a mailbox. */
    confirmationSentAt: tz('confirmation_sent_at'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('content_newsletter_subscribers_email_idx').on(t.email),
    uniqueIndex('content_newsletter_subscribers_token_idx').on(t.token),
  ],
);

/** One weekly digest: the week it covers, what it held and how many it went to. */
export const contentNewsletterSends = pgTable('content_newsletter_sends', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The Monday (Vietnam time) the digest went out: one digest a week. */
  weekOf: date('week_of', { mode: 'string' }).notNull().unique(),
  periodFrom: tz('period_from').notNull(),
  periodTo: tz('period_to').notNull(),
  items: integer('items').notNull(),
  recipients: integer('recipients').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
});

/**
 * The media library: every image once, with its description and its WebP variants (the file
 * store's keys), so an image is reused across articles and served at the width a screen needs;
 * and the documents (PDF, Word, Excel) staff upload for articles to link.
 */
export const contentMedia = pgTable(
  'content_media',
  {
    /**
     * An image's key in the public file store (`<sha256>.<ext>`); a document's private hash with
     * its kind's extension (`<sha256>.pdf`), served by the module's download route.
     */
    key: text('key').primaryKey(),
    /** image, pdf, docx or xlsx: read from the bytes, never from the name. */
    kind: text('kind').notNull().default('image'),
    /** An image's size in pixels; none for a document. */
    width: integer('width'),
    height: integer('height'),
    /** The uploaded file's size in bytes (unknown for images kept before it was recorded). */
    bytes: integer('bytes'),
    /** WebP variants, narrowest first. */
    variants: jsonb('variants').$type<{ key: string; width: number; height: number }[]>().notNull(),
    /**
     * AVIF variants at the same widths, made later by the job content.media-avif (an AVIF takes
     * seconds to encode); empty until then, and the pages offer WebP alone.
     */
    avifVariants: jsonb('avif_variants')
      .$type<{ key: string; width: number; height: number }[]>()
      .notNull()
      .default([]),
    /** The name the file had when it was uploaded, for finding it again in the library. */
    fileName: text('file_name').notNull().default(''),
    altVi: text('alt_vi').notNull().default(''),
    altEn: text('alt_en').notNull().default(''),
    ...stamps,
  },
  (t) => [
    // The library, newest first.
    index('content_media_created_idx').on(t.createdAt.desc()),
    check(
      'content_media_image_size',
      sql`(${t.kind} = 'image') = (${t.width} is not null and ${t.height} is not null)`,
    ),
  ],
);
