// One declared field of the organisation form as the web kit's control for its type.
import type { FieldErrors } from '../../../platform/errors';
import type { Translate } from '../../../platform/i18n';
import { CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import { LongTextField, MoneyField, TextField } from '../../../platform/ui/text-controls';
import { fieldSpec, isOptional, type OrganizationField } from '../organization-fields';
import type { ListField, OrganizationFormValues, ScalarField } from '../services/organization-form';

/** What a text box of each type asks the browser for. */
const TEXT_INPUT: Partial<
  Record<string, { type?: string; autocomplete?: string; inputmode?: 'numeric' }>
> = {
  url: { type: 'url' },
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  whole: { inputmode: 'numeric' },
};

export function FieldControl(props: {
  t: Translate;
  name: OrganizationField;
  values: OrganizationFormValues;
  errors?: FieldErrors;
  /** After a stale save: the value someone else saved, as shown. */
  current?: string;
}) {
  const { t, name, values } = props;
  const spec = fieldSpec(name);
  const isRequired = !spec.input.safeParse(undefined).success;
  const base = {
    t,
    errors: props.errors,
    name,
    hint: spec.hint && t(spec.hint),
    current: props.current,
  };
  const options = () =>
    (spec.choice?.codes ?? []).map((code) => ({ value: code, label: spec.choice!.label(t, code) }));
  switch (spec.type) {
    case 'choices':
      return (
        <CheckboxGroup
          {...base}
          legend={t(spec.label)}
          values={values.lists[name as ListField]}
          options={options()}
        />
      );
    case 'choice':
      return (
        <SelectField
          {...base}
          label={t(spec.label)}
          value={values.scalars[name as ScalarField]}
          required={isRequired || undefined}
          empty={isOptional(name) ? t('directory.form.choose') : undefined}
          options={options()}
        />
      );
    case 'longText':
      return (
        <LongTextField
          {...base}
          label={t(spec.label)}
          value={values.scalars[name as ScalarField]}
          maxlength={spec.form?.maxlength}
        />
      );
    case 'money':
      return (
        <MoneyField {...base} label={t(spec.label)} value={values.scalars[name as ScalarField]} />
      );
    default:
      return (
        <TextField
          {...base}
          label={t(spec.label)}
          value={values.scalars[name as ScalarField]}
          required={isRequired || undefined}
          maxlength={spec.form?.maxlength}
          autocomplete={spec.form?.autocomplete}
          {...TEXT_INPUT[spec.type]}
        />
      );
  }
}
