import type { Child } from 'hono/jsx';
import type { RequestContext } from '../http/context';
import type { FieldErrors } from '../errors';
import type { MessageKey } from '../i18n';
import { backofficeNavigation } from '../modules/registry';
import { ErrorSummary } from '../ui/error-summary';
import { Layout } from '../ui/layout';
import { Notice, type PageNotice } from '../ui/notice';

export function BackofficeNav({ ctx, path }: { ctx: RequestContext; path: string }) {
  const entries = backofficeNavigation(ctx.actor);
  const holds = (p: string) =>
    p === '/admin' ? path === '/admin' : path === p || path.startsWith(`${p}/`);
  // The deepest entry holding the page is the current one (/admin/content/legal, not /admin/content).
  const currentPath = entries
    .map((e) => e.path)
    .filter(holds)
    .sort((a, b) => b.length - a.length)[0];
  const current = (p: string) => p === currentPath;
  return (
    // A row of links rather than a list: the stylesheet has no un-bulleted inline list.
    <nav aria-label={ctx.t('backoffice.nav.label')}>
      <p class="row">
        {entries.map((p) => (
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
  notice?: PageNotice;
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
