import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n';
import type { FieldErrors } from '../http/errors';

interface FieldProps {
  t: Translate;
  name: string;
  label: string;
  type?: string;
  value?: string;
  errors?: FieldErrors;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  inputmode?: string;
}

/** A labelled input whose error is announced and tied to it (aria-describedby). */
export function Field({
  t,
  name,
  label,
  type = 'text',
  value,
  errors,
  hint,
  autocomplete,
  required,
  inputmode,
}: FieldProps) {
  const error = errors?.[name];
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={name}>{label}</label>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type={type}
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        required={required}
        inputmode={inputmode as never}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p class="error" id={`${name}-error`}>
          {t(error.key, error.params)}
        </p>
      )}
    </div>
  );
}

/** Summary at the top of a form with errors, focusable and linked to each field. */
export function ErrorSummary({ t, errors }: { t: Translate; errors?: FieldErrors }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div class="alert error" role="alert" tabindex={-1}>
      <h2>{t('error.invalid.title')}</h2>
      <ul>
        {Object.entries(errors).map(([field, m]) =>
          field === '_' ? (
            <li>{t(m.key, m.params)}</li>
          ) : (
            <li>
              <a href={`#${field}`}>{t(m.key, m.params)}</a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'error';
  children?: Child;
}) {
  return (
    <div class={`alert ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
