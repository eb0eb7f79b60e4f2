// Importing a plan's task appendix from XLSX: the upload is read and shown as a preview with each
// row's problems (previewTaskImport), then imported in one transaction (applyTaskImport) — every
// row or none, so a broken file changes nothing. The file waits in the private store between the
// two steps and is read again at import time (agencies or tasks may have changed meanwhile); an
// import is applied once, by the person who uploaded it.
// Outcomes: preview | INVALID (the file: not a workbook, too large, headers missing) |
// ROWS (problems remain: nothing imported) | ALREADY_APPLIED (a second submission) | NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldMessage, type Invalid } from '../../../platform/errors';
import { readFirstSheet, type SheetRefusal } from '../../../platform/files/spreadsheet';
import type { PostedFile } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { findPlan, type PlanRow } from '../db/plans.repository';
import {
  findImport,
  insertImport,
  insertTask,
  markImportApplied,
  nextTaskPosition,
  replaceBudgets,
  tasksOfPlan,
  type ImportRow,
} from '../db/tasks.repository';
import { levelOf, parentCodeOf } from '../domain/task-tree';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';
import { listPlanAgencies } from './agencies';
import { taskColumns } from './task-input';
import { readTaskSheet, type SheetReading } from './task-sheet';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'files'>;

export const APPENDIX_MAX_BYTES = 5_000_000;
const LIMITS = {
  maxRows: 5_000,
  maxColumns: 60,
  maxCellLength: 32_767,
  maxCharacters: 5_000_000,
  maxExpandedBytes: 32 * 1024 * 1024,
};

const REFUSALS: Record<SheetRefusal, FieldMessage['key']> = {
  NOT_XLSX: 'plans.import.error.notXlsx',
  EXPANDS_TOO_MUCH: 'plans.import.error.tooLarge',
  TOO_MANY_ROWS: 'plans.import.error.tooManyRows',
  CELL_TOO_LONG: 'plans.import.error.cellTooLong',
  TOO_MUCH_TEXT: 'plans.import.error.tooLarge',
};

export type Preview = {
  plan: PlanRow;
  import: ImportRow;
  reading: Extract<SheetReading, { ok: true }>;
};

async function readAppendix(
  deps: Deps,
  plan: PlanRow,
  bytes: Uint8Array,
): Promise<Extract<SheetReading, { ok: true }> | Invalid> {
  const sheet = await readFirstSheet(bytes, LIMITS);
  if (!sheet.ok)
    return invalid({ file: { key: REFUSALS[sheet.refusal], params: { max: LIMITS.maxRows } } });
  const db = deps.database.db;
  const existing = new Set((await tasksOfPlan(db, plan.id)).map((t) => t.code));
  const reading = readTaskSheet(sheet.rows, await listPlanAgencies(db), existing);
  if (!reading.ok)
    return invalid({
      file: { key: 'plans.import.error.headers', params: { columns: reading.missing.join(', ') } },
    });
  return reading;
}

async function planFor(deps: Deps, acting: AuditContext, planId: string) {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const plan = isUuid(planId) ? await findPlan(deps.database.db, planId) : undefined;
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

export async function previewTaskImport(
  deps: Deps,
  acting: AuditContext,
  input: { planId: string; file: PostedFile | undefined },
): Promise<({ ok: true } & Preview) | Invalid> {
  const plan = await planFor(deps, acting, input.planId);
  const file = input.file;
  if (!file || file.bytes.length === 0)
    return invalid({ file: { key: 'plans.import.error.noFile' } });
  if (file.bytes.length > APPENDIX_MAX_BYTES)
    return invalid({ file: { key: 'plans.import.error.tooLarge' } });
  const reading = await readAppendix(deps, plan, file.bytes);
  if ('reason' in reading) return reading;
  const stored = await deps.files.putPrivate(file.bytes);
  const row = await insertImport(deps.database.db, {
    planId: plan.id,
    fileHash: stored.hash,
    fileName: file.name.slice(0, 200),
    createdBy: actingUserId(acting)!,
    createdAt: deps.clock(),
  });
  return { ok: true, plan, import: row, reading };
}

export type ApplyResult =
  | { ok: true; plan: PlanRow; count: number }
  | { ok: false; reason: 'ALREADY_APPLIED'; plan: PlanRow }
  | ({ ok: false; reason: 'ROWS' } & Preview)
  | Invalid;

export async function applyTaskImport(
  deps: Deps,
  acting: AuditContext,
  input: { planId: string; importId: string },
): Promise<ApplyResult> {
  const plan = await planFor(deps, acting, input.planId);
  const db = deps.database.db;
  const upload = isUuid(input.importId) ? await findImport(db, input.importId) : undefined;
  if (!upload || upload.planId !== plan.id || upload.createdBy !== actingUserId(acting))
    throw new AppError('NOT_FOUND');
  if (upload.appliedAt) return { ok: false, reason: 'ALREADY_APPLIED', plan };
  const bytes = await deps.files.readPrivate(upload.fileHash);
  if (!bytes) throw new AppError('NOT_FOUND');
  const reading = await readAppendix(deps, plan, bytes);
  if ('reason' in reading) return reading;
  if (reading.problems.length > 0)
    return { ok: false, reason: 'ROWS', plan, import: upload, reading };
  const now = deps.clock();
  const by = actingUserId(acting);
  return db.transaction(async (tx) => {
    if (!(await markImportApplied(tx, upload.id, now, reading.tasks.length)))
      return { ok: false, reason: 'ALREADY_APPLIED', plan } as const;
    const ids = new Map((await tasksOfPlan(tx, plan.id)).map((t) => [t.code, t.id]));
    let position = await nextTaskPosition(tx, plan.id);
    for (const { code, checked } of reading.tasks) {
      const parentCode = parentCodeOf(code);
      const task = await insertTask(tx, {
        planId: plan.id,
        parentId: parentCode ? ids.get(parentCode)! : null,
        code,
        level: levelOf(code),
        ...taskColumns(checked.fields),
        position: position++,
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
      ids.set(code, task.id);
      await replaceBudgets(tx, task.id, checked.budgets);
    }
    await recordAudit(tx, acting, {
      action: 'plans.task:import',
      entityType: 'plans_plan',
      entityId: plan.id,
      after: { file: upload.fileName, tasks: reading.tasks.length },
    });
    return { ok: true, plan, count: reading.tasks.length } as const;
  });
}
