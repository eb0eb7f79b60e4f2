// The registration form's optional gender question, with why it is asked beside it (Law
// 91/2025/QH15 Art. 9: the purpose known before anything is given). No choice is made for anyone:
// a member's answer is never prefilled, and nothing chosen stores nothing.
import type { FieldErrors } from '../../../platform/errors';
import type { Translate } from '../../../platform/i18n';
import { RadioGroup } from '../../../platform/ui/choice-controls';
import { GENDER_FIELD, GENDERS } from '../domain/gender';

export function GenderQuestion(props: { t: Translate; value?: string; errors?: FieldErrors }) {
  const { t } = props;
  return (
    <RadioGroup
      t={t}
      name={GENDER_FIELD}
      legend={t('events.gender.legend')}
      hint={t('events.gender.hint')}
      value={props.value || undefined}
      errors={props.errors}
      options={GENDERS.map((g) => ({ value: g, label: t(`events.gender.${g}`) }))}
    />
  );
}
