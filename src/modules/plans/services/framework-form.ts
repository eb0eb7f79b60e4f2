// A framework's form: its levels, each with its criteria, as rows of fields numbered by their
// place on the form (level_0_name, crit_0_1_text…), with empty rows to add more without a script.
import { formString, type FormBody } from '../../../platform/input/form-values';
import type { FrameworkLevel, LevelDraft } from '../domain/framework';

const BLANK_CRITERIA = 2;

const isBlankCriterion = (c: LevelDraft['criteria'][number]) => !c.code.trim() && !c.text.trim();
const isBlankLevel = (l: LevelDraft) =>
  !l.name.trim() && !l.description.trim() && l.criteria.every(isBlankCriterion);

/** The highest row number a field of this pattern carries, plus one. */
function rowsIn(body: FormBody, pattern: RegExp): number {
  let rows = 0;
  for (const name of Object.keys(body)) {
    const n = pattern.exec(name)?.[1];
    if (n !== undefined) rows = Math.max(rows, Number(n) + 1);
  }
  return rows;
}

export function readLevelDrafts(body: FormBody): LevelDraft[] {
  const levels = Math.min(rowsIn(body, /^level_(\d{1,2})_name$/), 50);
  return Array.from({ length: levels }, (_, i) => {
    const criteria = Math.min(rowsIn(body, new RegExp(`^crit_${i}_(\\d{1,3})_text$`)), 200);
    return {
      name: formString(body, `level_${i}_name`),
      description: formString(body, `level_${i}_description`),
      criteria: Array.from({ length: criteria }, (_, j) => ({
        id: formString(body, `crit_${i}_${j}_id`),
        code: formString(body, `crit_${i}_${j}_code`),
        text: formString(body, `crit_${i}_${j}_text`),
      })),
    };
  });
}

export const draftsOf = (levels: readonly FrameworkLevel[]): LevelDraft[] =>
  levels.map((l) => ({
    name: l.name,
    description: l.description,
    criteria: l.criteria.map((c) => ({ ...c })),
  }));

/** The rows the form shows: every level with empty criteria rows after its own, and a new level. */
export function withBlankRows(drafts: readonly LevelDraft[]): LevelDraft[] {
  const blank = () => ({ id: '', code: '', text: '' });
  const rows = drafts.map((l) => {
    const criteria = [...l.criteria];
    while (criteria.slice(-BLANK_CRITERIA).filter(isBlankCriterion).length < BLANK_CRITERIA)
      criteria.push(blank());
    return { ...l, criteria };
  });
  if (rows.length === 0 || !isBlankLevel(rows[rows.length - 1]!))
    rows.push({
      name: '',
      description: '',
      criteria: Array.from({ length: BLANK_CRITERIA + 1 }, blank),
    });
  return rows;
}
