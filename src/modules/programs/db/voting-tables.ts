// Public voting rounds and councils (issue 4, item 4): a community vote on a call's shortlisted
// entries, and the council (hội đồng) that meets, decides and signs the minutes (biên bản).
import {
  boolean,
  check,
  createdAt,
  id,
  index,
  pgTable,
  primaryKey,
  sql,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import { programsApplications } from './application-tables';
import { programsCalls } from './programme-tables';
import { programsReviewRounds } from './review-tables';

export const VOTE_STATUSES = ['draft', 'open', 'closed'] as const;
export type TVoteStatus = (typeof VOTE_STATUSES)[number];

/** A call's public vote (one per call): draft while staff choose entries, then open, closed. */
export const programsVotes = pgTable(
  'programs_votes',
  {
    id: id(),
    callId: uuid('call_id')
      .notNull()
      .unique()
      .references(() => programsCalls.id, { onDelete: 'restrict' }),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    status: text('status').$type<TVoteStatus>().notNull().default('draft'),
    /** The tally is public once the vote closed and staff chose to show it. */
    areResultsPublic: boolean('are_results_public').notNull().default(false),
    openedAt: tz('opened_at'),
    closedAt: tz('closed_at'),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    check('programs_votes_status_ck', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('programs_votes_results_ck', sql`not ${t.areResultsPublic} or ${t.status} = 'closed'`),
  ],
);

/** A shortlisted application on the public vote, with only the summary staff chose to publish. */
export const programsVoteEntries = pgTable(
  'programs_vote_entries',
  {
    id: id(),
    voteId: uuid('vote_id')
      .notNull()
      .references(() => programsVotes.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programsApplications.id, { onDelete: 'restrict' }),
    solutionName: text('solution_name').notNull(),
    organizationName: text('organization_name').notNull(),
    summary: text('summary').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('programs_vote_entries_uq').on(t.voteId, t.applicationId)],
);

/**
 * One vote per account per entry: the primary key makes a double click or a race one vote.
 * Personal data kept: the account id and the time, needed to count once and to flag bursts;
 * whether the account was under 24 hours old when it voted is kept instead of its age or any
 * network address. Retention: until the call's results are final; the rows go with the vote.
 */
export const programsVoteBallots = pgTable(
  'programs_vote_ballots',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => programsVoteEntries.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    voteId: uuid('vote_id').notNull(),
    isNewAccount: boolean('is_new_account').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.userId] }),
    // The tally and the burst check read an entry's ballots in time order.
    index('programs_vote_ballots_entry_idx').on(t.entryId, t.createdAt),
  ],
);

export const COUNCIL_ROLES = ['chair', 'secretary', 'member'] as const;
export type TCouncilRole = (typeof COUNCIL_ROLES)[number];

/** A council (hội đồng) of a call, or of one of its review rounds, with its meeting. */
export const programsCouncils = pgTable(
  'programs_councils',
  {
    id: id(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programsCalls.id, { onDelete: 'restrict' }),
    roundId: uuid('round_id').references(() => programsReviewRounds.id, { onDelete: 'restrict' }),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    /** The decision that set it up (e.g. "123/QĐ-SKHCN"), as printed on the minutes. */
    decisionNumber: text('decision_number').notNull().default(''),
    /** Recorded at the meeting: where, when, and what the council concluded. */
    meetingPlace: text('meeting_place').notNull().default(''),
    meetingAt: tz('meeting_at'),
    conclusions: text('conclusions').notNull().default(''),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    // A call's councils, in the order they were set up.
    index('programs_councils_call_idx').on(t.callId, t.createdAt),
  ],
);

/** A council member: a reviewer's account or a directory person, with the name as printed. */
export const programsCouncilMembers = pgTable(
  'programs_council_members',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => programsCouncils.id, { onDelete: 'cascade' }),
    userId: text('user_id'),
    personId: uuid('person_id'),
    fullName: text('full_name').notNull(),
    /** Position and workplace as printed on the minutes. */
    affiliation: text('affiliation').notNull().default(''),
    role: text('role').$type<TCouncilRole>().notNull(),
    isPresent: boolean('is_present').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('programs_council_members_council_idx').on(t.councilId, t.createdAt),
    // One chair and one secretary per council.
    uniqueIndex('programs_council_members_head_uq')
      .on(t.councilId, t.role)
      .where(sql`role in ('chair', 'secretary')`),
    uniqueIndex('programs_council_members_user_uq')
      .on(t.councilId, t.userId)
      .where(sql`user_id is not null`),
    uniqueIndex('programs_council_members_person_uq')
      .on(t.councilId, t.personId)
      .where(sql`person_id is not null`),
    check('programs_council_members_role_ck', sql`${t.role} in ('chair', 'secretary', 'member')`),
    check(
      'programs_council_members_who_ck',
      sql`${t.userId} is not null or ${t.personId} is not null`,
    ),
  ],
);
