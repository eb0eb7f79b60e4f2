// Suspicious bursts in a public vote: more than `maxNewPerMinute` ballots for one entry within
// any one minute from accounts created less than a day before they voted. Staff read the flags
// beside the tally and decide; nothing is removed automatically.

export interface TBallotFact {
  entryId: string;
  isNewAccount: boolean;
  createdAt: Date;
}

export interface TBurst {
  entryId: string;
  /** The first and last ballot of the busiest window, and how many new accounts voted in it. */
  from: Date;
  to: Date;
  count: number;
}

export const BURST_WINDOW_MS = 60_000;
export const BURST_MAX_NEW_PER_MINUTE = 5;

/** The busiest window per entry that passes the threshold; ballots in any order. */
export function findBursts(
  ballots: readonly TBallotFact[],
  maxNewPerMinute = BURST_MAX_NEW_PER_MINUTE,
): TBurst[] {
  const byEntry = new Map<string, number[]>();
  for (const b of ballots) {
    if (!b.isNewAccount) continue;
    const list = byEntry.get(b.entryId) ?? [];
    list.push(b.createdAt.getTime());
    byEntry.set(b.entryId, list);
  }
  const bursts: TBurst[] = [];
  for (const [entryId, times] of byEntry) {
    times.sort((x, y) => x - y);
    let best: TBurst | undefined;
    let start = 0;
    for (let end = 0; end < times.length; end++) {
      while (times[end]! - times[start]! >= BURST_WINDOW_MS) start++;
      const n = end - start + 1;
      if (n > maxNewPerMinute && (!best || n > best.count))
        best = { entryId, from: new Date(times[start]!), to: new Date(times[end]!), count: n };
    }
    if (best) bursts.push(best);
  }
  return bursts.sort((x, y) => y.count - x.count || x.entryId.localeCompare(y.entryId));
}
