// The gender a registrant may give for the event figures (issue 13, item 6: "gender where given";
// Vietnamese reports count the women who took part, "số lượng nữ"). Never required: no answer is
// stored as null, and "prefer not to say" is an answer of its own, so a report can tell a refusal
// from a question never asked (walk-ins, colleagues registered by someone else, imports).
export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

/** The name of the registration form's optional question. */
export const GENDER_FIELD = 'gender';

export const isGender = (value: string): value is Gender =>
  (GENDERS as readonly string[]).includes(value);

/** A posted answer: a gender, null when none was chosen, or 'invalid' for anything else. */
export function genderAnswer(posted: string): Gender | null | 'invalid' {
  if (posted === '') return null;
  return isGender(posted) ? posted : 'invalid';
}
