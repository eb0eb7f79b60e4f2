// postIntroductionMessage outcomes: posted (audited; the attachment, if any, kept in the private
// store after its content was checked) | the message already posted with this form's key (a
// double submission: one message) | INVALID (empty message, too long, or a file that is empty,
// too large or not a document by its content) | NOT_APPLICABLE (the sides are not introduced
// yet, or the introduction has ended) | NOT_FOUND (thrown: not a party nor a broker).
// getThreadAttachment: the file of one message, for the parties and brokers only (NOT_FOUND).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn, type Actor } from '../../../platform/authz';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { checkDocument, DOCUMENT_TYPES, type DocumentKind } from '../../../platform/files';
import type { PostedFile } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZThreadMessage } from '../contracts';
import { OPEN_STAGES, type IntroductionStage } from '../domain/introduction';
import { findIntroductionById, type IntroductionRow } from '../db/introductions.repository';
import {
  findMessage,
  findMessageByKey,
  insertMessage,
  type MessageRow,
} from '../db/thread.repository';
import { introductionRoles, listingOf } from './introduction-parties';
import { DOCUMENT_MAX_BYTES } from './listing-documents';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'files'>;

const ATTACHMENT_KINDS: readonly DocumentKind[] = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg'];
const REFUSALS = {
  EMPTY: 'marketplace.document.missing',
  TOO_LARGE: 'marketplace.document.tooLarge',
  WRONG_TYPE: 'marketplace.document.wrongType',
} as const;

export interface ThreadMessageInput {
  id: string;
  body: string;
  file?: PostedFile;
  /** The form's one-time key. */
  key?: string;
}

/** The introduction, if the actor is on it (a side or a broker); NOT_FOUND otherwise. */
export async function introductionFor(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  actor: Actor,
  id: string,
): Promise<IntroductionRow> {
  const db = deps.database.db;
  const intro = isUuid(id) ? await findIntroductionById(db, id) : undefined;
  if (!intro) throw new AppError('NOT_FOUND');
  const listing = await listingOf(db, intro, deps.clock());
  if ((await introductionRoles(db, actor, intro, listing)).length === 0)
    throw new AppError('NOT_FOUND');
  return intro;
}

async function checkedAttachment(deps: Deps, file: PostedFile | undefined) {
  if (!file || (file.bytes.length === 0 && !file.name)) return { ok: true as const };
  const check = checkDocument(file.bytes, {
    kinds: ATTACHMENT_KINDS,
    maxBytes: DOCUMENT_MAX_BYTES,
  });
  if (!check.ok) return invalid({ file: { key: REFUSALS[check.reason] } });
  const type = DOCUMENT_TYPES[check.kind];
  const { hash } = await deps.files.putPrivate(file.bytes);
  const name = file.name.replace(/[\\/]/g, '_').trim().slice(-200) || `tep.${type.extension}`;
  return {
    ok: true as const,
    columns: { fileHash: hash, fileName: name, contentType: type.mime, bytes: file.bytes.length },
  };
}

export async function postIntroductionMessage(
  deps: Deps,
  acting: AuditContext,
  input: ThreadMessageInput,
): Promise<{ ok: true; message: MessageRow } | { ok: false; reason: 'NOT_APPLICABLE' } | Invalid> {
  const db = deps.database.db;
  const { actor } = acting;
  if (!isSignedIn(actor)) throw new AppError('NOT_FOUND');
  const intro = await introductionFor(deps, actor, input.id);
  const key = input.key ? `${actor.user.id}:${input.key.slice(0, 80)}` : undefined;
  const sent = key ? await findMessageByKey(db, key) : undefined;
  if (sent?.introductionId === intro.id) return { ok: true, message: sent };
  if (!OPEN_STAGES.includes(intro.stage as IntroductionStage) || intro.stage === 'requested')
    return { ok: false, reason: 'NOT_APPLICABLE' };
  const body = ZThreadMessage.safeParse({ body: input.body });
  const file = await checkedAttachment(deps, input.file);
  if (!body.success || !file.ok)
    return invalid({
      ...(body.success ? {} : fieldErrors(body.error)),
      ...(file.ok ? {} : file.fields),
    });
  try {
    const message = await db.transaction(async (tx) => {
      const created = await insertMessage(tx, {
        introductionId: intro.id,
        authorUserId: actor.user.id,
        body: body.data.body,
        submissionKey: key,
        createdAt: deps.clock(),
        ...file.columns,
      });
      await recordAudit(tx, acting, {
        action: 'marketplace.introduction:message',
        entityType: 'marketplace_introduction',
        entityId: intro.id,
        after: { messageId: created.id, fileName: created.fileName },
      });
      return created;
    });
    return { ok: true, message };
  } catch (err) {
    const existing = key && violatedUnique(err) ? await findMessageByKey(db, key) : undefined;
    if (existing?.introductionId === intro.id) return { ok: true, message: existing };
    throw err;
  }
}

export async function getThreadAttachment(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  actor: Actor,
  input: { id: string; messageId: string },
): Promise<MessageRow & { fileHash: string; fileName: string; contentType: string }> {
  const intro = await introductionFor(deps, actor, input.id);
  const message = isUuid(input.messageId)
    ? await findMessage(deps.database.db, intro.id, input.messageId)
    : undefined;
  if (!message?.fileHash || !message.fileName || !message.contentType)
    throw new AppError('NOT_FOUND');
  return {
    ...message,
    fileHash: message.fileHash,
    fileName: message.fileName,
    contentType: message.contentType,
  };
}
