// The frame every control shares: a label tied to the control, then its hint, and after it what
// someone else saved meanwhile and the error, each tied to the control with aria-describedby.
import type { Child } from 'hono/jsx';
import type { FieldErrors, FieldMessage } from '../errors';
import type { Translate } from '../i18n';

export interface FieldProps {
  t: Translate;
  /** The name the form sends, and the key of its error. */
  name: string;
  /** Defaults to `name`; several forms on one page need distinct ids. */
  id?: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  /** The key of its error in `errors`, when not its name (several forms of one name). */
  errorKey?: string;
  /** Several messages at once (a rule and a limit), shown as a list, in place of `errors`. */
  messages?: FieldMessage[];
  /** The id of the whole field, when a summary links to it rather than to the control. */
  anchor?: string;
  /** After a stale save: what someone else saved in this field ('' when they emptied it). */
  current?: string;
  required?: boolean;
}

/** A form as its fields show it: the values typed or saved, the errors, and after a stale save
 * what someone else saved meanwhile. */
export interface FormState {
  values?: Record<string, string | undefined>;
  errors?: FieldErrors;
  current?: Record<string, string | undefined>;
}

/**
 * For a form that lists its fields: the props a field takes from the form's state by its name
 * (its value, the errors, what was saved meanwhile); the label and the rest are the field's own.
 */
export const formFieldProps = (t: Translate, state: FormState) => (name: string) => ({
  t,
  name,
  value: state.values?.[name],
  errors: state.errors,
  current: state.current?.[name],
});

const idOf = (p: FieldProps) => p.id ?? p.name;
const errorOf = (p: FieldProps) => p.messages?.[0] ?? p.errors?.[p.errorKey ?? p.name];

/** The ids of the hint, the value saved meanwhile and the error, in reading order. */
export function describedBy(p: FieldProps): string | undefined {
  const id = idOf(p);
  return (
    [
      p.hint && `${id}-hint`,
      p.current !== undefined && `${id}-current`,
      errorOf(p) && `${id}-error`,
    ]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** The attributes every control carries: its id, name and type, and what describes it. */
export function controlAttributes(p: FieldProps, type?: string) {
  return {
    id: idOf(p),
    name: p.name,
    type,
    required: p.required,
    'aria-invalid': errorOf(p) ? ('true' as const) : undefined,
    'aria-describedby': describedBy(p),
  };
}

export const fieldClass = (p: FieldProps) => (errorOf(p) ? 'field has-error' : 'field');

export function Hint(p: FieldProps) {
  return p.hint ? (
    <p class="hint" id={`${idOf(p)}-hint`}>
      {p.hint}
    </p>
  ) : null;
}

/** What was saved meanwhile, then the error. */
export function FieldNotes(p: FieldProps) {
  const error = errorOf(p);
  return (
    <>
      {p.current !== undefined && (
        <p class="alert" id={`${idOf(p)}-current`}>
          <strong>{p.t('ui.field.saved')}</strong> {p.current || p.t('ui.field.empty')}
        </p>
      )}
      {p.messages && p.messages.length > 1 ? (
        <ul class="error" id={`${idOf(p)}-error`}>
          {p.messages.map((m) => (
            <li>{p.t(m.key, m.params)}</li>
          ))}
        </ul>
      ) : (
        error && (
          <p class="error" id={`${idOf(p)}-error`}>
            {p.t(error.key, error.params)}
          </p>
        )
      )}
    </>
  );
}

/** A labelled control with its notes. */
export function Field(props: FieldProps & { children: Child }) {
  return (
    <div class={fieldClass(props)} id={props.anchor}>
      <label for={idOf(props)}>{props.label}</label>
      <Hint {...props} />
      {props.children}
      <FieldNotes {...props} />
    </div>
  );
}
