// The `directory.import` job: a dry run or a run of an import, batch after batch, each batch
// committed in one transaction with the import's checkpoint (next row, counts, problems, changed
// ids), so that a step cut short by a crash resumes where its last commit left it and every row
// is stored once (decision 011). Each batch locks the import's row and checks that the checkpoint
// is still the one it started from: two runners holding the same job (one whose lease ran out)
// never store a row twice, the later one just goes on from the other's checkpoint.
//
// Outcomes: the step finished (report written, audit entry for a run); the import was discarded
// or another step started (nothing done); its file is gone (expired); the step failed on its last
// attempt (failed); otherwise a throw lets the runner try again later from the checkpoint.
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { log } from '../../../platform/log/logger';
import {
  deleteImport,
  findImportById,
  insertImportProblems,
  lockImport,
  updateImport,
  type ImportChanges,
  type ImportRow,
} from '../db/imports.repository';
import type { ImportStarterValue } from '../db/import-tables';
import type { OrganizationKind } from '../domain/taxonomy';
import type { ImportSubject } from './columns';
import {
  busyStatus,
  expiryJobKey,
  IMPORT_EXPIRY_JOB,
  IMPORT_TTL_MS,
  isBusy,
  MAX_PROBLEMS_KEPT,
  TARGETS,
} from './jobs';
import {
  IMPORT_BATCH_SIZE,
  importRows,
  settleBatch,
  type ImportOptions,
  type ImportOutcome,
} from './process';
import { readTable } from './read-table';
import type { MappedRow } from './values';

const ZPayload = z.object({
  importId: z.uuid(),
  mode: z.enum(['dry-run', 'run']),
  step: z.number().int(),
});

/** The step a job is for. */
type Step = z.infer<typeof ZPayload>;

const ZExpiryPayload = z.object({ importId: z.uuid() });

/** Ids of changed records kept for the audit entry of a run. */
const AUDIT_IDS = 1_000;

/** The import is still at the step this job is for. */
const atStep = (row: ImportRow | undefined, step: Step): row is ImportRow =>
  row !== undefined &&
  row.step === step.step &&
  row.mode === step.mode &&
  row.status === busyStatus(step.mode);

/** The audit context of whoever started the step. */
function auditOf(starter: ImportStarterValue | null): AuditContext {
  return {
    actor: starter?.user
      ? { kind: 'user', user: starter.user, roles: new Set(starter.roles) }
      : { kind: 'anonymous' },
    label: starter?.label,
    ip: starter?.ip,
    requestId: starter?.requestId,
  };
}

/**
 * Ends the step (under the row's lock) with the changes given, unless it is no longer the one in
 * hand or `changes` gives none.
 */
async function endStep(
  db: Db,
  step: Step,
  now: Date,
  changes: (row: ImportRow, tx: Db) => Promise<ImportChanges | undefined>,
): Promise<void> {
  const { importId } = step;
  await db.transaction(async (tx) => {
    const row = await lockImport(tx, importId);
    if (!atStep(row, step)) return;
    const ending = await changes(row, tx);
    if (!ending) return;
    await updateImport(tx, importId, ending, now);
    // Kept for a day after its last step, as the upload was.
    await scheduleJob(tx, {
      name: IMPORT_EXPIRY_JOB,
      payload: { importId },
      runAt: new Date(now.getTime() + IMPORT_TTL_MS),
      key: expiryJobKey(importId),
      replace: true,
    });
  });
}

type BatchResult = { stop: true } | { stop: false; next: number };

/** Stores (or counts) one batch and its checkpoint in one transaction. */
async function commitBatch(
  db: Db,
  row: ImportRow,
  step: Step,
  rows: MappedRow[],
  start: number,
  options: ImportOptions,
  elapsed: () => number,
  now: Date,
): Promise<BatchResult> {
  const target = TARGETS[row.subject as ImportSubject];
  const slice = rows.slice(start, start + IMPORT_BATCH_SIZE);
  // Read outside the transaction, so the embedded engine's one connection is held briefly; the
  // write finds records changed meanwhile (their version) and the checkpoint check below finds
  // a batch another runner took meanwhile.
  const planned = await target.plan(db, slice, options);
  return db.transaction(async (tx): Promise<BatchResult> => {
    const locked = await lockImport(tx, row.id);
    if (!atStep(locked, step)) return { stop: true };
    if (locked.doneRows !== start) return { stop: false, next: locked.doneRows };
    const outcome: ImportOutcome = await settleBatch(tx, planned, target, options);
    const kept = Math.max(0, MAX_PROBLEMS_KEPT - locked.problemCount);
    await insertImportProblems(
      tx,
      outcome.problems.slice(0, kept).map((p, i) => ({
        importId: row.id,
        mode: step.mode,
        seq: locked.problemCount + i,
        line: p.line,
        field: p.field ?? null,
        value: p.value ?? null,
        message: p.message,
      })),
    );
    const { counts, changedIds } = locked;
    const ids = (had: string[], more: string[]) => [...had, ...more].slice(0, AUDIT_IDS);
    await updateImport(
      tx,
      row.id,
      {
        doneRows: start + slice.length,
        totalRows: rows.length,
        counts: {
          created: counts.created + outcome.counts.created,
          updated: counts.updated + outcome.counts.updated,
          unchanged: counts.unchanged + outcome.counts.unchanged,
          failed: counts.failed + outcome.counts.failed,
        },
        problemCount: locked.problemCount + outcome.problems.length,
        changedIds: {
          created: ids(changedIds.created, outcome.createdIds),
          updated: ids(changedIds.updated, outcome.updatedIds),
        },
        workMs: locked.workMs + elapsed(),
      },
      now,
    );
    return { stop: false, next: start + slice.length };
  });
}

/**
 * Writes the step's report (and a run's audit entry) once every row is in the checkpoint;
 * `tailMs` is the time spent since the last batch committed (or reading a file with no rows).
 */
async function finishStep(deps: AppDeps, step: Step, total: number, tailMs: number) {
  await endStep(deps.database.db, step, deps.clock(), async (row, tx) => {
    // Another runner may have taken the job meanwhile: the report waits for every row.
    if (row.doneRows < total) return undefined;
    const workMs = row.workMs + tailMs;
    const report = {
      counts: row.counts,
      problemCount: row.problemCount,
      startedAt: (row.stepStartedAt ?? row.updatedAt).toISOString(),
      seconds: workMs / 1000,
    };
    const end = { workMs, doneRows: total, totalRows: total };
    if (step.mode === 'dry-run') return { ...end, status: 'checked', checkReport: report };
    await recordAudit(tx, auditOf(row.startedBy), {
      action: 'directory.import:run',
      entityType: 'import',
      entityId: row.id,
      after: {
        subject: row.subject,
        fileName: row.fileName,
        format: row.format,
        size: row.size,
        sha256: row.sha256,
        rows: row.rowCount,
        defaultKind: row.defaultKind,
        ...row.counts,
        seconds: Math.round(report.seconds * 10) / 10,
        createdIds: row.changedIds.created,
        updatedIds: row.changedIds.updated,
      },
    });
    return { ...end, status: 'done', runReport: report };
  });
}

/** Reads the file again and takes the rows from the checkpoint on. */
async function work(deps: AppDeps, first: ImportRow, step: Step): Promise<void> {
  const db = deps.database.db;
  let mark = performance.now();
  const elapsed = () => {
    const at = performance.now();
    const ms = Math.round(at - mark);
    mark = at;
    return ms;
  };
  const bytes = await deps.files.readPrivate(first.sha256);
  if (!bytes) {
    log.warn('import file missing from the store', { importId: first.id, sha256: first.sha256 });
    await endStep(db, step, deps.clock(), async () => ({ status: 'expired' }));
    return;
  }
  const read = await readTable(bytes);
  if (!read.ok) throw new Error(`import file no longer reads: ${read.error.key}`);
  const rows = importRows(read.table, first.mapping, TARGETS[first.subject as ImportSubject]);
  const options: ImportOptions = {
    mode: step.mode,
    defaultKind: (first.defaultKind ?? undefined) as OrganizationKind | undefined,
    actorId: first.startedBy?.user?.id,
  };
  let next = first.doneRows;
  while (next < rows.length) {
    const result = await commitBatch(db, first, step, rows, next, options, elapsed, deps.clock());
    if (result.stop) return;
    next = result.next;
    // Let the requests waiting for the database (and the progress page) in between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await finishStep(deps, step, rows.length, elapsed());
}

export async function runImportJob(job: JobRun, deps: AppDeps): Promise<void> {
  const step = ZPayload.parse(job.payload);
  const db = deps.database.db;
  const row = await findImportById(db, step.importId);
  // Discarded, finished by another runner, or another step started since: nothing to do.
  if (!atStep(row, step)) return;
  try {
    await work(deps, row, step);
  } catch (err) {
    if (job.attempt < job.maxAttempts) throw err;
    log.error('import failed', { ...step, err });
    await endStep(db, step, deps.clock(), async () => ({ status: 'failed' }));
  }
}

/**
 * The `directory.import-expire` job: deletes an import a day after its last step (or its upload),
 * or moves itself to a day after the import's latest change.
 */
export async function expireImportJob(job: JobRun, deps: AppDeps): Promise<void> {
  const { importId } = ZExpiryPayload.parse(job.payload);
  const now = deps.clock();
  await deps.database.db.transaction(async (tx) => {
    const row = await lockImport(tx, importId);
    if (!row) return;
    const due = row.updatedAt.getTime() + IMPORT_TTL_MS;
    if (!isBusy(row) && due <= now.getTime()) {
      await deleteImport(tx, importId);
      return;
    }
    await scheduleJob(tx, {
      name: IMPORT_EXPIRY_JOB,
      payload: { importId },
      runAt: new Date(Math.max(due, now.getTime() + 3600_000)),
      key: expiryJobKey(importId),
      replace: true,
    });
  });
}
