// askQuestion outcomes: asked (pending until the owner answers, audited; a form posted twice is
// stored once) | CLOSED (the challenge takes no questions now) | INVALID | NOT_FOUND (thrown: not the
// actor's to see).
// answerQuestion outcomes: answered (published to all, audited) | dismissed | CONFLICT (answered
// or changed meanwhile) | INVALID | NOT_FOUND (thrown: unknown, or the actor does not answer).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZAnswer, ZQuestion } from '../contracts';
import {
  findQuestion,
  insertQuestion,
  updateQuestionAtVersion,
  type QuestionRow,
} from '../db/questions.repository';
import { isOpenAt } from '../domain/challenge';
import { canAnswerQuestions } from '../permissions';
import { challengeInReach } from './challenge-access';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export async function askQuestion(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; question: string; isAskedPublicly: boolean; requestToken: string },
): Promise<
  { ok: true; question: QuestionRow; isNew: boolean } | { ok: false; reason: 'CLOSED' } | Invalid
> {
  const db = deps.database.db;
  const { challenge } = await challengeInReach(db, acting.actor, input.slug);
  if (!isSignedIn(acting.actor)) throw new AppError('UNAUTHENTICATED');
  const now = deps.clock();
  if (!isOpenAt(challenge, now)) return { ok: false, reason: 'CLOSED' };
  const parsed = ZQuestion.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const askedBy = acting.actor.user;
  return db.transaction(async (tx) => {
    const { row, isNew } = await insertQuestion(tx, {
      ...parsed.data,
      challengeId: challenge.id,
      askedBy: askedBy.id,
      askerName: askedBy.name,
      createdAt: now,
      updatedAt: now,
    });
    // A form posted twice is one question: audited once, when it was stored.
    if (isNew)
      await recordAudit(tx, acting, {
        action: 'challenges.question:ask',
        entityType: 'challenges_question',
        entityId: row.id,
        after: { challengeId: challenge.id, isAskedPublicly: row.isAskedPublicly },
      });
    return { ok: true, question: row, isNew } as const;
  });
}

export async function answerQuestion(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; questionId: string; version: number; answer: string; dismiss?: boolean },
): Promise<{ ok: true } | { ok: false; reason: 'CONFLICT' } | Invalid> {
  const db = deps.database.db;
  const { challenge, access } = await challengeInReach(db, acting.actor, input.slug);
  if (!canAnswerQuestions(access)) throw new AppError('NOT_FOUND');
  const question = isUuid(input.questionId)
    ? await findQuestion(db, challenge.id, input.questionId)
    : undefined;
  if (!question) throw new AppError('NOT_FOUND');
  const answer = ZAnswer.safeParse(input.answer);
  if (!input.dismiss && !answer.success) return invalid({ answer: { key: 'validation.required' } });
  if (question.status !== 'pending') return { ok: false, reason: 'CONFLICT' };
  const now = deps.clock();
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    const patch = input.dismiss
      ? { status: 'dismissed' }
      : { status: 'published', answer: answer.data!, answeredBy: editor.id, answeredAt: now };
    const after = await updateQuestionAtVersion(tx, question.id, input.version, patch, { now });
    if (!after) return { ok: false, reason: 'CONFLICT' } as const;
    await recordAudit(tx, acting, {
      action: input.dismiss ? 'challenges.question:dismiss' : 'challenges.question:answer',
      entityType: 'challenges_question',
      entityId: question.id,
      after: { challengeId: challenge.id, status: after.status },
    });
    return { ok: true } as const;
  });
}
