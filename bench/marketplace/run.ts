// Issue 14 item 12, on generated national-scale data (50,000 offers, 10,000 needs): the quality
// of the suggestions for 100 labelled needs (families.ts) against plain full-text search as the
// baseline — precision@5 and recall@20 — the time to suggest offers for one need, and the public
// offer search through the real server at 20 connections against /healthz.
import { randomUUID } from 'node:crypto';
import { openDeps } from '../../src/boot';
import { directoryOrganizations } from '../../src/modules/directory/db/tables';
import { marketplaceNeeds, marketplaceOffers } from '../../src/modules/marketplace/db/tables';
import { suggestOffersForNeed } from '../../src/modules/marketplace/services/matching';
import type { Actor } from '../../src/platform/authz';
import type { Database, Db } from '../../src/platform/db/client';
import { loadConfig } from '../../src/platform/config/config';
import { loadTest, medianOf, type LoadResult } from '../load';
import { surgeEnvironment } from '../programs/surge';
import { startServer } from '../server';
import type { Row } from '../table';
import {
  backgroundNeed,
  backgroundOffer,
  familyOffer,
  seeded,
  type GeneratedOffer,
} from './background';
import { FAMILIES } from './families';

type Engine = 'pglite' | 'postgres';
const OFFERS = Number(process.env.MARKETPLACE_OFFERS ?? 50_000);
const NEEDS = Number(process.env.MARKETPLACE_NEEDS ?? 10_000);
const PER_FAMILY = 8;
const ORGANIZATIONS = 400;
const BATCH = 1_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STAFF: Actor = {
  kind: 'user',
  user: {
    id: 'bench-broker',
    name: 'Broker',
    email: 'broker@bench.example',
    locale: 'vi',
    twoFactorEnabled: false,
  },
  roles: new Set(['member', 'staff']),
};

async function insertOrganizations(db: Db) {
  const kinds = ['university', 'research_institute', 'enterprise', 'startup', 'sme'];
  const rows = Array.from({ length: ORGANIZATIONS }, (_, i) => ({
    id: randomUUID(),
    slug: `bench-market-${i}`,
    kind: kinds[i % kinds.length]!,
    legalName: `Đơn vị công nghệ số ${i}`,
    provinceCode: '79',
    nameSearch: `don vi cong nghe so ${i}`,
    sortKey: `don vi cong nghe so ${String(i).padStart(4, '0')}`,
  }));
  await db.insert(directoryOrganizations).values(rows);
  return rows;
}

function offerRow(o: GeneratedOffer, owner: { id: string; kind: string }, now: Date) {
  return {
    ownerOrgId: owner.id,
    ownerKind: owner.kind,
    ownerProvince: o.province,
    status: 'published',
    title: o.title,
    summary: o.summary,
    problem: o.problem,
    advantages: o.advantages,
    applications: o.applications,
    sectors: o.sectors,
    trl: o.trl,
    ipKind: o.ipKind,
    transferForms: o.transferForms,
    isNegotiable: true,
    publishedAt: now,
    expiresAt: new Date(now.getTime() + 365 * 86_400_000),
  };
}

/** The listings; returns each labelled need's id with the ids of its family's offers. */
async function generate(db: Db, now: Date) {
  const random = seeded(14);
  const owners = await insertOrganizations(db);
  const labelledOffers = FAMILIES.map(() => [] as string[]);
  const offers = [];
  for (let f = 0; f < FAMILIES.length; f++)
    for (let k = 0; k < PER_FAMILY; k++)
      offers.push({
        family: f,
        row: offerRow(familyOffer(random, FAMILIES[f]!), random.pick(owners), now),
      });
  while (offers.length < OFFERS)
    offers.push({ family: -1, row: offerRow(backgroundOffer(random), random.pick(owners), now) });
  offers.sort(() => random.next() - 0.5);
  for (let i = 0; i < offers.length; i += BATCH) {
    const batch = offers.slice(i, i + BATCH);
    const ids = await db
      .insert(marketplaceOffers)
      .values(batch.map((o) => o.row))
      .returning({ id: marketplaceOffers.id });
    ids.forEach(({ id }, j) => {
      const family = batch[j]!.family;
      if (family >= 0) labelledOffers[family]!.push(id);
    });
  }
  const needRow = (n: { title: string; problem: string; sectors: string[]; province: string }) => {
    const owner = random.pick(owners);
    return {
      ownerOrgId: owner.id,
      ownerKind: owner.kind,
      ownerProvince: n.province,
      status: 'open',
      title: n.title,
      teaser: n.title,
      problem: n.problem,
      timeline: '6 tháng',
      sectors: n.sectors,
    };
  };
  const labelled = FAMILIES.flatMap((family, f) =>
    family.needs.map(([title, problem]) => ({
      family: f,
      row: needRow({ title, problem, sectors: [family.sector], province: '79' }),
    })),
  );
  const needIds = await db
    .insert(marketplaceNeeds)
    .values(labelled.map((n) => n.row))
    .returning({ id: marketplaceNeeds.id });
  for (let i = labelled.length; i < NEEDS; i += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, NEEDS - i) }, () =>
      needRow(backgroundNeed(random)),
    );
    await db.insert(marketplaceNeeds).values(rows);
  }
  return needIds.map(({ id }, i) => ({
    needId: id,
    relevant: new Set(labelledOffers[labelled[i]!.family]!),
  }));
}

/** The baseline: the need's words OR-ed in PostgreSQL's full-text search, ranked by ts_rank. */
async function fullTextSearch(database: Database, needId: string): Promise<string[]> {
  const rows = await database.query<{ id: string }>(
    `with need as (
       select to_tsquery('simple', string_agg(distinct w, ' | ')) as q
         from marketplace_needs n,
              regexp_split_to_table(lower(n.title || ' ' || n.problem), '[^[:alnum:]]+') as w
        where n.id = $1 and length(w) > 1)
     select o.id from bench_offer_text o, need
      where o.doc @@ need.q
      order by ts_rank(o.doc, need.q) desc, o.id limit 20`,
    [needId],
  );
  return rows.map((r) => r.id);
}

function quality(found: string[], relevant: Set<string>) {
  const hits = (n: number) => found.slice(0, n).filter((id) => relevant.has(id)).length;
  return { precision5: hits(5) / 5, recall20: hits(20) / relevant.size };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function measureMatching(
  env: Record<string, string>,
  add: (m: string, v: number, u: string, t?: Row['target']) => void,
) {
  const deps = await openDeps(loadConfig(env));
  try {
    const db = deps.database.db;
    console.error(`generating ${OFFERS} offers and ${NEEDS} needs…`);
    const labelled = await generate(db, deps.clock());
    await deps.database.query(`create table bench_offer_text as
      select id, to_tsvector('simple', lower(title || ' ' || summary || ' ' || problem || ' ' ||
             advantages || ' ' || applications)) as doc
        from marketplace_offers`);
    await deps.database.query(`create index on bench_offer_text using gin (doc)`);
    // The first call builds the offers' index, as the server's warm-up does.
    await suggestOffersForNeed(deps, STAFF, labelled[0]!.needId, 20);
    const ours = { p: [] as number[], r: [] as number[], ms: [] as number[] };
    const base = { p: [] as number[], r: [] as number[] };
    for (const { needId, relevant } of labelled) {
      const t0 = performance.now();
      const suggested = await suggestOffersForNeed(deps, STAFF, needId, 20);
      ours.ms.push(performance.now() - t0);
      const q = quality(
        suggested.suggestions.map((s) => s.listing.id),
        relevant,
      );
      ours.p.push(q.precision5);
      ours.r.push(q.recall20);
      const b = quality(await fullTextSearch(deps.database, needId), relevant);
      base.p.push(b.precision5);
      base.r.push(b.recall20);
    }
    const pct = (values: number[]) => 100 * mean(values);
    // Matching must beat the baseline on both: the baseline's figure is its target.
    add(`matching precision@5 (${labelled.length} labelled needs)`, pct(ours.p), '%', {
      op: '>=',
      value: pct(base.p),
    });
    add('full-text baseline precision@5', pct(base.p), '%');
    add('matching recall@20', pct(ours.r), '%', { op: '>=', value: pct(base.r) });
    add('full-text baseline recall@20', pct(base.r), '%');
    add('suggestions for one need p95', percentile(ours.ms, 95), 'ms', { op: '<=', value: 200 });
  } finally {
    await deps.database.close();
  }
}

const SEARCHES = [
  'nước thải',
  'sấy',
  'cam bien',
  'tiet kiem dien',
  'truy xuất nguồn gốc',
  'chấm điểm tín dụng',
  'vi mạch',
  'du lịch',
];

export async function benchMarketplace(engine: Engine, rows: Row[], adminUrl?: string) {
  const add = (metric: string, value: number, unit: string, target?: Row['target']) =>
    rows.push({ engine, metric: `marketplace: ${metric}`, value, unit, target });
  const { env, drop } = await surgeEnvironment(engine, adminUrl);
  try {
    await measureMatching(env, add);
    const server = await startServer(env, { readyTimeoutMs: 900_000 });
    try {
      const paths = SEARCHES.map((q) => `/marketplace?q=${encodeURIComponent(q)}`);
      const measure = (p: readonly string[], seconds = SECONDS) =>
        loadTest({ origin: server.origin, paths: p, connections: 20, seconds });
      // The first search builds the offers' index; the rounds measure searches, not that.
      const first = await fetch(server.origin + paths[0], { signal: AbortSignal.timeout(900_000) });
      if (first.status !== 200) throw new Error(`${paths[0]} answered ${first.status}`);
      await first.arrayBuffer();
      await measure(paths, 3);
      const search: LoadResult[] = [];
      const health: LoadResult[] = [];
      for (let round = 0; round < 2; round++) {
        search.push(await measure(paths));
        health.push(await measure(['/healthz']));
      }
      const s = medianOf(search);
      const h = medianOf(health);
      const target = engine === 'postgres' ? 100 : 250;
      add('offer search, 20 connections: p95', s.p95, 'ms', { op: '<=', value: target });
      add('offer search: requests/s', s.rps, 'req/s');
      add('/healthz beside it: requests/s', h.rps, 'req/s');
      add('offer search failed responses', s.failed, '', { op: '<=', value: 0 });
    } finally {
      await server.stop();
    }
  } finally {
    await drop();
  }
}
