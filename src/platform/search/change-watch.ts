// How an index kept current from a change table asks for the newest change under load.
import type { Db } from '../db/client';

/**
 * The latest committed change, asked once for every search that arrives while no check is under
 * way: searches arriving during a check share the next one (it starts after they arrived, so it
 * sees every write committed before them). Under load that is one small query per round trip,
 * not one per search. One watch per database handle.
 */
export class ChangeWatch {
  private inFlight: Promise<number> | undefined;
  private queued: Promise<number> | undefined;

  constructor(private readonly check: (db: Db) => Promise<number>) {}

  latest(db: Db): Promise<number> {
    if (!this.inFlight) return this.start(db);
    this.queued ??= this.inFlight
      .catch(() => 0)
      .then(() => {
        this.queued = undefined;
        return this.start(db);
      });
    return this.queued;
  }

  private start(db: Db): Promise<number> {
    const check = this.check(db);
    this.inFlight = check;
    const done = () => {
      if (this.inFlight === check) this.inFlight = undefined;
    };
    check.then(done, done);
    return check;
  }
}
