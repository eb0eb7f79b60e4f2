import { pageCount, type Paged } from '../input/paging';
import { pageHref } from '../http/page-links';
import { formatNumber, type Locale, type Translate } from '../i18n';

interface PagerProps {
  t: Translate;
  locale: Locale;
  page: number;
  /** The number of pages, when the list is counted. */
  pages?: number;
  /** The number of rows: said in the summary, and the pager is shown even for one page. */
  total?: number;
  /** For an uncounted list: whether a next page exists. */
  hasNext?: boolean;
  /** The address of a page, keeping the list's filters and order. */
  href: (page: number) => string;
  /** The navigation's name, when "Pagination" is not the best one. */
  label?: string;
}

/** The pages to link: the first, the last and two either side of the current one. */
function around(page: number, pages: number): (number | '…')[] {
  const shown: (number | '…')[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) shown.push(p);
    else if (shown.at(-1) !== '…') shown.push('…');
  }
  return shown;
}

/**
 * Previous and next links and the pages around the current one, in a named navigation; the
 * current page is marked with aria-current. A counted list of a single page shows nothing
 * unless its total is to be said.
 */
export function Pager(props: PagerProps) {
  const { t, locale, page, pages, total, href } = props;
  if (pages !== undefined && pages <= 1 && total === undefined) return null;
  const n = (v: number) => formatNumber(v, locale);
  const hasNext = pages === undefined ? Boolean(props.hasNext) : page < pages;
  const summary =
    pages === undefined
      ? t('ui.pager.page', { page: n(page) })
      : total === undefined
        ? t('ui.pager.pageOf', { page: n(page), pages: n(pages) })
        : t('ui.pager.summary', { page: n(page), pages: n(pages), total: n(total) });
  return (
    <nav aria-label={props.label ?? t('ui.pager.label')} class="row pagination">
      <p>{summary}</p>
      {page > 1 && (
        <a rel="prev" href={href(pages === undefined ? page - 1 : Math.min(page - 1, pages))}>
          {t('common.previous')}
        </a>
      )}
      {pages !== undefined &&
        pages > 1 &&
        around(page, pages).map((p) =>
          p === '…' ? (
            <span aria-hidden="true">…</span>
          ) : (
            <a
              href={href(p)}
              aria-label={t('ui.pager.goTo', { page: n(p) })}
              aria-current={p === page ? 'page' : undefined}
            >
              {n(p)}
            </a>
          ),
        )}
      {hasNext && (
        <a rel="next" href={href(page + 1)}>
          {t('common.next')}
        </a>
      )}
    </nav>
  );
}

/** The pager of a counted list whose filters stay in its address; always says the total. */
export function ListPager(props: {
  t: Translate;
  locale: Locale;
  result: Paged<unknown>;
  path: string;
  filters: Record<string, string | number | undefined>;
  /** Rows a page, when the list's own (PAGE_SIZE unless said). */
  size?: number;
  label?: string;
}) {
  const { result, path, filters } = props;
  return (
    <Pager
      t={props.t}
      locale={props.locale}
      label={props.label}
      page={result.page}
      pages={pageCount(result.total, props.size)}
      total={result.total}
      href={(page) => pageHref(path, filters, page)}
    />
  );
}
