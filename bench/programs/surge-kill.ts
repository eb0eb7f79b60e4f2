// The deadline surge's crash variant (issue 11, item 12): the real server is killed with SIGKILL
// in the middle of the surge and started again on the same data. Every submission whose receipt
// page was answered must be stored with its file (the hash the client sent), and nothing may be
// half-stored: no submitted application without its version, attachment row and file on disk, no
// attachment row without its file. Files written by a request that died before its commit are
// orphans nobody counts as submitted. Then the applicants whose answer never came send the same
// page again (a reload): each is stored exactly once.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openDeps } from '../../src/boot';
import { loadConfig } from '../../src/platform/config/config';
import { startServer, type RunningServer } from '../server';
import { pdf, setUp } from './surge';
import {
  openForm,
  sha256,
  submitForm,
  type Applicant,
  type FormPage,
  type SurgeClient,
} from './surge-client';

export interface KillSurgeInput {
  applicants: number;
  clients: number;
  /** The server is killed once this many receipts were answered. */
  killAfter: number;
}

/** What the data holds: whole submissions, and what is not whole. */
export interface Inspection {
  /** Applications submitted with their version, attachment row and file (hash checked). */
  whole: number;
  /** Answered receipts not stored whole, or stored with another file than the one sent. */
  answeredMissing: number;
  /** Submitted without version, attachment or file; versions of unsubmitted rows; rows of missing files. */
  halfStored: number;
  /** Versions beyond one per submitted application. */
  duplicates: number;
  /** Files in the private store no attachment row names (not counted as submitted). */
  orphanFiles: number;
}

export interface KillSurgeReport {
  answeredBeforeKill: number;
  unansweredAtKill: number;
  restartSeconds: number;
  afterKill: Inspection;
  final: Inspection;
  /** Resent pages that were not answered with a receipt after the restart. */
  failedResends: number;
}

type Sent = {
  hash: string;
  applicationId?: string;
  page?: FormPage;
  file?: Uint8Array<ArrayBuffer>;
};

/** The submissions of the call as stored, checked against what the clients were answered. */
export async function inspect(
  env: Record<string, string>,
  callId: string,
  sent: ReadonlyMap<number, Sent>,
): Promise<Inspection> {
  const deps = await openDeps(loadConfig(env));
  try {
    const rows = await deps.database.query<{
      id: string;
      submitted: boolean;
      hash: string | null;
      versions: number;
      attached: number;
    }>(
      `select a.id, (a.status = 'submitted' and a.receipt_number is not null) as submitted,
              (select v.answers->'deck'->0->>'fileHash' from programs_application_versions v
                where v.application_id = a.id order by v.number desc limit 1) as hash,
              (select count(*)::int from programs_application_versions v where v.application_id = a.id) as versions,
              (select count(*)::int from programs_application_attachments f where f.application_id = a.id
                 and f.content_hash = (select v.answers->'deck'->0->>'fileHash' from programs_application_versions v
                                        where v.application_id = a.id order by v.number desc limit 1)) as attached
         from programs_applications a where a.call_id = $1`,
      [callId],
    );
    const stored = async (hash: string | null) => {
      const bytes = hash ? await deps.files.readPrivate(hash) : undefined;
      return Boolean(bytes && sha256(bytes) === hash);
    };
    const wholeIds = new Map<string, string>();
    let halfStored = 0;
    let duplicates = 0;
    for (const r of rows) {
      const isWhole = r.submitted && r.versions > 0 && r.attached > 0 && (await stored(r.hash));
      if (isWhole) wholeIds.set(r.id, r.hash!);
      else if (r.submitted || r.versions > 0) halfStored++;
      duplicates += Math.max(0, r.versions - 1);
    }
    const attachments = await deps.database.query<{ hash: string }>(
      `select distinct f.content_hash as hash from programs_application_attachments f
         join programs_applications a on a.id = f.application_id where a.call_id = $1`,
      [callId],
    );
    for (const { hash } of attachments) if (!(await stored(hash))) halfStored++;
    let answeredMissing = 0;
    for (const s of sent.values()) {
      if (s.applicationId && wholeIds.get(s.applicationId) !== s.hash) answeredMissing++;
    }
    const named = new Set(attachments.map((a) => a.hash));
    const root = path.join(deps.config.DATA_DIR, 'files', 'private');
    const onDisk = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) =>
      d.isFile(),
    );
    const orphanFiles = onDisk.filter((d) => !named.has(d.name)).length;
    return { whole: wholeIds.size, answeredMissing, halfStored, duplicates, orphanFiles };
  } finally {
    await deps.database.close();
  }
}

/** Each applicant's submission from `clients` at a time; the server killed part-way. */
async function surgeUntilKilled(
  server: RunningServer,
  applyPath: string,
  applicants: Applicant[],
  input: KillSurgeInput,
) {
  const client: SurgeClient = { origin: server.origin, applyPath, requests: 0, submitMs: [] };
  const sent = new Map<number, Sent>();
  let answered = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(input.clients, applicants.length) }, async () => {
      for (let i = next++; i < applicants.length; i = next++) {
        const file = pdf(i);
        const entry: Sent = { hash: sha256(file), file };
        sent.set(i, entry);
        try {
          const page = await openForm(client, applicants[i]!);
          if (typeof page === 'string') continue;
          entry.page = page;
          const outcome = await submitForm(client, applicants[i]!, { page, i, file });
          if (!outcome.answered) continue;
          entry.applicationId = outcome.applicationId;
          entry.file = undefined;
          if (++answered === input.killAfter) process.kill(server.pid, 'SIGKILL');
        } catch {
          // No answer: the server is gone. The page (if it loaded) is sent again later.
        }
      }
    }),
  );
  return { sent, answered };
}

/** The applicants without a receipt send their page again (or start again if it never loaded). */
async function resend(
  server: RunningServer,
  applyPath: string,
  applicants: Applicant[],
  sent: Map<number, Sent>,
): Promise<number> {
  const client: SurgeClient = { origin: server.origin, applyPath, requests: 0, submitMs: [] };
  let failed = 0;
  const waiting = [...sent.entries()].filter(([, s]) => !s.applicationId);
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let entry = waiting.shift(); entry; entry = waiting.shift()) {
        const [i, s] = entry;
        const opened = s.page ?? (await openForm(client, applicants[i]!));
        const outcome =
          typeof opened === 'string'
            ? undefined
            : await submitForm(client, applicants[i]!, { page: opened, i, file: s.file! });
        if (outcome?.answered) s.applicationId = outcome.applicationId;
        else failed++;
      }
    }),
  );
  return failed;
}

export async function killSurge(
  env: Record<string, string>,
  input: KillSurgeInput,
): Promise<KillSurgeReport> {
  const { applicants, callId, applyPath } = await setUp(env, input.applicants);
  const first = await startServer(env);
  const { sent, answered } = await surgeUntilKilled(first, applyPath, applicants, input);
  await first.stop(); // already dead: resolves once its exit is seen
  // The data as the kill left it (PGlite recovers its files on opening, as after a power cut).
  const afterKill = await inspect(env, callId, sent);
  const t0 = performance.now();
  const again = await startServer(env);
  const restartSeconds = (performance.now() - t0) / 1000;
  let failedResends: number;
  try {
    failedResends = await resend(again, applyPath, applicants, sent);
  } finally {
    await again.stop();
  }
  const final = await inspect(env, callId, sent);
  return {
    answeredBeforeKill: answered,
    unansweredAtKill: input.applicants - answered,
    restartSeconds,
    afterKill,
    final,
    failedResends,
  };
}
