// Rows of recently listed records kept beside a search index that holds their versions.
import type { Db } from '../db/client';
import type { TextIndex } from './text-index';

/** Rows kept per index: the pages most asked for, a few MB at the widest rows. */
const CACHED_ROWS = 2_000;

export type VersionedRow = { id: string; version: number };

/**
 * Rows of recently listed records, least recently used dropped first. A row is served only while
 * its version is the one the index holds, and the index takes in every change committed before
 * a search begins: a write committed earlier gives the record a newer version, so its row is
 * read from the table again. A cached row is never older than a read at that moment would be.
 */
export class RowCache {
  private rows = new Map<string, VersionedRow>();

  get(id: string, version: number | undefined): VersionedRow | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    this.rows.delete(id);
    if (row.version !== version) return undefined;
    this.rows.set(id, row);
    return row;
  }

  put(row: VersionedRow) {
    this.rows.delete(row.id);
    this.rows.set(row.id, row);
    if (this.rows.size > CACHED_ROWS) this.rows.delete(this.rows.keys().next().value!);
  }

  /**
   * The rows of these ids in the same order: those whose version `index` holds from the cache,
   * the others read by `fetch` (an id without a row is left out). Callers copy a row before
   * changing it.
   */
  async inOrder<R extends VersionedRow>(
    db: Db,
    index: TextIndex,
    ids: readonly string[],
    fetch: (db: Db, ids: readonly string[]) => Promise<R[]>,
  ): Promise<R[]> {
    const found = new Map<string, R>();
    const missing: string[] = [];
    for (const id of ids) {
      const row = this.get(id, index.revisionOf(id)) as R | undefined;
      if (row) found.set(id, row);
      else missing.push(id);
    }
    for (const row of missing.length ? await fetch(db, missing) : []) {
      found.set(row.id, row);
      // a row read ahead of the index (a write since its catch-up) waits for the next catch-up
      if (index.revisionOf(row.id) === row.version) this.put(row);
    }
    return ids.map((id) => found.get(id)).filter((r): r is R => r !== undefined);
  }
}
