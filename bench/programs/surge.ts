// Issue 4 item 10: the deadline surge. The real server (dist/) on a scratch database: 1,000
// eligible organisations, each with an account signed in, apply to one open call whose form asks
// for a file. 100 concurrent clients start each application, load its form and submit it with a
// 1 MB PDF and the page's idempotency key; 5 % of them send the same submit again. Afterwards the
// database must hold exactly one submission and one attachment per applicant, nothing lost.
// SURGE_APPLICANTS and SURGE_CLIENTS make a smaller run.
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
import { startServer } from '../server';
import type { Row } from '../table';
import { referenceSurge } from './surge-reference';

type BenchRow = Omit<Row, 'engine'>;
const APPLICANTS = Number(process.env.SURGE_APPLICANTS ?? 1000);
const CLIENTS = Number(process.env.SURGE_CLIENTS ?? 100);
const RETRY_EVERY = 20; // 5 %
const PDF_BYTES = 1024 * 1024;

interface Applicant {
  organizationId: string;
  cookie: string;
}

/** Accounts, organisations, sessions and the call, written in code before the server starts. */
async function setUp(env: Record<string, string>) {
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
    for (let i = 0; i < APPLICANTS; i++) {
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

/** A PDF of `bytes` whose content is this applicant's own (one stored file each). */
function pdf(i: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(randomBytes(PDF_BYTES));
  body.set(new TextEncoder().encode(`%PDF-1.7\n% applicant ${i}\n`));
  body.set(new TextEncoder().encode('\n%%EOF\n'), PDF_BYTES - 7);
  return body;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;

async function surge(origin: string, applyPath: string, applicants: Applicant[]) {
  let requests = 0;
  let failed = 0;
  const submitMs: number[] = [];
  const failures = new Map<string, number>();
  const fail = (what: string) => {
    failed++;
    failures.set(what, (failures.get(what) ?? 0) + 1);
  };
  const send = async (p: string, init: RequestInit, cookie: string) => {
    requests++;
    const res = await fetch(origin + p, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie, origin },
    });
    const text = await res.text();
    return { res, text };
  };

  async function apply(i: number) {
    const a = applicants[i]!;
    const start = await send(
      applyPath,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ organizationId: a.organizationId }).toString(),
      },
      a.cookie,
    );
    const formPath = start.res.headers.get('location') ?? '';
    if (start.res.status !== 303 || !formPath.endsWith('/edit'))
      return fail(`start ${start.res.status}`);
    const page = await send(formPath, {}, a.cookie);
    const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
    const key = /name="key" value="([\w-]+)"/.exec(page.text)?.[1];
    if (page.res.status !== 200 || !version || !key) return fail(`form ${page.res.status}`);
    const file = pdf(i);
    const submit = async () => {
      const form = new FormData();
      form.set('version', version);
      form.set('key', key);
      form.set('op', 'submit');
      form.set('a.name', `Dự án số ${i}`);
      form.set('f.deck', new Blob([file], { type: 'application/pdf' }), `thuyet-minh-${i}.pdf`);
      const t0 = performance.now();
      const r = await send(formPath, { method: 'POST', body: form }, a.cookie);
      submitMs.push(performance.now() - t0);
      if (r.res.status !== 303 || !r.res.headers.get('location')?.includes('done=submitted'))
        fail(`submit ${r.res.status}`);
    };
    await submit();
    // The answer was lost on the way, say: the same page sends the same submit again.
    if (i % RETRY_EVERY === RETRY_EVERY - 1) await submit();
  }

  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(CLIENTS, applicants.length) }, async () => {
      for (let i = next++; i < applicants.length; i = next++) {
        try {
          await apply(i);
        } catch (err) {
          fail(`error ${(err as Error).message}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (failures.size) console.error('[surge] failures:', Object.fromEntries(failures));
  submitMs.sort((x, y) => x - y);
  return { requests, seconds, failed, submitMs };
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

export async function benchSurge(
  engine: 'pglite' | 'postgres',
  adminUrl?: string,
): Promise<BenchRow[]> {
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
  try {
    console.error(`[${engine}] surge: setting up ${APPLICANTS} applicants…`);
    const { applicants, callId, applyPath } = await setUp(env);
    const server = await startServer(env);
    let run: Awaited<ReturnType<typeof surge>>;
    try {
      console.error(`[${engine}] surge: ${APPLICANTS} submissions from ${CLIENTS} clients…`);
      run = await surge(server.origin, applyPath, applicants);
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
    const ours = APPLICANTS / run.seconds;
    const label = `deadline surge (${APPLICANTS.toLocaleString('en')} × 1 MB, ${CLIENTS} clients):`;
    return [
      { metric: `${label} requests/s`, value: run.requests / run.seconds, unit: 'req/s' },
      { metric: `${label} submit p50`, value: percentile(run.submitMs, 50), unit: 'ms' },
      { metric: `${label} submit p95`, value: percentile(run.submitMs, 95), unit: 'ms' },
      {
        metric: `${label} submit p99`,
        value: percentile(run.submitMs, 99),
        unit: 'ms',
        target: { op: '<=', value: engine === 'postgres' ? 1000 : 3000 },
      },
      {
        metric: `${label} submissions/s (each after its start and form page)`,
        value: ours,
        unit: '/s',
      },
      {
        metric: `${label} reference (bare Node: multipart, hash, store, one row) submissions/s`,
        value: reference.submissionsPerSecond,
        unit: '/s',
      },
      {
        metric: `${label} reference submit p99`,
        value: percentile(reference.submitMs, 99),
        unit: 'ms',
      },
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
    rmSync(scratch, { recursive: true, force: true });
    if (engine === 'postgres') await admin(`drop database if exists ${dbName} with (force)`);
  }
}

// `tsx bench/programs/surge.ts [pglite|postgres]`: this benchmark alone.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const engine = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
  const { printTable } = await import('../table');
  const rows = await benchSurge(engine, process.env.BENCH_DATABASE_URL);
  printTable(rows.map((r) => ({ ...r, engine })));
}
