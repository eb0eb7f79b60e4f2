// addMilestone / updateMilestone outcomes: saved | INVALID | PROJECT_CLOSED | CONFLICT (a stale
// edit: nothing overwritten). Each save (re)schedules the milestone's reminder in the same
// transaction: moved with the due date, or cancelled when the due day has passed.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { cancelJob, scheduleJob } from '../../../../platform/jobs';
import {
  findMilestone,
  insertMilestone,
  lockProject,
  updateMilestoneRow,
  type MilestoneRow,
} from '../../db/projects.repository';
import { changeStampOf, requireCapability, type Invalid, invalid, type ClockDeps } from '../common';
import { ZMilestoneFields, type TMilestoneFieldsInput } from './funded-project-inputs';
import {
  canManageProjects,
  REMINDER_JOB,
  reminderJobKey,
  reminderRunAt,
} from './funded-project-rules';

export type SaveMilestoneResult =
  | { ok: true; milestone: MilestoneRow }
  | { ok: false; reason: 'PROJECT_CLOSED' }
  | { ok: false; reason: 'CONFLICT'; current: MilestoneRow }
  | Invalid;

/** Schedules (or moves, or cancels) the reminder of a milestone; pass the command's transaction. */
export async function scheduleMilestoneReminder(tx: Db, milestone: MilestoneRow, now: Date) {
  const key = reminderJobKey(milestone.id);
  const runAt = reminderRunAt(milestone.dueOn, now);
  if (!runAt) return void (await cancelJob(tx, key));
  await scheduleJob(tx, {
    name: REMINDER_JOB,
    key,
    runAt,
    replace: true,
    payload: { milestoneId: milestone.id, dueOn: milestone.dueOn },
  });
}

export async function saveMilestone(
  deps: ClockDeps,
  acting: AuditContext,
  input: TMilestoneFieldsInput & {
    projectId: string;
    milestoneId?: string;
    expectedVersion?: number;
  },
): Promise<SaveMilestoneResult> {
  const db = deps.database.db;
  const target = input;
  requireCapability(canManageProjects(acting.actor));
  const parsed = ZMilestoneFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const fields = parsed.data;
  const result = await db.transaction(async (tx): Promise<SaveMilestoneResult | undefined> => {
    const project = await lockProject(tx, target.projectId);
    if (!project) throw new AppError('NOT_FOUND');
    if (project.status === 'closed') return { ok: false, reason: 'PROJECT_CLOSED' };
    let before: MilestoneRow | undefined;
    let milestone: MilestoneRow | undefined;
    if (target.milestoneId) {
      before = await findMilestone(tx, target.milestoneId);
      if (!before || before.projectId !== project.id) throw new AppError('NOT_FOUND');
      const version = target.expectedVersion ?? -1;
      const stamp = changeStampOf(deps, acting);
      milestone = await updateMilestoneRow(tx, before.id, version, fields, stamp);
      if (!milestone) return undefined;
    } else {
      milestone = await insertMilestone(tx, { projectId: project.id, ...fields });
    }
    await scheduleMilestoneReminder(tx, milestone, deps.clock());
    await recordAudit(tx, acting, {
      action: before ? 'programs.project:milestone-update' : 'programs.project:milestone-add',
      entityType: 'project',
      entityId: project.id,
      before,
      after: milestone,
    });
    return { ok: true, milestone };
  });
  if (result) return result;
  const current = await findMilestone(db, target.milestoneId!);
  if (!current) throw new AppError('NOT_FOUND');
  return { ok: false, reason: 'CONFLICT', current };
}
