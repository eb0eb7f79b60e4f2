// What a published challenge carries beside its text: the files its owner or the centre
// uploads (documents and datasets), and the log of corrections made after it was published.
import {
  id,
  index,
  integer,
  jsonb,
  pgTable,
  storedFileColumns,
  text,
  tz,
  uniqueIndex,
  uuid,
} from '../../../platform/db/table-kit';
import type { ChallengeChange } from '../domain/challenge-edit';
import { challengesChallenges } from './challenge-tables';

/** A file published with a challenge; its bytes are in the private store, read through its route. */
export const challengesChallengeFiles = pgTable(
  'challenges_challenge_files',
  {
    id: id(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challengesChallenges.id, { onDelete: 'cascade' }),
    /** document or dataset. */
    category: text('category').notNull(),
    title: text('title').notNull(),
    ...storedFileColumns(),
  },
  (t) => [
    // A challenge's files in the order they were added.
    index('challenges_challenge_files_challenge_idx').on(t.challengeId, t.createdAt),
    // The same bytes once a challenge: a form posted twice publishes the file once.
    uniqueIndex('challenges_challenge_files_content_idx').on(t.challengeId, t.contentHash),
  ],
);

/** One correction of a published challenge: what moved, shown on its public page. */
export const challengesChallengeChanges = pgTable(
  'challenges_challenge_changes',
  {
    id: id(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challengesChallenges.id, { onDelete: 'cascade' }),
    /** The challenge's version this correction made. */
    version: integer('version').notNull(),
    changes: jsonb('changes').$type<ChallengeChange[]>().notNull(),
    /** The editor's words on why, shown with the change. */
    note: text('note').notNull().default(''),
    changedBy: text('changed_by'),
    changedAt: tz('changed_at').notNull(),
  },
  // A challenge's log, newest first.
  (t) => [index('challenges_challenge_changes_challenge_idx').on(t.challengeId, t.changedAt)],
);
