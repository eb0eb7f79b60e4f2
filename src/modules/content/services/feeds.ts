// RSS 2.0 and Atom 1.0 of the published news, all of it or one sector's: the latest items, each
// with its summary and its text as clean HTML, so readers and the national portal can take them.
import type { AppDeps } from '../../../platform/deps';
import { translator } from '../../../platform/i18n';
import { plainText, renderRichText } from '../../../platform/text/rich-text';
import { escapeXml, w3cDateTime } from '../../../platform/text/xml';
import type { ItemRow } from '../db/items.repository';
import { itemPath, NEWS_PATH } from '../ui/paths';
import { findPublished } from './items.queries';

export const FEED_SIZE = 30;

interface Feed {
  title: string;
  /** The list the feed follows, and the feed's own address. */
  home: string;
  self: string;
  items: ItemRow[];
  updated: Date;
}

async function feedOf(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
  kind: 'rss' | 'atom',
  topic?: string,
): Promise<Feed> {
  const origin = deps.config.publicUrl;
  const t = translator('vi');
  const { rows } = await findPublished(deps, { page: 1, size: FEED_SIZE, topic });
  const query = topic ? `?topic=${encodeURIComponent(topic)}` : '';
  const title = topic
    ? `${t('content.news.title')} · ${t(`directory.sector.${topic}` as never)} · ${t('app.name')}`
    : `${t('content.news.title')} · ${t('app.name')}`;
  return {
    title,
    home: `${origin}${NEWS_PATH}${query}`,
    self: `${origin}${NEWS_PATH}/${kind === 'rss' ? 'rss' : 'atom'}.xml${query}`,
    items: rows,
    updated: rows.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), new Date(0)),
  };
}

const summaryOf = (item: ItemRow) => item.summaryVi || plainText(item.bodyVi).slice(0, 300);

export async function rssFeed(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
  topic?: string,
): Promise<string> {
  const feed = await feedOf(deps, 'rss', topic);
  const origin = deps.config.publicUrl;
  const items = feed.items.map((item) => {
    const url = `${origin}${itemPath(item)}`;
    return [
      '<item>',
      `<title>${escapeXml(item.titleVi)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `<pubDate>${(item.publishedAt ?? item.updatedAt).toUTCString()}</pubDate>`,
      `<description>${escapeXml(summaryOf(item))}</description>`,
      `<content:encoded>${escapeXml(renderRichText(item.bodyVi))}</content:encoded>`,
      ...item.topics.map((s) => `<category>${escapeXml(s)}</category>`),
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.home)}</link>`,
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(translator('vi')('content.news.lead'))}</description>`,
    '<language>vi</language>',
    `<lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

export async function atomFeed(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
  topic?: string,
): Promise<string> {
  const feed = await feedOf(deps, 'atom', topic);
  const origin = deps.config.publicUrl;
  const entries = feed.items.map((item) => {
    const url = `${origin}${itemPath(item)}`;
    return [
      '<entry>',
      `<title>${escapeXml(item.titleVi)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<id>${escapeXml(url)}</id>`,
      `<published>${w3cDateTime(item.publishedAt ?? item.updatedAt)}</published>`,
      `<updated>${w3cDateTime(item.updatedAt)}</updated>`,
      `<author><name>${escapeXml(item.authorName || translator('vi')('app.name'))}</name></author>`,
      `<summary>${escapeXml(summaryOf(item))}</summary>`,
      `<content type="html">${escapeXml(renderRichText(item.bodyVi))}</content>`,
      ...item.topics.map((s) => `<category term="${escapeXml(s)}"/>`),
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `<title>${escapeXml(feed.title)}</title>`,
    `<id>${escapeXml(feed.home)}</id>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `<updated>${w3cDateTime(feed.items.length > 0 ? feed.updated : deps.clock())}</updated>`,
    ...entries,
    '</feed>',
  ].join('\n');
}
