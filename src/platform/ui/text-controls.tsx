// Controls for typed values: text, long text, dates and times in Vietnam time, money, files.
import { vnDateTimeInputValue } from '../i18n/vn-time';
import { controlAttributes, Field, type FieldProps } from './field';

type InputMode = 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url' | 'search' | 'none';

export interface TextFieldProps extends FieldProps {
  value?: string;
  /** text (default), email, password (never refilled), search, tel, url, number… */
  type?: string;
  autocomplete?: string;
  inputmode?: InputMode;
  maxlength?: number;
  placeholder?: string;
  disabled?: boolean;
}

/** A one-line text input. */
export function TextField(props: TextFieldProps) {
  const { type = 'text' } = props;
  return (
    <Field {...props}>
      <input
        {...controlAttributes(props, type)}
        value={type === 'password' ? undefined : props.value}
        placeholder={props.placeholder}
        autocomplete={props.autocomplete}
        maxlength={props.maxlength}
        disabled={props.disabled}
        inputmode={props.inputmode}
      />
    </Field>
  );
}

/** A textarea of `rows` lines (5 unless said). */
export function LongTextField(
  props: FieldProps & { value?: string; rows?: number; maxlength?: number; disabled?: boolean },
) {
  return (
    <Field {...props}>
      <textarea
        {...controlAttributes(props)}
        rows={props.rows ?? 5}
        maxlength={props.maxlength}
        disabled={props.disabled}
      >
        {props.value ?? ''}
      </textarea>
    </Field>
  );
}

/**
 * A day: the browser's date control (it sends yyyy-mm-dd); without one, a text box where
 * dd/mm/yyyy is read as well (the form reader takes both).
 */
export function DateField(props: FieldProps & { value?: string }) {
  return (
    <Field {...props}>
      <input {...controlAttributes(props, 'date')} value={props.value} />
    </Field>
  );
}

/** A Vietnam wall-clock time (datetime-local); a Date is shown in Vietnam time. */
export function DateTimeField(props: FieldProps & { value?: string | Date }) {
  const value = props.value instanceof Date ? vnDateTimeInputValue(props.value) : props.value;
  const framed = { ...props, hint: props.hint ?? props.t('ui.dateTime.hint') };
  return (
    <Field {...framed}>
      <input {...controlAttributes(framed, 'datetime-local')} value={value} />
    </Field>
  );
}

/** An amount in whole đồng, typed with or without thousands dots ("1.500.000" or "1500000"). */
export function MoneyField(props: FieldProps & { value?: string }) {
  const framed = { ...props, hint: props.hint ?? props.t('ui.money.hint') };
  return (
    <Field {...framed}>
      <input
        {...controlAttributes(framed, 'text')}
        value={props.value}
        inputmode="numeric"
        autocomplete="off"
      />
    </Field>
  );
}

/** A file input: what it accepts is said in its hint, and checked again by the server. */
export function FileField(props: FieldProps & { accept?: string; multiple?: boolean }) {
  return (
    <Field {...props}>
      <input
        {...controlAttributes(props, 'file')}
        accept={props.accept}
        multiple={props.multiple}
      />
    </Field>
  );
}
