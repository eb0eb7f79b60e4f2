// A university's or institute's IP portfolio, kept by its technology-transfer office: each asset
// through its life (disclosure → filing → grant), the maintenance fees that keep it alive, the
// licences granted on it and the revenue they brought; and the spreadsheets imported into it.
import {
  bigint,
  boolean,
  check,
  date,
  id,
  index,
  integer,
  jsonb,
  pgTable,
  sql,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import type { CoOwner } from '../domain/offer';

const vnd = (name: string) => bigint(name, { mode: 'bigint' });
const day = (name: string) => date(name, { mode: 'string' });

export const marketplaceIpAssets = pgTable(
  'marketplace_ip_assets',
  {
    id: id(),
    /** The directory profile of the university or institute holding the asset. */
    ownerOrgId: uuid('owner_org_id').notNull(),
    /** The office's own reference (e.g. "SC-2021-04"): how an imported row finds its asset. */
    reference: text('reference').notNull().default(''),
    title: text('title').notNull(),
    ipKind: text('ip_kind').notNull(),
    stage: text('stage').notNull().default('disclosed'),
    /** Inventors, the invention's substance: the office's eyes only. */
    inventors: text('inventors').notNull().default(''),
    notes: text('notes').notNull().default(''),
    disclosedOn: day('disclosed_on'),
    filingNumber: text('filing_number').notNull().default(''),
    filedOn: day('filed_on'),
    jurisdiction: text('jurisdiction').notNull().default(''),
    grantNumber: text('grant_number').notNull().default(''),
    grantedOn: day('granted_on'),
    expiresOn: day('expires_on'),
    coOwners: jsonb('co_owners').$type<CoOwner[]>().notNull().default([]),
    isStateFunded: boolean('is_state_funded').notNull().default(false),
    /**
     * Its listing on the exchange, when the office offers it there (an offer of the same owner,
     * checked by the command: no foreign key, so this file stays apart from the listings').
     */
    offerId: uuid('offer_id'),
    submissionKey: text('submission_key'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    ...versionColumns(),
  },
  (t) => [
    // The office's list of one organisation's assets.
    index('marketplace_ip_assets_owner_idx').on(t.ownerOrgId, t.stage),
    uniqueIndex('marketplace_ip_assets_reference_idx')
      .on(t.ownerOrgId, t.reference)
      .where(sql`${t.reference} <> ''`),
    uniqueIndex('marketplace_ip_assets_submission_idx').on(t.submissionKey),
  ],
);

/** A fee due to keep a filing or title alive (annuities), with the reminder sent before it. */
export const marketplaceIpFees = pgTable(
  'marketplace_ip_fees',
  {
    id: id(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => marketplaceIpAssets.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    dueOn: day('due_on').notNull(),
    amountVnd: vnd('amount_vnd').notNull(),
    paidOn: day('paid_on'),
    /** The due day the reminder went out for: a job run twice writes once. */
    remindedFor: day('reminded_for'),
    submissionKey: text('submission_key'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    ...versionColumns(),
  },
  (t) => [
    index('marketplace_ip_fees_asset_idx').on(t.assetId, t.dueOn),
    uniqueIndex('marketplace_ip_fees_submission_idx').on(t.submissionKey),
    check('marketplace_ip_fees_amount', sql`${t.amountVnd} >= 0`),
  ],
);

export const marketplaceIpLicences = pgTable(
  'marketplace_ip_licences',
  {
    id: id(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => marketplaceIpAssets.id, { onDelete: 'cascade' }),
    licensee: text('licensee').notNull(),
    licensedOn: day('licensed_on').notNull(),
    isExclusive: boolean('is_exclusive').notNull().default(false),
    terms: text('terms').notNull().default(''),
    submissionKey: text('submission_key'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    ...versionColumns(),
  },
  (t) => [
    index('marketplace_ip_licences_asset_idx').on(t.assetId),
    uniqueIndex('marketplace_ip_licences_submission_idx').on(t.submissionKey),
  ],
);

export const marketplaceIpRevenues = pgTable(
  'marketplace_ip_revenues',
  {
    id: id(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => marketplaceIpAssets.id, { onDelete: 'cascade' }),
    /** A licence with revenue recorded against it cannot be removed (the command says why). */
    licenceId: uuid('licence_id').references(() => marketplaceIpLicences.id),
    amountVnd: vnd('amount_vnd').notNull(),
    receivedOn: day('received_on').notNull(),
    note: text('note').notNull().default(''),
    submissionKey: text('submission_key'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    ...versionColumns(),
  },
  (t) => [
    index('marketplace_ip_revenues_asset_idx').on(t.assetId, t.receivedOn),
    uniqueIndex('marketplace_ip_revenues_submission_idx').on(t.submissionKey),
    check('marketplace_ip_revenues_amount', sql`${t.amountVnd} > 0`),
  ],
);

/** An uploaded asset list waiting between its preview and its import (applied once). */
export const marketplaceIpImports = pgTable('marketplace_ip_imports', {
  id: id(),
  ownerOrgId: uuid('owner_org_id').notNull(),
  fileHash: text('file_hash').notNull(),
  fileName: text('file_name').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: tz('created_at').notNull(),
  appliedAt: tz('applied_at'),
  assetCount: integer('asset_count'),
});
