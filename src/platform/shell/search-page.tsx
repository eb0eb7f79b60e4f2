// The portal-wide search: the words are given to every module's sources at once, and each answers
// with its first hits, its total and a link to its own list. A source that fails is left out and
// logged; the page still answers.
import type { RequestContext } from '../http/context';
import { formatNumber } from '../i18n';
import { log } from '../log/logger';
import type { SearchSection, SearchSource } from '../modules/manifest';
import { searchSources } from '../modules/registry';
import { Layout } from '../ui/layout';
import { TextField } from '../ui/text-controls';

export const SEARCH_PATH = '/search';
const HITS_SHOWN = 5;

export function SearchBox({
  ctx,
  words,
  id = 'q',
}: {
  ctx: RequestContext;
  words?: string;
  id?: string;
}) {
  const { t } = ctx;
  return (
    <form method="get" action={SEARCH_PATH} role="search" class="search-box">
      <TextField
        t={t}
        name="q"
        id={id}
        type="search"
        label={t('search.portal.label')}
        value={words}
      />
      <p>
        <button type="submit">{t('search.portal.submit')}</button>
      </p>
    </form>
  );
}

async function findEverywhere(ctx: RequestContext, words: string) {
  return Promise.all(
    searchSources().map(async (source) => {
      try {
        return { source, section: await source.find(ctx, words, HITS_SHOWN) };
      } catch (error) {
        log.error('search source failed', { source: source.id, error: String(error) });
        return { source, section: undefined };
      }
    }),
  );
}

function Section({
  ctx,
  source,
  section,
}: {
  ctx: RequestContext;
  source: SearchSource;
  section: SearchSection;
}) {
  const { t, locale } = ctx;
  const headingId = `found-${source.id.replace('.', '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(source.title)} <span class="muted">({formatNumber(section.total, locale)})</span>
      </h2>
      <ul>
        {section.hits.map((hit) => (
          <li>
            <a href={hit.href}>{hit.title}</a>
            {hit.meta && <span class="muted"> · {hit.meta}</span>}
          </li>
        ))}
      </ul>
      {section.total > section.hits.length && (
        <p>
          <a href={section.moreHref}>
            {t('search.portal.more', { count: formatNumber(section.total, locale) })}
          </a>
        </p>
      )}
    </section>
  );
}

export async function SearchPage({ ctx, words }: { ctx: RequestContext; words: string }) {
  const { t, locale } = ctx;
  const found = words ? await findEverywhere(ctx, words) : [];
  const shown = found.filter((f) => f.section && f.section.total > 0);
  const total = shown.reduce((n, f) => n + f.section!.total, 0);
  return (
    <Layout
      ctx={ctx}
      title={words ? t('search.portal.titleFor', { words }) : t('search.portal.title')}
      path={words ? `${SEARCH_PATH}?q=${encodeURIComponent(words)}` : SEARCH_PATH}
    >
      <h1>{t('search.portal.title')}</h1>
      <SearchBox ctx={ctx} words={words} />
      {words && (
        <p role="status">
          {total > 0
            ? t('search.portal.count', { count: formatNumber(total, locale) })
            : t('search.portal.none', { words })}
        </p>
      )}
      {shown.map(({ source, section }) => (
        <Section ctx={ctx} source={source} section={section!} />
      ))}
    </Layout>
  );
}
