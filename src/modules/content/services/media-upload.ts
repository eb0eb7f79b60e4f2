// uploadToMediaLibrary outcomes: added (an image with its WebP variants and the AVIF job, or a
// document kept in the private store; audited) | known (the same bytes are in the library already:
// nothing changes, the page links to them) | INVALID (field messages: no file, an empty or too
// large file, one that is no image, PDF, Word or Excel file by its bytes, a name that disguises
// what it is, a Word or Excel file that unpacks too far, an image without its description; an
// image that passed its own checks comes back pending, so nobody chooses it twice).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type FieldMessage } from '../../../platform/errors';
import { checkDocument, checkImage, type ImageInfo } from '../../../platform/files';
import { looksLikeSvg, sniffImage } from '../../../platform/files/image';
import { imageLimits } from '../../../platform/files/image-upload';
import { parseFileKey } from '../../../platform/files/store';
import { expandsWithin } from '../../../platform/files/zip';
import type { PostedFile } from '../../../platform/input/form-values';
import { fieldErrors } from '../../../platform/input/validation';
import { ZMediaDescription } from '../contracts';
import { insertMedia } from '../db/media.repository';
import {
  keptFileName,
  MEDIA_DOCUMENT_KINDS,
  nameFitsKind,
  type MediaDocumentKind,
} from '../domain/media';
import { canEditContent } from '../permissions';
import { COVER_RULES } from './item-input';
import { addToMediaLibrary } from './media';

/** Images in the library follow the covers' limits: they become covers. */
export const MEDIA_IMAGE_RULES = COVER_RULES;
export const MEDIA_DOCUMENT_MAX_BYTES = 20 * 1_048_576;
/** Above the largest file, so one a little too large gets a message rather than a bare 413. */
export const MEDIA_FORM_BODY_LIMIT = 30 * 1_048_576;
/** What a Word or Excel file may unpack to in all (a "zip bomb" goes far beyond). */
const OFFICE_EXPANDED_MAX_BYTES = 64 * 1_048_576;

type Deps = Pick<AppDeps, 'database' | 'files' | 'clock' | 'jobs'>;

export interface MediaUploadInput {
  file?: PostedFile;
  /** An image stored by an earlier submission of the form, and its file name. */
  pending?: string;
  pendingName?: string;
  altVi: string;
  altEn: string;
}

export type MediaUploadResult =
  | { ok: true; outcome: 'added' | 'known'; key: string; kind: 'image' | MediaDocumentKind }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors; pending?: { key: string; name: string } };

type Classified =
  | { kind: 'image'; bytes?: Uint8Array; image?: ImageInfo; key?: string; name: string }
  | { kind: MediaDocumentKind; bytes: Uint8Array; name: string }
  | { error: FieldMessage };

const MB = 1_048_576;

function classifyDocument(file: PostedFile, name: string): Classified {
  const checked = checkDocument(file.bytes, {
    kinds: MEDIA_DOCUMENT_KINDS,
    maxBytes: MEDIA_DOCUMENT_MAX_BYTES,
  });
  const params = { fileName: name, maxMb: MEDIA_DOCUMENT_MAX_BYTES / MB };
  if (!checked.ok && checked.reason === 'TOO_LARGE')
    return { error: { key: 'content.media.error.documentTooLarge', params } };
  if (!checked.ok) return { error: { key: 'content.media.error.fileType', params } };
  const kind = checked.kind as MediaDocumentKind;
  if (!nameFitsKind(name, kind))
    return { error: { key: `content.media.error.disguised.${kind}`, params } };
  if (kind !== 'pdf' && expandsWithin(file.bytes, OFFICE_EXPANDED_MAX_BYTES) !== 'ok')
    return { error: { key: 'content.media.error.expands', params } };
  return { kind, bytes: file.bytes, name };
}

/** What a posted file is, by its bytes alone; its name must only agree. */
function classifyFile(file: PostedFile): Classified {
  const name = keptFileName(file.name);
  if (file.bytes.length === 0)
    return { error: { key: 'content.media.error.empty', params: { fileName: name } } };
  if (!sniffImage(file.bytes) && !looksLikeSvg(file.bytes)) return classifyDocument(file, name);
  const checked = checkImage(file.bytes, MEDIA_IMAGE_RULES);
  if (!checked.ok)
    return { error: { key: `ui.image.${checked.reason}`, params: imageLimits(MEDIA_IMAGE_RULES) } };
  if (!nameFitsKind(name, checked.image.kind))
    return { error: { key: 'content.media.error.disguised.image', params: { fileName: name } } };
  return { kind: 'image', bytes: file.bytes, image: checked.image, name };
}

/** An image an earlier submission stored: the hidden field could name any file, so it is checked again. */
async function pendingImage(deps: Pick<AppDeps, 'files'>, input: MediaUploadInput) {
  if (!input.pending || !parseFileKey(input.pending)) return undefined;
  const stored = await deps.files.describe(input.pending);
  const fits =
    stored &&
    stored.bytes <= MEDIA_IMAGE_RULES.maxBytes &&
    Math.max(stored.width, stored.height) <= MEDIA_IMAGE_RULES.maxSide;
  return fits
    ? ({ kind: 'image', key: stored.key, name: keptFileName(input.pendingName ?? '') } as const)
    : undefined;
}

async function classify(
  deps: Pick<AppDeps, 'files'>,
  input: MediaUploadInput,
): Promise<Classified> {
  if (input.file) return classifyFile(input.file);
  return (await pendingImage(deps, input)) ?? { error: { key: 'content.media.error.noFile' } };
}

async function keepDocument(
  deps: Deps,
  acting: AuditContext,
  doc: { kind: MediaDocumentKind; bytes: Uint8Array; name: string },
  alt: { altVi: string; altEn: string },
): Promise<MediaUploadResult> {
  const stored = await deps.files.putPrivate(doc.bytes);
  const key = `${stored.hash}.${doc.kind}`;
  const now = deps.clock();
  const isNew = await deps.database.db.transaction(async (tx) => {
    const inserted = await insertMedia(tx, {
      key,
      kind: doc.kind,
      bytes: stored.bytes,
      variants: [],
      fileName: doc.name,
      ...alt,
      createdAt: now,
      updatedAt: now,
      createdBy: isSignedIn(acting.actor) ? acting.actor.user.id : null,
    });
    if (inserted)
      await recordAudit(tx, acting, {
        action: 'content.media:add',
        entityType: 'content_media',
        entityId: key,
        after: { kind: doc.kind, fileName: doc.name, bytes: stored.bytes },
      });
    return inserted;
  });
  return { ok: true, outcome: isNew ? 'added' : 'known', key, kind: doc.kind };
}

export async function uploadToMediaLibrary(
  deps: Deps,
  acting: AuditContext,
  input: MediaUploadInput,
): Promise<MediaUploadResult> {
  if (!canEditContent(acting.actor)) throw new AppError('NOT_FOUND');
  const described = ZMediaDescription.safeParse({ altVi: input.altVi, altEn: input.altEn });
  const errors: FieldErrors = described.success ? {} : fieldErrors(described.error);
  const file = await classify(deps, input);
  if ('error' in file) errors.file = file.error;
  else if (file.kind === 'image' && described.success && !described.data.altVi)
    errors.altVi = { key: 'content.media.error.alt' };
  if ('error' in file || !described.success || Object.keys(errors).length > 0) {
    const pending =
      !('error' in file) && file.kind === 'image'
        ? {
            key: file.key ?? (await deps.files.putImage(file.bytes!, file.image!)).key,
            name: file.name,
          }
        : undefined;
    return { ...invalid(errors), pending };
  }
  if (file.kind !== 'image') return keepDocument(deps, acting, file, described.data);
  const key = file.key ?? (await deps.files.putImage(file.bytes!, file.image!)).key;
  const outcome = await addToMediaLibrary(deps, acting, {
    key,
    ...described.data,
    fileName: file.name,
  });
  if (outcome === 'gone') throw new Error(`stored image ${key} cannot be read back`);
  return { ok: true, outcome, key, kind: 'image' };
}
