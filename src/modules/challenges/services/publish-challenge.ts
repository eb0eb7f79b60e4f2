// publishChallenge outcomes: published (open, audited; one problem may have several tracks, each
// once: the same track again is INVALID) |
// NOT_APPROVED (the problem is not approved) | INVALID (field messages) | NOT_FOUND (thrown:
// unknown problem, or the actor is not the centre).
import { randomBytes } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { slugify } from '../../../platform/text/vietnamese';
import { organizationFacts } from '../../directory';
import { ZChallengeFields, type TChallengeFieldsInput } from '../contracts';
import { insertChallenge, slugTaken, type ChallengeRow } from '../db/challenges.repository';
import { findProblemById } from '../db/problems.repository';
import { RESERVED_SLUGS } from '../domain/challenge';
import { canPublishChallenges } from '../permissions';
import { challengeSearchKey } from './challenge-search-key';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type PublishChallengeResult =
  { ok: true; challenge: ChallengeRow } | { ok: false; reason: 'NOT_APPROVED' } | Invalid;

async function freeSlug(db: Db, base: string): Promise<string> {
  const reserved = (RESERVED_SLUGS as readonly string[]).includes(base);
  if (!reserved && !(await slugTaken(db, base))) return base;
  for (let n = 2; n < 50; n++) if (!(await slugTaken(db, `${base}-${n}`))) return `${base}-${n}`;
  return `${base}-${randomBytes(3).toString('hex')}`;
}

export async function publishChallenge(
  deps: Deps,
  acting: AuditContext,
  input: TChallengeFieldsInput & { problemId: string },
): Promise<PublishChallengeResult> {
  const db = deps.database.db;
  if (!canPublishChallenges(acting.actor)) throw new AppError('NOT_FOUND');
  const problem = isUuid(input.problemId) ? await findProblemById(db, input.problemId) : undefined;
  if (!problem) throw new AppError('NOT_FOUND');
  if (problem.status !== 'approved') return { ok: false, reason: 'NOT_APPROVED' };
  const parsed = ZChallengeFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const fields = parsed.data;
  const owner = await organizationFacts(db, problem.ownerOrganizationId);
  const now = deps.clock();
  const editor = editorOf(acting);
  const base = slugify([fields.title, fields.track].filter(Boolean).join(' '));
  try {
    const challenge = await db.transaction(async (tx) => {
      const created = await insertChallenge(tx, {
        ...fields,
        problemId: problem.id,
        slug: await freeSlug(tx, base),
        ownerOrganizationId: problem.ownerOrganizationId,
        sector: problem.sector,
        isConfidential: problem.isConfidential,
        searchKey: challengeSearchKey(fields, problem, owner),
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
        createdBy: editor.id,
        updatedBy: editor.id,
      });
      await recordAudit(tx, acting, {
        action: 'challenges.challenge:publish',
        entityType: 'challenges_challenge',
        entityId: created.id,
        after: {
          problemId: problem.id,
          slug: created.slug,
          title: created.title,
          track: created.track,
        },
      });
      return created;
    });
    return { ok: true, challenge };
  } catch (err) {
    const violated = violatedUnique(err);
    // The same track posted twice (a double submit): the first one stands.
    if (violated === 'challenges_challenges_track_idx')
      return invalid({ track: { key: 'challenges.error.trackTaken' } });
    // Two publications of the same title at once: the database keeps one address each time.
    if (violated) return invalid({ title: { key: 'challenges.error.slugTaken' } });
    throw err;
  }
}
