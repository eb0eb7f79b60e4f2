// A maturity or assessment framework as the Department supplies it (domain notes §3.6: the level
// names, their number and their criteria are configuration, not law): ordered levels ("Mức 1 – hệ
// sinh thái mới hình thành", "Mức 2 – cơ bản"…), each with the criteria to reach it. A criterion
// keeps its id when its words are edited, so a self-assessment's answers stay on it.
import type { FieldErrors } from '../../../platform/errors';
import type { Evidence } from './report-content';

export interface FrameworkCriterion {
  id: string;
  /** As the framework document numbers it: 1.1, 2.3… */
  code: string;
  text: string;
}

export interface FrameworkLevel {
  /** 1 for the first level, in order. */
  rank: number;
  name: string;
  description: string;
  criteria: FrameworkCriterion[];
}

/** A framework as a self-assessment froze it when submitted. */
export interface FrameworkSnapshot {
  name: string;
  levels: FrameworkLevel[];
}

/** What the assessor says of one criterion. */
export interface CriterionAnswer {
  isMet: boolean;
  note: string;
  evidence: Evidence[];
}

export const ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const criteriaOf = (levels: readonly FrameworkLevel[]): FrameworkCriterion[] =>
  levels.flatMap((l) => l.criteria);

/**
 * The highest level whose criteria, and those of every level below it, are all met: what the
 * answers support, shown beside the level the assessor claims.
 */
export function supportedLevel(
  levels: readonly FrameworkLevel[],
  answers: Readonly<Record<string, Pick<CriterionAnswer, 'isMet'>>>,
): number {
  let reached = 0;
  for (const level of [...levels].sort((a, b) => a.rank - b.rank)) {
    if (!level.criteria.every((c) => answers[c.id]?.isMet)) break;
    reached = level.rank;
  }
  return reached;
}

/** A level as the framework's form posts it, in the form's order (blank rows included). */
export interface LevelDraft {
  name: string;
  description: string;
  criteria: { id: string; code: string; text: string }[];
}

const LIMITS = { name: 200, description: 2000, code: 20, text: 1000 } as const;

const tooLong = (max: number) => ({ key: 'validation.tooLong' as const, params: { max } });

function checkCriteria(
  draft: LevelDraft,
  at: { index: number; rank: number },
  ids: { known: ReadonlySet<string>; taken: Set<string>; fresh: () => string },
  errors: FieldErrors,
): FrameworkCriterion[] {
  const criteria: FrameworkCriterion[] = [];
  draft.criteria.forEach((c, j) => {
    const field = `crit_${at.index}_${j}`;
    const text = c.text.trim();
    const code = c.code.trim() || `${at.rank}.${criteria.length + 1}`;
    if (!text) {
      if (c.code.trim()) errors[`${field}_text`] = { key: 'validation.required' };
      return;
    }
    if (text.length > LIMITS.text) errors[`${field}_text`] = tooLong(LIMITS.text);
    if (code.length > LIMITS.code) errors[`${field}_code`] = tooLong(LIMITS.code);
    // Only an id this framework already holds is kept: a posted one cannot graft another's.
    const id = ids.known.has(c.id) && !ids.taken.has(c.id) ? c.id : ids.fresh();
    ids.taken.add(id);
    criteria.push({ id, code, text });
  });
  return criteria;
}

/**
 * The framework's levels from its form: blank rows dropped, ranks in order, a criterion's code
 * numbered when left empty; field errors for a level without a name, a criterion without words,
 * something too long, or a code given twice.
 */
export function checkLevels(
  drafts: readonly LevelDraft[],
  knownIds: ReadonlySet<string>,
  fresh: () => string,
): { levels: FrameworkLevel[] } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const ids = { known: knownIds, taken: new Set<string>(), fresh };
  const levels: FrameworkLevel[] = [];
  drafts.forEach((draft, index) => {
    const name = draft.name.trim();
    const description = draft.description.trim();
    const hasCriteria = draft.criteria.some((c) => c.text.trim() || c.code.trim());
    if (!name && !description && !hasCriteria) return;
    const rank = levels.length + 1;
    if (!name) errors[`level_${index}_name`] = { key: 'validation.required' };
    else if (name.length > LIMITS.name) errors[`level_${index}_name`] = tooLong(LIMITS.name);
    if (description.length > LIMITS.description)
      errors[`level_${index}_description`] = tooLong(LIMITS.description);
    const criteria = checkCriteria(draft, { index, rank }, ids, errors);
    levels.push({ rank, name, description, criteria });
  });
  const codes = new Set<string>();
  levels.forEach((level) =>
    level.criteria.forEach((c) => {
      if (codes.has(c.code))
        errors.levels = { key: 'plans.framework.error.codeTwice', params: { code: c.code } };
      codes.add(c.code);
    }),
  );
  return Object.keys(errors).length > 0 ? { errors } : { levels };
}
