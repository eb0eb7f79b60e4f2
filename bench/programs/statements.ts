// What one deadline-surge submission costs, independent of the machine's load: the SQL statements
// the submit sends (BEGIN/COMMIT included), the rows and bytes each one answers, those of the
// receipt-letter job it leaves, and the CPU time of one submit in this process — on PGlite that
// includes the database's own work, which runs on this thread.
// `tsx bench/programs/statements.ts pglite|postgres` (PostgreSQL on BENCH_DATABASE_URL or
// TEST_DATABASE_URL); STATEMENTS_SQL=1 prints each statement with its rows and bytes;
// STATEMENTS_CPU_PROF=<file.cpuprofile> profiles the timed submits.
import pg from 'pg';
import { openDeps } from '../../src/boot';
import { loadConfig } from '../../src/platform/config/config';
import { buildApp } from '../../src/wiring';
import { startProfile } from '../cpu-profile';
import { pdf, setUp, surgeEnvironment } from './surge';

const CPU_ROUNDS = Number(process.env.STATEMENTS_CPU_ROUNDS ?? 100);
const engine = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';

interface Sent {
  sql: string;
  rows: number;
  bytes: number;
}
let sent: Sent[] = [];
const shortSql = (text: string) => text.replace(/\s+/g, ' ').slice(0, 150);

/** Counts what the pg driver sends and receives. */
function watchPostgres() {
  type Query = (this: pg.Client, ...args: unknown[]) => Promise<pg.QueryResult>;
  const query = pg.Client.prototype.query as unknown as Query;
  pg.Client.prototype.query = async function (this: pg.Client, ...args: unknown[]) {
    const [first] = args;
    const text = typeof first === 'string' ? first : (first as { text?: string })?.text;
    const entry: Sent = { sql: shortSql(String(text ?? first)), rows: 0, bytes: 0 };
    sent.push(entry);
    const result = await query.apply(this, args);
    entry.rows = result?.rows?.length ?? 0;
    entry.bytes = JSON.stringify(result?.rows ?? []).length;
    return result;
  } as never;
}

/** Counts what PGlite's wire protocol carries: a Parse or simple Query message starts a statement. */
type Exec = (message: Uint8Array, options: unknown) => Promise<{ messages: Message[] } | Message[]>;
interface Message {
  name: string;
  length: number;
}

function watchPglite(client: Record<'execProtocol' | 'execProtocolStream', Exec>) {
  const decoder = new TextDecoder();
  const named = new Map<string, string>();
  const cString = (bytes: Uint8Array, at: number) => {
    const end = bytes.indexOf(0, at);
    return { text: decoder.decode(bytes.subarray(at, end)), next: end + 1 };
  };
  // A message carries Parse (name, SQL) or Query (SQL), or only Bind (portal, statement name)
  // when the statement was prepared before.
  const noteStatement = (message: Uint8Array) => {
    for (let at = 0; at < message.length;) {
      const kind = String.fromCharCode(message[at]!);
      const length = new DataView(message.buffer, message.byteOffset + at + 1, 4).getInt32(0);
      const body = at + 5;
      at += 1 + length;
      let sql: string | undefined;
      if (kind === 'Q') sql = cString(message, body).text;
      if (kind === 'P') {
        const name = cString(message, body);
        sql = cString(message, name.next).text;
        if (name.text) named.set(name.text, sql);
      }
      if (kind === 'B') {
        const portal = cString(message, body);
        const statement = cString(message, portal.next).text;
        if (!statement) continue;
        sql = `(prepared) ${named.get(statement) ?? statement}`;
      }
      if (sql !== undefined) sent.push({ sql: shortSql(sql), rows: 0, bytes: 0 });
      if (sql !== undefined) return;
    }
  };
  const noteRows = (results: Message[]) => {
    const entry = sent.at(-1);
    for (const m of results) {
      if (m.name !== 'dataRow' || !entry) continue;
      entry.rows++;
      entry.bytes += m.length;
    }
  };
  for (const method of ['execProtocol', 'execProtocolStream'] as const) {
    const exec = client[method].bind(client);
    client[method] = async (message: Uint8Array, options: unknown) => {
      noteStatement(message);
      const result = await exec(message, options);
      noteRows(Array.isArray(result) ? result : result.messages);
      return result;
    };
  }
}

async function counted(work: () => Promise<unknown>) {
  sent = [];
  const value = await work();
  return { value, statements: sent };
}

function report(name: string, r: { value: unknown; statements: Sent[] }) {
  const rows = r.statements.reduce((n, s) => n + s.rows, 0);
  const bytes = r.statements.reduce((n, s) => n + s.bytes, 0);
  console.log(
    `${name}: ${r.statements.length} statements, ${rows} rows, ${bytes} bytes → ${JSON.stringify(r.value)}`,
  );
  if (!process.env.STATEMENTS_SQL) return;
  for (const s of r.statements)
    console.log(`  ${String(s.rows).padStart(4)} r ${String(s.bytes).padStart(6)} B  ${s.sql}`);
}

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const { env, drop } = await surgeEnvironment(engine, adminUrl);
try {
  const count = 3 + CPU_ROUNDS;
  const bench = await setUp(env, count);
  // Before the pool opens: a connection binds the driver's query when it connects.
  if (engine === 'postgres') watchPostgres();
  const deps = await openDeps(loadConfig({ ...env, PUBLIC_URL: 'http://127.0.0.1:3000' }));
  if (deps.database.pglite) watchPglite(deps.database.pglite as never);
  const { app } = buildApp(deps);
  const origin = deps.config.publicUrl;
  const request = async (path: string, cookie: string, init: RequestInit = {}) => {
    const res = await app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie, origin },
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const open = async (i: number) => {
    const { cookie, organizationId } = bench.applicants[i]!;
    const start = await request(bench.applyPath, cookie, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ organizationId }).toString(),
    });
    const formPath = start.location ?? '';
    const page = await request(formPath, cookie);
    const version = /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '';
    const key = /name="key" value="([\w-]+)"/.exec(page.text)?.[1] ?? '';
    return { formPath, version, key };
  };
  const submit = async (i: number, page: Awaited<ReturnType<typeof open>>) => {
    const form = new FormData();
    form.set('version', page.version);
    form.set('key', page.key);
    form.set('op', 'submit');
    form.set('a.name', `Dự án số ${i}`);
    form.set('f.deck', new Blob([pdf(i)], { type: 'application/pdf' }), `thuyet-minh-${i}.pdf`);
    const r = await request(page.formPath, bench.applicants[i]!.cookie, {
      method: 'POST',
      body: form,
    });
    return { status: r.status, location: r.location };
  };
  const jobs = () => deps.jobs.runDue();

  const first = await open(0);
  report('submission', await counted(() => submit(0, first)));
  report('  its jobs', await counted(jobs));
  report('the same submit again', await counted(() => submit(0, first)));

  const pages = [];
  for (let i = 1; i <= CPU_ROUNDS; i++) pages[i] = await open(i);
  const profiler = await startProfile(process.env.STATEMENTS_CPU_PROF);
  const before = process.cpuUsage();
  for (let i = 1; i <= CPU_ROUNDS; i++) await submit(i, pages[i]!);
  const used = process.cpuUsage(before);
  await profiler.stop();
  const perSubmit = (used.user + used.system) / 1000 / CPU_ROUNDS;
  console.log(`submission: ${perSubmit.toFixed(2)} ms CPU per request (${engine})`);
  await deps.database.close();
} finally {
  await drop();
}
