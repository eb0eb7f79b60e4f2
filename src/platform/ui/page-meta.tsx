// What search engines and link previews read in a public page's head: canonical address,
// description, Open Graph and structured data (JSON-LD).
import { raw } from 'hono/html';
import type { Locale } from '../i18n';

/** Structured data, safe inside a script element whatever the texts hold. */
export const jsonLd = (data: unknown) =>
  raw(
    `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`,
  );

export interface PageMetaProps {
  url: string;
  title: string;
  description: string;
  locale: Locale;
  type: 'website' | 'article' | 'profile';
  image?: { url: string; alt: string; width?: number; height?: number };
  /** Alternate feeds of the page (RSS, Atom). */
  feeds?: { type: 'rss' | 'atom'; title: string; href: string }[];
  data?: unknown;
}

export function PageMeta(p: PageMetaProps) {
  const description = p.description.slice(0, 200);
  return (
    <>
      <link rel="canonical" href={p.url} />
      <meta name="description" content={description} />
      <meta property="og:type" content={p.type} />
      <meta property="og:title" content={p.title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={p.url} />
      <meta property="og:locale" content={p.locale === 'vi' ? 'vi_VN' : 'en_GB'} />
      {p.image && (
        <>
          <meta property="og:image" content={p.image.url} />
          {p.image.width && <meta property="og:image:width" content={String(p.image.width)} />}
          {p.image.height && <meta property="og:image:height" content={String(p.image.height)} />}
          <meta property="og:image:alt" content={p.image.alt} />
        </>
      )}
      {p.feeds?.map((f) => (
        <link
          rel="alternate"
          type={f.type === 'rss' ? 'application/rss+xml' : 'application/atom+xml'}
          title={f.title}
          href={f.href}
        />
      ))}
      {p.data !== undefined && jsonLd(p.data)}
    </>
  );
}
