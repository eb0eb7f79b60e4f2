// Import jobs live in this process's memory: an upload waits here for its dry run and its run,
// and a run reports its progress here. A restart forgets them (a run cut short is finished by
// importing the same file again: rows already stored count as unchanged). Several processes
// behind a load balancer would need sticky sessions or a jobs table.
import { randomUUID } from 'node:crypto';
import { hasRole, type Actor } from '../../../platform/authz';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import { log } from '../../../platform/log/logger';
import type { OrganizationKind } from '../domain/taxonomy';
import { detectMapping, type ColumnMapping, type ImportSubject } from './columns';
import {
  processImport,
  type ImportCounts,
  type ImportMode,
  type ImportTarget,
  type PlannedRow,
  type RowProblem,
} from './process';
import { ORGANIZATION_TARGET } from './organizations';
import { PEOPLE_TARGET } from './people';
import type { ImportTable, TableFormat } from './read-table';

export type JobStatus =
  | 'ready'
  | 'checking'
  | 'checked'
  | 'running'
  | 'done'
  | 'failed'
  /** Its rows were dropped to free memory before it was imported: upload the file again. */
  | 'expired';

/** Problems kept per report; the count says how many there were in all. */
export const MAX_PROBLEMS_KEPT = 5_000;
/** The rows shown in the preview. */
export const PREVIEW_ROWS = 10;
const MAX_JOBS = 50;
const JOB_TTL_MS = 24 * 3600 * 1000;
/** Uploads waiting in memory for their run: a 10 MB sheet takes tens of MB once read. */
const MAX_TABLES = 5;
const TABLE_TTL_MS = 2 * 3600 * 1000;
/** Ids of changed records kept in the audit entry of a run. */
const AUDIT_IDS = 1_000;

export interface ImportReport {
  mode: ImportMode;
  counts: ImportCounts;
  problems: RowProblem[];
  problemCount: number;
  startedAt: Date;
  /** Measured on the process's monotonic clock (the injected clock may stand still). */
  seconds: number;
}

/** How each kind of record is read, checked and stored. */
const TARGETS: Record<ImportSubject, ImportTarget<PlannedRow>> = {
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
  /** Dropped once the run is over, to free the memory. */
  table?: ImportTable;
  defaultKind?: OrganizationKind;
  status: JobStatus;
  progress: { mode: ImportMode; done: number; total: number; startedAt: Date } | undefined;
  check?: ImportReport;
  result?: ImportReport;
  createdAt: Date;
  updatedAt: Date;
  /** The background task, awaited by tests and by a graceful stop. */
  task?: Promise<void>;
}

const jobs = new Map<string, ImportJob>();

export const isBusy = (job: ImportJob) => job.status === 'running' || job.status === 'checking';

function evict(now: Date) {
  for (const [id, job] of jobs) {
    if (!isBusy(job) && now.getTime() - job.updatedAt.getTime() > JOB_TTL_MS) jobs.delete(id);
  }
  const idle = [...jobs.values()]
    .filter((j) => !isBusy(j))
    .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
  while (jobs.size >= MAX_JOBS && idle.length > 0) jobs.delete(idle.shift()!.id);
  const waiting = [...jobs.values()]
    .filter((j) => j.table && !isBusy(j))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  waiting.forEach((job, i) => {
    if (i >= MAX_TABLES - 1 || now.getTime() - job.updatedAt.getTime() > TABLE_TTL_MS) {
      job.table = undefined;
      job.status = 'expired';
    }
  });
}

export function createJob(params: {
  ownerId: string;
  subject?: ImportSubject;
  fileName: string;
  size: number;
  sha256: string;
  table: ImportTable;
  now: Date;
}): ImportJob {
  evict(params.now);
  const { table } = params;
  const subject = params.subject ?? 'organizations';
  const job: ImportJob = {
    id: randomUUID(),
    ownerId: params.ownerId,
    subject,
    fileName: params.fileName,
    size: params.size,
    sha256: params.sha256,
    format: table.format,
    delimiter: table.delimiter,
    headerLine: table.headerLine,
    rowCount: table.rows.length,
    mapping: detectMapping(table.headers, columnsOf(subject)),
    preview: table.rows.slice(0, PREVIEW_ROWS),
    table,
    status: 'ready',
    progress: undefined,
    createdAt: params.now,
    updatedAt: params.now,
  };
  jobs.set(job.id, job);
  return job;
}

/** The job, for its owner or an administrator; undefined otherwise (shown as not found). */
export function findJob(id: string, actor: Actor): ImportJob | undefined {
  const job = jobs.get(id);
  if (!job || actor.kind !== 'user') return undefined;
  return job.ownerId === actor.user.id || hasRole(actor, 'admin') ? job : undefined;
}

export function jobsOf(actor: Actor): ImportJob[] {
  if (actor.kind !== 'user') return [];
  return [...jobs.values()]
    .filter((j) => j.ownerId === actor.user.id)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

export function discardJob(job: ImportJob): boolean {
  if (job.status === 'running' || job.status === 'checking') return false;
  return jobs.delete(job.id);
}

/**
 * Starts a dry run or a run in the background; false when the job is busy, already imported,
 * or no longer holds its rows.
 */
export function startJob(
  job: ImportJob,
  mode: ImportMode,
  env: { db: Db; audit: AuditContext; clock: () => Date; defaultKind?: OrganizationKind },
): boolean {
  if (isBusy(job) || job.status === 'done' || !job.table) return false;
  const table = job.table;
  const startedAt = env.clock();
  const started = performance.now();
  // Only organisations have a kind.
  const defaultKind = job.subject === 'organizations' ? env.defaultKind : undefined;
  job.defaultKind = defaultKind;
  job.status = mode === 'run' ? 'running' : 'checking';
  job.progress = { mode, done: 0, total: table.rows.length, startedAt };
  job.updatedAt = startedAt;
  const actorId = env.audit.actor.kind === 'user' ? env.audit.actor.user.id : env.audit.label;
  job.task = (async () => {
    try {
      const outcome = await processImport(env.db, table, job.mapping, TARGETS[job.subject], {
        mode,
        defaultKind,
        actorId,
        onProgress: (done, total) => {
          job.progress = { mode, done, total, startedAt };
        },
      });
      const report: ImportReport = {
        mode,
        counts: outcome.counts,
        problems: outcome.problems.slice(0, MAX_PROBLEMS_KEPT),
        problemCount: outcome.problems.length,
        startedAt,
        seconds: (performance.now() - started) / 1000,
      };
      if (mode === 'run') {
        await recordAudit(env.db, env.audit, {
          action: 'directory.import:run',
          entityType: 'import',
          entityId: job.id,
          after: {
            subject: job.subject,
            fileName: job.fileName,
            format: job.format,
            size: job.size,
            sha256: job.sha256,
            rows: job.rowCount,
            defaultKind: defaultKind ?? null,
            ...outcome.counts,
            seconds: Math.round(report.seconds * 10) / 10,
            createdIds: outcome.createdIds.slice(0, AUDIT_IDS),
            updatedIds: outcome.updatedIds.slice(0, AUDIT_IDS),
          },
        });
        job.result = report;
        job.status = 'done';
        job.table = undefined;
      } else {
        job.check = report;
        job.status = 'checked';
      }
    } catch (err) {
      log.error('import failed', { importId: job.id, mode, err });
      job.status = 'failed';
    } finally {
      job.updatedAt = env.clock();
    }
  })();
  return true;
}

/** Waits for every import still running (tests; a graceful stop). */
export async function settleImports(): Promise<void> {
  await Promise.all([...jobs.values()].map((j) => j.task));
}
