// The search index of a small table (hundreds to a few thousand rows: legal documents, events,
// listings): built in memory on first use and again whenever the table's stamp (its row count
// and latest change) moves, so a search always sees every committed write — in this process or
// another on the same database — at the cost of one tiny query. One index per database handle.
import type { Db } from '../db/client';
import { TextIndex, type SearchDocument } from './text-index';

export interface TableIndexSource {
  /** Changes whenever a row is added, changed or removed (e.g. its count and the sum of versions). */
  stamp(db: Db): Promise<string>;
  documents(db: Db): Promise<SearchDocument[]>;
}

export class TableIndex {
  private built = new WeakMap<Db, { stamp: string; index: TextIndex }>();
  private building = new WeakMap<Db, Promise<TextIndex>>();

  constructor(private readonly source: TableIndexSource) {}

  async of(db: Db): Promise<TextIndex> {
    const stamp = await this.source.stamp(db);
    const current = this.built.get(db);
    if (current?.stamp === stamp) return current.index;
    // Concurrent searches after a change share one rebuild.
    const pending = this.building.get(db);
    if (pending) return pending;
    const rebuild = (async () => {
      const index = new TextIndex();
      for (const doc of await this.source.documents(db)) index.upsert(doc);
      index.compact();
      this.built.set(db, { stamp, index });
      return index;
    })().finally(() => this.building.delete(db));
    this.building.set(db, rebuild);
    return rebuild;
  }
}
