// Issue 4 item 10: the deadline surge. The real server (dist/) on a scratch database: 1,000
// eligible organisations, each with an account signed in, apply to one open call whose form asks
// for a file. Before the deadline 100 concurrent clients start each application and load its form;
// then, the surge itself, they submit every form with a 1 MB PDF and the page's idempotency key;
// 5 % of them send the same submit again. The submits are what the bare reference takes too, so
// their rate is set against its rate. Afterwards the database must hold exactly one submission
// and one attachment per applicant, nothing lost.
// Then the same surge is killed with SIGKILL half-way (surge-kill.ts; SURGE_KILL=false skips it).
// SURGE_APPLICANTS and SURGE_CLIENTS make a smaller run; SURGE_CPU_PROF=<dir> writes the real
// server's CPU profile there (node --cpu-prof) for finding where a submission's time goes.
import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDeps } from '../../src/boot';
import { createOrganization } from '../../src/modules/directory';
import { authFor } from '../../src/modules/identity/services/auth';
import { SESSION_COOKIE } from '../../src/modules/identity/resolve-actor';
import { createCall, createProgramme, publishProgramme } from '../../src/modules/programs';
import type { Actor } from '../../src/platform/authz';
import { loadConfig } from '../../src/platform/config/config';
import { backlogDrained } from '../backlog';
import { repoRoot, startServer } from '../server';
import type { Row } from '../table';
import { referenceSurge } from './surge-reference';
import { killSurge, type KillSurgeReport } from './surge-kill';
import {
  openForm,
  submitForm,
  unanswered,
  type Applicant,
  type FormPage,
  type SurgeClient,
} from './surge-client';

type BenchRow = Omit<Row, 'engine'>;
const APPLICANTS = Number(process.env.SURGE_APPLICANTS ?? 1000);
const CLIENTS = Number(process.env.SURGE_CLIENTS ?? 100);
const RETRY_EVERY = 20; // 5 %
const PDF_BYTES = 1024 * 1024;

/** Accounts, organisations, sessions and the call, written in code before the server starts. */
export async function setUp(env: Record<string, string>, count = APPLICANTS) {
  const deps = await openDeps(loadConfig(env));
  try {
    const q = (sql: string, params: unknown[] = []) => deps.database.query(sql, params);
    const auth = await authFor(deps).$context;
    const staff = await auth.internalAdapter.createUser(
      {
        email: 'staff@surge.example',
        name: 'Surge staff',
        emailVerified: true,
        locale: 'vi',
      },
      { method: 'admin' },
    );
    await q(`insert into identity_user_roles (user_id, role) values ($1, 'staff')`, [staff.id]);
    const actor: Actor = {
      kind: 'user',
      user: { id: staff.id, name: 's', email: staff.email, locale: 'vi', twoFactorEnabled: false },
      roles: new Set(['member', 'staff']),
    };
    const audit = { actor };
    const db = deps.database.db;
    const p = await createProgramme(deps, audit, { kind: 'funding', titleVi: 'SpeedUP Surge' });
    if (!p.ok) throw new Error('programme');
    await publishProgramme(deps, audit, {
      programmeId: p.programme.id,
      expectedVersion: p.programme.version,
    });
    const now = Date.now();
    const c = await createCall(deps, audit, {
      programmeId: p.programme.id,
      titleVi: 'Đợt cao điểm',
      opensAt: new Date(now - 3_600_000),
      closesAt: new Date(now + 86_400_000),
      status: 'published',
      eligibility: { maxOrganizationAgeYears: 5 },
      form: {
        sections: [
          {
            id: 'project',
            title: { vi: 'Dự án', en: '' },
            questions: [
              {
                id: 'name',
                kind: 'short_text',
                label: { vi: 'Tên dự án', en: '' },
                isRequired: true,
                maxLength: 200,
              },
              {
                id: 'deck',
                kind: 'file',
                label: { vi: 'Thuyết minh', en: '' },
                isRequired: true,
                types: ['pdf'],
                maxBytes: 2 * PDF_BYTES,
              },
            ],
          },
        ],
      },
    });
    if (!c.ok) throw new Error(`call: ${JSON.stringify(c)}`);

    const applicants: Applicant[] = [];
    for (let i = 0; i < count; i++) {
      const user = await auth.internalAdapter.createUser(
        {
          email: `founder${i}@surge.example`,
          name: `Founder ${i}`,
          emailVerified: true,
          locale: 'vi',
        },
        { method: 'admin' },
      );
      const accountOrg = `surge-${i}`;
      await q(`insert into identity_organizations (id, name, slug) values ($1, $1, $1)`, [
        accountOrg,
      ]);
      await q(
        `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, 'owner')`,
        [`${accountOrg}-owner`, accountOrg, user.id],
      );
      const org = await createOrganization(
        db,
        { actor: { kind: 'anonymous' }, label: 'bench' },
        {
          kind: 'startup',
          legalName: `Công ty Khởi nghiệp Cao điểm ${i}`,
          firstRegisteredOn: '2024-01-15',
        },
      );
      if (!org.ok) throw new Error(JSON.stringify(org.fields));
      await q(`update directory_organizations set managed_by = $1 where id = $2`, [
        accountOrg,
        org.organization.id,
      ]);
      const session = await auth.internalAdapter.createSession(user.id);
      const signature = createHmac('sha256', auth.secret).update(session.token).digest('base64');
      applicants.push({
        organizationId: org.organization.id,
        cookie: `${SESSION_COOKIE}=${encodeURIComponent(`${session.token}.${signature}`)}`,
      });
    }
    return {
      applicants,
      callId: c.call.id,
      applyPath: `/programs/${p.programme.slug}/calls/${c.call.slug}/apply`,
    };
  } finally {
    await deps.database.close();
  }
}

/** What `npm start` runs, under node --cpu-prof, when `dir` (SURGE_CPU_PROF) names a directory. */
export function profiledServer(dir = process.env.SURGE_CPU_PROF): string[] | undefined {
  if (!dir) return undefined;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  return [
    '--cpu-prof',
    `--cpu-prof-dir=${path.resolve(dir)}`,
    '--max-old-space-size=1024',
    '--enable-source-maps',
    'dist/main.js',
  ];
}

/** A PDF of `bytes` whose content is this applicant's own (one stored file each). */
export function pdf(i: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(randomBytes(PDF_BYTES));
  body.set(new TextEncoder().encode(`%PDF-1.7\n% applicant ${i}\n`));
  body.set(new TextEncoder().encode('\n%%EOF\n'), PDF_BYTES - 7);
  return body;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;

/** Runs `work` for every applicant from CLIENTS concurrent clients; how long it took, s. */
async function fromClients(count: number, work: (i: number) => Promise<void>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(CLIENTS, count) }, async () => {
      for (let i = next++; i < count; i = next++) await work(i);
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * Before the deadline every applicant starts the application and loads its form (timed apart);
 * at the deadline all of them press Submit: that surge is what the reference is measured against,
 * since the reference takes the same posts.
 */
async function surge(origin: string, applyPath: string, applicants: Applicant[]) {
  const client: SurgeClient = { origin, applyPath, requests: 0, submitMs: [] };
  let failed = 0;
  const failures = new Map<string, number>();
  const fail = (what: string) => {
    failed++;
    failures.set(what, (failures.get(what) ?? 0) + 1);
  };
  const guarded = (work: (i: number) => Promise<void>) => async (i: number) => {
    try {
      await work(i);
    } catch (err) {
      fail(unanswered(err));
    }
  };

  const pages: (FormPage | undefined)[] = [];
  const openSeconds = await fromClients(
    applicants.length,
    guarded(async (i) => {
      const page = await openForm(client, applicants[i]!);
      if (typeof page === 'string') return fail(page);
      pages[i] = page;
    }),
  );
  const opened = client.requests;
  const submitsFrom = Date.now() / 1000;
  const submitSeconds = await fromClients(
    applicants.length,
    guarded(async (i) => {
      const page = pages[i];
      if (!page) return;
      const submit = { page, i, file: pdf(i) };
      const first = await submitForm(client, applicants[i]!, submit);
      if (!first.answered) fail(first.why);
      // The answer was lost on the way, say: the same page sends the same submit again.
      if (i % RETRY_EVERY === RETRY_EVERY - 1) {
        const again = await submitForm(client, applicants[i]!, submit);
        if (!again.answered) fail(again.why);
      }
    }),
  );
  if (failures.size) console.error('[surge] failures:', Object.fromEntries(failures));
  // For matching the submits with outside measurements (per-process CPU, say): epoch seconds.
  console.error(
    `[surge] submits from ${submitsFrom.toFixed(1)} to ${(Date.now() / 1000).toFixed(1)}`,
  );
  const submitMs = client.submitMs.sort((x, y) => x - y);
  return {
    requests: client.requests,
    openRequestsPerSecond: opened / openSeconds,
    openSeconds,
    submitSeconds,
    failed,
    submitMs,
  };
}

async function verify(env: Record<string, string>, callId: string) {
  const deps = await openDeps(loadConfig(env));
  try {
    const one = async (sql: string) =>
      ((await deps.database.query<{ n: number }>(sql, [callId]))[0]?.n ?? 0) as number;
    const apps = `select id from programs_applications where call_id = $1`;
    const submitted = await one(
      `select count(*)::int as n from programs_applications where call_id = $1 and status = 'submitted' and receipt_number is not null`,
    );
    const versions = await one(
      `select count(*)::int as n from programs_application_versions where application_id in (${apps})`,
    );
    const attachments = await one(
      `select count(*)::int as n from programs_application_attachments where application_id in (${apps})`,
    );
    const distinctFiles = await one(
      `select count(distinct content_hash)::int as n from programs_application_attachments where application_id in (${apps})`,
    );
    // A submission is whole when its frozen answers name a file that is recorded and stored.
    const rows = await deps.database.query<{ hash: string }>(
      `select v.answers->'deck'->0->>'fileHash' as hash from programs_application_versions v
         join programs_application_attachments f
           on f.application_id = v.application_id and f.content_hash = v.answers->'deck'->0->>'fileHash'
        where v.application_id in (${apps})`,
      [callId],
    );
    let whole = 0;
    for (const r of rows) if (await deps.files.readPrivate(r.hash)) whole++;
    const mails = await one(
      `select count(*)::int as n from platform_mail_outbox where template = 'programs.application.submitted' and $1::uuid is not null`,
    );
    const root = path.join(deps.config.DATA_DIR, 'files', 'private');
    const onDisk = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) =>
      d.isFile(),
    ).length;
    return { submitted, versions, attachments, distinctFiles, whole, mails, onDisk };
  } finally {
    await deps.database.close();
  }
}

/** A scratch DATA_DIR (and, on PostgreSQL, a new database) for one run; `drop` removes both. */
export async function surgeEnvironment(engine: 'pglite' | 'postgres', adminUrl?: string) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-surge-'));
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DATA_DIR: scratch,
  };
  const dbName = `innohub_bench_surge_${randomUUID().slice(0, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  if (engine === 'postgres') {
    if (!adminUrl) throw new Error('the PostgreSQL surge needs an admin URL');
    await admin(`create database ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
  }
  const drop = async () => {
    rmSync(scratch, { recursive: true, force: true });
    if (engine === 'postgres') await admin(`drop database if exists ${dbName} with (force)`);
  };
  return { env, drop };
}

/** The surge beside its reference, then its crash variant (bench/programs/surge-kill.ts). */
export async function benchSurge(
  engine: 'pglite' | 'postgres',
  adminUrl?: string,
): Promise<BenchRow[]> {
  const rows = await surgeBesideReference(engine, adminUrl);
  if (process.env.SURGE_KILL === 'false') return rows;
  return [...rows, ...(await benchKilledSurge(engine, adminUrl))];
}

async function benchKilledSurge(engine: 'pglite' | 'postgres', adminUrl?: string) {
  const { env, drop } = await surgeEnvironment(engine, adminUrl);
  try {
    console.error(`[${engine}] surge: killed with SIGKILL half-way…`);
    const input = { applicants: APPLICANTS, clients: CLIENTS, killAfter: APPLICANTS / 2 };
    const r = await killSurge(env, input);
    return killedSurgeRows(r, `deadline surge killed with SIGKILL at ${input.killAfter} receipts:`);
  } finally {
    await drop();
  }
}

function killedSurgeRows(r: KillSurgeReport, label: string): BenchRow[] {
  const zero = { op: '<=', value: 0 } as const;
  return [
    { metric: `${label} receipts answered before the kill`, value: r.answeredBeforeKill, unit: '' },
    { metric: `${label} restart on the same data`, value: r.restartSeconds, unit: 's' },
    {
      metric: `${label} answered but not stored whole with the file sent`,
      value: r.afterKill.answeredMissing,
      unit: '',
      target: zero,
    },
    { metric: `${label} half-stored`, value: r.afterKill.halfStored, unit: '', target: zero },
    {
      metric: `${label} orphan files (written, never committed; not counted)`,
      value: r.afterKill.orphanFiles,
      unit: '',
    },
    {
      metric: `${label} stored after the unanswered resent their page`,
      value: r.final.whole,
      unit: '',
      target: { op: '>=', value: APPLICANTS },
    },
    {
      metric: `${label} duplicates or half-stored after the resends`,
      value: r.final.duplicates + r.final.halfStored + r.final.answeredMissing + r.failedResends,
      unit: '',
      target: zero,
    },
  ];
}

async function surgeBesideReference(
  engine: 'pglite' | 'postgres',
  adminUrl?: string,
): Promise<BenchRow[]> {
  const { env, drop } = await surgeEnvironment(engine, adminUrl);
  try {
    console.error(`[${engine}] surge: setting up ${APPLICANTS} applicants…`);
    const { applicants, callId, applyPath } = await setUp(env);
    const server = await startServer(env, { args: profiledServer() });
    let run: Awaited<ReturnType<typeof surge>>;
    let drainSeconds: number;
    try {
      console.error(`[${engine}] surge: ${APPLICANTS} submissions from ${CLIENTS} clients…`);
      run = await surge(server.origin, applyPath, applicants);
      drainSeconds = await backlogDrained(server.origin);
    } finally {
      await server.stop();
    }
    const found = await verify(env, callId);
    // The bare reference on the same database and disk, after the real server stopped.
    console.error(`[${engine}] surge: the bare Node reference…`);
    const reference = await referenceSurge(env, {
      applicants: APPLICANTS,
      clients: CLIENTS,
      retryEvery: RETRY_EVERY,
      pdf,
    });
    const ours = APPLICANTS / run.submitSeconds;
    const referenceP99 = percentile(reference.submitMs, 99);
    const label = `deadline surge (${APPLICANTS.toLocaleString('en')} × 1 MB, ${CLIENTS} clients):`;
    return [
      {
        metric: `${label} before it, start + form page requests/s`,
        value: run.openRequestsPerSecond,
        unit: 'req/s',
      },
      {
        metric: `${label} whole journeys/s (start, form page, submit)`,
        value: APPLICANTS / (run.openSeconds + run.submitSeconds),
        unit: '/s',
      },
      { metric: `${label} submit p50`, value: percentile(run.submitMs, 50), unit: 'ms' },
      { metric: `${label} submit p95`, value: percentile(run.submitMs, 95), unit: 'ms' },
      {
        // "p99 <= 1 s where the reference itself allows it": never below the reference's own p99.
        metric: `${label} submit p99`,
        value: percentile(run.submitMs, 99),
        unit: 'ms',
        target: { op: '<=', value: Math.max(engine === 'postgres' ? 1000 : 3000, referenceP99) },
      },
      { metric: `${label} submissions/s`, value: ours, unit: '/s' },
      {
        metric: `${label} reference (bare Node: multipart, hash, store, one row) submissions/s`,
        value: reference.submissionsPerSecond,
        unit: '/s',
      },
      { metric: `${label} reference submit p99`, value: referenceP99, unit: 'ms' },
      {
        metric: `${label} reference stored (failed ${reference.failed})`,
        value: reference.stored,
        unit: '',
        target: { op: '>=', value: APPLICANTS },
      },
      {
        metric: `${label} ours as a share of the reference's submissions/s`,
        value: (100 * ours) / reference.submissionsPerSecond,
        unit: '%',
        target: { op: '>=', value: 50 },
      },
      {
        metric: `${label} failed responses`,
        value: run.failed,
        unit: '',
        target: { op: '<=', value: 0 },
      },
      {
        metric: `${label} stored submissions`,
        value: found.submitted,
        unit: '',
        target: { op: '>=', value: APPLICANTS },
      },
      {
        metric: `${label} duplicate submissions`,
        value: found.versions - found.submitted + Math.max(0, found.mails - found.submitted),
        unit: '',
        target: { op: '<=', value: 0 },
      },
      {
        metric: `${label} receipt letters written (after the surge, by the job runner)`,
        value: found.mails,
        unit: '',
        target: { op: '>=', value: APPLICANTS },
      },
      {
        metric: `${label} the last receipt letter written, after the surge's last answer`,
        value: drainSeconds,
        unit: 's',
      },
      {
        metric: `${label} stored attachments`,
        value: Math.min(found.distinctFiles, found.onDisk),
        unit: '',
        target: { op: '>=', value: APPLICANTS },
      },
      {
        metric: `${label} duplicate attachments`,
        value: found.attachments - found.distinctFiles,
        unit: '',
        target: { op: '<=', value: 0 },
      },
      {
        metric: `${label} lost`,
        value: APPLICANTS - found.whole,
        unit: '',
        target: { op: '<=', value: 0 },
      },
    ];
  } finally {
    await drop();
  }
}

// `tsx bench/programs/surge.ts [pglite|postgres]`: this benchmark alone.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const engine = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
  const { printTable } = await import('../table');
  const rows = await benchSurge(engine, process.env.BENCH_DATABASE_URL);
  printTable(rows.map((r) => ({ ...r, engine })));
}
