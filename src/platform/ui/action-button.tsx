/** A one-button form: every state change is a POST that works without JavaScript. */
export function ActionButton(props: {
  action: string;
  label: string;
  /** A fuller name for assistive technology when several such buttons share a page. */
  ariaLabel?: string;
  kind?: 'primary' | 'secondary' | 'danger';
  /** Values posted with it (the version it was shown at, the row it acts on…). */
  hidden?: Record<string, string | number>;
}) {
  const kind = props.kind ?? 'primary';
  return (
    <form method="post" action={props.action} class="inline">
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={String(value)} />
      ))}
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
