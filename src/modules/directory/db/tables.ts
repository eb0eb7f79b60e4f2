import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  customType,
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

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Per-field visibility: fields absent from the map are public. */
export type FieldVisibility = Record<string, 'public' | 'members' | 'staff'>;

const editable = {
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

export const directoryOrganizations = pgTable(
  'directory_organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: text('kind').notNull(),
    legalName: text('legal_name').notNull(),
    shortName: text('short_name'),
    logoFile: text('logo_file'),
    taxCode: text('tax_code'),
    externalId: text('external_id'),
    firstRegisteredOn: date('first_registered_on', { mode: 'string' }),
    provinceCode: text('province_code'),
    address: text('address'),
    sectors: text('sectors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    vsicSections: text('vsic_sections')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    stage: text('stage'),
    teamSize: integer('team_size'),
    website: text('website'),
    /** The organisation's page on a social network (Facebook fanpage, Zalo OA, LinkedIn…). */
    socialLink: text('social_link'),
    links: jsonb('links').$type<Record<string, string>>().notNull().default({}),
    email: text('email'),
    phone: text('phone'),
    descriptionVi: text('description_vi'),
    descriptionEn: text('description_en'),
    products: text('products'),
    certifications: text('certifications')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    capitalRaisedVnd: bigint('capital_raised_vnd', { mode: 'bigint' }),
    status: text('status').notNull().default('active'),
    visibility: jsonb('visibility').$type<FieldVisibility>().notNull().default({}),
    verifiedAt: tz('verified_at'),
    verifiedBy: text('verified_by'),
    archivedAt: tz('archived_at'),
    mergedInto: uuid('merged_into'),
    /** The account organisation (identity) that manages this profile, once claimed. */
    managedBy: text('managed_by'),
    /** searchKey(legal name + short name + tax code): typo-tolerant matching by trigrams. */
    nameSearch: text('name_search').notNull(),
    /** searchKey(description, products, sectors, province): words for the full-text index. */
    bodySearch: text('body_search').notNull().default(''),
    sortKey: text('sort_key').notNull(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', name_search), 'A') || setweight(to_tsvector('simple', body_search), 'B')`,
    ),
    ...editable,
  },
  (t) => [
    // unique when present; drafts and foreign organisations may have none
    uniqueIndex('directory_organizations_tax_code_uq')
      .on(t.taxCode)
      .where(sql`tax_code is not null`),
    uniqueIndex('directory_organizations_external_id_uq')
      .on(t.externalId)
      .where(sql`external_id is not null`),
    // search: words (prefix) and typos
    index('directory_organizations_search_idx').using('gin', t.searchVector),
    index('directory_organizations_name_trgm_idx').using('gin', t.nameSearch.op('gin_trgm_ops')),
    // directory listing: filters, sorted by name
    // (sort keys compare byte by byte: COLLATE "C" on every engine and server locale)
    index('directory_organizations_list_idx').on(
      t.kind,
      t.provinceCode,
      sql`${t.sortKey} collate "C"`,
    ),
    index('directory_organizations_sort_idx').on(sql`${t.sortKey} collate "C"`),
    index('directory_organizations_sectors_idx').using('gin', t.sectors),
  ],
);

export const directoryPeople = pgTable(
  'directory_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    fullName: text('full_name').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    headline: text('headline'),
    bioVi: text('bio_vi'),
    bioEn: text('bio_en'),
    expertise: text('expertise')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    provinceCode: text('province_code'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    links: jsonb('links').$type<Record<string, string>>().notNull().default({}),
    /** How the person accepts contact: none, e-mail, or through the platform. */
    contactPreference: text('contact_preference').notNull().default('platform'),
    visibility: jsonb('visibility').$type<FieldVisibility>().notNull().default({}),
    /** The account (identity user) this profile belongs to, if any. */
    userId: text('user_id'),
    externalId: text('external_id'),
    verifiedAt: tz('verified_at'),
    archivedAt: tz('archived_at'),
    nameSearch: text('name_search').notNull(),
    bodySearch: text('body_search').notNull().default(''),
    sortKey: text('sort_key').notNull(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', name_search), 'A') || setweight(to_tsvector('simple', body_search), 'B')`,
    ),
    ...editable,
  },
  (t) => [
    uniqueIndex('directory_people_external_id_uq')
      .on(t.externalId)
      .where(sql`external_id is not null`),
    index('directory_people_search_idx').using('gin', t.searchVector),
    index('directory_people_name_trgm_idx').using('gin', t.nameSearch.op('gin_trgm_ops')),
    index('directory_people_sort_idx').on(sql`${t.sortKey} collate "C"`),
  ],
);

/** A person's link to an organisation, with their role there. */
export const directoryAffiliations = pgTable(
  'directory_affiliations',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => directoryPeople.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => directoryOrganizations.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    title: text('title'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.organizationId, t.role] }),
    index('directory_affiliations_org_idx').on(t.organizationId),
  ],
);

/** Public change feed: every create, update, archive or merge of a record, in order. */
export const directoryChanges = pgTable(
  'directory_changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    op: text('op').notNull(),
    at: tz('at').notNull().defaultNow(),
  },
  (t) => [index('directory_changes_entity_idx').on(t.entityType, t.entityId)],
);

/** A signed-in user's request to manage an existing organisation; staff decide. */
export const directoryClaims = pgTable(
  'directory_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => directoryOrganizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    accountOrganizationId: text('account_organization_id'),
    message: text('message'),
    status: text('status').notNull().default('pending'),
    decidedBy: text('decided_by'),
    decidedAt: tz('decided_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('directory_claims_status_idx').on(t.status, t.createdAt),
    // one open claim per user and organisation
    uniqueIndex('directory_claims_open_uq')
      .on(t.organizationId, t.userId)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * A candidate pair of duplicates that staff said is not one: the duplicates list skips it for
 * good. Each pair is stored once, its ids in order (a_id < b_id).
 */
export const directoryDuplicateDismissals = pgTable(
  'directory_duplicate_dismissals',
  {
    aId: uuid('a_id')
      .notNull()
      .references(() => directoryOrganizations.id, { onDelete: 'cascade' }),
    bId: uuid('b_id')
      .notNull()
      .references(() => directoryOrganizations.id, { onDelete: 'cascade' }),
    dismissedBy: text('dismissed_by'),
    dismissedAt: tz('dismissed_at').notNull().defaultNow(),
  },
  (t) => [
    // the duplicates query looks pairs up by (least id, greatest id)
    primaryKey({ columns: [t.aId, t.bId] }),
    check('directory_duplicate_dismissals_order_ck', sql`${t.aId} < ${t.bId}`),
  ],
);

export * from './import-tables';
