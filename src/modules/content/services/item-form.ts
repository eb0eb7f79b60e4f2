// The editor's form as posted, read into a command's input, and an item as the form shows it.
import { readImageUpload } from '../../../platform/files/image-upload';
import {
  formFiles,
  formString,
  formStrings,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import { markdownFromHtml } from '../../../platform/text/html-markdown';
import type { TItemFieldsInput } from '../contracts';
import type { ItemRow } from '../db/items.repository';
import type { ItemInput } from './item-input';
import { linkPath } from './item-links';

export const TEXT_FIELDS = [
  'titleVi',
  'summaryVi',
  'bodyVi',
  'titleEn',
  'summaryEn',
  'bodyEn',
  'coverAltVi',
  'coverAltEn',
  'authorName',
] as const;

/** What the form shows: its texts, the sectors ticked, a cover kept from a refused save. */
export interface ItemFormState {
  values: FormValues;
  topics: string[];
  pendingCover?: string;
  /** The name the pending cover was uploaded under, kept for the media library. */
  pendingCoverName?: string;
}

const words = (typed: string) =>
  typed
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

/** The bodies the rich-text editor may post, each with `<name>Format` = html when it did. */
export const RICH_BODIES = ['bodyVi', 'bodyEn'] as const;

export async function readItemForm(body: FormBody): Promise<{
  input: ItemInput & { slug?: string };
  state: ItemFormState;
}> {
  const text = (name: string) => formString(body, name);
  const values: FormValues = {
    kind: text('kind'),
    slug: text('slug'),
    tags: text('tags'),
    links: text('links'),
    isFeatured: text('isFeatured'),
  };
  for (const f of TEXT_FIELDS) values[f] = text(f);
  // The editor's HTML is stored as Markdown like a typed body: the server cleans it, whoever sent it.
  for (const f of RICH_BODIES)
    if (text(`${f}Format`) === 'html') values[f] = await markdownFromHtml(values[f] ?? '');
  const topics = formStrings(body, 'topics');
  const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f] ?? ''])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >;
  const upload = formFiles(body, 'cover')[0];
  const input = {
    slug: values.slug || undefined,
    fields: {
      ...texts,
      kind: values.kind as TItemFieldsInput['kind'],
      tags: words(values.tags ?? ''),
      topics,
      links: (values.links ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
      isFeatured: values.isFeatured === '1',
    },
    // An image chosen from the media library is taken as one already stored (a pending key).
    cover: readImageUpload(
      upload,
      text('coverPending') || text('coverLibrary'),
      text('coverRemove'),
    ),
    coverFileName: upload?.name.normalize('NFC') ?? text('coverPendingName'),
  };
  return {
    input,
    state: {
      values,
      topics,
      pendingCover: input.cover.pending,
      pendingCoverName: input.coverFileName,
    },
  };
}

export function itemFormState(item: ItemRow): ItemFormState {
  const values: FormValues = {
    kind: item.kind,
    slug: item.slug,
    tags: item.tags.join(', '),
    links: item.links.map(linkPath).join('\n'),
    isFeatured: item.isFeatured ? '1' : '',
  };
  for (const f of TEXT_FIELDS) values[f] = item[f];
  return { values, topics: item.topics };
}
