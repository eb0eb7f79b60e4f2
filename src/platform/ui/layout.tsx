import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { isSignedIn, can } from '../authz';
import type { RequestContext } from '../http/context';
import { mainNavigation } from '../modules/registry';

interface LayoutProps {
  ctx: RequestContext;
  title: string;
  /** Current path and query, to come back after switching language. */
  path: string;
  children?: Child;
  /**
   * Extra head elements: canonical link, description, Open Graph, JSON-LD (PageMeta). Without
   * them the page gets a canonical address (its path without the query) and a description.
   */
  head?: Child;
  /** What the page is about, for search engines, when it has no `head` of its own. */
  description?: string;
}

/** The canonical address and description every page without its own PageMeta gets. */
function DefaultMeta(props: { ctx: RequestContext; path: string; description?: string }) {
  const { ctx } = props;
  const pathname = props.path.split(/[?#]/)[0] || '/';
  return (
    <>
      <link rel="canonical" href={`${ctx.deps.config.publicUrl}${pathname}`} />
      <meta name="description" content={(props.description ?? ctx.t('home.lead')).slice(0, 200)} />
    </>
  );
}

export function Layout({ ctx, title, path, children, head, description }: LayoutProps) {
  const { t, locale, actor } = ctx;
  const other = locale === 'vi' ? 'en' : 'vi';
  const back = encodeURIComponent(path);
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${t('app.name')}`}</title>
          <link rel="stylesheet" href="/assets/app.css" />
          <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
          {head ?? <DefaultMeta ctx={ctx} path={path} description={description} />}
        </head>
        <body>
          <a class="skip" href="#main">
            {t('shell.skipToContent')}
          </a>
          <header class="site-header">
            <a class="brand" href="/">
              {t('app.name')}
            </a>
            <nav aria-label={t('shell.mainNav')} class="main-nav">
              <details class="menu">
                <summary>{t('shell.menu')}</summary>
                <ul>
                  {mainNavigation().map((m) => (
                    <li>
                      <a href={m.path} aria-current={path.startsWith(m.path) ? 'page' : undefined}>
                        {t(m.title)}
                      </a>
                    </li>
                  ))}
                  {can(actor, 'backoffice:enter') && (
                    <li>
                      <a href="/admin">{t('module.admin')}</a>
                    </li>
                  )}
                </ul>
              </details>
            </nav>
            <div class="header-actions">
              <a href={`/locale/${other}?next=${back}`} lang={other} hreflang={other}>
                {other === 'en' ? t('shell.switchToEnglish') : t('shell.switchToVietnamese')}
              </a>
              {isSignedIn(actor) ? (
                <>
                  <a href="/account">{actor.user.name}</a>
                  <form method="post" action="/logout" class="inline">
                    <button type="submit" class="link">
                      {t('identity.logout')}
                    </button>
                  </form>
                </>
              ) : (
                <>
                  <a href="/login">{t('identity.login')}</a>
                  <a class="button small" href="/register">
                    {t('identity.register')}
                  </a>
                </>
              )}
            </div>
          </header>
          <main id="main" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <p>{t('shell.footer')}</p>
            <p>
              <a href="/api/docs">{t('shell.apiDocs')}</a>
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}
