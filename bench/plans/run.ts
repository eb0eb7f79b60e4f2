// Issue 16 item 10, on the national-scale directory (bench/directory/data.ts: ≈ 100,000
// organisations and 200,000 people over the 34 provinces) copied to a scratch database, with the
// demo year of every module on top (programmes, deals, events, the plan with its targets and two
// quarters of agency reports), written in code:
// - every installed indicator for a year and a province, as targets and reports compute them
//   (target: ≤ 2 s for all of them);
// - the annual ecosystem report issued and written as DOCX, XLSX and PDF (≤ 10 s);
// - the plan's targets dashboard through the real server (dist/, as `npm start` runs it), signed
//   in as staff, 20 connections (p95 ≤ 300 ms).
import { createHmac, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDeps } from '../../src/boot';
import { SESSION_COOKIE } from '../../src/modules/identity/resolve-actor';
import { authFor } from '../../src/modules/identity/services/auth';
import { issueAnnualReport } from '../../src/modules/plans/services/annual-report';
import { issuedReportFile } from '../../src/modules/plans/services/issued-reports';
import type { Actor } from '../../src/platform/authz';
import { loadConfig } from '../../src/platform/config/config';
import type { AppDeps } from '../../src/platform/deps';
import { vnYearRange } from '../../src/platform/i18n';
import { installedIndicators } from '../../src/platform/modules/registry';
import { MODULES } from '../../src/wiring';
import { nationalPglite, nationalPostgres } from '../directory/data';
import { startServer } from '../server';
import type { Row } from '../table';

type BenchRow = Omit<Row, 'engine'>;
type Engine = 'pglite' | 'postgres';

const YEAR = 2026;
const PROVINCE = '48';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
/** The demo years written on the national directory (content's images and challenges add nothing measured). */
const SEEDED = ['identity', 'programs', 'marketplace', 'events', 'plans'];
/** The demo data's "today": the plan's reports and the demo year are laid out around it. */
const NOW = new Date('2026-11-20T03:00:00Z');

const STAFF: Actor = {
  kind: 'user',
  user: {
    id: 'bench-plans-staff',
    name: 'Nguyễn Văn Minh',
    email: 'staff@bench.example',
    locale: 'vi',
    twoFactorEnabled: true,
  },
  roles: new Set(['member', 'staff']),
};
const ACTING = { actor: STAFF, label: 'bench' };

/** A staff account with an open session (as after a sign-in with its second factor). */
async function staffCookie(deps: AppDeps): Promise<string> {
  const auth = await authFor(deps).$context;
  const token = randomBytes(24).toString('base64url');
  const { id, name, email } = STAFF.kind === 'user' ? STAFF.user : ({} as never);
  await deps.database.query(
    'insert into identity_users (id, name, email, email_verified, two_factor_enabled) values ($1, $2, $3, true, true)',
    [id, name, email],
  );
  await deps.database.query(
    `insert into identity_user_roles (user_id, role) values ($1, 'staff')`,
    [id],
  );
  await deps.database.query(
    'insert into identity_sessions (id, token, user_id, expires_at) values ($1, $2, $3, $4)',
    [`${id}-session`, token, id, new Date(Date.now() + 86_400_000)],
  );
  const signature = createHmac('sha256', auth.secret).update(token).digest('base64');
  return `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
}

const seconds = async (work: () => Promise<unknown>) => {
  const began = performance.now();
  await work();
  return (performance.now() - began) / 1000;
};

async function measureInProcess(deps: AppDeps, planId: string): Promise<BenchRow[]> {
  const db = deps.database.db;
  const query = { ...vnYearRange(YEAR), province: PROVINCE };
  const indicators = installedIndicators();
  await Promise.all(indicators.map((i) => i.compute(db, query))); // first run: plans and caches
  const all = await seconds(() =>
    (async () => {
      for (const i of indicators) await i.compute(db, query);
    })(),
  );
  const annual = await seconds(async () => {
    const issued = await issueAnnualReport(deps, ACTING, {
      planId,
      formKey: `bench-${randomBytes(8).toString('hex')}`,
      issuer: 'SKHCN',
      parent: 'UBND thành phố Hải Phòng',
      year: String(YEAR),
      province: PROVINCE,
      place: 'Hải Phòng',
      signerPosition: 'Giám đốc',
      signerName: 'Nguyễn Văn Minh',
      assessment: 'Hệ sinh thái phát triển.',
    });
    if (!issued.ok) throw new Error(`annual report refused: ${JSON.stringify(issued.fields)}`);
    await Promise.all(
      ['docx', 'xlsx', 'pdf'].map((format) =>
        issuedReportFile(deps, ACTING, { planId, id: issued.report.id, format }),
      ),
    );
  });
  return [
    {
      metric: `all ${indicators.length} indicators, a year and a province`,
      value: all,
      unit: 's',
      target: { op: '<=', value: 2 },
    },
    {
      metric: 'annual report issued, DOCX + XLSX + PDF',
      value: annual,
      unit: 's',
      target: { op: '<=', value: 10 },
    },
  ];
}

async function dashboardLoad(origin: string, path: string, cookie: string) {
  const times: number[] = [];
  const instance = autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    headers: { cookie },
    requests: [{ method: 'GET', path }],
  });
  instance.on('response', (_c, _s, _b, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? NaN;
  return { rps: result.requests.average, p95, failed: result.non2xx + result.errors };
}

/** A scratch copy of the national data, with the demo year of every module written on it. */
async function scratchDatabase(engine: Engine, scratch: string, adminUrl?: string) {
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DATA_DIR: scratch,
  };
  let drop = async () => {};
  if (engine === 'pglite') {
    env.DATA_DIR = path.join(scratch, 'data');
    cpSync(await nationalPglite(), env.DATA_DIR, { recursive: true });
  } else {
    const national = new URL(await nationalPostgres(adminUrl!));
    const name = `innohub_bench_plans_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${national.pathname.slice(1)}`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  return { env, drop };
}

export async function benchPlans(engine: Engine, adminUrl?: string): Promise<BenchRow[]> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-plans-'));
  const { env, drop } = await scratchDatabase(engine, scratch, adminUrl);
  try {
    const deps = await openDeps(loadConfig(env));
    deps.clock = () => NOW;
    let rows: BenchRow[];
    let cookie: string;
    let planId: string;
    try {
      console.error(`[${engine}] plans: the modules' demo year on the national data…`);
      for (const m of MODULES) if (SEEDED.includes(m.id)) await m.seeds?.demo?.(deps);
      // The production server refuses demo accounts: here they are only the records' authors.
      await deps.database.query('update identity_users set is_demo = false');
      planId = (await deps.database.query<{ id: string }>('select id from plans_plans'))[0]!.id;
      cookie = await staffCookie(deps);
      rows = await measureInProcess(deps, planId);
    } finally {
      await deps.database.close();
    }
    const server = await startServer(env, { readyTimeoutMs: 900_000 });
    try {
      // The directory's warm-up (its search index over 300,000 records) holds the process for a
      // while after its first 200; the portal-wide search answers once every index is built.
      const warmed = await fetch(`${server.origin}/search?q=khoi+nghiep`, {
        signal: AbortSignal.timeout(900_000),
      });
      await warmed.arrayBuffer();
      const dashboard = `/admin/plans/${planId}/targets?year=${YEAR}`;
      const first = await fetch(server.origin + dashboard, { headers: { cookie } });
      if (first.status !== 200) throw new Error(`the targets dashboard answered ${first.status}`);
      await first.arrayBuffer();
      await dashboardLoad(server.origin, dashboard, cookie); // warm-up
      const load = await dashboardLoad(server.origin, dashboard, cookie);
      rows.push(
        {
          metric: `targets dashboard requests/s (${CONNECTIONS} connections)`,
          value: load.rps,
          unit: 'req/s',
        },
        {
          metric: 'targets dashboard p95',
          value: load.p95,
          unit: 'ms',
          target: { op: '<=', value: 300 },
        },
        {
          metric: 'targets dashboard failed responses',
          value: load.failed,
          unit: '',
          target: { op: '<=', value: 0 },
        },
      );
    } finally {
      await server.stop();
    }
    return rows.map((r) => ({ ...r, metric: `plans: ${r.metric}` }));
  } finally {
    await drop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** PGlite, then PostgreSQL when there is one; a failure is reported by `attempt` and the rest runs. */
export async function benchPlansOnBoth(
  rows: Row[],
  attempt: (label: string, run: () => Promise<void>) => Promise<void>,
  adminUrl?: string,
) {
  for (const engine of adminUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const))
    await attempt(`${engine} plans`, async () => {
      for (const row of await benchPlans(engine, adminUrl)) rows.push({ engine, ...row });
    });
}
