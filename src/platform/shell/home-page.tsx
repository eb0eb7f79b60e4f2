// The portal's front page: a welcome, then the sections the modules supply (the featured story,
// the latest news, open calls, figures…) in their order, then every module to explore. A section
// that fails is left out and logged; the page still answers. Visitors get the blocks kept a short
// while (home-cache.ts, decision 020).
import type { Child } from 'hono/jsx';
import type { RequestContext } from '../http/context';
import { mainNavigation } from '../modules/registry';
import { Layout } from '../ui/layout';
import { PageMeta } from '../ui/page-meta';
import { renderHomeBlocks, visitorsHomePage } from './home-cache';
import { SearchBox } from './search-page';

/** The page's markup for this request (kept for visitors who are not signed in). */
export function homePageHtml(ctx: RequestContext): Promise<string> {
  return visitorsHomePage(ctx, async () => {
    const { blocks, hasFailed } = await renderHomeBlocks(ctx);
    const html = String(await (<HomePage ctx={ctx} blocks={blocks} />).toString());
    return { html, mayKeep: !hasFailed };
  });
}

function HomePage({ ctx, blocks }: { ctx: RequestContext; blocks: (Child | null)[] }) {
  const { t } = ctx;
  const origin = ctx.deps.config.publicUrl;
  return (
    <Layout
      ctx={ctx}
      title={t('home.title')}
      path="/"
      head={
        <PageMeta
          url={`${origin}/`}
          title={t('home.title')}
          description={t('home.lead')}
          locale={ctx.locale}
          type="website"
          data={{
            '@context': 'https://schema.org',
            '@type': 'WebSite',
            name: t('app.name'),
            url: `${origin}/`,
          }}
        />
      }
    >
      <section class="hero">
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <SearchBox ctx={ctx} id="home-search" />
        {ctx.actor.kind === 'anonymous' && (
          <p>
            <a class="button" href="/register">
              {t('home.getStarted')}
            </a>
          </p>
        )}
      </section>
      {blocks}
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">{t('home.modules')}</h2>
        <ul class="cards">
          {mainNavigation().map((m) => (
            <li class="card">
              <h3>
                <a href={m.path}>{t(m.title)}</a>
              </h3>
              {m.description && <p>{t(m.description)}</p>}
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
