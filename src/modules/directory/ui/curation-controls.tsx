// Form controls of the directory's own forms: labelled, their hint, error and (after a stale
// save) the value saved meanwhile tied to them with aria-describedby.
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../platform/http/errors';
import type { MessageKey, Translate } from '../../../platform/i18n';
import { VISIBILITIES } from '../domain/taxonomy';
import { visibilityName } from '../services/form-body';

interface Described {
  t: Translate;
  name: string;
  errors?: FieldErrors;
  hint?: string;
  /** Shown after a stale save: what someone else saved in this field. */
  current?: string;
}

const describedBy = ({ name, errors, hint, current }: Described) =>
  [
    hint && `${name}-hint`,
    current !== undefined && `${name}-current`,
    errors?.[name] && `${name}-error`,
  ]
    .filter(Boolean)
    .join(' ') || undefined;

function Notes({ t, name, errors, current }: Described) {
  const error = errors?.[name];
  return (
    <>
      {current !== undefined && (
        <p class="alert" id={`${name}-current`}>
          <strong>{t('directory.form.conflict.saved')}</strong>{' '}
          {current || t('directory.form.empty')}
        </p>
      )}
      {error && (
        <p class="error" id={`${name}-error`}>
          {t(error.key, error.params)}
        </p>
      )}
    </>
  );
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <p class="hint" id={`${name}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function TextControl(
  props: Described & {
    label: string;
    value: string;
    type?: string;
    required?: boolean;
    multiline?: boolean;
    inputmode?: string;
    autocomplete?: string;
    maxlength?: number;
  },
) {
  const { name, label, value, errors, hint, type = 'text', multiline } = props;
  const common = {
    id: name,
    name,
    required: props.required,
    maxlength: props.maxlength,
    'aria-invalid': errors?.[name] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props),
  };
  return (
    <div class={errors?.[name] ? 'field has-error' : 'field'}>
      <label for={name}>{label}</label>
      <Hint name={name} hint={hint} />
      {multiline ? (
        <textarea {...common} rows={5}>
          {value}
        </textarea>
      ) : (
        <input
          {...common}
          type={type}
          value={value}
          inputmode={props.inputmode as never}
          autocomplete={props.autocomplete}
        />
      )}
      <Notes {...props} />
    </div>
  );
}

export function SelectControl(
  props: Described & {
    label: string;
    value: string;
    options: { value: string; label: string }[];
    /** Label of an empty first option, when the field may stay empty. */
    empty?: string;
    required?: boolean;
  },
) {
  const { name, label, value, errors, hint, options, empty } = props;
  return (
    <div class={errors?.[name] ? 'field has-error' : 'field'}>
      <label for={name}>{label}</label>
      <Hint name={name} hint={hint} />
      <select
        id={name}
        name={name}
        required={props.required}
        aria-invalid={errors?.[name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
      <Notes {...props} />
    </div>
  );
}

/** A file input: what it accepts is said in its hint, and checked again by the server. */
export function FileControl(props: Described & { label: string; accept: string }) {
  const { name, label, errors, hint, accept } = props;
  return (
    <div class={errors?.[name] ? 'field has-error' : 'field'}>
      <label for={name}>{label}</label>
      <Hint name={name} hint={hint} />
      <input
        id={name}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={errors?.[name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
      <Notes {...props} />
    </div>
  );
}

/** A group of checkboxes in a fieldset whose legend names it. */
export function CheckboxGroup(
  props: Described & {
    legend: string;
    values: string[];
    options: { value: string; label: string }[];
  },
) {
  const { name, legend, values, errors, hint, options } = props;
  return (
    <fieldset
      id={name}
      tabindex={-1}
      class={errors?.[name] ? 'field has-error' : 'field'}
      aria-describedby={describedBy(props)}
    >
      <legend>{legend}</legend>
      <Hint name={name} hint={hint} />
      {options.map((o) => (
        <label class="check">
          <input type="checkbox" name={name} value={o.value} checked={values.includes(o.value)} />{' '}
          {o.label}
        </label>
      ))}
      <Notes {...props} />
    </fieldset>
  );
}

export function Section({ title, id, children }: { title: string; id: string; children?: Child }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export const visibilityLabel = (t: Translate, v: string) =>
  t(`directory.form.visibility.${v}` as MessageKey);

/** Who may see a field (public, members, staff), named `visibility.<field>`. */
export function VisibilityControl(props: {
  t: Translate;
  errors?: FieldErrors;
  field: string;
  fieldLabel: string;
  value: string;
  /** After a stale save: the choice someone else saved, as shown. */
  current?: string;
}) {
  const { t, field } = props;
  return (
    <SelectControl
      t={t}
      errors={props.errors}
      name={visibilityName(field)}
      label={t('directory.form.visibilityOf', { field: props.fieldLabel })}
      value={props.value}
      options={VISIBILITIES.map((v) => ({ value: v, label: visibilityLabel(t, v) }))}
      current={props.current}
    />
  );
}
