/**
 * The ranking of a scoring round: each reviewer's sheets are scored on the rubric, normalised
 * per reviewer (z-score) so a harsh and a lenient reviewer weigh the same, averaged per
 * application, then ordered with the tie rules below.
 *
 * - Sheet score: each criterion's mark is placed on 0–1 of its own scale (so 0–10 and 1–5 mix),
 *   weighted, and the weighted mean given on 0–100 ("raw score").
 * - Normalisation: a sheet's z = (raw − reviewer's mean) / reviewer's population standard
 *   deviation, over that reviewer's complete sheets in the round. A reviewer with a single
 *   complete sheet, or whose complete sheets all score the same, says nothing about order by
 *   their own standard: each of their sheets gets z = 0 (neither lifts nor sinks an
 *   application) and `isNormalized: false` flags them; their raw scores still count in the raw
 *   mean.
 * - Application: the mean of its sheets' z ("score") and of their raw scores ("raw mean").
 * - Order: higher score; then higher raw mean; then the higher mean mark on the heaviest
 *   criterion (the first one in the rubric among equally heavy ones); then the earlier
 *   submission. Applications equal on all four share a rank, in standard competition ranking
 *   ("1, 1, 3"): the next rank counts every application ahead. Values are compared at 1e-9, so
 *   the same marks summed in another order still tie.
 * - Incomplete sheets (a criterion without a mark, or a mark off its scale) are left out of
 *   every figure and listed; an application with no complete sheet is listed as unranked.
 */

export type TRubricCriterion = { id: string; weight: number; scale: { min: number; max: number } };
export type TRubric = { criteria: readonly TRubricCriterion[] };
export type TScoreSheet = {
  applicationId: string;
  reviewerId: string;
  scores: Readonly<Record<string, number | null | undefined>>;
};
export type TRankingInput = {
  rubric: TRubric;
  applications: readonly { id: string; submittedAt: Date }[];
  sheets: readonly TScoreSheet[];
};

export type TRankedApplication = {
  applicationId: string;
  rank: number;
  /** Shares its rank with another application. */
  isTied: boolean;
  /** Mean z-score over its complete sheets. */
  score: number;
  /** Mean raw score, 0–100. */
  rawMean: number;
  /** Mean mark on the heaviest criterion, on that criterion's scale. */
  leadCriterionMean: number;
  reviewerCount: number;
  hasExcludedSheets: boolean;
};
export type TExcludedSheet = {
  applicationId: string;
  reviewerId: string;
  reason: 'incomplete' | 'unknown_application' | 'duplicate';
};
export type TReviewerNormalization = {
  reviewerId: string;
  sheetCount: number;
  mean: number;
  standardDeviation: number;
  isNormalized: boolean;
};
export type TRanking = {
  ranked: TRankedApplication[];
  unranked: { applicationId: string; reason: 'no_complete_sheet'; hasExcludedSheets: boolean }[];
  excludedSheets: TExcludedSheet[];
  reviewers: TReviewerNormalization[];
};

/** Below this a reviewer's spread is rounding noise of equal scores (raw scores are 0–100). */
const NO_SPREAD = 1e-9;
const quantize = (x: number) => Math.round(x * 1e9);

type Scored = { applicationId: string; reviewerId: string; raw: number; lead: number; z: number };
type Entry = { entry: TRankedApplication; keys: readonly number[] };

export function rankApplications({ rubric, applications, sheets }: TRankingInput): TRanking {
  const submitted = new Map(applications.map((a) => [a.id, a.submittedAt.getTime()]));
  const { scored, excludedSheets } = scoreSheets(checkRubric(rubric), sheets, submitted);
  const reviewers = normalize(scored);
  const withExcluded = new Set(excludedSheets.map((e) => e.applicationId));

  const byApplication = new Map<string, { z: number; raw: number; lead: number; count: number }>();
  for (const s of scored) {
    const sum = byApplication.get(s.applicationId) ?? { z: 0, raw: 0, lead: 0, count: 0 };
    sum.z += s.z;
    sum.raw += s.raw;
    sum.lead += s.lead;
    sum.count += 1;
    byApplication.set(s.applicationId, sum);
  }
  const entries: Entry[] = [...byApplication].map(([applicationId, sum]) => {
    const entry = {
      applicationId,
      rank: 0,
      isTied: false,
      score: sum.z / sum.count,
      rawMean: sum.raw / sum.count,
      leadCriterionMean: sum.lead / sum.count,
      reviewerCount: sum.count,
      hasExcludedSheets: withExcluded.has(applicationId),
    };
    const keys = [
      -quantize(entry.score),
      -quantize(entry.rawMean),
      -quantize(entry.leadCriterionMean),
      submitted.get(applicationId)!,
    ];
    return { entry, keys };
  });

  const unranked = applications
    .filter((a) => !byApplication.has(a.id))
    .map((a) => ({
      applicationId: a.id,
      reason: 'no_complete_sheet' as const,
      hasExcludedSheets: withExcluded.has(a.id),
    }));
  return { ranked: assignRanks(entries), unranked, excludedSheets, reviewers };
}

/** Raw scores of the complete sheets; the others listed with why they were left out. */
function scoreSheets(
  criteria: readonly TRubricCriterion[],
  sheets: readonly TScoreSheet[],
  submitted: ReadonlyMap<string, number>,
) {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const lead = criteria.reduce((best, c) => (c.weight > best.weight ? c : best));
  const scored: Scored[] = [];
  const excludedSheets: TExcludedSheet[] = [];
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const { applicationId, reviewerId } = sheet;
    const key = `${reviewerId}\u0000${applicationId}`;
    const reason = !submitted.has(applicationId)
      ? 'unknown_application'
      : seen.has(key)
        ? 'duplicate'
        : undefined;
    seen.add(key);
    const raw = reason ? undefined : rawScore(sheet.scores, criteria, totalWeight);
    if (reason || raw === undefined) {
      excludedSheets.push({ applicationId, reviewerId, reason: reason ?? 'incomplete' });
      continue;
    }
    scored.push({ applicationId, reviewerId, raw, lead: sheet.scores[lead.id]!, z: 0 });
  }
  return { scored, excludedSheets };
}

/** Orders by the tie rules; equal keys share a rank and the next rank skips ("1, 1, 3"). */
function assignRanks(entries: Entry[]): TRankedApplication[] {
  entries.sort(
    (a, b) =>
      compareKeys(a.keys, b.keys) || compareIds(a.entry.applicationId, b.entry.applicationId),
  );
  for (const [i, { entry, keys }] of entries.entries()) {
    const previous = entries[i - 1];
    const isTiedWithPrevious = previous !== undefined && compareKeys(previous.keys, keys) === 0;
    entry.rank = isTiedWithPrevious ? previous.entry.rank : i + 1;
    if (isTiedWithPrevious) entry.isTied = previous.entry.isTied = true;
  }
  return entries.map((e) => e.entry);
}

function checkRubric(rubric: TRubric): readonly TRubricCriterion[] {
  const { criteria } = rubric;
  const ids = new Set(criteria.map((c) => c.id));
  const isBad = (c: TRubricCriterion) =>
    !(Number.isFinite(c.weight) && c.weight > 0) ||
    !(Number.isFinite(c.scale.min) && Number.isFinite(c.scale.max) && c.scale.min < c.scale.max);
  if (criteria.length === 0 || ids.size !== criteria.length || criteria.some(isBad)) {
    throw new RangeError(
      'A rubric needs criteria with distinct ids, positive weights and scales min < max.',
    );
  }
  return criteria;
}

/** 0–100, or undefined when a criterion has no mark on its scale. */
function rawScore(
  scores: TScoreSheet['scores'],
  criteria: readonly TRubricCriterion[],
  totalWeight: number,
): number | undefined {
  let sum = 0;
  for (const { id, weight, scale } of criteria) {
    const mark = scores[id];
    if (
      typeof mark !== 'number' ||
      !Number.isFinite(mark) ||
      mark < scale.min ||
      mark > scale.max
    ) {
      return undefined;
    }
    sum += (weight * (mark - scale.min)) / (scale.max - scale.min);
  }
  return (100 * sum) / totalWeight;
}

/** Sets each sheet's z from its reviewer's complete sheets; returns each reviewer's figures. */
function normalize(
  scored: { reviewerId: string; raw: number; z: number }[],
): TReviewerNormalization[] {
  const byReviewer = new Map<string, { raw: number; z: number }[]>();
  for (const s of scored) {
    const list = byReviewer.get(s.reviewerId);
    if (list) list.push(s);
    else byReviewer.set(s.reviewerId, [s]);
  }
  const reviewers: TReviewerNormalization[] = [];
  for (const [reviewerId, list] of byReviewer) {
    const mean = list.reduce((sum, s) => sum + s.raw, 0) / list.length;
    const variance = list.reduce((sum, s) => sum + (s.raw - mean) ** 2, 0) / list.length;
    const standardDeviation = Math.sqrt(variance);
    const isNormalized = list.length > 1 && standardDeviation > NO_SPREAD;
    for (const s of list) s.z = isNormalized ? (s.raw - mean) / standardDeviation : 0;
    reviewers.push({ reviewerId, sheetCount: list.length, mean, standardDeviation, isNormalized });
  }
  return reviewers.sort((a, b) => compareIds(a.reviewerId, b.reviewerId));
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
