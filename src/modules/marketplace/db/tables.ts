// The technology exchange: offers (supply), needs (demand), who may read a confidential need,
// brokered introductions between parties and the deals they led to.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';
import type { StoredVariant } from '../../../platform/files/image-variants';
import type { CoOwner, Inventor } from '../domain/offer';
import type { FieldTiers } from '../domain/confidentiality';

const vnd = (name: string) => bigint(name, { mode: 'bigint' });
const words = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

/** Per-field tier, as the directory's per-field visibility: fields absent from the map are public. */
const tiers = () => jsonb('visibility').$type<FieldTiers>().notNull().default({});

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

export const marketplaceOffers = pgTable(
  'marketplace_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The directory organisation offering the technology. */
    ownerOrgId: uuid('owner_org_id').notNull(),
    /** Its kind and province when the offer was written: the public filters. */
    ownerKind: text('owner_kind').notNull(),
    ownerProvince: text('owner_province'),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    /** Non-confidential: everything below is public once the offer is listed. */
    summary: text('summary').notNull(),
    problem: text('problem').notNull().default(''),
    advantages: text('advantages').notNull().default(''),
    applications: text('applications').notNull().default(''),
    sectors: words('sectors'),
    trl: integer('trl').notNull(),
    ipKind: text('ip_kind').notNull(),
    ipNumber: text('ip_number').notNull().default(''),
    ipJurisdiction: text('ip_jurisdiction').notNull().default(''),
    ipExpiresOn: date('ip_expires_on', { mode: 'string' }),
    coOwners: jsonb('co_owners').$type<CoOwner[]>().notNull().default([]),
    /** The result of state-funded research (its transfer follows the rules on state assets). */
    isStateFunded: boolean('is_state_funded').notNull().default(false),
    transferForms: words('transfer_forms'),
    /** Indicative, whole đồng; null with isNegotiable. */
    priceVnd: vnd('price_vnd'),
    isNegotiable: boolean('is_negotiable').notNull().default(false),
    inventors: jsonb('inventors').$type<Inventor[]>().notNull().default([]),
    contactEmail: text('contact_email').notNull().default(''),
    /** Who may read each field: public, after the NDA, or the parties of an introduction. */
    visibility: tiers(),
    /** Why the approver sent it back. */
    reviewNote: text('review_note').notNull().default(''),
    submittedBy: text('submitted_by'),
    approvedBy: text('approved_by'),
    publishedAt: tz('published_at'),
    expiresAt: tz('expires_at'),
    /** The expiry the renewal reminder was sent for (a job run twice writes once). */
    renewalRemindedFor: tz('renewal_reminded_for'),
    /** The form's one-time key: a form sent twice makes one offer. */
    submissionKey: text('submission_key'),
    /** The owner may accept an introduction request without the centre's broker. */
    allowsDirectIntroduction: boolean('allows_direct_introduction').notNull().default(false),
    ...stamps,
  },
  (t) => [
    uniqueIndex('marketplace_offers_submission_idx').on(t.submissionKey),
    // The public list: listed offers, newest first.
    index('marketplace_offers_public_idx').on(t.status, t.expiresAt),
    // An owner's offers.
    index('marketplace_offers_owner_idx').on(t.ownerOrgId),
    check('marketplace_offers_trl', sql`${t.trl} between 1 and 9`),
    check('marketplace_offers_price', sql`${t.priceVnd} is null or ${t.priceVnd} >= 0`),
  ],
);

export const marketplaceNeeds = pgTable(
  'marketplace_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerOrgId: uuid('owner_org_id').notNull(),
    ownerKind: text('owner_kind').notNull(),
    ownerProvince: text('owner_province'),
    status: text('status').notNull().default('open'),
    title: text('title').notNull(),
    /** Public in every case. */
    teaser: text('teaser').notNull(),
    /** Confidential unless isConfidential is false: shown to approved parties only. */
    problem: text('problem').notNull(),
    currentSolution: text('current_solution').notNull().default(''),
    constraints: text('constraints').notNull().default(''),
    budgetMinVnd: vnd('budget_min_vnd'),
    budgetMaxVnd: vnd('budget_max_vnd'),
    timeline: text('timeline').notNull(),
    sectors: words('sectors'),
    /** The forms of transfer the owner would accept (for matching); empty: any. */
    transferForms: words('transfer_forms'),
    isConfidential: boolean('is_confidential').notNull().default(true),
    /** Who may read each detail of a confidential need (default: approved parties). */
    visibility: tiers(),
    /** Taken down by phone or at an event by the centre's staff. */
    isStaffIntake: boolean('is_staff_intake').notNull().default(false),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    submissionKey: text('submission_key'),
    allowsDirectIntroduction: boolean('allows_direct_introduction').notNull().default(false),
    ...stamps,
  },
  (t) => [
    uniqueIndex('marketplace_needs_submission_idx').on(t.submissionKey),
    // The public list: open needs, newest first.
    index('marketplace_needs_status_idx').on(t.status, t.createdAt.desc()),
    check(
      'marketplace_needs_budget',
      sql`(${t.budgetMinVnd} is null or ${t.budgetMinVnd} >= 0) and (${t.budgetMaxVnd} is null or ${t.budgetMaxVnd} >= coalesce(${t.budgetMinVnd}, 0))`,
    ),
  ],
);

export const marketplaceNeedAccess = pgTable(
  'marketplace_need_access',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => marketplaceNeeds.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    /** Who they are and why they ask, for the owner deciding. */
    message: text('message').notNull().default(''),
    status: text('status').notNull().default('requested'),
    requestedAt: tz('requested_at').notNull().defaultNow(),
    decidedAt: tz('decided_at'),
    decidedBy: text('decided_by'),
  },
  // One request per party and need; "may this account read it?".
  (t) => [uniqueIndex('marketplace_need_access_party_idx').on(t.needId, t.userId)],
);

export const marketplaceIntroductions = pgTable(
  'marketplace_introductions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The listing asked about: an offer or a need, exactly one. */
    offerId: uuid('offer_id').references(() => marketplaceOffers.id),
    needId: uuid('need_id').references(() => marketplaceNeeds.id),
    requesterUserId: text('requester_user_id').notNull(),
    /** The directory organisation the requester acts for, when they named one. */
    requesterOrgId: uuid('requester_org_id'),
    message: text('message').notNull(),
    stage: text('stage').notNull().default('requested'),
    noDealReason: text('no_deal_reason'),
    /** The broker's note to both sides when introducing them, and later notes. */
    brokerNote: text('broker_note').notNull().default(''),
    brokerId: text('broker_id'),
    /** Who introduced the sides: a broker, or the listing owner's manager accepting directly. */
    introducedBy: text('introduced_by'),
    requestedAt: tz('requested_at').notNull().defaultNow(),
    introducedAt: tz('introduced_at'),
    closedAt: tz('closed_at'),
    /** The nudges (days after the introduction) already sent: a job run twice writes once. */
    nudgedDays: integer('nudged_days')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    ...stamps,
  },
  (t) => [
    check('marketplace_introductions_target', sql`(${t.offerId} is null) <> (${t.needId} is null)`),
    // A request sent twice (or again while the first is open) is one introduction.
    uniqueIndex('marketplace_introductions_open_offer_idx')
      .on(t.offerId, t.requesterUserId)
      .where(sql`${t.stage} in ('requested', 'introduced', 'talking', 'negotiating')`),
    uniqueIndex('marketplace_introductions_open_need_idx')
      .on(t.needId, t.requesterUserId)
      .where(sql`${t.stage} in ('requested', 'introduced', 'talking', 'negotiating')`),
    // The broker's queue and the funnel by period.
    index('marketplace_introductions_stage_idx').on(t.stage, t.requestedAt),
  ],
);

export const marketplaceDeals = pgTable(
  'marketplace_deals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    introductionId: uuid('introduction_id')
      .notNull()
      .references(() => marketplaceIntroductions.id),
    /** The directory organisations that signed: who transfers and who receives. */
    supplierOrgId: uuid('supplier_org_id').notNull(),
    recipientOrgId: uuid('recipient_org_id').notNull(),
    transferForm: text('transfer_form').notNull(),
    valueVnd: vnd('value_vnd').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    contractNumber: text('contract_number').notNull().default(''),
    /** What proves it: the signed contract's reference, a minute, a link. */
    evidence: text('evidence').notNull(),
    /** What was transferred (the listing's technology unless the contract names it otherwise). */
    object: text('object').notNull().default(''),
    /** domestic, inbound (foreign → Vietnam) or outbound (Vietnam → foreign). */
    direction: text('direction').notNull().default('domestic'),
    usesStateCapital: boolean('uses_state_capital').notNull().default(false),
    /** The signed contract, in the private store: read by the parties and the brokers only. */
    signedFileHash: text('signed_file_hash'),
    signedFileName: text('signed_file_name'),
    signedContentType: text('signed_content_type'),
    /** Each side's confirmation; the deal is a fact once both confirmed. */
    supplierConfirmedAt: tz('supplier_confirmed_at'),
    supplierConfirmedBy: text('supplier_confirmed_by'),
    recipientConfirmedAt: tz('recipient_confirmed_at'),
    recipientConfirmedBy: text('recipient_confirmed_by'),
    /** The Law on Technology Transfer's registration: due 90 days after signing, when required. */
    registrationDueOn: date('registration_due_on', { mode: 'string' }),
    registrationRemindedAt: tz('registration_reminded_at'),
    recordedBy: text('recorded_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    updatedAt: tz('updated_at').notNull().defaultNow(),
    updatedBy: text('updated_by'),
  },
  (t) => [
    // One deal per introduction.
    uniqueIndex('marketplace_deals_introduction_idx').on(t.introductionId),
    // The funnel and indicators by period.
    index('marketplace_deals_signed_idx').on(t.signedOn),
    check('marketplace_deals_value', sql`${t.valueVnd} >= 0`),
    check(
      'marketplace_deals_direction',
      sql`${t.direction} in ('domestic', 'inbound', 'outbound')`,
    ),
  ],
);

/** A listing's kind in the tables shared by offers and needs. */
const listingKind = () => text('listing_kind').notNull();

/** Click-through NDAs: one row per viewer, listing and version of the agreement's text. */
export const marketplaceNdaAcceptances = pgTable(
  'marketplace_nda_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingKind: listingKind(),
    listingId: uuid('listing_id').notNull(),
    userId: text('user_id').notNull(),
    ndaVersion: text('nda_version').notNull(),
    acceptedAt: tz('accepted_at').notNull(),
  },
  // "Has this account accepted this version for this listing?"; accepted twice is one row.
  (t) => [
    uniqueIndex('marketplace_nda_acceptances_idx').on(
      t.listingKind,
      t.listingId,
      t.userId,
      t.ndaVersion,
    ),
  ],
);

/** Who saw what of a listing (teaser, details, a document), once a day each: the owner's log. */
export const marketplaceListingViews = pgTable(
  'marketplace_listing_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingKind: listingKind(),
    listingId: uuid('listing_id').notNull(),
    userId: text('user_id').notNull(),
    what: text('what').notNull(),
    /** The document downloaded; '' for a page view. */
    documentId: text('document_id').notNull().default(''),
    viewedOn: date('viewed_on', { mode: 'string' }).notNull(),
    viewedAt: tz('viewed_at').notNull(),
  },
  (t) => [
    uniqueIndex('marketplace_listing_views_daily_idx').on(
      t.listingKind,
      t.listingId,
      t.userId,
      t.what,
      t.documentId,
      t.viewedOn,
    ),
    // The owner's log, newest first.
    index('marketplace_listing_views_listing_idx').on(t.listingKind, t.listingId, t.viewedAt),
  ],
);

/** Documents of a listing, in the private store: read only by the parties of an introduction. */
export const marketplaceListingDocuments = pgTable(
  'marketplace_listing_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingKind: listingKind(),
    listingId: uuid('listing_id').notNull(),
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: text('uploaded_by'),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [index('marketplace_listing_documents_listing_idx').on(t.listingKind, t.listingId)],
);

/**
 * An introduction's thread: messages between its parties and the brokers, each with at most one
 * attachment in the private store (checked by content). Read by the parties and brokers only.
 */
export const marketplaceIntroductionMessages = pgTable(
  'marketplace_introduction_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    introductionId: uuid('introduction_id')
      .notNull()
      .references(() => marketplaceIntroductions.id),
    authorUserId: text('author_user_id').notNull(),
    body: text('body').notNull(),
    fileHash: text('file_hash'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    bytes: integer('bytes'),
    /** The form's one-time key: a message sent twice is one message. */
    submissionKey: text('submission_key'),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('marketplace_introduction_messages_submission_idx').on(t.submissionKey),
    // The thread, oldest first.
    index('marketplace_introduction_messages_thread_idx').on(t.introductionId, t.createdAt),
  ],
);

// The universities' IP portfolios (issue 14, item 7), in their own file.
export * from './ip-tables';
// Declined suggestions and saved searches (issue 14, item 4), in their own file.
export * from './match-tables';

// An offer's public images (issue 14, item 1): part of the public teaser, in the public store
// (`/files/<sha256>.<ext>`), each with its alternative text.
export const marketplaceOfferImages = pgTable(
  'marketplace_offer_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => marketplaceOffers.id, { onDelete: 'cascade' }),
    /** The public store's key: `<sha256>.<ext>`. */
    fileKey: text('file_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /**
     * WebP variants made at upload, narrowest first; empty for an image sharp could not read and
     * for images stored before variants were made, which are shown as uploaded.
     */
    variants: jsonb('variants').$type<StoredVariant[]>().notNull().default([]),
    altVi: text('alt_vi').notNull(),
    altEn: text('alt_en').notNull().default(''),
    addedBy: text('added_by'),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [
    // The same picture twice on one offer is one image.
    uniqueIndex('marketplace_offer_images_offer_file_idx').on(t.offerId, t.fileKey),
    index('marketplace_offer_images_offer_idx').on(t.offerId, t.createdAt),
  ],
);
