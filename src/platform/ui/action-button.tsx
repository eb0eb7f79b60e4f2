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
