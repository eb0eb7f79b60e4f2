// The deadline surge's reference (issue 11, item 12): a bare Node HTTP server that does the least
// a submission needs — read the multipart post, hash and store the file as the platform does
// (the same disk store: by SHA-256, written to a temporary name, synced and renamed) and insert
// one row — with none of the platform around it (no router, session, form, rules or page).
// DATA_DIR or DATABASE_URL and PORT from the environment, like the real server.
import { createServer } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { openDatabase } from '../../src/platform/db/client';
import { createDiskFileStore } from '../../src/platform/files/store';

const dataDir = process.env.DATA_DIR ?? '.';
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATABASE_URL ? undefined : dataDir,
});
const files = createDiskFileStore(path.join(dataDir, 'reference-files'));
await database.query(`create table if not exists bench_surge_reference (
  key text primary key, content_hash text not null, name text not null,
  received_at timestamptz not null default now())`);

async function submit(req: import('node:http').IncomingMessage): Promise<number> {
  const request = new Request('http://reference/submit', {
    method: 'POST',
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const form = await request.formData();
  const file = form.get('f.deck');
  const key = form.get('key');
  if (!(file instanceof File) || typeof key !== 'string') return 422;
  const { hash } = await files.putPrivate(new Uint8Array(await file.arrayBuffer()));
  // The same key twice (a resent submit) stores one row, as the real submission does.
  await database.query(
    `insert into bench_surge_reference (key, content_hash, name) values ($1, $2, $3)
     on conflict (key) do nothing`,
    [key, hash, String(form.get('a.name') ?? '')],
  );
  return 303;
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ready') return void res.end('ok');
  if (req.method === 'GET' && req.url === '/count') {
    void database
      .query<{ n: number }>('select count(*)::int as n from bench_surge_reference')
      .then((rows) => res.end(String(rows[0]?.n ?? 0)));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/submit') return void res.writeHead(404).end();
  submit(req).then(
    (status) => res.writeHead(status, { location: '/done' }).end(),
    () => res.writeHead(500).end(),
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
const stop = () => server.close(() => void database.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
