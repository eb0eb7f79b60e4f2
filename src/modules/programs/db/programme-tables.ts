// Programmes and their calls, extensions and documents.
import {
  bigint,
  check,
  createdAt,
  id,
  index,
  integer,
  jsonb,
  pgTable,
  sql,
  storedFileColumns,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import type { TCallForm } from '../domain/call-form';
import type { TEligibilityRules } from '../domain/eligibility-rules';

/** A text in both languages; English may be empty (shown in Vietnamese then). */
export interface Localized {
  vi: string;
  en: string;
}
export interface FaqEntry {
  question: Localized;
  answer: Localized;
}
export interface Prize {
  title: Localized;
  /** Whole đồng, as a decimal string (jsonb has no bigint). */
  amountVnd?: string;
}

const editable = {
  status: text('status').notNull().default('draft'),
  createdAt: createdAt(),
  ...versionColumns(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

export const programsProgrammes = pgTable(
  'programs_programmes',
  {
    id: id(),
    slug: text('slug').notNull(),
    kind: text('kind').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    summaryVi: text('summary_vi').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    goalsVi: text('goals_vi').notNull().default(''),
    goalsEn: text('goals_en').notNull().default(''),
    benefitsVi: text('benefits_vi').notNull().default(''),
    benefitsEn: text('benefits_en').notNull().default(''),
    eligibilityVi: text('eligibility_vi').notNull().default(''),
    eligibilityEn: text('eligibility_en').notNull().default(''),
    faq: jsonb('faq').$type<FaqEntry[]>().notNull().default([]),
    /** Whole đồng; SpeedUP: at most 2,000,000,000 per project. */
    fundingCapVnd: bigint('funding_cap_vnd', { mode: 'bigint' }),
    maxDurationMonths: integer('max_duration_months'),
    /** Competitions: the categories entries compete in, and the prizes. */
    categories: jsonb('categories').$type<Localized[]>().notNull().default([]),
    prizes: jsonb('prizes').$type<Prize[]>().notNull().default([]),
    /** Challenges: the directory organisation (agency or enterprise) that posts the problem. */
    postingOrganizationId: uuid('posting_organization_id'),
    publishedAt: tz('published_at'),
    ...editable,
  },
  (t) => [
    uniqueIndex('programs_programmes_slug_uq').on(t.slug),
    // The public list: published programmes of a kind, newest first.
    index('programs_programmes_list_idx').on(t.status, t.kind, t.publishedAt),
    check(
      'programs_programmes_kind_ck',
      sql`${t.kind} in ('incubation', 'acceleration', 'funding', 'competition', 'challenge')`,
    ),
    check('programs_programmes_status_ck', sql`${t.status} in ('draft', 'published', 'archived')`),
    check('programs_programmes_cap_ck', sql`${t.fundingCapVnd} is null or ${t.fundingCapVnd} >= 0`),
  ],
);

export const programsCalls = pgTable(
  'programs_calls',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programsProgrammes.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    opensAt: tz('opens_at').notNull(),
    /** The first instant at which a submission is refused (a submission at closes_at is late). */
    closesAt: tz('closes_at').notNull(),
    form: jsonb('form').$type<TCallForm>().notNull(),
    eligibility: jsonb('eligibility').$type<TEligibilityRules>().notNull(),
    ...editable,
  },
  (t) => [
    uniqueIndex('programs_calls_slug_uq').on(t.programmeId, t.slug),
    // The timeline of a programme's calls, in opening order.
    index('programs_calls_programme_idx').on(t.programmeId, t.opensAt),
    check('programs_calls_window_ck', sql`${t.opensAt} < ${t.closesAt}`),
    check('programs_calls_status_ck', sql`${t.status} in ('draft', 'published', 'archived')`),
  ],
);

export const programsCallExtensions = pgTable(
  'programs_call_extensions',
  {
    id: id(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programsCalls.id, { onDelete: 'cascade' }),
    /** The applicant: a directory organisation. */
    organizationId: uuid('organization_id').notNull(),
    closesAt: tz('closes_at').notNull(),
    grantedBy: text('granted_by').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // The latest grant for one applicant of a call, read at every submission.
    index('programs_call_extensions_lookup_idx').on(t.callId, t.organizationId, t.createdAt),
  ],
);

/**
 * Documents staff attach to a programme (guidelines, the founding decision, templates to fill),
 * listed on its page in `position` order. The bytes are in the private store: served by a route
 * that shows a draft programme's documents to staff only.
 */
export const programsProgrammeDocuments = pgTable(
  'programs_programme_documents',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programsProgrammes.id, { onDelete: 'cascade' }),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    position: integer('position').notNull(),
    ...storedFileColumns(),
  },
  (t) => [
    // A programme's documents in their order (its page, moving one up or down).
    index('programs_programme_documents_programme_idx').on(t.programmeId, t.position),
    check(
      'programs_programme_documents_kind_ck',
      sql`${t.kind} in ('pdf', 'docx', 'xlsx', 'pptx', 'zip')`,
    ),
  ],
);
