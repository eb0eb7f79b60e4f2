// Long texts that staff write or import (articles, pages, descriptions): stored as Markdown,
// rendered on the server and cleaned to an allow-list whatever reached us — typed Markdown, the
// rich-text editor's output or an imported Word file. No script, no event handler, no style, no
// `javascript:` address survives; only images of our own store and YouTube embeds.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'mark',
  'blockquote',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'iframe',
];

/** Embeds allowed: YouTube's privacy-enhanced player only. */
const EMBED = /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{6,20}(\?[\w=&;-]*)?$/;
/** Images from our own file store, or any https image. */
const IMAGE = /^(\/files\/[0-9a-f]{64}\.[a-z]{3,4}|https:\/\/[^\s"'<>]+)$/;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    // rel and loading are ours, set below.
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'title', 'loading'],
    iframe: ['src', 'title', 'width', 'height', 'allowfullscreen'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https'], iframe: ['https'] },
  allowProtocolRelative: false,
  // h1 is the page's title: a heading one in a body becomes a heading two.
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'nofollow noopener noreferrer' } : attribs,
      };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
  },
  exclusiveFilter: (frame) =>
    (frame.tag === 'iframe' && !EMBED.test(frame.attribs.src ?? '')) ||
    (frame.tag === 'img' && !IMAGE.test(frame.attribs.src ?? '')),
};

/** HTML from anywhere, cleaned to what a page may show. */
export const cleanHtml = (html: string): string => sanitizeHtml(html, OPTIONS);

/** A Markdown text as clean HTML. */
export const renderRichText = (text: string): string =>
  cleanHtml(markdown.parse(text.normalize('NFC')) as string);

/** The words of a rich text without its markup: for summaries, feeds and search. */
export const plainText = (text: string): string =>
  sanitizeHtml(markdown.parse(text) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
