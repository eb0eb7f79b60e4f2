// HTML as the Markdown that long texts are stored in: what a rich-text editor posts and what a
// Word file becomes. It is cleaned to the allow-list first, so whatever the browser or the file
// held, only allowed markup reaches the Markdown (which is cleaned again when it is shown).
import type TurndownService from 'turndown';
import { cleanHtml } from './rich-text';

let turndown: TurndownService | undefined;

/** turndown loads on first use: most requests never convert HTML. */
async function converter(): Promise<TurndownService> {
  if (turndown) return turndown;
  const { default: Turndown } = await import('turndown');
  turndown = new Turndown({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*' });
  // Markdown has no tables of its own here: they stay HTML, which the renderer cleans like the rest.
  turndown.keep(['table']);
  return turndown;
}

export async function markdownFromHtml(html: string): Promise<string> {
  return (await converter()).turndown(cleanHtml(html.normalize('NFC'))).trim();
}
