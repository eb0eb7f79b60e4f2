// sitemap.xml: the portal's public pages, every public organisation page and every listed
// person's page. Past 50,000 URLs (the protocol's limit per file) /sitemap.xml becomes an index
// of parts /sitemap-<n>.xml of 10,000 URLs each, so that no request builds a huge file at once
// (on the embedded engine a long query stalls every other request).
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { mainNavigation } from '../../../platform/modules/registry';
import { countListedPeople, listedPeopleSlugs } from '../db/people-listing.repository';
import { countPublicOrganizations, publicOrganizationSlugs } from '../db/stats.repository';
import { latestChange } from '../db/changes.repository';

export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_PART_SIZE = 10_000;
export const STATS_PATH = '/directory/stats';

export interface SitemapUrl {
  path: string;
  lastmod?: Date;
}

export interface SitemapOptions {
  /** The public origin URLs are made absolute with, e.g. https://innohub.example.gov.vn */
  origin: string;
  /** Up to this many URLs, one file; past it an index of parts (smaller in tests). */
  maxUrls?: number;
  /** URLs per part of an index. */
  partSize?: number;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
/** W3C datetime, to the second. */
const w3c = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function staticUrls(changed: Date | undefined): SitemapUrl[] {
  return [
    { path: '/' },
    ...mainNavigation().map((m) => ({
      path: m.path,
      lastmod: m.path === '/directory' ? changed : undefined,
    })),
    { path: '/directory/people', lastmod: changed },
    { path: STATS_PATH, lastmod: changed },
  ];
}

/** The URLs after the fixed pages, one kind of record after the other, each in id order. */
const RECORD_SOURCES = [
  {
    count: countPublicOrganizations,
    slugs: publicOrganizationSlugs,
    path: (slug: string) => `/directory/organizations/${slug}`,
  },
  {
    count: countListedPeople,
    slugs: listedPeopleSlugs,
    path: (slug: string) => `/directory/people/${slug}`,
  },
];

/** Record counts per database, recounted only when the directory has changed. */
const countsCache = new WeakMap<Db, { seq: number; counts: number[] }>();

async function plan(db: Db, options: SitemapOptions) {
  const latest = await latestChange(db);
  const seq = latest?.seq ?? 0;
  const cached = countsCache.get(db);
  let counts = cached?.seq === seq ? cached.counts : undefined;
  if (!counts) {
    counts = await Promise.all(RECORD_SOURCES.map((source) => source.count(db)));
    countsCache.set(db, { seq, counts });
  }
  const fixed = staticUrls(latest?.at);
  const total = fixed.length + counts.reduce((sum, n) => sum + n, 0);
  const partSize = options.partSize ?? SITEMAP_PART_SIZE;
  const isIndexed = total > (options.maxUrls ?? SITEMAP_MAX_URLS);
  return {
    fixed,
    counts,
    total,
    partSize,
    changed: latest?.at,
    parts: isIndexed ? Math.ceil(total / partSize) : 1,
  };
}

/** URLs number `from` to `from + count - 1` of the whole list: fixed pages first, then records. */
async function urlsInRange(
  db: Db,
  { fixed, counts }: { fixed: SitemapUrl[]; counts: number[] },
  from: number,
  count: number,
) {
  const urls = fixed.slice(from, from + count);
  let start = fixed.length;
  for (const [i, source] of RECORD_SOURCES.entries()) {
    const size = counts[i]!;
    const offset = Math.max(0, from + urls.length - start);
    const limit = Math.min(count - urls.length, size - offset);
    if (limit > 0) {
      for (const r of await source.slugs(db, { offset, limit })) {
        urls.push({ path: source.path(r.slug), lastmod: r.updatedAt });
      }
    }
    start += size;
  }
  return urls;
}

function urlset(origin: string, urls: SitemapUrl[]): string {
  const entries = urls.map(
    (u) =>
      `<url><loc>${escapeXml(origin + u.path)}</loc>${u.lastmod ? `<lastmod>${w3c(u.lastmod)}</lastmod>` : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** /sitemap.xml: every URL, or an index of the parts when there are too many for one file. */
export async function buildSitemap(
  deps: Pick<AppDeps, 'database'>,
  options: SitemapOptions,
): Promise<string> {
  const { db } = deps.database;
  const planned = await plan(db, options);
  if (planned.parts === 1) {
    return urlset(options.origin, await urlsInRange(db, planned, 0, planned.total));
  }
  const { changed } = planned;
  const entries = Array.from(
    { length: planned.parts },
    (_, i) =>
      `<sitemap><loc>${escapeXml(`${options.origin}/sitemap-${i + 1}.xml`)}</loc>${changed ? `<lastmod>${w3c(changed)}</lastmod>` : ''}</sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** /sitemap-<n>.xml (n from 1), or undefined when there is no such part (or no index at all). */
export async function buildSitemapPart(
  deps: Pick<AppDeps, 'database'>,
  input: SitemapOptions & { part: number },
): Promise<string | undefined> {
  const { db } = deps.database;
  const { part, ...options } = input;
  const planned = await plan(db, options);
  if (planned.parts === 1 || !Number.isInteger(part) || part < 1 || part > planned.parts) {
    return undefined;
  }
  const { partSize } = planned;
  return urlset(options.origin, await urlsInRange(db, planned, (part - 1) * partSize, partSize));
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
