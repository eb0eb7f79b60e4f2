import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n';

/**
 * The filters above a list: a GET form (the filters stay in the address, so a filtered list can
 * be bookmarked and paged), a search landmark named by its heading when it has one, a submit
 * button and, once filtered, a link that clears the filters.
 */
export function FilterForm(props: {
  t: Translate;
  action: string;
  /** Heading of the form; `headingId` ties it to the form. */
  title?: string;
  headingId?: string;
  isFiltered: boolean;
  /** Where "clear" leads; the list without filters unless said. */
  clearHref?: string;
  submitLabel?: string;
  class?: string;
  children?: Child;
}) {
  const { t, title, headingId = 'filters' } = props;
  return (
    <form
      method="get"
      action={props.action}
      class={props.class}
      role="search"
      aria-labelledby={title ? headingId : undefined}
      novalidate
    >
      {title && <h2 id={headingId}>{title}</h2>}
      {props.children}
      <p class="row">
        <button type="submit">{props.submitLabel ?? t('common.filter')}</button>
        {props.isFiltered && <a href={props.clearHref ?? props.action}>{t('ui.filters.clear')}</a>}
      </p>
    </form>
  );
}
