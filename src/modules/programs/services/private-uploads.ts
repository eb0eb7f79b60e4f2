// Files posted with a form, checked by their bytes and kept in the private store: every file of
// a request is checked before any is stored, so a refused one leaves nothing behind.
import {
  checkDocument,
  DOCUMENT_TYPES,
  type DocumentCheck,
  type DocumentKind,
  type FileStore,
} from '../../../platform/files';
import type { MessageKey } from '../../../platform/i18n';
import type { PostedFile } from '../../../platform/input/form-values';

export type { PostedFile };
export type StoredPrivateFile = {
  fileHash: string;
  fileName: string;
  kind: DocumentKind;
  bytes: number;
};
export type UploadRules = { kinds: readonly DocumentKind[]; maxBytes: number };
/** Why a file was refused, as a message naming it; `index` is its place among the uploads. */
export type UploadRefusal = {
  index: number;
  code: Extract<MessageKey, 'programs.answer.file_type' | 'programs.answer.file_too_large'>;
  params: Record<string, string | number>;
};

type Checked = { file: PostedFile; rules: UploadRules; check: DocumentCheck };

function refusalOf({ file, rules, check }: Checked, index: number): UploadRefusal[] {
  if (check.ok) return [];
  if (check.reason === 'TOO_LARGE') {
    const maxMb = Math.round((rules.maxBytes / 1024 / 1024) * 10) / 10;
    const params = { fileName: file.name, maxMb };
    return [{ index, code: 'programs.answer.file_too_large', params }];
  }
  const types = rules.kinds.map((k) => k.toUpperCase()).join(', ');
  return [{ index, code: 'programs.answer.file_type', params: { fileName: file.name, types } }];
}

/**
 * Stores the files when every one passes its rules (kind read from the bytes, size), in the order
 * given; otherwise stores none and says why each refused one was. The stored name keeps what was
 * uploaded, with the extension of what the bytes are.
 */
export async function storePrivateUploads(
  store: FileStore,
  uploads: readonly { file: PostedFile; rules: UploadRules }[],
): Promise<{ ok: true; stored: StoredPrivateFile[] } | { ok: false; refusals: UploadRefusal[] }> {
  const checked = uploads.map((u) => ({ ...u, check: checkDocument(u.file.bytes, u.rules) }));
  const refusals = checked.flatMap((c, index) => refusalOf(c, index));
  if (refusals.length) return { ok: false, refusals };
  const stored: StoredPrivateFile[] = [];
  for (const { file, check } of checked) {
    if (!check.ok) continue;
    const { hash, bytes } = await store.putPrivate(file.bytes);
    stored.push({
      fileHash: hash,
      fileName: storedFileName(file.name, check.kind),
      kind: check.kind,
      bytes,
    });
  }
  return { ok: true, stored };
}

/** A kind's extensions: its own, and "jpeg" beside "jpg". */
const KIND_OF_EXTENSION = new Map<string, DocumentKind>([
  ...Object.entries(DOCUMENT_TYPES).map(
    ([kind, t]) => [t.extension, kind as DocumentKind] as const,
  ),
  ['jpeg', 'jpeg'],
]);

/** The name as uploaded, with the extension of what the bytes are when the name says otherwise. */
function storedFileName(name: string, kind: DocumentKind): string {
  const base = name.replace(/[\\/]/g, '_').trim().slice(-200) || 'tep';
  const extension = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase() ?? '';
  return KIND_OF_EXTENSION.get(extension) === kind
    ? base
    : `${base}.${DOCUMENT_TYPES[kind].extension}`;
}
