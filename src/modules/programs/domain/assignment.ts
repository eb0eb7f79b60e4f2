/**
 * Automatic assignment of reviewers to the applications of a round.
 *
 * - Each application gets `reviewersPerApplication` distinct reviewers, counting the manual
 *   assignments it already has; manual assignments are kept as they are and never moved.
 * - A reviewer is never assigned automatically to an application whose organisation they are
 *   linked to or declared a conflict with, nor to an application they declared a conflict with.
 *   A manual assignment that breaks this is kept (staff decided it) but listed in
 *   `conflictingManualAssignments` so the page can warn.
 * - Loads (manual + automatic, per reviewer of the pool) are as equal as the conflicts allow:
 *   no automatic assignment can move, directly or along a chain of moves, from a reviewer to one
 *   with at least 2 fewer. Without conflicts that is max − min ≤ 1 (or manual loads already
 *   above the rest).
 * - An application has fewer reviewers only when fewer eligible reviewers exist for it; it is
 *   listed in `shortfalls` with the counts that explain why. No reviewer has a capacity limit.
 * - The same input and seed give the same result whatever the order of the input lists; ties
 *   are broken by a hash of the seed and the ids, so a new seed spreads the work differently.
 */

export type TAssignmentReviewer = {
  id: string;
  /** Organisations the reviewer works for, founded or advises (from the directory). */
  linkedOrganizationIds?: readonly string[];
  /** Organisations and applications the reviewer declared a conflict of interest with. */
  conflictOrganizationIds?: readonly string[];
  conflictApplicationIds?: readonly string[];
};
export type TAssignmentApplication = { id: string; organizationId: string | null };
export type TAssignmentPair = { applicationId: string; reviewerId: string };

export type TAssignmentInput = {
  applications: readonly TAssignmentApplication[];
  reviewers: readonly TAssignmentReviewer[];
  manual: readonly TAssignmentPair[];
  reviewersPerApplication: number;
  seed: string;
};
export type TAssignmentShortfall = {
  applicationId: string;
  assigned: number;
  needed: number;
  /** `pool_too_small`: the pool has fewer than N reviewers; `conflicts`: links and declared conflicts leave too few. */
  reason: 'pool_too_small' | 'conflicts';
  poolSize: number;
  /** Pool reviewers excluded by a link to the applicant's organisation. */
  linkedCount: number;
  /** Pool reviewers excluded by a declared conflict (and not by a link). */
  declaredConflictCount: number;
};
export type TAssignmentResult = {
  /** Every assignment of the round: the manual ones and the new ones. */
  assignments: (TAssignmentPair & { isManual: boolean })[];
  shortfalls: TAssignmentShortfall[];
  conflictingManualAssignments: (TAssignmentPair & { reason: 'linked' | 'declared_conflict' })[];
  loads: { reviewerId: string; load: number }[];
};

type Reviewer = {
  id: string;
  index: number;
  load: number;
  /** Applications (by index) this reviewer holds automatically. */
  auto: Set<number>;
};
type Application = {
  id: string;
  index: number;
  /** Input position, for listing results in the order given. */
  position: number;
  organizationId: string | null;
  /** Pool reviewers on it (manual or automatic). */
  reviewers: Set<number>;
  /** Manual reviewers from outside the pool. */
  outsiders: number;
  /** Pool reviewers who may be added to it automatically. */
  eligible: number[];
};
type Exclusion = (reviewer: number, app: Application) => 'linked' | 'declared_conflict' | undefined;

export function assignReviewers(input: TAssignmentInput): TAssignmentResult {
  const N = input.reviewersPerApplication;
  if (!Number.isInteger(N) || N < 1) {
    throw new RangeError('reviewersPerApplication must be a positive integer');
  }
  const { reviewers, apps, excludedBy } = prepare(input);
  const manual = applyManual(input.manual, reviewers, apps, excludedBy);
  for (const app of apps) {
    for (let r = 0; r < reviewers.length; r++) {
      if (!app.reviewers.has(r) && excludedBy(r, app) === undefined) app.eligible.push(r);
    }
  }
  fill(N, reviewers, apps);
  balance(reviewers, apps);

  const automatic = reviewers.flatMap((r) =>
    [...r.auto].map((a) => ({ app: apps[a]!, reviewerId: r.id, order: r.index })),
  );
  automatic.sort((a, b) => a.app.position - b.app.position || a.order - b.order);
  const reviewerOrder = new Map(input.reviewers.map((r, i) => [r.id, i]));
  return {
    assignments: [
      ...manual.assignments,
      ...automatic.map(({ app, reviewerId }) => ({
        applicationId: app.id,
        reviewerId,
        isManual: false,
      })),
    ],
    shortfalls: apps
      .filter((app) => app.reviewers.size + app.outsiders < N)
      .sort((a, b) => a.position - b.position)
      .map((app) => shortfall(app, N, reviewers.length, excludedBy)),
    conflictingManualAssignments: manual.conflicting,
    loads: reviewers
      .map((r) => ({ reviewerId: r.id, load: r.load }))
      .sort((a, b) => reviewerOrder.get(a.reviewerId)! - reviewerOrder.get(b.reviewerId)!),
  };
}

/** Reviewers and applications in an order set by the seed alone, and the exclusion rule. */
function prepare(input: TAssignmentInput) {
  const tieBreak = (id: string) => hash32(`${input.seed}\u0000${id}`);
  const ordered = <T extends { id: string }>(list: readonly T[]) =>
    [...new Map(list.map((x, position) => [x.id, { x, position }])).values()]
      .map((entry) => ({ ...entry, key: tieBreak(entry.x.id) }))
      .sort((a, b) => a.key - b.key || (a.x.id < b.x.id ? -1 : 1));
  const pool = ordered(input.reviewers).map(({ x }) => x);
  const reviewers: Reviewer[] = pool.map((r, index) => ({
    id: r.id,
    index,
    load: 0,
    auto: new Set(),
  }));
  const apps: Application[] = ordered(input.applications).map(({ x, position }, index) => ({
    id: x.id,
    index,
    position,
    organizationId: x.organizationId,
    reviewers: new Set(),
    outsiders: 0,
    eligible: [],
  }));
  const exclusion = pool.map((r) => ({
    linked: new Set(r.linkedOrganizationIds ?? []),
    declared: new Set(r.conflictOrganizationIds ?? []),
    applications: new Set(r.conflictApplicationIds ?? []),
  }));
  const excludedBy: Exclusion = (r, app) => {
    const { organizationId: org } = app;
    const e = exclusion[r]!;
    if (org !== null && e.linked.has(org)) return 'linked';
    if ((org !== null && e.declared.has(org)) || e.applications.has(app.id))
      return 'declared_conflict';
    return undefined;
  };
  return { reviewers, apps, excludedBy };
}

/** Manual pairs of this round's applications, once each; they count towards N and the loads. */
function applyManual(
  pairs: readonly TAssignmentPair[],
  reviewers: Reviewer[],
  apps: Application[],
  excludedBy: Exclusion,
) {
  const appById = new Map(apps.map((a) => [a.id, a]));
  const reviewerById = new Map(reviewers.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const assignments: TAssignmentResult['assignments'] = [];
  const conflicting: TAssignmentResult['conflictingManualAssignments'] = [];
  for (const pair of pairs) {
    const app = appById.get(pair.applicationId);
    const key = `${pair.applicationId}\u0000${pair.reviewerId}`;
    if (!app || seen.has(key)) continue;
    seen.add(key);
    assignments.push({ ...pair, isManual: true });
    const reviewer = reviewerById.get(pair.reviewerId);
    if (!reviewer) {
      app.outsiders++;
      continue;
    }
    app.reviewers.add(reviewer.index);
    reviewer.load++;
    const reason = excludedBy(reviewer.index, app);
    if (reason) conflicting.push({ ...pair, reason });
  }
  return { assignments, conflicting };
}

/** The most constrained applications choose first, each open slot going to the least loaded. */
function fill(N: number, reviewers: Reviewer[], apps: Application[]): void {
  const open = (app: Application) => N - app.reviewers.size - app.outsiders;
  const queue = [...apps].sort(
    (a, b) => a.eligible.length - open(a) - (b.eligible.length - open(b)) || a.index - b.index,
  );
  for (const app of queue) {
    const picks = Math.min(open(app), app.eligible.length);
    for (let k = 0; k < picks; k++) {
      let best: Reviewer | undefined;
      for (const r of app.eligible) {
        const reviewer = reviewers[r]!;
        if (!app.reviewers.has(r) && (!best || reviewer.load < best.load)) best = reviewer;
      }
      app.reviewers.add(best!.index);
      best!.load++;
      best!.auto.add(app.index);
    }
  }
}

function shortfall(
  app: Application,
  N: number,
  poolSize: number,
  excludedBy: Exclusion,
): TAssignmentShortfall {
  let linkedCount = 0;
  let declaredConflictCount = 0;
  for (let r = 0; r < poolSize; r++) {
    const reason = excludedBy(r, app);
    if (reason === 'linked') linkedCount++;
    else if (reason === 'declared_conflict') declaredConflictCount++;
  }
  const reachable = poolSize + app.outsiders;
  return {
    applicationId: app.id,
    assigned: app.reviewers.size + app.outsiders,
    needed: N,
    reason: reachable < N ? 'pool_too_small' : 'conflicts',
    poolSize: reachable,
    linkedCount,
    declaredConflictCount,
  };
}

/**
 * Moves automatic assignments from heavier to lighter reviewers until no move helps: a breadth-
 * first search from the heaviest reviewer follows "hand one of your applications to a reviewer
 * eligible for it" until it reaches a reviewer at least 2 lighter, then applies the chain (only
 * the two ends change load). Stops when no reviewer can shed load that way.
 */
function balance(reviewers: Reviewer[], apps: Application[]): void {
  const stuck = new Set<number>(); // reviewers from whom no improving chain exists
  for (;;) {
    let from = -1;
    for (const r of reviewers) {
      if (!stuck.has(r.index) && (from < 0 || r.load > reviewers[from]!.load)) from = r.index;
    }
    if (from < 0) return;
    // Nobody is 2 lighter than the heaviest that could still move: every chain would fail.
    const lightest = Math.min(...reviewers.map((r) => r.load));
    if (lightest >= reviewers[from]!.load - 1) return;
    const chain = findChain(reviewers, apps, from);
    if (!chain) {
      stuck.add(from);
      continue;
    }
    for (const { app, giver, taker } of chain) {
      const a = apps[app]!;
      a.reviewers.delete(giver);
      a.reviewers.add(taker);
      reviewers[giver]!.auto.delete(app);
      reviewers[taker]!.auto.add(app);
    }
    reviewers[from]!.load--;
    reviewers[chain.at(-1)!.taker]!.load++;
    // A lighter reviewer now might again relieve one marked stuck before.
    stuck.clear();
  }
}

function findChain(
  reviewers: Reviewer[],
  apps: Application[],
  from: number,
): { app: number; giver: number; taker: number }[] | undefined {
  const target = reviewers[from]!.load - 2;
  const previous = new Map<number, { app: number; giver: number }>([
    [from, { app: -1, giver: -1 }],
  ]);
  let frontier = [from];
  while (frontier.length) {
    const next: number[] = [];
    for (const giver of frontier) {
      for (const app of reviewers[giver]!.auto) {
        for (const taker of apps[app]!.eligible) {
          if (previous.has(taker) || apps[app]!.reviewers.has(taker)) continue;
          previous.set(taker, { app, giver });
          if (reviewers[taker]!.load <= target) {
            const chain: { app: number; giver: number; taker: number }[] = [];
            for (let t = taker; t !== from;) {
              const step = previous.get(t)!;
              chain.unshift({ app: step.app, giver: step.giver, taker: t });
              t = step.giver;
            }
            return chain;
          }
          next.push(taker);
        }
      }
    }
    frontier = next;
  }
  return undefined;
}

/** FNV-1a then a final mix: a well-spread 32-bit value for ordering, not for secrets. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
