// Open-innovation challenges: problems brought by owners and scoped with the centre (with their
// versions, comments and invited solvers), challenges published from them, their public Q&A and
// the agreement each solver accepts.
import {
  bigint,
  boolean,
  check,
  createdAt,
  id,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  sql,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import type { ChallengeDocument, Reward } from '../domain/challenge';
import type { PilotMilestone } from '../domain/pilot';
import type { ProblemSnapshot, SuccessIndicator } from '../domain/problem';

export const challengesProblems = pgTable(
  'challenges_problems',
  {
    id: id(),
    /** The directory organisation that owns the problem (an agency or an enterprise). */
    ownerOrganizationId: uuid('owner_organization_id').notNull(),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    /** A directory sector code. */
    sector: text('sector'),
    whoSuffers: text('who_suffers').notNull().default(''),
    currentProcess: text('current_process').notNull().default(''),
    /** Evidence of the problem and the data the owner can share with solvers. */
    evidence: text('evidence').notNull().default(''),
    constraints: text('constraints').notNull().default(''),
    indicators: jsonb('indicators').$type<SuccessIndicator[]>().notNull().default([]),
    budgetVnd: bigint('budget_vnd', { mode: 'bigint' }),
    coFundingVnd: bigint('co_funding_vnd', { mode: 'bigint' }),
    timeline: text('timeline').notNull().default(''),
    pilotHost: text('pilot_host').notNull().default(''),
    /** Seen only by the owner, the centre and invited solvers. */
    isConfidential: boolean('is_confidential').notNull().default(false),
    submittedAt: tz('submitted_at'),
    approvedAt: tz('approved_at'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    // An owner's own list, and the centre's queue by status.
    index('challenges_problems_owner_idx').on(t.ownerOrganizationId, t.updatedAt),
    index('challenges_problems_status_idx').on(t.status, t.updatedAt),
  ],
);

export const challengesProblemVersions = pgTable(
  'challenges_problem_versions',
  {
    problemId: uuid('problem_id')
      .notNull()
      .references(() => challengesProblems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    /** What was changed: create, edit or a step's name. */
    action: text('action').notNull(),
    snapshot: jsonb('snapshot').$type<ProblemSnapshot>().notNull(),
    editedBy: text('edited_by'),
    editedByName: text('edited_by_name').notNull().default(''),
    editedAt: tz('edited_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.version] })],
);

export const challengesProblemComments = pgTable(
  'challenges_problem_comments',
  {
    id: id(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => challengesProblems.id, { onDelete: 'cascade' }),
    /** comment, or change_request (the centre's, sent with its step). */
    kind: text('kind').notNull().default('comment'),
    body: text('body').notNull(),
    authorId: text('author_id'),
    authorName: text('author_name').notNull().default(''),
    /** Whether the centre or the owner wrote it. */
    isCentre: boolean('is_centre').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('challenges_problem_comments_problem_idx').on(t.problemId, t.createdAt)],
);

export const challengesInvitations = pgTable(
  'challenges_invitations',
  {
    problemId: uuid('problem_id')
      .notNull()
      .references(() => challengesProblems.id, { onDelete: 'cascade' }),
    /** The invited solver: a directory organisation. */
    organizationId: uuid('organization_id').notNull(),
    invitedBy: text('invited_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.organizationId] })],
);

export const challengesChallenges = pgTable(
  'challenges_challenges',
  {
    id: id(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => challengesProblems.id),
    slug: text('slug').notNull(),
    /** The track's name when one problem has several challenges ('' for a single one). */
    track: text('track').notNull().default(''),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    eligibility: text('eligibility').notNull().default(''),
    rewards: jsonb('rewards').$type<Reward[]>().notNull().default([]),
    documents: jsonb('documents').$type<ChallengeDocument[]>().notNull().default([]),
    agreementText: text('agreement_text').notNull(),
    /** Moves whenever the agreement's text changes; acceptances record the one they accepted. */
    agreementVersion: integer('agreement_version').notNull().default(1),
    status: text('status').notNull().default('open'),
    opensAt: tz('opens_at').notNull(),
    closesAt: tz('closes_at').notNull(),
    /** Copied from the problem (fixed once approved), for the public list's filters. */
    ownerOrganizationId: uuid('owner_organization_id').notNull(),
    sector: text('sector'),
    isConfidential: boolean('is_confidential').notNull().default(false),
    /** Title, track, summary and owner's name without diacritics (platform searchKey). */
    searchKey: text('search_key').notNull().default(''),
    /** The programmes call that takes solutions, once linked, and where solvers apply to it. */
    callId: uuid('call_id'),
    callApplyPath: text('call_apply_path'),
    publishedAt: tz('published_at').notNull(),
    solvedAt: tz('solved_at'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    uniqueIndex('challenges_challenges_slug_idx').on(t.slug),
    // The public list: by status, newest first.
    index('challenges_challenges_public_idx').on(t.status, t.publishedAt.desc()),
    // One challenge a track of a problem: a form posted twice publishes it once.
    uniqueIndex('challenges_challenges_track_idx').on(t.problemId, t.track),
  ],
);

export const challengesQuestions = pgTable(
  'challenges_questions',
  {
    id: id(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challengesChallenges.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    askedBy: text('asked_by').notNull(),
    askerName: text('asker_name').notNull().default(''),
    /** The asker chose to be named beside the question; otherwise nobody else learns who asked. */
    isAskedPublicly: boolean('is_asked_publicly').notNull().default(false),
    /** The form's one-time token: a question posted twice is stored once. */
    requestToken: text('request_token').notNull(),
    /** pending, published (answered for all) or dismissed. */
    status: text('status').notNull().default('pending'),
    answer: text('answer').notNull().default(''),
    answeredBy: text('answered_by'),
    answeredAt: tz('answered_at'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    uniqueIndex('challenges_questions_token_idx').on(t.challengeId, t.askedBy, t.requestToken),
    index('challenges_questions_challenge_idx').on(t.challengeId, t.status, t.createdAt),
  ],
);

export const challengesAgreementAcceptances = pgTable(
  'challenges_agreement_acceptances',
  {
    id: id(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challengesChallenges.id, { onDelete: 'cascade' }),
    /** The solver: a directory organisation whose account accepted for it. */
    organizationId: uuid('organization_id').notNull(),
    agreementVersion: integer('agreement_version').notNull(),
    acceptedBy: text('accepted_by').notNull(),
    acceptedAt: tz('accepted_at').notNull(),
  },
  (t) => [
    uniqueIndex('challenges_acceptances_idx').on(
      t.challengeId,
      t.organizationId,
      t.agreementVersion,
    ),
  ],
);

/**
 * A challenge's results announced by the centre: one row per challenge, so of two announcements at
 * once one is recorded (and audited) and the other is told it was already done.
 */
export const challengesResultAnnouncements = pgTable('challenges_result_announcements', {
  challengeId: uuid('challenge_id')
    .primaryKey()
    .references(() => challengesChallenges.id, { onDelete: 'cascade' }),
  announcedBy: text('announced_by').notNull(),
  announcedByName: text('announced_by_name').notNull().default(''),
  announcedAt: tz('announced_at').notNull(),
});

/** Sites and facilities where pilots run (living labs), with whoever hosts them. */
export const challengesLivingLabs = pgTable(
  'challenges_living_labs',
  {
    id: id(),
    name: text('name').notNull(),
    /** The directory organisation that hosts the lab, when it is in the directory. */
    hostOrganizationId: uuid('host_organization_id'),
    address: text('address').notNull().default(''),
    /** A directory sector code. */
    sector: text('sector'),
    /** People or pilots it takes at once. */
    capacity: integer('capacity'),
    facilities: text('facilities').notNull().default(''),
    availability: text('availability').notNull().default(''),
    searchKey: text('search_key').notNull().default(''),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [uniqueIndex('challenges_living_labs_name_idx').on(t.name)],
);

/** A pilot agreement between a challenge's owner and one of its solvers, and how it ran. */
export const challengesPilots = pgTable(
  'challenges_pilots',
  {
    id: id(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challengesChallenges.id),
    ownerOrganizationId: uuid('owner_organization_id').notNull(),
    solverOrganizationId: uuid('solver_organization_id').notNull(),
    livingLabId: uuid('living_lab_id').references(() => challengesLivingLabs.id),
    status: text('status').notNull().default('running'),
    scope: text('scope').notNull(),
    site: text('site').notNull().default(''),
    responsibilities: text('responsibilities').notNull().default(''),
    dataAccess: text('data_access').notNull().default(''),
    budgetVnd: bigint('budget_vnd', { mode: 'bigint' }),
    /** The owner's share of the budget in percent; the solver's is the rest. */
    ownerSharePercent: integer('owner_share_percent').notNull().default(0),
    indicators: jsonb('indicators').$type<SuccessIndicator[]>().notNull(),
    milestones: jsonb('milestones').$type<PilotMilestone[]>().notNull().default([]),
    /** The start of its first day and of the day after its last, in Vietnam. */
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    checkInEveryWeeks: integer('check_in_every_weeks').notNull(),
    signedAt: tz('signed_at').notNull(),
    /** Each side's final evaluation: a rating 1-5 and its words, given once. */
    ownerRating: integer('owner_rating'),
    ownerEvaluation: text('owner_evaluation').notNull().default(''),
    solverRating: integer('solver_rating'),
    solverEvaluation: text('solver_evaluation').notNull().default(''),
    /** adopted, contracted, extended or ended, once the centre records how it ended. */
    outcome: text('outcome'),
    contractValueVnd: bigint('contract_value_vnd', { mode: 'bigint' }),
    contractNumber: text('contract_number').notNull().default(''),
    outcomeReason: text('outcome_reason').notNull().default(''),
    /** The owner's words for the public showcase. */
    ownerStatement: text('owner_statement').notNull().default(''),
    endedAt: tz('ended_at'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    // One pilot of a solver per challenge: a form posted twice starts it once.
    uniqueIndex('challenges_pilots_solver_idx').on(t.challengeId, t.solverOrganizationId),
    index('challenges_pilots_owner_idx').on(t.ownerOrganizationId),
    check('challenges_pilots_share_check', sql`${t.ownerSharePercent} between 0 and 100`),
    check('challenges_pilots_period_check', sql`${t.endsAt} > ${t.startsAt}`),
    check(
      'challenges_pilots_rating_check',
      sql`${t.ownerRating} between 1 and 5 and ${t.solverRating} between 1 and 5`,
    ),
  ],
);

/** What one side reported at one check-in of a pilot: the indicators' values and its issues. */
export const challengesPilotCheckIns = pgTable(
  'challenges_pilot_check_ins',
  {
    id: id(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => challengesPilots.id, { onDelete: 'cascade' }),
    /** 1 for the first check-in, counted from the pilot's start. */
    checkIn: integer('check_in').notNull(),
    side: text('side').notNull(),
    /** The value of each of the pilot's indicators, in their order; null where not measured. */
    values: jsonb('values').$type<(number | null)[]>().notNull(),
    issues: text('issues').notNull().default(''),
    reportedBy: text('reported_by'),
    reporterName: text('reporter_name').notNull().default(''),
    reportedAt: tz('reported_at').notNull(),
  },
  (t) => [
    // Each side reports once a check-in: two people of one side posting at once store one report.
    uniqueIndex('challenges_pilot_check_ins_idx').on(t.pilotId, t.checkIn, t.side),
  ],
);

/** The owner's answer, 6 or 12 months after a pilot, on whether the solution is still in use. */
export const challengesPilotFollowUps = pgTable(
  'challenges_pilot_follow_ups',
  {
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => challengesPilots.id, { onDelete: 'cascade' }),
    monthsAfter: integer('months_after').notNull(),
    isInUse: boolean('is_in_use').notNull(),
    /** At what scale: sites, users, volume — the owner's words. */
    scale: text('scale').notNull().default(''),
    answeredBy: text('answered_by'),
    answeredAt: tz('answered_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pilotId, t.monthsAfter] })],
);
