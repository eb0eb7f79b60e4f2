// The registrant's optional answer to the gender question, read from the posted form: a gender,
// null when none was chosen, or the field's error for a value the form never offers.
import type { FieldErrors } from '../../../platform/errors';
import { formString, type FormBody } from '../../../platform/input/form-values';
import { GENDER_FIELD, genderAnswer, type Gender } from '../domain/gender';

export type GivenGender = { ok: true; gender: Gender | null } | { ok: false; fields: FieldErrors };

export function givenGender(posted: FormBody | undefined): GivenGender {
  const answer = genderAnswer(formString(posted ?? {}, GENDER_FIELD));
  if (answer === 'invalid')
    return { ok: false, fields: { [GENDER_FIELD]: { key: 'validation.choice' } } };
  return { ok: true, gender: answer };
}
