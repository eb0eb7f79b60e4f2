import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tz } from '../db/columns';

/**
 * A capacity bucket owned by a module's record (decision 018): an event's ticket type, a mentor's
 * office-hour slot, a room's time slot. `taken_units` (pending and confirmed reservations) and
 * `held_units` (offered holds) move in the transaction that changes a reservation's status, under
 * the row's lock; the CHECK makes overselling impossible whatever the code above it does.
 */
export const platformReservationPools = pgTable(
  'platform_reservation_pools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The owning module's id (`events`, `mentoring`…): its job handlers expire the holds. */
    ownerModule: text('owner_module').notNull(),
    /** The owning record, unique in the module (a ticket type's id, a slot's id). */
    ownerKey: text('owner_key').notNull(),
    /** Pools counted and checked in together (an event's ticket types, a mentor's slots). */
    groupKey: text('group_key').notNull(),
    capacity: integer('capacity').notNull(),
    takenUnits: integer('taken_units').notNull().default(0),
    heldUnits: integer('held_units').notNull().default(0),
    /**
     * Units waiting, kept with the others: a request reads the whole decision (fits, and nobody
     * waits before it) from this row, in the one UPDATE that takes its lock.
     */
    waitlistedUnits: integer('waitlisted_units').notNull().default(0),
    holdHours: integer('hold_hours').notNull().default(24),
    isApprovalRequired: boolean('is_approval_required').notNull().default(false),
    maxPartySize: integer('max_party_size').notNull().default(10),
    /** The slot's time, when the pool is one (office hours, a room); an event keeps its own. */
    startsAt: tz('starts_at'),
    endsAt: tz('ends_at'),
    version: integer('version').notNull().default(1),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('platform_reservation_pools_owner_uq').on(t.ownerModule, t.ownerKey),
    // The pools of an event (or a mentor) for check-in scope and attendance figures.
    index('platform_reservation_pools_group_idx').on(t.ownerModule, t.groupKey),
    check(
      'platform_reservation_pools_units_ck',
      sql`${t.takenUnits} >= 0 and ${t.heldUnits} >= 0 and ${t.takenUnits} + ${t.heldUnits} <= ${t.capacity}`,
    ),
    check('platform_reservation_pools_waitlisted_ck', sql`${t.waitlistedUnits} >= 0`),
    check(
      'platform_reservation_pools_settings_ck',
      sql`${t.holdHours} between 1 and 720 and ${t.maxPartySize} >= 1`,
    ),
  ],
);

export const RESERVATION_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'offered',
  'cancelled',
  'expired',
  'rejected',
] as const;

export const platformReservations = pgTable(
  'platform_reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => platformReservationPools.id, { onDelete: 'cascade' }),
    /** Arrival order: assigned under the pool's lock, so it is the order requests got their turn. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    partySize: integer('party_size').notNull(),
    accountId: text('account_id'),
    guestEmail: text('guest_email'),
    guestName: text('guest_name'),
    /** One live reservation per holder in a pool (an account, a normalised e-mail), when given. */
    holderKey: text('holder_key'),
    status: text('status', { enum: RESERVATION_STATUSES }).notNull(),
    /** A double-click or a retry carries the same key and gets the same reservation. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** Random, typed on the ticket beside its signature (tickets.ts). */
    ticketRef: text('ticket_ref').notNull(),
    holdExpiresAt: tz('hold_expires_at'),
    /** sha256 of the claim link's token; the token itself is only ever in the mail. */
    claimTokenHash: text('claim_token_hash'),
    offeredAt: tz('offered_at'),
    confirmedAt: tz('confirmed_at'),
    endedAt: tz('ended_at'),
    version: integer('version').notNull().default(1),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('platform_reservations_idempotency_uq').on(t.poolId, t.idempotencyKey),
    uniqueIndex('platform_reservations_ticket_uq').on(t.ticketRef),
    uniqueIndex('platform_reservations_claim_uq').on(t.claimTokenHash),
    uniqueIndex('platform_reservations_holder_uq')
      .on(t.poolId, t.holderKey)
      .where(sql`${t.status} in ('pending', 'confirmed', 'waitlisted', 'offered')`),
    // The head of the waitlist: waitlisted reservations of a pool in arrival order.
    index('platform_reservations_waitlist_idx')
      .on(t.poolId, t.seq)
      .where(sql`${t.status} = 'waitlisted'`),
    index('platform_reservations_pool_status_idx').on(t.poolId, t.status),
    index('platform_reservations_account_idx').on(t.accountId),
    check('platform_reservations_party_ck', sql`${t.partySize} >= 1`),
    check(
      'platform_reservations_status_ck',
      sql`${t.status} in ('pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'expired', 'rejected')`,
    ),
    check(
      'platform_reservations_who_ck',
      sql`${t.accountId} is not null or ${t.guestEmail} is not null or ${t.guestName} is not null`,
    ),
    check(
      'platform_reservations_hold_ck',
      sql`${t.status} <> 'offered' or (${t.holdExpiresAt} is not null and ${t.claimTokenHash} is not null)`,
    ),
  ],
);

/**
 * One row per reservation and session: a scan uploaded twice, or two stations scanning at once,
 * meet the unique key and count once; the first row says when and by whom.
 */
export const platformReservationCheckins = pgTable(
  'platform_reservation_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reservationId: uuid('reservation_id')
      .notNull()
      .references(() => platformReservations.id, { onDelete: 'cascade' }),
    /** '' for the whole event; a session's key for attendance per session. */
    sessionKey: text('session_key').notNull().default(''),
    checkedInAt: tz('checked_in_at').notNull(),
    checkedInById: text('checked_in_by_id'),
    checkedInByLabel: text('checked_in_by_label').notNull(),
    station: text('station'),
    isWalkIn: boolean('is_walk_in').notNull().default(false),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('platform_reservation_checkins_uq').on(t.reservationId, t.sessionKey)],
);
