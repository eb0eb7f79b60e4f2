// Starts and stops the real server process (the dist/ bundle `npm start` runs) for benchmarks and tests.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

let built = false;

/**
 * The server's part of package.json's `start` script (after `&&`): its environment variables and
 * Node arguments, so that tests and benchmarks run the server exactly as `npm start` does.
 */
export function npmStartCommand(): { env: Record<string, string>; args: string[] } {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const words = String(pkg.scripts.start).split('&&').at(-1)!.trim().split(/\s+/);
  const env: Record<string, string> = {};
  for (let word = words.shift(); word !== 'node'; word = words.shift()) {
    const at = word?.indexOf('=') ?? -1;
    if (!word || at < 1) throw new Error(`npm start does not end with node: ${pkg.scripts.start}`);
    env[word.slice(0, at)] = word.slice(at + 1);
  }
  return { env, args: words };
}

/** What `npm start` runs: the bundle in dist/, built once per process from the current sources. */
function buildOnce() {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  built = true;
}

export interface RunningServer {
  origin: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 on the ready path. */
  startMs: number;
  /** Sends SIGTERM; resolves with the exit code and how long the stop took. */
  stop(): Promise<{ code: number | null; ms: number }>;
  /** What the server wrote to stderr so far (its first 10,000 characters), and whether it exited. */
  report(): string;
}

export interface StartOptions {
  /** Node arguments of another server (a benchmark reference); default: the dist/ bundle. */
  args?: string[];
  /** The path that answers 200 once the server is ready (default `/`). */
  readyPath?: string;
  /** How long to wait for it (a server that builds a large index first takes longer). */
  readyTimeoutMs?: number;
}

export async function startServer(
  env: Record<string, string>,
  options: StartOptions = {},
): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const start = options.args ? { env: {}, args: options.args } : npmStartCommand();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...start.env, ...env, PORT: String(port) };
  childEnv.HOST = '127.0.0.1';
  childEnv.PUBLIC_URL = origin;
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;

  const started = performance.now();
  if (!options.args) buildOnce();
  const readyPath = options.readyPath ?? '/';
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const child = spawn(process.execPath, start.args, {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    if (stderr.length < 10_000) stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    running.delete(child);
  });

  for (;;) {
    if (hasExited) throw new Error(`server exited before answering:\n${stderr}`);
    if (performance.now() - started > readyTimeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer within ${readyTimeoutMs / 1000} s:\n${stderr}`);
    }
    try {
      const res = await fetch(`${origin}${readyPath}`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startMs = performance.now() - started;

  return {
    origin,
    pid: child.pid!,
    startMs,
    report: () => `${hasExited ? 'exited' : 'running'}; stderr:\n${stderr}`,
    async stop() {
      const t0 = performance.now();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      return { code, ms: performance.now() - t0 };
    },
  };
}

/** Resident set size of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
