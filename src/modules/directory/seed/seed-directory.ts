// Bulk load of generated directory data: multi-row INSERTs through Drizzle, a few thousand rows
// per transaction, each record announced on the change feed like any other creation.
import type { Database, Db } from '../../../platform/db/client';
import {
  directoryAffiliations,
  directoryChanges,
  directoryOrganizations,
  directoryPeople,
} from '../db/tables';
import { generateOrganizations, generatePeople, summarize, type GenerateOptions } from './generate';
import type { GeneratedOrganization } from './generate-organization';
import type { NewOrganizationRow } from '../db/organizations.repository';
import type { GeneratedPerson, OrganizationSummary } from './generate-person';
import {
  organizationRow,
  organizationSlugName,
  personRow,
  SlugAllocator,
  type NewPersonRow,
} from './rows';

/** created_by of generated records, and of the built-in demo set. */
export const SEED_LABEL = 'seed:generated';
export const DEMO_LABEL = 'seed:demo';

/** Rows per INSERT statement: ~40 parameters a row stays far below PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 500;
/** Rows per transaction: big enough to amortise the commit, small enough to keep memory flat. */
const ROWS_PER_TRANSACTION = 5_000;

export interface SeedProgress {
  phase: 'organizations' | 'people' | 'analyze';
  done: number;
  total: number;
}

export interface SeedResult {
  organizations: number;
  people: number;
  affiliations: number;
  ms: { organizations: number; people: number; analyze: number };
}

async function insertInChunks<T>(
  tx: Db,
  table: Parameters<Db['insert']>[0],
  rows: T[],
  perInsert = ROWS_PER_INSERT,
) {
  for (let i = 0; i < rows.length; i += perInsert) {
    await tx.insert(table).values(rows.slice(i, i + perInsert) as never);
  }
}

export interface PreparedBatch {
  organizations: NewOrganizationRow[];
  people: NewPersonRow[];
  affiliations: (typeof directoryAffiliations.$inferInsert)[];
  changes: (typeof directoryChanges.$inferInsert)[];
}

const emptyBatch = (): PreparedBatch => ({
  organizations: [],
  people: [],
  affiliations: [],
  changes: [],
});

/** Rows of generated organisations, with slugs unique against those already taken. */
export function prepareOrganizations(
  batch: GeneratedOrganization[],
  slugs: SlugAllocator,
  label: string,
  into = emptyBatch(),
): PreparedBatch {
  for (const o of batch) {
    into.organizations.push(organizationRow(o, slugs.allocate(organizationSlugName(o)), label));
    into.changes.push({ entityType: 'organization', entityId: o.id, op: 'upsert' });
  }
  return into;
}

export function preparePeople(
  batch: GeneratedPerson[],
  slugs: SlugAllocator,
  label: string,
  into = emptyBatch(),
): PreparedBatch {
  for (const p of batch) {
    into.people.push(personRow(p, slugs.allocate(p.fields.fullName), label));
    for (const a of p.affiliations) into.affiliations.push({ personId: p.id, ...a });
    into.changes.push({ entityType: 'person', entityId: p.id, op: 'upsert' });
  }
  return into;
}

/** Inserts prepared rows, parents first; the caller holds the transaction. */
export async function insertBatch(db: Db, batch: PreparedBatch) {
  await insertInChunks(db, directoryOrganizations, batch.organizations);
  await insertInChunks(db, directoryPeople, batch.people);
  await insertInChunks(db, directoryAffiliations, batch.affiliations, 2_000);
  await insertInChunks(db, directoryChanges, batch.changes, 5_000);
}

async function existingSlugs(db: Db) {
  const [orgs, people] = await Promise.all([
    db.select({ slug: directoryOrganizations.slug }).from(directoryOrganizations),
    db.select({ slug: directoryPeople.slug }).from(directoryPeople),
  ]);
  return {
    organizations: new SlugAllocator(orgs.map((r) => r.slug)),
    people: new SlugAllocator(people.map((r) => r.slug)),
  };
}

const TABLES = [
  'directory_organizations',
  'directory_people',
  'directory_affiliations',
  'directory_changes',
];

/** Planner statistics and a clean visibility map after a bulk load (PGlite has no autovacuum). */
export async function analyzeDirectory(database: Database) {
  for (const table of TABLES) await database.query(`vacuum analyze ${table}`);
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export interface SeedOptions extends GenerateOptions {
  onProgress?: (p: SeedProgress) => void;
}

/**
 * Generates and stores `options.organizations` organisations and `options.people` people next
 * to whatever the directory holds (callers decide whether that is allowed).
 */
export async function seedDirectory(database: Database, options: SeedOptions): Promise<SeedResult> {
  const db = database.db;
  const slugs = await existingSlugs(db);
  const progress = options.onProgress ?? (() => {});
  const summaries: OrganizationSummary[] = [];
  const ms = { organizations: 0, people: 0, analyze: 0 };
  let people = 0;
  let affiliations = 0;

  // Each batch commits on its own; the next one is generated while the database (a separate
  // process with PostgreSQL) stores the previous one.
  let pending = Promise.resolve();
  const store = (rows: PreparedBatch, p: SeedProgress) => {
    pending = pending
      .then(() => db.transaction((tx) => insertBatch(tx, rows)))
      .then(() => progress(p));
  };
  let started = performance.now();
  for (const batch of batches(generateOrganizations(options), ROWS_PER_TRANSACTION)) {
    for (const o of batch) summaries.push(summarize(o));
    const rows = prepareOrganizations(batch, slugs.organizations, SEED_LABEL);
    await pending;
    store(rows, {
      phase: 'organizations',
      done: summaries.length,
      total: options.organizations,
    });
  }
  await pending;
  ms.organizations = performance.now() - started;

  started = performance.now();
  for (const batch of batches(generatePeople(options, summaries), ROWS_PER_TRANSACTION)) {
    const rows = preparePeople(batch, slugs.people, SEED_LABEL);
    people += batch.length;
    affiliations += rows.affiliations.length;
    await pending;
    store(rows, { phase: 'people', done: people, total: options.people });
  }
  await pending;
  ms.people = performance.now() - started;

  started = performance.now();
  progress({ phase: 'analyze', done: 0, total: 1 });
  await analyzeDirectory(database);
  progress({ phase: 'analyze', done: 1, total: 1 });
  ms.analyze = performance.now() - started;
  return { organizations: summaries.length, people, affiliations, ms };
}

/** Organisations and people in the directory, and how many of them are the built-in demo set. */
export async function countDirectoryRecords(
  database: Database,
): Promise<{ total: number; demo: number }> {
  const [row] = await database.query<{ total: number; demo: number }>(
    `select (select count(*) from directory_organizations)::int
          + (select count(*) from directory_people)::int as total,
            (select count(*) from directory_organizations where created_by = $1)::int
          + (select count(*) from directory_people where created_by = $1)::int as demo`,
    [DEMO_LABEL],
  );
  return { total: row?.total ?? 0, demo: row?.demo ?? 0 };
}

/** Empties the directory (records, links, claims and the change feed) for a fresh load. */
export async function clearDirectory(database: Database) {
  await database.query(
    'truncate table directory_affiliations, directory_claims, directory_people, directory_organizations, directory_changes restart identity',
  );
}
