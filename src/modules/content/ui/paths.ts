import type { ContentKind } from '../domain/content-item';

export const NEWS_PATH = '/news';
export const PAGES_PATH = '/pages';

/** News, announcements and stories live under /news; pages, partners and FAQ under /pages. */
export const itemPath = (item: { kind: string; slug: string }) =>
  `${(['news', 'announcement', 'story'] as readonly string[]).includes(item.kind) ? NEWS_PATH : PAGES_PATH}/${item.slug}`;

export const kindsAt = (base: string): readonly ContentKind[] =>
  base === NEWS_PATH ? ['news', 'announcement', 'story'] : ['page', 'partner', 'faq'];

export const LEGAL_PATH = '/legal';

export const NEWSLETTER_PATH = '/newsletter';
export const NEWSLETTER_STAFF_PATH = '/admin/content/newsletter';
export const MEDIA_STAFF_PATH = '/admin/content/media';
/** A library document's download: `/media/<sha256>.<kind>`. */
export const MEDIA_FILES_PATH = '/media';
export const mediaFileUrl = (key: string) => `${MEDIA_FILES_PATH}/${key}`;
