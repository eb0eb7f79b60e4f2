// HTML as the Markdown that long texts are stored in: what a rich-text editor posts and what a
// Word file becomes. It is cleaned to the allow-list first, so whatever the browser or the file
// held, only allowed markup reaches the Markdown (which is cleaned again when it is shown).
import type TurndownService from 'turndown';
import { cleanHtml } from './rich-text';

let turndown: TurndownService | undefined;

const isOnlyChildOfItem = (node: HTMLElement) =>
  node.parentNode?.nodeName === 'LI' &&
  Array.from(node.parentNode.childNodes).every(
    (n) => n === node || (n.nodeType === 3 && !n.textContent?.trim()),
  );

/** turndown loads on first use: most requests never convert HTML. */
async function converter(): Promise<TurndownService> {
  if (turndown) return turndown;
  const { default: Turndown } = await import('turndown');
  const converting = new Turndown({
    headingStyle: 'atx',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  // Markdown has no tables of its own here: they stay HTML, which the renderer cleans like the rest.
  converting.keep(['table']);
  // The editor wraps each list item in a paragraph: one alone makes a tight list, as typed.
  converting.addRule('listItemParagraph', {
    filter: (node) => node.nodeName === 'P' && isOnlyChildOfItem(node),
    replacement: (content) => content,
  });
  // Words that look like markup ("<b>" typed as text) stay words: Markdown would read them as HTML.
  const escapeMarkdown = converting.escape.bind(converting);
  converting.escape = (text) => escapeMarkdown(text).replace(/</g, '\\<');
  turndown = converting;
  return converting;
}

export async function markdownFromHtml(html: string): Promise<string> {
  return (await converter()).turndown(cleanHtml(html.normalize('NFC'))).trim();
}
