// takeStep outcomes: moved (the next status, a revision, an audit entry; scheduling adds the
// durable publish job, leaving "scheduled" cancels it) | CONFLICT (changed meanwhile: nothing
// done) | NOT_APPLICABLE (the step does not lead anywhere from the item's status) | INVALID
// (a schedule needs a future time) | FORBIDDEN (an editor's step is "submit" only) | NOT_FOUND.
// publishScheduled (the job): publishes the item if it is still scheduled for that time, in one
// transaction, so a failed run leaves it scheduled and is retried; a second run does nothing.
import { z } from 'zod';
import type { AuditContext } from '../../../platform/audit';
import { ANONYMOUS, isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { isUuid } from '../../../platform/input/uuid';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { cancelJob, findJobByKey, scheduleJob, type JobRun } from '../../../platform/jobs';
import { ZText } from '../../../platform/input/text-fields';
import { statusAfter, type ContentStatus, type WorkflowStep } from '../domain/content-item';
import {
  findItemById,
  lockItem,
  updateItemAtVersion,
  type ItemPatch,
  type ItemRow,
} from '../db/items.repository';
import { canEditContent, canTakeStep } from '../permissions';
import { recordRevision } from './save-item';

export const PUBLISH_JOB = 'content.publish';
const jobKey = (itemId: string) => `${PUBLISH_JOB}:${itemId}`;

/**
 * A scheduled item's publishing that failed: how often, and when it is tried again (the error
 * itself, a database's words, stays in the log and the job's row).
 */
export interface PublishTrouble {
  attempts: number;
  /** The next try; null once the runner gave up. */
  retryAt: Date | null;
}

/** Why a scheduled item has not gone out, when its job failed at least once (else undefined). */
export async function publishTrouble(
  deps: Pick<AppDeps, 'database'>,
  item: Pick<ItemRow, 'id' | 'status'>,
): Promise<PublishTrouble | undefined> {
  if (item.status !== 'scheduled') return undefined;
  const job = await findJobByKey(deps.database.db, jobKey(item.id));
  if (!job?.lastError || job.doneAt) return undefined;
  return { attempts: job.attempts, retryAt: job.failedAt ? null : job.runAt };
}

export type StepResult =
  | { ok: true; item: ItemRow }
  | { ok: false; reason: 'CONFLICT'; current: ItemRow }
  | { ok: false; reason: 'NOT_APPLICABLE' }
  | Invalid;

export interface StepInput {
  id: string;
  version: number;
  step: WorkflowStep;
  /** When a schedule publishes. */
  publishAt?: Date;
  /** Why a publisher sends the item back. */
  note?: string;
}

function patchFor(input: StepInput, item: ItemRow, next: ContentStatus, now: Date): ItemPatch {
  switch (input.step) {
    case 'publish':
      return { status: next, publishAt: null, publishedAt: item.publishedAt ?? now };
    case 'schedule':
      return { status: next, publishAt: input.publishAt };
    case 'return':
      return { status: next, publishAt: null, reviewNote: input.note ?? '' };
    case 'submit':
      return { status: next, reviewNote: '' };
    default:
      return { status: next, publishAt: null };
  }
}

export async function takeStep(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: StepInput,
): Promise<StepResult> {
  const db = deps.database.db;
  if (!isUuid(input.id)) throw new AppError('NOT_FOUND');
  const item = await findItemById(db, input.id);
  if (!item || !canEditContent(acting.actor)) throw new AppError('NOT_FOUND');
  if (!canTakeStep(acting.actor, input.step)) throw new AppError('FORBIDDEN');
  const next = statusAfter(item.status as ContentStatus, input.step);
  if (!next) return { ok: false, reason: 'NOT_APPLICABLE' };
  const now = deps.clock();
  if (input.step === 'schedule' && !(input.publishAt && input.publishAt > now))
    return invalid({ publishAt: { key: 'content.error.publishAt' } });
  const note = ZText(1000).safeParse(input.note ?? '');
  if (!note.success) return invalid({ note: { key: 'validation.tooLong', params: { max: 1000 } } });
  const by = isSignedIn(acting.actor) ? acting.actor.user.id : null;
  return db.transaction(async (tx) => {
    const patch = patchFor({ ...input, note: note.data }, item, next, now);
    const after = await updateItemAtVersion(tx, item.id, input.version, patch, { by, now });
    if (!after) {
      const current = await findItemById(tx, item.id);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    if (next === 'scheduled')
      await scheduleJob(tx, {
        name: PUBLISH_JOB,
        key: jobKey(item.id),
        runAt: input.publishAt!,
        payload: { itemId: item.id, publishAt: input.publishAt!.toISOString() },
        replace: true,
      });
    else if (item.status === 'scheduled') await cancelJob(tx, jobKey(item.id));
    await recordRevision(tx, acting, input.step, after, item);
    return { ok: true, item: after } as const;
  });
}

const ZPublishPayload = z.object({ itemId: z.uuid(), publishAt: z.iso.datetime() });

/** The scheduler publishes in its own name. */
const SCHEDULER: AuditContext = { actor: ANONYMOUS, label: 'scheduler' };

export async function publishScheduled(job: JobRun, deps: AppDeps): Promise<void> {
  const { itemId, publishAt } = ZPublishPayload.parse(job.payload);
  await deps.database.db.transaction(async (tx) => {
    const item = await lockItem(tx, itemId);
    if (item?.status !== 'scheduled' || item.publishAt?.toISOString() !== publishAt) return;
    const at = new Date(publishAt);
    const after = await updateItemAtVersion(
      tx,
      item.id,
      item.version,
      { status: 'published', publishAt: null, publishedAt: item.publishedAt ?? at },
      { now: job.now },
    );
    if (!after) throw new Error(`content item ${item.id} changed while locked`);
    await recordRevision(tx, SCHEDULER, 'publish', after, item);
  });
}
