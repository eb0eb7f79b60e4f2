// Issue 11 item 11: the server's idle memory on the demo data (PGlite), as the README starts it —
// a fresh DATA_DIR (the first start creates the database and loads the demo data), then a restart
// on the same data — after the pages a first visitor opens.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rssMiB, startServer } from './server';
import type { Row } from './table';

const VISITED = ['/', '/healthz', '/readyz', '/directory', '/directory?q=nong+nghiep', '/programs'];
const IDLE_TARGET_MIB = 250;
const SETTLE_MS = 2_000;

async function idleRss(env: Record<string, string>) {
  const server = await startServer(env, { readyTimeoutMs: 300_000 });
  try {
    for (let round = 0; round < 5; round++) {
      for (const p of VISITED) await (await fetch(server.origin + p)).arrayBuffer();
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    return { rss: rssMiB(server.pid), startMs: server.startMs };
  } finally {
    await server.stop();
  }
}

export async function benchDemoMemory(rows: Row[]) {
  const add = (metric: string, value: number, unit: string, target?: Row['target']) =>
    rows.push({ engine: 'pglite', metric, value, unit, target });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-demo-'));
  const env = {
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    AUTH_SECRET: randomBytes(24).toString('hex'),
  };
  const limit = { op: '<=', value: IDLE_TARGET_MIB } as const;
  try {
    console.error('[pglite] demo data: first start…');
    const first = await idleRss(env);
    add('demo data: first start (fresh DATA_DIR → first 200 on /)', first.startMs / 1000, 's');
    add('demo data: idle RSS after the first start', first.rss, 'MiB', limit);
    console.error('[pglite] demo data: restart…');
    const again = await idleRss(env);
    add('demo data: idle RSS after a restart', again.rss, 'MiB', limit);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
