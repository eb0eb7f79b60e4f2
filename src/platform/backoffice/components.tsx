import type { Child } from 'hono/jsx';
import type { RequestContext } from '../http/context';
import type { FieldErrors } from '../http/errors';
import { formatNumber, type MessageKey } from '../i18n';
import { backofficeNavigation } from '../modules/registry';
import { ErrorSummary, Notice } from '../ui/components';
import { Layout } from '../ui/layout';
import { pageCount, pageHref } from './paging';

export function BackofficeNav({ ctx, path }: { ctx: RequestContext; path: string }) {
  const current = (p: string) =>
    p === '/admin' ? path === '/admin' : path === p || path.startsWith(`${p}/`);
  return (
    // A row of links rather than a list: the stylesheet has no un-bulleted inline list.
    <nav aria-label={ctx.t('backoffice.nav.label')}>
      <p class="row">
        {backofficeNavigation(ctx.actor).map((p) => (
          <a href={p.path} aria-current={current(p.path) ? 'page' : undefined}>
            {ctx.t(p.title)}
          </a>
        ))}
      </p>
    </nav>
  );
}

interface BackofficePageProps {
  ctx: RequestContext;
  /** Path with query, to come back after switching language. */
  path: string;
  title: string;
  lead?: string;
  errors?: FieldErrors;
  notice?: { kind: 'info' | 'success' | 'error'; text: string };
  children?: Child;
}

export function BackofficePage(props: BackofficePageProps) {
  const { ctx, path, title, lead, errors, notice, children } = props;
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <BackofficeNav ctx={ctx} path={path.split('?')[0] ?? path} />
      <h1>{title}</h1>
      {lead && <p class="muted">{lead}</p>}
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <ErrorSummary t={ctx.t} errors={errors} />
      {children}
    </Layout>
  );
}

/** "Page 2 of 7 · 312 results" with previous/next links that keep the filters. */
export function Pager(props: {
  ctx: RequestContext;
  path: string;
  filters: Record<string, string | undefined>;
  page: number;
  total: number;
}) {
  const { ctx, path, filters, page, total } = props;
  const pages = pageCount(total);
  return (
    <nav aria-label={ctx.t('backoffice.pager.label')} class="row">
      <p>
        {ctx.t('backoffice.pager.summary', {
          page: formatNumber(page, ctx.locale),
          pages: formatNumber(pages, ctx.locale),
          total: formatNumber(total, ctx.locale),
        })}
      </p>
      {page > 1 && (
        <a rel="prev" href={pageHref(path, filters, Math.min(page - 1, pages))}>
          {ctx.t('common.previous')}
        </a>
      )}
      {page < pages && (
        <a rel="next" href={pageHref(path, filters, page + 1)}>
          {ctx.t('common.next')}
        </a>
      )}
    </nav>
  );
}

/** The message under an empty list: nothing at all, or nothing matching the filters. */
export function EmptyList({
  ctx,
  filtered,
  empty,
}: {
  ctx: RequestContext;
  filtered: boolean;
  empty: MessageKey;
}) {
  return <p class="muted">{ctx.t(filtered ? 'backoffice.noResults' : empty)}</p>;
}
