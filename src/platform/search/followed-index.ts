// The search index of a table too large to read again on every change (national-scale listings,
// decision 024): built on first use, then kept current from platform_search_changes. Before each
// search it asks for the source's newest change (one index probe) and, when that moved, re-reads
// only the records changed since, so a search sees every write committed before it — in this
// process or another on the same database. One index per database handle.
import type { Db } from '../db/client';
import { ChangeWatch } from './change-watch';
import { latestSearchChange, settledChangesSince, settledLatestChange } from './changes';
import { RowCache, type VersionedRow } from './row-cache';
import { TextIndex, type SearchDocument } from './text-index';

export interface FollowedSource {
  /** The name its writes record their changes under (recordSearchChanges). */
  changes: string;
  /**
   * The records to index: all of them, or those among `ids` that belong in the index (an id left
   * out leaves it: a withdrawn listing).
   */
  documents(db: Db, ids?: readonly string[]): Promise<SearchDocument[]>;
}

/** Past this many changed records at once a full read is cheaper than reading them by id. */
const REREAD_AT_MOST = 2_000;

interface Followed {
  index: TextIndex;
  /** The newest change the index holds; -1 before the first build. */
  seq: number;
  /** The build or catch-up under way (true when it moved `seq`), shared by concurrent searches. */
  work?: Promise<boolean>;
  watch: ChangeWatch;
  rows: RowCache;
}

export class FollowedIndex {
  private followed = new WeakMap<Db, Followed>();

  constructor(private readonly source: FollowedSource) {}

  async of(db: Db): Promise<TextIndex> {
    const state = this.stateOf(db);
    const latest = await state.watch.latest(db);
    while (state.seq < latest) {
      state.work ??= this.advance(db, state).finally(() => (state.work = undefined));
      // Writers still committing held the catch-up back: their changes are not committed before
      // this search, which may use the index as it is.
      if (!(await state.work) && state.seq >= 0) break;
    }
    return state.index;
  }

  /**
   * The rows of these ids (found by a search of this index) in the same order: rows of the
   * version the index holds come from memory, the others from `fetch`. Documents must give their
   * row's version as `revision`.
   */
  rowsInOrder<R extends VersionedRow>(
    db: Db,
    ids: readonly string[],
    fetch: (db: Db, ids: readonly string[]) => Promise<R[]>,
  ): Promise<R[]> {
    const state = this.stateOf(db);
    return state.rows.inOrder(db, state.index, ids, fetch);
  }

  private stateOf(db: Db): Followed {
    let state = this.followed.get(db);
    if (!state) {
      const watch = new ChangeWatch((on) => latestSearchChange(on, this.source.changes));
      state = { index: new TextIndex(), seq: -1, watch, rows: new RowCache() };
      this.followed.set(db, state);
    }
    return state;
  }

  private async advance(db: Db, state: Followed): Promise<boolean> {
    if (state.seq < 0) return this.build(db, state);
    const changed = await settledChangesSince(db, this.source.changes, state.seq);
    if (!changed) return false;
    const { index } = state;
    if (changed.ids.length > REREAD_AT_MOST || index.dead > Math.max(REREAD_AT_MOST, index.size))
      return this.build(db, state);
    const docs = await this.source.documents(db, changed.ids);
    const indexed = new Set(docs.map((d) => d.id));
    for (const id of changed.ids) if (!indexed.has(id)) index.remove(id);
    for (const doc of docs) index.upsert(doc);
    state.seq = changed.seq;
    return true;
  }

  /** A full read; the index it replaces serves the searches meanwhile. */
  private async build(db: Db, state: Followed): Promise<boolean> {
    const seq = await settledLatestChange(db, this.source.changes);
    if (seq === undefined) return false;
    const index = new TextIndex();
    for (const doc of await this.source.documents(db)) index.upsert(doc);
    index.compact();
    state.index = index;
    state.seq = seq;
    return true;
  }
}
