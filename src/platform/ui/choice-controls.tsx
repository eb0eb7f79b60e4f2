// Controls for choosing: a select, radio and checkbox groups (a fieldset whose legend names the
// question) and a single checkbox.
import type { Child } from 'hono/jsx';
import { controlAttributes, describedBy, Field, fieldClass, FieldNotes, Hint } from './field';
import type { FieldProps } from './field';
import { LongTextField, TextField, type TextFieldProps } from './text-controls';

export interface Choice {
  value: string;
  label: string;
  /** Shown but not choosable (a filter value that would find nothing). */
  isDisabled?: boolean;
}

/** A choice of a group; its label may hold markup, and a hint said under it alone. */
export interface GroupChoice {
  value: string;
  label: Child;
  hint?: Child;
}

/** A select; `empty` labels a first option with no value, when the field may stay empty. */
export function SelectField(
  props: FieldProps & { value?: string; options: Choice[]; empty?: string; disabled?: boolean },
) {
  return (
    <Field {...props}>
      <select {...controlAttributes(props)} disabled={props.disabled}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value} disabled={o.isDisabled}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface GroupProps extends FieldProps {
  /** The question, as the fieldset's legend (`label` is not used). */
  legend: Child;
  options: GroupChoice[];
  values: string[];
}

/**
 * Related inputs in a fieldset: the legend names the group, the group's hint and error describe
 * it, and its id (the name unless said) is where the error summary leads.
 */
export function FieldGroup(props: Omit<FieldProps, 'label'> & { legend: Child; children?: Child }) {
  const framed = { ...props, label: '' };
  return (
    <fieldset
      id={props.id ?? props.name}
      tabindex={-1}
      class={fieldClass(framed)}
      aria-describedby={describedBy(framed)}
    >
      <legend>{props.legend}</legend>
      <Hint {...framed} />
      {props.children}
      <FieldNotes {...framed} />
    </fieldset>
  );
}

/** Radio buttons or checkboxes, each with its label and, if it has one, its own hint. */
function ChoiceGroup(props: GroupProps & { type: 'radio' | 'checkbox' }) {
  const id = props.id ?? props.name;
  return (
    <FieldGroup {...props}>
      {props.options.map((o) => {
        const hintId = `${id}-${o.value}-hint`;
        const box = (
          <label class="check">
            <input
              type={props.type}
              name={props.name}
              value={o.value}
              checked={props.values.includes(o.value)}
              required={props.type === 'radio' ? props.required : undefined}
              aria-describedby={o.hint ? hintId : undefined}
            />{' '}
            {o.label}
          </label>
        );
        return o.hint ? (
          <div class="field">
            {box}
            <p class="hint" id={hintId}>
              {o.hint}
            </p>
          </div>
        ) : (
          box
        );
      })}
    </FieldGroup>
  );
}

export const RadioGroup = (props: Omit<GroupProps, 'values' | 'label'> & { value?: string }) => (
  <ChoiceGroup
    {...props}
    label=""
    values={props.value === undefined ? [] : [props.value]}
    type="radio"
  />
);

export const CheckboxGroup = (props: Omit<GroupProps, 'label'>) => (
  <ChoiceGroup {...props} label="" type="checkbox" />
);

/** One checkbox, its label beside it; it sends `value` ("yes" unless said) when checked. */
export function Checkbox(props: FieldProps & { checked?: boolean; value?: string }) {
  return (
    <div class={fieldClass(props)}>
      <label class="check">
        <input
          {...controlAttributes(props, 'checkbox')}
          value={props.value ?? 'yes'}
          checked={props.checked}
        />{' '}
        {props.label}
      </label>
      <Hint {...props} />
      <FieldNotes {...props} />
    </div>
  );
}

/**
 * The control a field's props call for, for forms that list their fields in one helper: a select
 * when `options` are given, a textarea of `rows` lines when those are, a one-line input otherwise.
 */
export function FormField(
  props: TextFieldProps & { rows?: number; options?: Choice[]; empty?: string },
) {
  const { rows, options, ...field } = props;
  if (options) return <SelectField {...field} options={options} />;
  if (rows) return <LongTextField {...field} rows={rows} />;
  return <TextField {...field} />;
}
