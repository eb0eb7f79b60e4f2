// Labelled controls of the programme and call forms; a control's hint and error are tied to it
// with aria-describedby, and its id is its name (the error summary links to it).
import type { FieldErrors } from '../../../platform/http/errors';
import type { Translate } from '../../../platform/i18n';

interface ControlProps {
  t: Translate;
  name: string;
  label: string;
  value?: string;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  /** input (default), a textarea of `rows` lines, or a select of `options`. */
  rows?: number;
  options?: { value: string; label: string }[];
  type?: string;
  inputmode?: string;
}

export function Control(props: ControlProps) {
  const { t, name, label, value = '', errors, hint, rows, options } = props;
  const error = errors?.[name];
  const describedBy =
    [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id: name,
    name,
    required: props.required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={name}>{label}</label>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {options ? (
        <select {...common}>
          {options.map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : rows ? (
        <textarea {...common} rows={rows}>
          {value}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={value}
          inputmode={props.inputmode as never}
        />
      )}
      {error && (
        <p class="error" id={`${name}-error`}>
          {t(error.key, error.params)}
        </p>
      )}
    </div>
  );
}
