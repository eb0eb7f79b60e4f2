// Staff imports kept in the database (decision 011): an upload is a row of directory_imports with
// its file's bytes in the private store; a dry run or a run is the durable job `directory.import`
// (run-import.ts), scheduled in the transaction that marks the import busy, so a restart resumes
// it. An import is its owner's (and administrators'); others are told it does not exist.
import { hasRole, type Actor, type Role } from '../../../platform/authz';
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { cancelJob, scheduleJob } from '../../../platform/jobs';
import {
  deleteImport,
  deleteImportProblems,
  findImportById,
  findImportProblems,
  findImportsOfOwner,
  insertImport,
  lockImport,
  updateImport,
  type ImportRow,
} from '../db/imports.repository';
import type { ImportStarterValue } from '../db/import-tables';
import type { OrganizationKind } from '../domain/taxonomy';
import { detectMapping, type ColumnMapping, type ImportSubject } from './columns';
import { ORGANIZATION_TARGET } from './organizations';
import { PEOPLE_TARGET } from './people';
import type { ImportCounts, ImportMode, ImportTarget, PlannedRow, RowProblem } from './process';
import type { ImportTable, TableFormat } from './read-table';

export type JobStatus =
  | 'ready'
  | 'checking'
  | 'checked'
  | 'running'
  | 'done'
  | 'failed'
  /** Its file is no longer in the store: upload it again. */
  | 'expired';

/** Problems kept per report; the count says how many there were in all. */
export const MAX_PROBLEMS_KEPT = 5_000;
/** The rows shown in the preview. */
export const PREVIEW_ROWS = 10;
/** An import nobody touched for this long is deleted (its expiry job). */
export const IMPORT_TTL_MS = 24 * 3600 * 1000;
/** Imports listed on the import page. */
const LISTED = 50;

export const IMPORT_JOB = 'directory.import';
export const IMPORT_EXPIRY_JOB = 'directory.import-expire';
/** A step that keeps failing (not a crash: those resume) is given up after this many tries. */
export const IMPORT_ATTEMPTS = 3;
export const importJobKey = (id: string) => `${IMPORT_JOB}:${id}`;
export const expiryJobKey = (id: string) => `${IMPORT_EXPIRY_JOB}:${id}`;

export interface ImportReport {
  mode: ImportMode;
  counts: ImportCounts;
  /** All the problems found; the first MAX_PROBLEMS_KEPT are kept. */
  problemCount: number;
  startedAt: Date;
  /** Time spent working on the step (restarts excluded), on the process's monotonic clock. */
  seconds: number;
}

/** How each kind of record is read, checked and stored. */
export const TARGETS: Record<ImportSubject, ImportTarget<PlannedRow>> = {
  organizations: ORGANIZATION_TARGET as unknown as ImportTarget<PlannedRow>,
  people: PEOPLE_TARGET as unknown as ImportTarget<PlannedRow>,
};

export const columnsOf = (subject: ImportSubject) => TARGETS[subject].columns;

export interface ImportJob {
  id: string;
  ownerId: string;
  /** What the file holds. */
  subject: ImportSubject;
  fileName: string;
  size: number;
  sha256: string;
  format: TableFormat;
  delimiter?: string;
  headerLine: number;
  rowCount: number;
  mapping: ColumnMapping[];
  /** The first rows as read, for the preview. */
  preview: { line: number; cells: string[] }[];
  defaultKind?: OrganizationKind;
  status: JobStatus;
  progress: { mode: ImportMode; done: number; total: number; startedAt: Date } | undefined;
  check?: ImportReport;
  result?: ImportReport;
  createdAt: Date;
  updatedAt: Date;
}

export const isBusy = (job: { status: string }) =>
  job.status === 'running' || job.status === 'checking';

/** The status an import has while `mode` is in hand. */
export const busyStatus = (mode: ImportMode): JobStatus =>
  mode === 'run' ? 'running' : 'checking';

function reportOf(mode: ImportMode, value: ImportRow['checkReport']): ImportReport | undefined {
  return value
    ? {
        mode,
        counts: value.counts,
        problemCount: value.problemCount,
        startedAt: new Date(value.startedAt),
        seconds: value.seconds,
      }
    : undefined;
}

export function toImportJob(row: ImportRow): ImportJob {
  const mode = (row.mode ?? 'dry-run') as ImportMode;
  return {
    id: row.id,
    ownerId: row.ownerId,
    subject: row.subject as ImportSubject,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    format: row.format as TableFormat,
    delimiter: row.delimiter ?? undefined,
    headerLine: row.headerLine,
    rowCount: row.rowCount,
    mapping: row.mapping,
    preview: row.preview,
    defaultKind: (row.defaultKind ?? undefined) as OrganizationKind | undefined,
    status: row.status as JobStatus,
    // The last step's, still shown (all rows done) once it is over.
    progress: row.stepStartedAt
      ? { mode, done: row.doneRows, total: row.totalRows, startedAt: row.stepStartedAt }
      : undefined,
    check: reportOf('dry-run', row.checkReport),
    result: reportOf('run', row.runReport),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Keeps an uploaded file (its bytes in the private store) as an import ready to check or run. */
export async function createImport(
  deps: AppDeps,
  params: {
    ownerId: string;
    subject?: ImportSubject;
    fileName: string;
    bytes: Uint8Array;
    table: ImportTable;
  },
): Promise<ImportJob> {
  const { table } = params;
  const subject = params.subject ?? 'organizations';
  const stored = await deps.files.putPrivate(params.bytes);
  const now = deps.clock();
  const row = await deps.database.db.transaction(async (tx) => {
    const created = await insertImport(tx, {
      ownerId: params.ownerId,
      subject,
      fileName: params.fileName,
      size: stored.bytes,
      sha256: stored.hash,
      format: table.format,
      delimiter: table.delimiter ?? null,
      headerLine: table.headerLine,
      rowCount: table.rows.length,
      mapping: detectMapping(table.headers, columnsOf(subject)),
      preview: table.rows.slice(0, PREVIEW_ROWS),
      totalRows: table.rows.length,
      createdAt: now,
      updatedAt: now,
    });
    await scheduleJob(tx, {
      name: IMPORT_EXPIRY_JOB,
      payload: { importId: created.id },
      runAt: new Date(now.getTime() + IMPORT_TTL_MS),
      key: expiryJobKey(created.id),
    });
    return created;
  });
  return toImportJob(row);
}

const canSee = (row: ImportRow, actor: Actor) =>
  actor.kind === 'user' && (row.ownerId === actor.user.id || hasRole(actor, 'admin'));

/** The import, for its owner or an administrator; undefined otherwise (shown as not found). */
export async function findImport(
  deps: AppDeps,
  id: string,
  actor: Actor,
): Promise<ImportJob | undefined> {
  const row = await findImportById(deps.database.db, id);
  return row && canSee(row, actor) ? toImportJob(row) : undefined;
}

/** The actor's own imports, newest first. */
export async function importsOf(deps: AppDeps, actor: Actor): Promise<ImportJob[]> {
  if (actor.kind !== 'user') return [];
  const rows = await findImportsOfOwner(deps.database.db, actor.user.id, LISTED);
  return rows.map(toImportJob);
}

/** The problems of a report, in sheet order (`limit` of them, or all that were kept). */
export async function reportProblems(
  deps: AppDeps,
  job: ImportJob,
  report: ImportReport,
  limit?: number,
): Promise<RowProblem[]> {
  const rows = await findImportProblems(deps.database.db, job.id, report.mode, limit);
  return rows.map((p) => ({
    line: p.line,
    field: p.field ?? undefined,
    value: p.value ?? undefined,
    message: p.message,
  }));
}

/** Deletes an import that is not at work (its problems go with it); false when it is busy. */
export async function discardImport(deps: AppDeps, job: ImportJob): Promise<boolean> {
  return deps.database.db.transaction(async (tx) => {
    const row = await lockImport(tx, job.id);
    if (!row || isBusy(row)) return false;
    await deleteImport(tx, row.id);
    await cancelJob(tx, expiryJobKey(row.id));
    return true;
  });
}

/** Who starts a step, as the audit entry written when it ends will name them. */
function starterOf(audit: AuditContext): ImportStarterValue {
  const { actor } = audit;
  return {
    user: actor.kind === 'user' ? actor.user : null,
    roles: actor.kind === 'user' ? ([...actor.roles] as Role[]) : [],
    label: audit.label,
    ip: audit.ip,
    requestId: audit.requestId,
  };
}

/**
 * Starts a dry run or a run: marks the import busy and schedules its job in one transaction, then
 * wakes the runner so it starts now. False when the import is busy, already imported, or its
 * file is gone.
 */
export async function startImport(
  deps: AppDeps,
  audit: AuditContext,
  job: ImportJob,
  mode: ImportMode,
  defaultKind?: OrganizationKind,
): Promise<boolean> {
  const now = deps.clock();
  const started = await deps.database.db.transaction(async (tx) => {
    const row = await lockImport(tx, job.id);
    if (!row || isBusy(row) || row.status === 'done' || row.status === 'expired') return false;
    await deleteImportProblems(tx, row.id, mode);
    await updateImport(
      tx,
      row.id,
      {
        status: busyStatus(mode),
        mode,
        step: row.step + 1,
        // Only organisations have a kind.
        defaultKind: row.subject === 'organizations' ? (defaultKind ?? null) : null,
        doneRows: 0,
        totalRows: row.rowCount,
        counts: { created: 0, updated: 0, unchanged: 0, failed: 0 },
        problemCount: 0,
        changedIds: { created: [], updated: [] },
        workMs: 0,
        stepStartedAt: now,
        startedBy: starterOf(audit),
        ...(mode === 'run' ? { runReport: null } : { checkReport: null }),
      },
      now,
    );
    await scheduleJob(tx, {
      name: IMPORT_JOB,
      payload: { importId: row.id, mode, step: row.step + 1 },
      runAt: now,
      key: importJobKey(row.id),
      // The import's earlier step (a dry run before the run) had this key: it is done.
      replace: true,
      maxAttempts: IMPORT_ATTEMPTS,
    });
    return true;
  });
  if (started) deps.jobs.wake();
  return started;
}

export type { ImportCounts, ImportMode, RowProblem };
