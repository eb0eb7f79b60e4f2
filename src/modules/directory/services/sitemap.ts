// sitemap.xml: the portal's public pages, every public organisation page and every listed
// person's page. Past 50,000 URLs
// (the protocol's limit per file) /sitemap.xml becomes an index of parts /sitemap-<n>.xml.
import type { Db } from '../../../platform/db/client';
import { NAV_MODULES } from '../../../platform/ui/modules';
import {
  countListedPeople,
  countPublicOrganizations,
  latestChange,
  listedPeopleSlugs,
  publicOrganizationSlugs,
} from '../db/organizations.repository';

export const SITEMAP_MAX_URLS = 50_000;
export const STATS_PATH = '/directory/stats';

export interface SitemapUrl {
  path: string;
  lastmod?: Date;
}

export interface SitemapOptions {
  /** The public origin URLs are made absolute with, e.g. https://innohub.example.gov.vn */
  origin: string;
  /** URLs per file; the protocol allows 50,000 (smaller in tests). */
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

async function staticUrls(db: Db): Promise<SitemapUrl[]> {
  const changed = (await latestChange(db))?.at;
  return [
    { path: '/' },
    ...NAV_MODULES.map((m) => ({
      path: m.path,
      lastmod: m.id === 'directory' ? changed : undefined,
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

async function plan(db: Db, partSize: number) {
  const fixed = await staticUrls(db);
  const counts = await Promise.all(RECORD_SOURCES.map((s) => s.count(db)));
  const total = fixed.length + counts.reduce((sum, n) => sum + n, 0);
  return { fixed, counts, total, parts: total <= partSize ? 1 : Math.ceil(total / partSize) };
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
export async function buildSitemap(db: Db, options: SitemapOptions): Promise<string> {
  const partSize = options.partSize ?? SITEMAP_MAX_URLS;
  const planned = await plan(db, partSize);
  if (planned.parts === 1) {
    return urlset(options.origin, await urlsInRange(db, planned, 0, planned.total));
  }
  const changed = (await latestChange(db))?.at;
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
  db: Db,
  part: number,
  options: SitemapOptions,
): Promise<string | undefined> {
  const partSize = options.partSize ?? SITEMAP_MAX_URLS;
  const planned = await plan(db, partSize);
  if (planned.parts === 1 || !Number.isInteger(part) || part < 1 || part > planned.parts) {
    return undefined;
  }
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
