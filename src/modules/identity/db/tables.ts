import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';

// Property names follow better-auth's field names; SQL names follow ours.

export const identityUsers = pgTable('identity_users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  locale: text('locale').notNull().default('vi'),
  twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const identitySessions = pgTable(
  'identity_sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    expiresAt: tz('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    activeOrganizationId: text('active_organization_id'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  // "my sessions" list and "log out elsewhere"
  (t) => [index('identity_sessions_user_idx').on(t.userId)],
);

export const identityAccounts = pgTable(
  'identity_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: tz('access_token_expires_at'),
    refreshTokenExpiresAt: tz('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('identity_accounts_user_idx').on(t.userId)],
);

export const identityVerifications = pgTable(
  'identity_verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: tz('expires_at').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('identity_verifications_identifier_idx').on(t.identifier)],
);

export const identityTwoFactors = pgTable(
  'identity_two_factors',
  {
    id: text('id').primaryKey(),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    verified: boolean('verified').notNull().default(true),
    failedVerificationCount: integer('failed_verification_count').notNull().default(0),
    lockedUntil: tz('locked_until'),
  },
  (t) => [index('identity_two_factors_user_idx').on(t.userId)],
);

export const identityOrganizations = pgTable('identity_organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  logo: text('logo'),
  metadata: text('metadata'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const identityMembers = pgTable(
  'identity_members',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => identityOrganizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('identity_members_org_user_uq').on(t.organizationId, t.userId),
    index('identity_members_user_idx').on(t.userId),
  ],
);

export const identityInvitations = pgTable(
  'identity_invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => identityOrganizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    status: text('status').notNull().default('pending'),
    inviterId: text('inviter_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    expiresAt: tz('expires_at').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('identity_invitations_email_idx').on(t.email)],
);

/** Platform roles (admin, staff, agency, reviewer, mentor); "member" is implied for every account. */
export const identityUserRoles = pgTable(
  'identity_user_roles',
  {
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    grantedAt: tz('granted_at').notNull().defaultNow(),
    grantedBy: text('granted_by'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Machine clients: only a SHA-256 of the secret is kept. */
export const identityApiKeys = pgTable(
  'identity_api_keys',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    hash: text('hash').notNull().unique(),
    scopes: text('scopes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: tz('created_at').notNull().defaultNow(),
    lastUsedAt: tz('last_used_at'),
    expiresAt: tz('expires_at'),
    revokedAt: tz('revoked_at'),
  },
  (t) => [index('identity_api_keys_user_idx').on(t.userId)],
);

/**
 * Consent ledger (Law 91/2025/QH15 Art. 9): one row per purpose, kept after withdrawal. Its
 * subject is an account or, for what needs none (the newsletter), the e-mail address that
 * confirmed it; an address has at most one consent in force per purpose.
 */
export const identityConsents = pgTable(
  'identity_consents',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => identityUsers.id, { onDelete: 'cascade' }),
    /** Lower-cased; set only when the subject has no account behind the consent. */
    subjectEmail: text('subject_email'),
    purpose: text('purpose').notNull(),
    /** What the consent covers within its purpose, as shown (e.g. the newsletter's topics). */
    scope: text('scope')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    noticeVersion: text('notice_version').notNull(),
    channel: text('channel').notNull(),
    givenAt: tz('given_at').notNull().defaultNow(),
    withdrawnAt: tz('withdrawn_at'),
  },
  (t) => [
    index('identity_consents_user_idx').on(t.userId),
    uniqueIndex('identity_consents_email_in_force_idx')
      .on(t.subjectEmail, t.purpose)
      .where(sql`${t.subjectEmail} is not null and ${t.withdrawnAt} is null`),
    check('identity_consents_subject_check', sql`num_nonnulls(${t.userId}, ${t.subjectEmail}) = 1`),
  ],
);

/**
 * Failed log-ins in a row and the lock they lead to (level-3 controls): a locked account signs in
 * again after the mailed unlock link (its SHA-256 kept here) or an administrator's unlock.
 */
export const identityAccountLocks = pgTable('identity_account_locks', {
  userId: text('user_id')
    .primaryKey()
    .references(() => identityUsers.id, { onDelete: 'cascade' }),
  failures: integer('failures').notNull().default(0),
  lockedAt: tz('locked_at'),
  /** "failures" (unlocked by the mailed link or an administrator) or "inactive" (an administrator). */
  reason: text('reason').notNull().default('failures'),
  unlockTokenHash: text('unlock_token_hash').unique(),
  unlockExpiresAt: tz('unlock_expires_at'),
});

/**
 * Passwords an account used before its current one (level-3 controls: staff may not reuse their
 * last 10), each as better-auth's own scrypt hash, never the password itself.
 */
export const identityPasswordHistory = pgTable(
  'identity_password_history',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    hash: text('hash').notNull(),
    replacedAt: tz('replaced_at').notNull().defaultNow(),
  },
  // an account's newest hashes, to compare a new password with and to trim the rest
  (t) => [index('identity_password_history_user_idx').on(t.userId, t.replacedAt)],
);

/**
 * Data-subject requests (Law 91/2025/QH15 Art. 4, Decree 356/2025): a copy of one's data, the
 * erasure of one's account, a consent withdrawn — each with the day it is due, who handled it
 * and how. Kept after an erasure (the account row stays, under a pseudonym).
 */
export const identityDataRequests = pgTable(
  'identity_data_requests',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => identityUsers.id, { onDelete: 'cascade' }),
    /** export | erasure | consent */
    kind: text('kind').notNull(),
    /** open → done | refused */
    status: text('status').notNull().default('open'),
    receivedAt: tz('received_at').notNull(),
    dueAt: tz('due_at').notNull(),
    completedAt: tz('completed_at'),
    /** The staff account that acted, or "system" for a job. */
    handledBy: text('handled_by'),
    /** The consent's purpose, or why a request was refused. */
    note: text('note'),
    /** The export's ZIP in the private file store, and the download link (its SHA-256). */
    fileHash: text('file_hash'),
    downloadTokenHash: text('download_token_hash').unique(),
    downloadExpiresAt: tz('download_expires_at'),
  },
  (t) => [
    // the staff list: open requests by due date
    index('identity_data_requests_status_idx').on(t.status, t.dueAt),
    // one open request of a kind per account (a second click finds the first)
    uniqueIndex('identity_data_requests_open_uq')
      .on(t.userId, t.kind)
      .where(sql`status = 'open'`),
  ],
);
