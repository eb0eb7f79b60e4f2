// A Word file as the Markdown body of a page: headings, emphasis, lists, links and tables kept,
// Word's own styling dropped, pictures stored in the file store (checked by content like any
// upload). Official texts arrive as .docx; staff then fix the draft rather than retype it. The
// archive is read with a budget first, so a crafted file cannot expand without limit.
import { checkImage, type FileStore, type ImageRules } from '../files';
import { expandsWithin } from '../files/zip';
import { markdownFromHtml } from './html-markdown';
import { cleanHtml } from './rich-text';

/** What a Word file may expand to in all (text, pictures, styles). */
const MAX_EXPANDED_BYTES = 64 * 1_048_576;
const PICTURE_RULES: ImageRules = { maxBytes: 5 * 1_048_576, maxSide: 6000 };

export type DocxImport =
  | { ok: true; title: string; markdown: string; pictures: number; droppedPictures: number }
  | { ok: false; reason: 'NOT_DOCX' | 'TOO_LARGE' };

/** mammoth loads on the first import (~14 MiB the server rarely needs). */
const loadMammoth = async () => (await import('mammoth')).default;

/** The first heading, or the first line, as the item's title. */
function titleOf(html: string): string {
  const match = /<h[1-3][^>]*>(.*?)<\/h[1-3]>/s.exec(html) ?? /<p[^>]*>(.*?)<\/p>/s.exec(html);
  return (match?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export async function importDocx(bytes: Uint8Array, files: FileStore): Promise<DocxImport> {
  const budget = expandsWithin(bytes, MAX_EXPANDED_BYTES);
  if (budget !== 'ok') return { ok: false, reason: budget === 'INVALID' ? 'NOT_DOCX' : budget };
  const mammoth = await loadMammoth();
  let pictures = 0;
  let droppedPictures = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    const picture = new Uint8Array(await image.readAsArrayBuffer());
    const checked = checkImage(picture, PICTURE_RULES);
    if (!checked.ok) {
      droppedPictures++;
      return { src: '' };
    }
    pictures++;
    return { src: `/files/${(await files.putImage(picture, checked.image)).key}` };
  });
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage })).value;
  } catch {
    return { ok: false, reason: 'NOT_DOCX' };
  }
  return {
    ok: true,
    title: titleOf(cleanHtml(html)),
    markdown: await markdownFromHtml(html),
    pictures,
    droppedPictures,
  };
}
