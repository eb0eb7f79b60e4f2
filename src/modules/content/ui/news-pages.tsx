// The public pages of content: the news list and an item's page.
import { variantSrcset } from '../../../platform/files/image-variants';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, type Translate } from '../../../platform/i18n';
import type { Paged } from '../../../platform/input/paging';
import { SelectField, type Choice } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { Layout } from '../../../platform/ui/layout';
import { Notice } from '../../../platform/ui/notice';
import { PageMeta } from '../../../platform/ui/page-meta';
import { ListPager } from '../../../platform/ui/pager';
import { renderRichText } from '../../../platform/text/rich-text';
import { raw } from 'hono/html';
import { SECTORS } from '../../directory';
import type { ItemRow } from '../db/items.repository';
import type { CoverSize } from '../services/covers';
import { NEWS_KINDS } from '../domain/content-item';
import { linkPath } from '../services/item-links';
import { textOf } from './localized';
import { itemPath, LEGAL_PATH, NEWS_PATH, NEWSLETTER_PATH } from './paths';

export const sectorChoices = (t: Translate): Choice[] =>
  SECTORS.map((s) => ({ value: s, label: t(`directory.sector.${s}`) }));

const COVER_SIZES = '(max-width: 760px) 100vw, 720px';

/**
 * A cover at its own proportions: width and height given, so nothing shifts as it loads; the
 * browser picks the first format it reads (AVIF, then WebP) at the width its screen needs, and
 * the uploaded original is the fallback.
 */
export function Cover(props: { src: string; alt: string; size?: CoverSize; eager?: boolean }) {
  const img = (
    <img
      class="cover"
      src={props.src}
      alt={props.alt}
      width={props.size?.width}
      height={props.size?.height}
      loading={props.eager ? undefined : 'lazy'}
      decoding="async"
    />
  );
  const webp = props.size?.variants ?? [];
  const avif = props.size?.avifVariants ?? [];
  if (webp.length === 0) return img;
  return (
    <picture>
      {avif.length > 0 && (
        <source type="image/avif" srcset={variantSrcset(avif)} sizes={COVER_SIZES} />
      )}
      <source type="image/webp" srcset={variantSrcset(webp)} sizes={COVER_SIZES} />
      {img}
    </picture>
  );
}

export function ItemCard(props: {
  ctx: RequestContext;
  item: ItemRow;
  covers: Map<string, CoverSize>;
  headingLevel?: 2 | 3;
}) {
  const { ctx, item } = props;
  const text = textOf(item, ctx.locale);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card news-card">
      {item.coverKey && (
        <Cover
          src={`/files/${item.coverKey}`}
          alt={text.coverAlt}
          size={props.covers.get(item.coverKey)}
        />
      )}
      <p class="muted">
        {ctx.t(`content.kind.${item.kind}` as never)}
        {item.publishedAt && (
          <>
            {' '}
            ·{' '}
            <time datetime={item.publishedAt.toISOString()}>
              {formatDate(item.publishedAt, ctx.locale)}
            </time>
          </>
        )}
      </p>
      <Heading>
        <a href={itemPath(item)}>{text.title}</a>
      </Heading>
      {text.summary && <p>{text.summary}</p>}
    </li>
  );
}

export interface NewsFilters {
  kind?: string;
  topic?: string;
}

export function NewsListPage(props: {
  ctx: RequestContext;
  result: Paged<ItemRow>;
  filters: NewsFilters;
  covers: Map<string, CoverSize>;
  origin: string;
}) {
  const { ctx, result, filters } = props;
  const { t, locale } = ctx;
  const isFiltered = Boolean(filters.kind || filters.topic);
  const feedQuery = filters.topic ? `?topic=${filters.topic}` : '';
  return (
    <Layout
      ctx={ctx}
      title={t('content.news.title')}
      path={NEWS_PATH}
      head={
        <PageMeta
          url={`${props.origin}${NEWS_PATH}`}
          title={t('content.news.title')}
          description={t('content.news.lead')}
          locale={locale}
          type="website"
          feeds={[
            {
              type: 'rss',
              title: `${t('content.news.title')} (RSS)`,
              href: `${NEWS_PATH}/rss.xml${feedQuery}`,
            },
            {
              type: 'atom',
              title: `${t('content.news.title')} (Atom)`,
              href: `${NEWS_PATH}/atom.xml${feedQuery}`,
            },
          ]}
        />
      }
    >
      <h1>{t('content.news.title')}</h1>
      <p class="lead">{t('content.news.lead')}</p>
      <p>
        <a href={LEGAL_PATH}>{t('content.legal.all')}</a>
      </p>
      <FilterForm t={t} action={NEWS_PATH} isFiltered={isFiltered} class="filter-grid">
        <SelectField
          t={t}
          name="kind"
          label={t('content.news.kind')}
          value={filters.kind}
          empty={t('content.news.any')}
          options={NEWS_KINDS.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
        />
        <SelectField
          t={t}
          name="topic"
          label={t('content.news.topic')}
          value={filters.topic}
          empty={t('content.news.any')}
          options={sectorChoices(t)}
        />
      </FilterForm>
      {result.rows.length === 0 ? (
        <p class="muted">{t(isFiltered ? 'content.news.emptyFiltered' : 'content.news.empty')}</p>
      ) : (
        <ul class="cards news-cards">
          {result.rows.map((item) => (
            <ItemCard ctx={ctx} item={item} covers={props.covers} headingLevel={2} />
          ))}
        </ul>
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={NEWS_PATH}
        filters={{ ...filters }}
        size={12}
      />
      <p class="muted">
        {t('content.news.feeds')}: <a href={`${NEWS_PATH}/rss.xml${feedQuery}`}>RSS</a> ·{' '}
        <a href={`${NEWS_PATH}/atom.xml${feedQuery}`}>Atom</a> ·{' '}
        <a href={NEWSLETTER_PATH}>{t('content.newsletter.title')}</a>
      </p>
    </Layout>
  );
}

function articleJsonLd(item: ItemRow, url: string, origin: string, title: string, summary: string) {
  return {
    '@context': 'https://schema.org',
    '@type': item.kind === 'news' || item.kind === 'announcement' ? 'NewsArticle' : 'Article',
    headline: title.slice(0, 110),
    description: summary,
    url,
    mainEntityOfPage: url,
    datePublished: item.publishedAt?.toISOString(),
    dateModified: item.updatedAt.toISOString(),
    inLanguage: 'vi',
    ...(item.coverKey ? { image: [`${origin}/files/${item.coverKey}`] } : {}),
    ...(item.authorName ? { author: { '@type': 'Person', name: item.authorName } } : {}),
  };
}

export function ItemPage(props: {
  ctx: RequestContext;
  item: ItemRow;
  cover?: CoverSize;
  origin: string;
  /** Shown through a draft's private link. */
  isPreview?: boolean;
}) {
  const { ctx, item, origin } = props;
  const { t, locale } = ctx;
  const text = textOf(item, locale);
  const path = itemPath(item);
  const url = `${origin}${path}`;
  return (
    <Layout
      ctx={ctx}
      title={text.title}
      path={path}
      head={
        <>
          {props.isPreview || item.status !== 'published' ? (
            <meta name="robots" content="noindex" />
          ) : null}
          <PageMeta
            url={url}
            title={text.title}
            description={text.summary || text.title}
            locale={locale}
            type="article"
            image={
              item.coverKey
                ? { url: `${origin}/files/${item.coverKey}`, alt: text.coverAlt, ...props.cover }
                : undefined
            }
            data={articleJsonLd(item, url, origin, text.title, text.summary)}
          />
        </>
      }
    >
      <article class="article">
        {props.isPreview && <Notice>{t('content.article.preview')}</Notice>}
        {!props.isPreview && item.status !== 'published' && (
          <Notice>
            {t('content.article.notPublic', {
              status: t(`content.status.${item.status}` as never),
            })}
          </Notice>
        )}
        <p class="muted">{t(`content.kind.${item.kind}` as never)}</p>
        <h1>{text.title}</h1>
        <p class="muted">
          {item.publishedAt && (
            <time datetime={item.publishedAt.toISOString()}>
              {t('content.article.published', { date: formatDate(item.publishedAt, locale) })}
            </time>
          )}
          {item.authorName && <> · {t('content.article.by', { author: item.authorName })}</>}
        </p>
        {text.isFallback && <Notice>{t('content.article.fallback')}</Notice>}
        {text.summary && <p class="lead">{text.summary}</p>}
        {item.coverKey && (
          <figure>
            <Cover src={`/files/${item.coverKey}`} alt={text.coverAlt} size={props.cover} eager />
          </figure>
        )}
        <div class="rich-text" lang={text.isFallback ? 'vi' : undefined}>
          {raw(renderRichText(text.body))}
        </div>
        {item.topics.length > 0 && (
          <p>
            {t('content.article.topics')}:{' '}
            {item.topics.map((s, i) => (
              <>
                {i > 0 && ', '}
                <a href={`${NEWS_PATH}?topic=${s}`}>{t(`directory.sector.${s}` as never)}</a>
              </>
            ))}
          </p>
        )}
        {item.tags.length > 0 && (
          <p class="tags">
            {t('content.article.tags')}: {item.tags.join(', ')}
          </p>
        )}
        {item.links.length > 0 && (
          <section aria-labelledby="related">
            <h2 id="related">{t('content.article.links')}</h2>
            <ul>
              {item.links.map((l) => (
                <li>
                  <a href={linkPath(l)}>{l.label}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </Layout>
  );
}
