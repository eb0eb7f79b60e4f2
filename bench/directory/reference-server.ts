// The two references of the directory benchmark, in a bare Hono server on the same data (DATA_DIR
// or DATABASE_URL, PORT from the environment):
//   GET /ours?q=…   our search (the in-memory index, then the page's rows by primary key) with
//                   none of the platform around it: no router, policies, actor, validation, views
//   GET /naive?q=…  every match ranked with ts_rank on the normalised text, sorted, limited
// Both answer the 20 rows as JSON, as the API does.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { findOrganizationsByIds } from '../../src/modules/directory/db/organizations.repository';
import { searchOrganizationIds } from '../../src/modules/directory/services/directory-search';
import { listedRowsInOrder } from '../../src/modules/directory/services/search-index';
import { searchTerms } from '../../src/modules/directory/services/search-fields';
import { openDatabase } from '../../src/platform/db/client';

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATABASE_URL ? undefined : process.env.DATA_DIR,
  sharedBuffers: process.env.PGLITE_SHARED_BUFFERS,
});
const db = database.db;
const json = (rows: unknown) =>
  new Response(
    JSON.stringify({ data: rows }, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
    { headers: { 'content-type': 'application/json' } },
  );

const app = new Hono();
app.get('/ready', (c) => c.text('ok'));

app.get('/ours', async (c) => {
  const criteria = c.req.query();
  const { ids } = await searchOrganizationIds(db, criteria, new Date(), {
    sort: 'relevance',
    limit: 20,
  });
  return json(await listedRowsInOrder(db, 'organization', ids, findOrganizationsByIds));
});

app.get('/naive', async (c) => {
  const { q, kind, province, sector } = c.req.query();
  const tsquery = searchTerms(q)?.tsquery ?? '';
  const params: unknown[] = [tsquery];
  const where = [
    'archived_at is null',
    'merged_into is null',
    "search_vector @@ to_tsquery('simple', $1)",
  ];
  if (kind) where.push(`kind = $${params.push(kind)}`);
  if (province) where.push(`province_code = $${params.push(province)}`);
  if (sector) where.push(`sectors @> array[$${params.push(sector)}]::text[]`);
  const rows = await database.query(
    `select * from directory_organizations where ${where.join(' and ')}
     order by ts_rank(search_vector, to_tsquery('simple', $1)) desc limit 20`,
    params,
  );
  return json(rows);
});

// Build the index before the first measured request, as the real server's warm-up does.
await searchOrganizationIds(db, {}, new Date(), { sort: 'name', limit: 1 });
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
const stop = () => server.close(() => void database.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
