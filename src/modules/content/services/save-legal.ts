// saveLegalDocument outcomes: created or updated (its links to other documents replaced; a
// document it replaces or amends, still in force, moves to "replaced" or "amended"; its official
// text attached, replaced or removed; audited) | INVALID (field messages: a number names no
// document, a slug taken, a file that is not a PDF or Word file, too large or a bomb; a file
// posted with other mistakes is asked for again, nothing stored) | CONFLICT (changed
// meanwhile, the stored one returned) | NOT_FOUND (thrown).
// setLegalPublished: the document shows in the library or leaves it (a publisher's step, audited).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { isUuid } from '../../../platform/input/uuid';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import type { PostedFile } from '../../../platform/input/form-values';
import { fieldErrors } from '../../../platform/input/validation';
import { slugify } from '../../../platform/text/vietnamese';
import { ZLegalFields, type TLegalFieldsInput } from '../contracts';
import { LEGAL_RELATIONS, statusWhenRelated, type LegalRelation } from '../domain/legal-document';
import {
  findLegalById,
  findLegalByNumbers,
  insertLegal,
  replaceRelationsFrom,
  setLegalStatus,
  updateLegalAtVersion,
  type LegalRow,
} from '../db/legal.repository';
import { canManageLegal, canPublishContent } from '../permissions';
import { checkLegalFile, type LegalFileCheck } from './legal-file';

type Deps = Pick<AppDeps, 'database' | 'clock'>;
type SaveDeps = Deps & Pick<AppDeps, 'files'>;

/** The numbers of the documents one relates to, by relation: what its form shows. */
export type RelatedDocumentNumbers = Partial<Record<LegalRelation, string[]>>;

export interface LegalInput {
  fields: TLegalFieldsInput;
  /** Numbers of the documents this one replaces, amends or guides. */
  relations: Record<LegalRelation, string[]>;
  /** The official text chosen (replacing the one attached), or the one attached removed. */
  file?: PostedFile;
  removeFile?: boolean;
  /** Absent: a new document. */
  id?: string;
  version?: number;
}

export type SaveLegalResult =
  { ok: true; document: LegalRow } | { ok: false; reason: 'CONFLICT'; current: LegalRow } | Invalid;

type FileColumns = Pick<LegalRow, 'fileHash' | 'fileKind' | 'fileBytes'>;
type PostedLegalFile = { file: PostedFile; check: LegalFileCheck };

/** The file's refusal, or — when only the other fields are wrong — a request to choose it again. */
function fileErrors(posted: PostedLegalFile | undefined, errors: FieldErrors): FieldErrors {
  if (!posted) return {};
  if (!posted.check.ok) return { file: posted.check.error };
  if (Object.keys(errors).length === 0) return {};
  return { file: { key: 'content.legal.error.fileAgain', params: { fileName: posted.file.name } } };
}

/** The file columns a save writes: unchanged (undefined), the new file's, or none. */
async function fileChange(
  deps: SaveDeps,
  posted: PostedLegalFile | undefined,
  removeFile: boolean,
): Promise<FileColumns | undefined> {
  if (posted?.check.ok) {
    const stored = await deps.files.putPrivate(posted.file.bytes);
    return { fileHash: stored.hash, fileKind: posted.check.kind, fileBytes: stored.bytes };
  }
  if (removeFile) return { fileHash: null, fileKind: null, fileBytes: null };
  return undefined;
}

async function resolveRelations(deps: Deps, input: LegalInput, selfId?: string) {
  const errors: FieldErrors = {};
  const links: { toId: string; kind: LegalRelation }[] = [];
  for (const kind of LEGAL_RELATIONS) {
    const numbers = input.relations[kind];
    const found = await findLegalByNumbers(deps.database.db, numbers);
    const key = (n: string) => n.replace(/\s+/g, '').toLowerCase();
    for (const n of numbers) {
      const doc = found.find((d) => key(d.number) === key(n));
      if (!doc || doc.id === selfId)
        errors[kind] = { key: 'content.legal.error.relation', params: { number: n } };
      else links.push({ toId: doc.id, kind });
    }
  }
  return { errors, links };
}

function auditOf(doc: LegalRow) {
  return {
    number: doc.number,
    status: doc.legalStatus,
    fileHash: doc.fileHash,
    isPublished: doc.isPublished,
    version: doc.version,
  };
}

export async function saveLegalDocument(
  deps: SaveDeps,
  acting: AuditContext,
  input: LegalInput,
): Promise<SaveLegalResult> {
  if (!canManageLegal(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  if (input.id !== undefined && !isUuid(input.id)) throw new AppError('NOT_FOUND');
  const before = input.id ? await findLegalById(db, input.id) : undefined;
  if (input.id && !before) throw new AppError('NOT_FOUND');
  const parsed = ZLegalFields.safeParse(input.fields);
  const { errors, links } = await resolveRelations(deps, input, input.id);
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  const posted = input.file && { file: input.file, check: checkLegalFile(input.file) };
  Object.assign(errors, fileErrors(posted, errors));
  if (!parsed.success || Object.keys(errors).length > 0) return invalid(errors);
  const fields = {
    ...parsed.data,
    effectiveOn: parsed.data.effectiveOn ?? null,
    ...(await fileChange(deps, posted, input.removeFile ?? false)),
  };
  const now = deps.clock();
  const by = isSignedIn(acting.actor) ? acting.actor.user.id : null;
  try {
    return await db.transaction(async (tx) => {
      let document: LegalRow;
      if (before) {
        const updated = await updateLegalAtVersion(tx, before.id, input.version ?? -1, fields, {
          by,
          now,
        });
        if (!updated)
          return {
            ok: false,
            reason: 'CONFLICT',
            current: (await findLegalById(tx, before.id))!,
          } as const;
        document = updated;
      } else {
        document = await insertLegal(tx, {
          ...fields,
          slug: slugify(`${fields.number} ${fields.titleVi}`),
          createdAt: now,
          updatedAt: now,
          createdBy: by,
          updatedBy: by,
        });
      }
      await replaceRelationsFrom(
        tx,
        document.id,
        links.map((l) => ({ fromId: document.id, ...l })),
      );
      for (const kind of LEGAL_RELATIONS) {
        const status = statusWhenRelated(kind);
        if (status)
          await setLegalStatus(
            tx,
            links.filter((l) => l.kind === kind).map((l) => l.toId),
            status,
            now,
          );
      }
      await recordAudit(tx, acting, {
        action: before ? 'content.legal:update' : 'content.legal:create',
        entityType: 'content_legal_document',
        entityId: document.id,
        before: before && auditOf(before),
        after: auditOf(document),
      });
      return { ok: true, document } as const;
    });
  } catch (err) {
    if (violatedUnique(err)) return invalid({ number: { key: 'content.legal.error.duplicate' } });
    throw err;
  }
}

export async function setLegalPublished(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; version: number; published: boolean },
): Promise<
  { ok: true; document: LegalRow } | { ok: false; reason: 'CONFLICT'; current: LegalRow }
> {
  if (!canManageLegal(acting.actor)) throw new AppError('NOT_FOUND');
  if (!canPublishContent(acting.actor)) throw new AppError('FORBIDDEN');
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findLegalById(db, input.id) : undefined;
  if (!before) throw new AppError('NOT_FOUND');
  const by = isSignedIn(acting.actor) ? acting.actor.user.id : null;
  return db.transaction(async (tx) => {
    const after = await updateLegalAtVersion(
      tx,
      input.id,
      input.version,
      { isPublished: input.published },
      { by, now: deps.clock() },
    );
    if (!after)
      return {
        ok: false,
        reason: 'CONFLICT',
        current: (await findLegalById(tx, input.id))!,
      } as const;
    await recordAudit(tx, acting, {
      action: input.published ? 'content.legal:publish' : 'content.legal:unpublish',
      entityType: 'content_legal_document',
      entityId: after.id,
      before: auditOf(before),
      after: auditOf(after),
    });
    return { ok: true, document: after } as const;
  });
}
