// What a file uploaded to a challenge is, read from its bytes: a PDF, Word, Excel or PowerPoint
// file, a ZIP of data (platform/files), or a CSV table, read as every import reads one
// (platform/files/table.ts: text, columns, rows and cells within limits; refused in the
// directory's words). Its name must only agree with what it is, and an archive must unpack
// within a budget, so a "zip bomb" is refused before it is stored.
import type { FieldMessage } from '../../../platform/errors';
import { DOCUMENT_TYPES, sniffDocument } from '../../../platform/files';
import { expandsWithin } from '../../../platform/files/zip';
import type { PostedFile } from '../../../platform/input/form-values';
import { readTable } from '../../../platform/files/table';
import { tableRefusalMessage } from '../../directory';

export const CHALLENGE_FILE_KINDS = ['pdf', 'docx', 'xlsx', 'pptx', 'csv', 'zip'] as const;
export type ChallengeFileKind = (typeof CHALLENGE_FILE_KINDS)[number];

const MB = 1_048_576;
export const CHALLENGE_FILE_MAX_BYTES = 20 * MB;
/** The form's body: the largest file, its title and a little more, so a file too large gets a message. */
export const CHALLENGE_FILE_BODY_LIMIT = CHALLENGE_FILE_MAX_BYTES + MB;
/** What an Office file may unpack to (as the media library allows). */
const OFFICE_EXPANDED_MAX_BYTES = 64 * MB;
/** A ZIP of data unpacks to far more than a document: ten times the largest upload. */
const ZIP_EXPANDED_MAX_BYTES = 10 * CHALLENGE_FILE_MAX_BYTES;

export const CHALLENGE_FILE_TYPES: Record<ChallengeFileKind, { mime: string; extension: string }> =
  {
    pdf: DOCUMENT_TYPES.pdf,
    docx: DOCUMENT_TYPES.docx,
    xlsx: DOCUMENT_TYPES.xlsx,
    pptx: DOCUMENT_TYPES.pptx,
    zip: DOCUMENT_TYPES.zip,
    csv: { mime: 'text/csv', extension: 'csv' },
  };

/** The extensions a name may carry for each kind; a name without one fits any. */
const EXTENSIONS: Record<ChallengeFileKind, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  zip: ['zip'],
  csv: ['csv', 'txt', 'tsv'],
};

export type CheckedFile =
  { ok: true; kind: ChallengeFileKind; name: string } | { ok: false; error: FieldMessage };

/** The last path segment, without control characters, at most 200 characters, extension kept. */
function cleanName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return clean.length <= 200 ? clean : clean.slice(-200);
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : undefined;
};

/** The name a download is saved under: as uploaded, with the extension of what the bytes are. */
export function downloadNameOf(name: string, kind: ChallengeFileKind): string {
  const clean = cleanName(name) || 'tai-lieu';
  const ext = extensionOf(clean);
  return ext && EXTENSIONS[kind].includes(ext)
    ? clean
    : `${clean}.${CHALLENGE_FILE_TYPES[kind].extension}`;
}

async function kindOf(
  bytes: Uint8Array,
  name: string,
): Promise<ChallengeFileKind | FieldMessage | undefined> {
  const sniffed = sniffDocument(bytes);
  if (sniffed)
    return (CHALLENGE_FILE_KINDS as readonly string[]).includes(sniffed)
      ? (sniffed as ChallengeFileKind)
      : undefined;
  const table = await readTable(bytes);
  if (table.ok) return table.table.format === 'csv' ? 'csv' : undefined;
  // A text file that breaks a table's limits is told which; anything else is not a table.
  if (table.refusal === 'NOT_SPREADSHEET') return undefined;
  const refusal = tableRefusalMessage(table);
  return { key: refusal.key, params: { ...refusal.params, file: name } };
}

function unpacksWithin(bytes: Uint8Array, kind: ChallengeFileKind) {
  if (kind === 'pdf' || kind === 'csv') return true;
  const budget = kind === 'zip' ? ZIP_EXPANDED_MAX_BYTES : OFFICE_EXPANDED_MAX_BYTES;
  return expandsWithin(bytes, budget) === 'ok';
}

export async function checkChallengeFile(file: PostedFile | undefined): Promise<CheckedFile> {
  if (!file || file.bytes.length === 0)
    return { ok: false, error: { key: 'challenges.file.error.missing' } };
  const name = cleanName(file.name);
  const params = { fileName: name, maxMb: CHALLENGE_FILE_MAX_BYTES / MB };
  if (file.bytes.length > CHALLENGE_FILE_MAX_BYTES)
    return { ok: false, error: { key: 'challenges.file.error.tooLarge', params } };
  const kind = await kindOf(file.bytes, name);
  if (kind === undefined)
    return { ok: false, error: { key: 'challenges.file.error.type', params } };
  if (typeof kind !== 'string') return { ok: false, error: kind };
  const ext = extensionOf(name);
  if (ext && !EXTENSIONS[kind].includes(ext))
    return {
      ok: false,
      error: {
        key: 'challenges.file.error.disguised',
        params: { ...params, kind: kind.toUpperCase() },
      },
    };
  if (!unpacksWithin(file.bytes, kind))
    return { ok: false, error: { key: 'challenges.file.error.expands', params } };
  return { ok: true, kind, name: downloadNameOf(name, kind) };
}
