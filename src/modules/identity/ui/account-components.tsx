import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/http/errors';
import type { Translate } from '../../../platform/i18n';
import { ErrorSummary, Notice } from '../../../platform/ui/components';
import { Layout } from '../../../platform/ui/layout';

export interface PageNotice {
  kind: 'info' | 'success' | 'error';
  text: string;
}

interface AccountPageProps {
  ctx: RequestContext;
  path: string;
  title: string;
  lead?: string;
  /** Where "back" leads, above the title. */
  back?: { href: string; label: string };
  notice?: PageNotice;
  errors?: FieldErrors;
  children?: Child;
}

/** The frame of every account page: a way back, the title, one notice and the error summary. */
export function AccountPage({
  ctx,
  path,
  title,
  lead,
  back,
  notice,
  errors,
  children,
}: AccountPageProps) {
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <div class="stack account">
        {back && (
          <p>
            <a href={back.href}>← {back.label}</a>
          </p>
        )}
        <h1>{title}</h1>
        {lead && <p class="muted">{lead}</p>}
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
        <ErrorSummary t={ctx.t} errors={errors} />
        {children}
      </div>
    </Layout>
  );
}

interface SelectFieldProps {
  t: Translate;
  name: string;
  /** Defaults to `name`; several forms on one page need distinct ids. */
  id?: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  errors?: FieldErrors;
  hint?: string;
}

/** A labelled select whose error is tied to it, like Field. */
export function SelectField({
  t,
  name,
  id,
  label,
  options,
  value,
  errors,
  hint,
}: SelectFieldProps) {
  const fieldId = id ?? name;
  const error = errors?.[name];
  const describedBy = [hint && `${fieldId}-hint`, error && `${fieldId}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={fieldId}>{label}</label>
      {hint && (
        <p class="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      >
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p class="error" id={`${fieldId}-error`}>
          {t(error.key, error.params)}
        </p>
      )}
    </div>
  );
}

/** A one-button form: every state change is a POST that works without JavaScript. */
export function ActionButton(props: {
  action: string;
  label: string;
  /** A fuller name for assistive technology when several such buttons share a page. */
  ariaLabel?: string;
  kind?: 'primary' | 'secondary' | 'danger';
}) {
  const kind = props.kind ?? 'primary';
  return (
    <form method="post" action={props.action} class="inline">
      <button
        type="submit"
        class={kind === 'primary' ? undefined : kind}
        aria-label={props.ariaLabel}
      >
        {props.label}
      </button>
    </form>
  );
}
