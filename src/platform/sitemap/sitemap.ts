// sitemap.xml: the home page, the main navigation's pages, then every module's public pages (its
// manifest's `sitemap` sources, in module order). Past 50,000 URLs (the protocol's limit per
// file) /sitemap.xml becomes an index of parts /sitemap-<n>.xml of 10,000 URLs each, so that no
// request builds a huge file at once (on the embedded engine a long query stalls every other
// request): each part asks each source for its window only.
import type { AppDeps } from '../deps';
import type { SitemapSource, SitemapUrl } from '../modules/manifest';
import { mainNavigation, sitemapSources } from '../modules/registry';
import { escapeXml, w3cDateTime } from '../text/xml';

export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_PART_SIZE = 10_000;

export interface SitemapOptions {
  /** The public origin URLs are made absolute with, e.g. https://innohub.example.gov.vn */
  origin: string;
  /** Up to this many URLs, one file; past it an index of parts (smaller in tests). */
  maxUrls?: number;
  /** URLs per part of an index. */
  partSize?: number;
}

const fixedUrls = (): SitemapUrl[] => [
  { path: '/' },
  ...mainNavigation().map((m) => ({ path: m.path })),
];

async function plan(deps: AppDeps, options: SitemapOptions) {
  const sources = sitemapSources();
  const fixed = fixedUrls();
  const counts = await Promise.all(sources.map((source) => source.count(deps)));
  const total = fixed.length + counts.reduce((sum, n) => sum + n, 0);
  const partSize = options.partSize ?? SITEMAP_PART_SIZE;
  const isIndexed = total > (options.maxUrls ?? SITEMAP_MAX_URLS);
  return {
    sources,
    fixed,
    counts,
    total,
    partSize,
    parts: isIndexed ? Math.ceil(total / partSize) : 1,
  };
}

/** URLs number `from` to `from + count - 1` of the whole list: fixed pages first, then sources. */
async function urlsInRange(
  deps: AppDeps,
  planned: { sources: SitemapSource[]; fixed: SitemapUrl[]; counts: number[] },
  from: number,
  count: number,
): Promise<SitemapUrl[]> {
  const urls = planned.fixed.slice(from, from + count);
  let start = planned.fixed.length;
  for (const [i, source] of planned.sources.entries()) {
    const size = planned.counts[i]!;
    const offset = Math.max(0, from + urls.length - start);
    const limit = Math.min(count - urls.length, size - offset);
    if (limit > 0) urls.push(...(await source.urls(deps, { offset, limit })));
    start += size;
  }
  return urls;
}

const document = (root: string, entries: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...entries,
    `</${root}>`,
    '',
  ].join('\n');

const urlset = (origin: string, urls: SitemapUrl[]) =>
  document(
    'urlset',
    urls.map(
      (u) =>
        `<url><loc>${escapeXml(origin + u.path)}</loc>${u.lastmod ? `<lastmod>${w3cDateTime(u.lastmod)}</lastmod>` : ''}</url>`,
    ),
  );

/** /sitemap.xml: every URL, or an index of the parts when there are too many for one file. */
export async function buildSitemap(deps: AppDeps, options: SitemapOptions): Promise<string> {
  const planned = await plan(deps, options);
  if (planned.parts === 1)
    return urlset(options.origin, await urlsInRange(deps, planned, 0, planned.total));
  return document(
    'sitemapindex',
    Array.from(
      { length: planned.parts },
      (_, i) =>
        `<sitemap><loc>${escapeXml(`${options.origin}/sitemap-${i + 1}.xml`)}</loc></sitemap>`,
    ),
  );
}

/** /sitemap-<n>.xml (n from 1), or undefined when there is no such part (or no index at all). */
export async function buildSitemapPart(
  deps: AppDeps,
  input: SitemapOptions & { part: number },
): Promise<string | undefined> {
  const { part, ...options } = input;
  const planned = await plan(deps, options);
  if (planned.parts === 1 || !Number.isInteger(part) || part < 1 || part > planned.parts)
    return undefined;
  const { partSize } = planned;
  return urlset(options.origin, await urlsInRange(deps, planned, (part - 1) * partSize, partSize));
}

/** A source whose pages are few enough to read at once (a module's fixed pages, a small table). */
export function listedSitemapSource(
  id: string,
  list: (deps: AppDeps) => Promise<SitemapUrl[]>,
): SitemapSource {
  return {
    id,
    count: async (deps) => (await list(deps)).length,
    urls: async (deps, { offset, limit }) => (await list(deps)).slice(offset, offset + limit),
  };
}

/** robots.txt: private areas closed to crawlers, and where the sitemap is. */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Disallow: /account',
    'Disallow: /admin',
    'Disallow: /api/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
