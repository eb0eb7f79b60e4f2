// The directory's in-memory search index (decision 008), one per database handle: built from the
// tables on first use, then kept current from the change table before every search, so a search
// sees every write committed before it — in this process or in another one on the same database.
import type { Db } from '../../../platform/db/client';
import { TextIndex, type SearchDocument } from '../../../platform/search';
import { ChangeWatch } from '../../../platform/search/change-watch';
import { RowCache, type VersionedRow } from '../../../platform/search/row-cache';
import { searchKey } from '../../../platform/text/vietnamese';
import { latestChange, latestChangesSince, withSettledChanges } from '../db/changes.repository';
import {
  organizationSources,
  organizationSourcesByIds,
  personSources,
  personSourcesByIds,
  tablePages,
  type OrganizationSource,
  type PageRange,
  type PersonSource,
} from '../db/search-sources.repository';
import { sortName } from './search-fields';

const BATCH = 5_000;
/**
 * Table pages read at a time while building (~800 organisations): small batches die young, so the
 * build leaves less garbage in the old generation, whose room the process keeps afterwards.
 */
const PAGES_PER_BATCH = 100;
const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date, for range conditions. */
export const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY);

function organizationDocument(r: OrganizationSource): SearchDocument {
  return {
    id: r.id,
    names: r.nameSearch,
    title: searchKey(sortName(r)),
    body: r.bodySearch,
    sortKey: r.sortKey,
    createdAt: r.createdAt.getTime(),
    updatedAt: r.updatedAt.getTime(),
    revision: r.version,
    facets: {
      kind: [r.kind],
      provinceCode: r.provinceCode ? [r.provinceCode] : [],
      sector: r.sectors,
      stage: r.stage ? [r.stage] : [],
      certification: r.certifications,
      verified: r.verifiedAt ? ['yes'] : [],
    },
    numbers: { registeredOn: r.firstRegisteredOn ? dayNumber(r.firstRegisteredOn) : null },
  };
}

function personDocument(r: PersonSource): SearchDocument {
  return {
    id: r.id,
    names: r.nameSearch,
    title: r.nameSearch,
    body: r.bodySearch,
    sortKey: r.sortKey,
    createdAt: r.createdAt.getTime(),
    updatedAt: r.updatedAt.getTime(),
    revision: r.version,
    facets: {
      role: r.roles,
      provinceCode: r.provinceCode ? [r.provinceCode] : [],
      provinceLevel: [r.visibility.provinceCode ?? 'public'],
      expertise: r.expertise,
    },
  };
}

/** Where the documents of each index come from: all (in id batches) or some (by id). */
interface Source {
  table: 'organizations' | 'people';
  all(db: Db, range: PageRange): Promise<SearchDocument[]>;
  byIds(db: Db, ids: readonly string[]): Promise<SearchDocument[]>;
}

const SOURCES = {
  organization: {
    table: 'organizations',
    all: async (db, range) => (await organizationSources(db, range)).map(organizationDocument),
    byIds: async (db, ids) => (await organizationSourcesByIds(db, ids)).map(organizationDocument),
  },
  person: {
    table: 'people',
    all: async (db, range) => (await personSources(db, range)).map(personDocument),
    byIds: async (db, ids) => (await personSourcesByIds(db, ids)).map(personDocument),
  },
} satisfies Record<string, Source>;
export type IndexedKind = keyof typeof SOURCES;
const KINDS = Object.keys(SOURCES) as IndexedKind[];

async function fill(db: Db, index: TextIndex, source: Source) {
  // Rows committed before the build began lie within the pages counted now; a row moved or
  // added later has a change after it, which the next catch-up applies.
  const pages = await tablePages(db, source.table);
  for (let from = 0; from < pages; from += PAGES_PER_BATCH) {
    for (const doc of await source.all(db, { from, to: from + PAGES_PER_BATCH })) index.upsert(doc);
  }
  index.compact();
}

/** Re-reads changed records: listed ones are indexed again, the others leave the index. */
async function refill(db: Db, index: TextIndex, source: Source, ids: string[]) {
  const docs = await source.byIds(db, ids);
  const listed = new Set(docs.map((d) => d.id));
  for (const id of ids) if (!listed.has(id)) index.remove(id);
  for (const doc of docs) index.upsert(doc);
}

/**
 * The index of one kind of record and the change-table position it reflects. Each kind is built
 * on its first search, so a process that only ever serves organisations holds no people.
 */
class KindIndex {
  index = new TextIndex();
  rows = new RowCache();
  /** -1 before the first build. */
  private seq = -1;
  private work: Promise<void> | undefined;

  constructor(private readonly kind: IndexedKind) {}

  /** Brings the index up to `target`, the latest committed change. */
  async current(db: Db, target: number): Promise<void> {
    while (this.seq < target) {
      // one build or catch-up at a time; whoever waited checks again afterwards
      this.work ??= this.advance(db, target).finally(() => (this.work = undefined));
      await this.work;
    }
  }

  /** The next search rebuilds the index (records went away without a change: a reload). */
  invalidate() {
    this.seq = -1;
  }

  private async advance(db: Db, target: number) {
    const source = SOURCES[this.kind];
    if (this.seq < 0 || this.index.dead > Math.max(10_000, this.index.size)) {
      const fresh = new TextIndex();
      await fill(db, fresh, source);
      this.index = fresh;
      this.seq = target;
      return;
    }
    const changes = await withSettledChanges(db, (tx) =>
      latestChangesSince(tx, { since: this.seq, limit: BATCH, entityTypes: [this.kind] }),
    );
    if (changes.length)
      await refill(
        db,
        this.index,
        source,
        changes.map((c) => c.entityId),
      );
    this.seq = changes.length ? changes[changes.length - 1]!.seq : target;
  }
}

const latestSeq = async (db: Db) => (await latestChange(db))?.seq ?? 0;

interface DatabaseIndexes {
  watch: ChangeWatch;
  kinds: Map<IndexedKind, KindIndex>;
}

const byDatabase = new WeakMap<Db, DatabaseIndexes>();

function indexesOf(db: Db): DatabaseIndexes {
  let indexes = byDatabase.get(db);
  if (!indexes)
    byDatabase.set(db, (indexes = { watch: new ChangeWatch(latestSeq), kinds: new Map() }));
  return indexes;
}

function kindIndex(db: Db, kind: IndexedKind): KindIndex {
  const { kinds } = indexesOf(db);
  let index = kinds.get(kind);
  if (!index) kinds.set(kind, (index = new KindIndex(kind)));
  return index;
}

/** Below this many recorded changes the first search builds the index in a few milliseconds. */
const WARM_FROM_CHANGES = 5_000;

/**
 * Builds the organisation index ahead of the first search when the directory is large (seconds
 * at national scale). A small one is left to its first search: building early would only cost an
 * idle server memory (the embedded engine keeps what its first queries allocate).
 */
export async function warmOrganizationIndex(db: Db): Promise<void> {
  const seq = (await latestChange(db))?.seq ?? 0;
  if (seq >= WARM_FROM_CHANGES) await currentIndex(db, 'organization');
}

/** The index of this kind of record, current with every change committed so far. */
export async function currentIndex(db: Db, kind: IndexedKind): Promise<TextIndex> {
  const index = kindIndex(db, kind);
  await index.current(db, await indexesOf(db).watch.latest(db));
  return index.index;
}

/**
 * The rows of these ids in the same order. An id without a listed row means records left without
 * a change (the directory was emptied and reloaded): the index is rebuilt on the next search.
 */
export async function rowsInOrder<R extends { id: string }>(
  db: Db,
  ids: readonly string[],
  fetch: (db: Db, ids: readonly string[]) => Promise<R[]>,
): Promise<R[]> {
  const rows = await fetch(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
  if (ordered.length < ids.length) for (const kind of KINDS) kindIndex(db, kind).invalidate();
  return ordered;
}

/**
 * Like rowsInOrder, for the pages of a list: rows whose version the index holds come from the
 * kind's row cache, the others from the table. Callers copy a row before changing it.
 */
export async function listedRowsInOrder<R extends VersionedRow>(
  db: Db,
  kind: IndexedKind,
  ids: readonly string[],
  fetch: (db: Db, ids: readonly string[]) => Promise<R[]>,
): Promise<R[]> {
  const indexed = kindIndex(db, kind);
  return indexed.rows.inOrder(db, indexed.index, ids, (db, missing) =>
    rowsInOrder(db, missing, fetch),
  );
}
