// "Download my data". Asking: REQUESTED (a job builds the copy) | ALREADY (one is being built).
// The job: every installed module's sections in one ZIP (data.json and a CSV per section), kept
// in the private file store; a link valid 7 days is mailed. Opening the link: the ZIP, to the
// account it belongs to only (NOT_FOUND otherwise, or once expired). All on the security log.
import { createHash, randomBytes } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { zipArchive } from '../../../platform/files/zip';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { personalDataHolders } from '../../../platform/modules/personal-data';
import {
  closeDataRequest,
  expireExport,
  findDataRequest,
  findExportByToken,
  insertDataRequest,
} from '../db/data-requests.repository';
import { getUserById } from '../db/users.repository';
import { accountHolder } from './account-context';
import { csvOf, dueAt, EXPORT_LINK_DAYS } from './data-request-rules';
import { letter } from './mail-templates';

export const DATA_EXPORT_JOB = 'identity.personal-data-export';
export const DATA_EXPORT_EXPIRY_JOB = 'identity.personal-data-export-expiry';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function requestDataExport(
  deps: AppDeps,
  acting: AuditContext,
): Promise<{ ok: true } | { ok: false; reason: 'ALREADY' }> {
  const { user } = accountHolder(acting);
  const now = deps.clock();
  const created = await deps.database.db.transaction(async (tx) => {
    const request = await insertDataRequest(tx, {
      userId: user.id,
      kind: 'export',
      receivedAt: now,
      dueAt: dueAt('export', now),
    });
    if (!request) return false;
    await scheduleJob(tx, {
      name: DATA_EXPORT_JOB,
      payload: { requestId: request.id },
      runAt: now,
    });
    await recordAudit(tx, acting, {
      action: 'security.dataRequest:export',
      entityType: 'identity.user',
      entityId: user.id,
    });
    return true;
  });
  if (!created) return { ok: false, reason: 'ALREADY' };
  deps.jobs.wake();
  return { ok: true };
}

/** Every module's sections about the account, as the ZIP's bytes. */
async function exportArchive(deps: AppDeps, subject: { accountId: string; email: string }) {
  const sections = (
    await Promise.all(personalDataHolders().map(({ hooks }) => hooks.collect(deps, subject)))
  )
    .flat()
    .filter((s) => s.rows.length > 0);
  const json = JSON.stringify(
    {
      generatedAt: deps.clock(),
      sections: Object.fromEntries(sections.map((s) => [s.id, s.rows])),
    },
    null,
    2,
  );
  const parts = [
    { name: 'data.json', data: Buffer.from(json, 'utf8') },
    ...sections.map((s) => ({ name: `csv/${s.id}.csv`, data: Buffer.from(csvOf(s.rows), 'utf8') })),
  ];
  return Buffer.concat(zipArchive(parts));
}

/** The job: builds the copy, keeps it privately and mails the link. */
export async function buildDataExport(job: JobRun, deps: AppDeps): Promise<void> {
  const { requestId } = job.payload as { requestId: string };
  const { db } = deps.database;
  const request = await findDataRequest(db, requestId);
  if (!request || request.status !== 'open') return;
  const user = await getUserById(db, request.userId);
  if (!user) return;
  const stored = await deps.files.putPrivate(
    await exportArchive(deps, { accountId: user.id, email: user.email }),
  );
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(job.now.getTime() + EXPORT_LINK_DAYS * 24 * 3600_000);
  await db.transaction(async (tx) => {
    const closed = await closeDataRequest(tx, request.id, {
      status: 'done',
      completedAt: job.now,
      handledBy: 'system',
      fileHash: stored.hash,
      downloadTokenHash: sha256(token),
      downloadExpiresAt: expiresAt,
    });
    if (!closed) return;
    // The copy is deleted when its link ends: nothing keeps a second copy of the data.
    await scheduleJob(tx, {
      name: DATA_EXPORT_EXPIRY_JOB,
      payload: { requestId: request.id },
      runAt: expiresAt,
    });
    await deps.mail.queue(
      tx,
      letter({
        to: user.email,
        locale: user.locale,
        name: user.name,
        subject: 'identity.data.mail.subject',
        body: 'identity.data.mail.body',
        params: { days: EXPORT_LINK_DAYS },
        url: `${deps.config.publicUrl}/account/data/download/${token}`,
        template: 'identity.data-export',
      }),
    );
    await recordAudit(
      tx,
      { actor: ANONYMOUS, label: 'system' },
      {
        action: 'security.dataRequest:exportReady',
        entityType: 'identity.user',
        entityId: user.id,
      },
    );
  });
  deps.jobs.wake();
}

/** The job: the copy's link ends and its file is deleted. */
export async function expireDataExport(job: JobRun, deps: AppDeps): Promise<void> {
  const { requestId } = job.payload as { requestId: string };
  const hash = await expireExport(deps.database.db, requestId);
  if (hash) await deps.files.deletePrivate(hash);
}

/** The ZIP a download link opens, for the account it belongs to. */
export async function openDataExport(
  deps: AppDeps,
  acting: AuditContext,
  input: { token: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const { user } = accountHolder(acting);
  const { db } = deps.database;
  const request = await findExportByToken(db, sha256(input.token), deps.clock());
  const bytes =
    request?.userId === user.id && request.fileHash
      ? await deps.files.readPrivate(request.fileHash)
      : undefined;
  if (!bytes) throw new AppError('NOT_FOUND');
  await recordAudit(db, acting, {
    action: 'security.dataRequest:download',
    entityType: 'identity.user',
    entityId: user.id,
  });
  return bytes;
}
