import { execFile, spawn, type StdioOptions } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * pg_dump refuses a server newer than itself, and Debian keeps each major version's client under
 * /usr/lib/postgresql/<major>/bin with only a wrapper on PATH. So every installed copy is
 * considered and the newest is used; PG_BIN (a directory) is tried first.
 */
export interface PgTool {
  path: string;
  major: number;
}

const run = promisify(execFile);

function candidates(name: string): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  for (const root of ['/usr/lib/postgresql', '/opt/homebrew/opt']) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root)) dirs.push(path.join(root, entry, 'bin'));
  }
  if (existsSync('/usr')) {
    for (const entry of readdirSync('/usr')) {
      if (entry.startsWith('pgsql-')) dirs.push(path.join('/usr', entry, 'bin'));
    }
  }
  dirs.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean));
  const seen = new Set<string>();
  const found: string[] = [];
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const real = realpathSync(file);
    if (seen.has(real)) continue;
    seen.add(real);
    found.push(file);
  }
  return found;
}

async function majorOf(file: string): Promise<number | undefined> {
  try {
    const { stdout } = await run(file, ['--version'], { timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The newest installed copy of a client tool; fails when it is older than minMajor. */
export async function findPgTool(name: 'pg_dump' | 'psql', minMajor = 0): Promise<PgTool> {
  let best: PgTool | undefined;
  for (const file of candidates(name)) {
    const major = await majorOf(file);
    if (major !== undefined && (!best || major > best.major)) best = { path: file, major };
  }
  if (!best) {
    throw new Error(
      `${name} was not found. Install the PostgreSQL client (Debian: apt-get install postgresql-client) or set PG_BIN to the directory that holds it.`,
    );
  }
  if (best.major < minMajor) {
    throw new Error(
      `${name} ${best.major} (${best.path}) is older than the server (PostgreSQL ${minMajor}) and cannot read it. Install postgresql-client-${minMajor} or set PG_BIN.`,
    );
  }
  return best;
}

/** libpq arguments for a URL, with the password moved out of the command line into PGPASSWORD. */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env },
  };
}

/** Runs a tool to completion; stderr becomes the error message when it fails. */
export function runPgTool(
  tool: PgTool,
  args: string[],
  options: { env: NodeJS.ProcessEnv; stdout?: number | 'ignore' },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stdio: StdioOptions = ['ignore', options.stdout ?? 'ignore', 'pipe'];
    const child = spawn(tool.path, args, { env: options.env, stdio });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const why = signal ? `signal ${signal}` : `exit code ${code}`;
        reject(new Error(`${path.basename(tool.path)} failed (${why}): ${stderr.trim()}`));
      }
    });
  });
}
