// A review round's form: the fields as typed, to the command's input, and its messages back.
import type { FieldErrors } from '../../../../platform/errors';
import { pipeLines, type FormValues } from '../../../../platform/input/form-values';
import type { TRoundInput } from '../reviews/shared-review';

/** "id | Tiêu chí | Criterion | weight | min | max" per line. */
export function roundInputOf(values: FormValues): TRoundInput {
  const number = (s: string | undefined) =>
    s && s.trim() !== '' ? Number(s.replace(',', '.')) : NaN;
  return {
    kind: (values.kind ?? 'scoring') as TRoundInput['kind'],
    titleVi: values.titleVi ?? '',
    titleEn: values.titleEn ?? '',
    reviewersPerApplication: number(values.reviewersPerApplication),
    isBlind: values.isBlind === 'yes',
    rubric: pipeLines(values.rubric ?? '').map(([id = '', vi = '', en = '', w, min, max]) => ({
      id,
      label: { vi, en },
      weight: number(w),
      scale: { min: number(min), max: number(max) },
    })),
  };
}

/** The rubric's messages land on the one textarea that holds it. */
export const roundErrors = (fields: FieldErrors): FieldErrors =>
  Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k.startsWith('rubric') ? 'rubric' : k, v]),
  );
