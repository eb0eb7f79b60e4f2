// What may change in a call's form once applicants may have answered it. Answers are keyed by
// question id and read by kind, so a question that disappears or changes kind would orphan or
// misread answers already given. Labels, help, order, limits and new questions may change.
import type { TCallForm, TQuestionKind } from './call-form';

export interface FormChangeRefusal {
  questionId: string;
  reason: 'REMOVED' | 'KIND_CHANGED';
  /** The kind it had, and for KIND_CHANGED the kind it would get. */
  from: TQuestionKind;
  to?: TQuestionKind;
}

const kindsById = (form: TCallForm) =>
  new Map(form.sections.flatMap((s) => s.questions.map((q) => [q.id, q.kind] as const)));

/** The changes from `before` to `after` that an opened call refuses; empty when none. */
export function refusedFormChanges(before: TCallForm, after: TCallForm): FormChangeRefusal[] {
  const next = kindsById(after);
  const refusals: FormChangeRefusal[] = [];
  for (const [questionId, from] of kindsById(before)) {
    const to = next.get(questionId);
    if (to === undefined) refusals.push({ questionId, reason: 'REMOVED', from });
    else if (to !== from) refusals.push({ questionId, reason: 'KIND_CHANGED', from, to });
  }
  return refusals;
}
