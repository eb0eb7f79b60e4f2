// createItem outcomes: created (a draft, revision 1, audited) | INVALID (field messages; a valid
// cover comes back pending) | slug taken (INVALID on slug).
// updateItem outcomes: updated (next revision, audited) | CONFLICT (someone saved first: nothing
// overwritten, both versions returned) | LOCKED (an editor may not change what is scheduled or
// published) | INVALID | NOT_FOUND (thrown).
import { randomBytes } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { isUuid } from '../../../platform/input/uuid';
import { AppError, invalid } from '../../../platform/errors';
import { slugify } from '../../../platform/text/vietnamese';
import { ZNewItemSlug } from '../contracts';
import { fieldsOf, type ContentStatus, type RevisionSnapshot } from '../domain/content-item';
import {
  findItemById,
  insertItem,
  insertRevision,
  updateItemAtVersion,
  type ItemRow,
} from '../db/items.repository';
import { canEditContent, canEditItem } from '../permissions';
import { checkItemInput, type ItemInput, type ItemInvalid } from './item-input';
import { keptFileName } from '../domain/media';
import { addToMediaLibrary } from './media';

type Deps = Pick<AppDeps, 'database' | 'files' | 'clock' | 'jobs'>;

export type CreateItemResult = { ok: true; item: ItemRow } | ItemInvalid;
export type UpdateItemResult =
  | { ok: true; item: ItemRow }
  | { ok: false; reason: 'CONFLICT'; current: ItemRow }
  | { ok: false; reason: 'LOCKED' }
  | ItemInvalid;

const editorOf = (acting: AuditContext) =>
  isSignedIn(acting.actor)
    ? { id: acting.actor.user.id, name: acting.actor.user.name }
    : { id: null, name: acting.label ?? '' };

export const snapshotOf = (row: ItemRow): RevisionSnapshot => ({
  ...fieldsOf({ ...row, kind: row.kind as never, links: row.links }),
  status: row.status as ContentStatus,
  publishAt: row.publishAt?.toISOString() ?? null,
});

/** Keeps the item as it now is in its history, and audits the change. */
export async function recordRevision(
  tx: Db,
  acting: AuditContext,
  action: string,
  after: ItemRow,
  before?: ItemRow,
) {
  const editor = editorOf(acting);
  await insertRevision(tx, {
    itemId: after.id,
    version: after.version,
    action,
    snapshot: snapshotOf(after),
    editedBy: editor.id,
    editedByName: editor.name,
    editedAt: after.updatedAt,
  });
  await recordAudit(tx, acting, {
    action: `content.item:${action}`,
    entityType: 'content_item',
    entityId: after.id,
    before: before && { status: before.status, version: before.version, title: before.titleVi },
    after: { status: after.status, version: after.version, title: after.titleVi },
  });
}

export async function createItem(
  deps: Deps,
  acting: AuditContext,
  input: ItemInput & { slug?: string },
): Promise<CreateItemResult> {
  if (!canEditContent(acting.actor)) throw new AppError('NOT_FOUND');
  const slug = ZNewItemSlug.safeParse(input.slug || undefined);
  if (!slug.success) return invalid({ slug: { key: 'validation.slug' } });
  const checked = await checkItemInput(deps, acting, input, null);
  if (!checked.ok) return checked;
  const now = deps.clock();
  const editor = editorOf(acting);
  try {
    const item = await deps.database.db.transaction(async (tx) => {
      const created = await insertItem(tx, {
        ...checked.fields,
        coverKey: checked.cover ?? null,
        slug: slug.data ?? slugify(checked.fields.titleVi),
        previewToken: randomBytes(18).toString('base64url'),
        createdAt: now,
        updatedAt: now,
        createdBy: editor.id,
        updatedBy: editor.id,
      });
      await recordRevision(tx, acting, 'create', created);
      return created;
    });
    await libraryKeeps(deps, acting, item, input.coverFileName);
    return { ok: true, item };
  } catch (err) {
    if (violatedUnique(err)) return invalid({ slug: { key: 'content.error.slugTaken' } });
    throw err;
  }
}

export async function updateItem(
  deps: Deps,
  acting: AuditContext,
  input: ItemInput & { id: string; version: number },
): Promise<UpdateItemResult> {
  const db = deps.database.db;
  if (!isUuid(input.id)) throw new AppError('NOT_FOUND');
  const before = await findItemById(db, input.id);
  if (!before || !canEditContent(acting.actor)) throw new AppError('NOT_FOUND');
  if (!canEditItem(acting.actor, before.status)) return { ok: false, reason: 'LOCKED' };
  const checked = await checkItemInput(deps, acting, input, before.coverKey);
  if (!checked.ok) return checked;
  const editor = editorOf(acting);
  const result = await db.transaction(async (tx) => {
    const after = await updateItemAtVersion(
      tx,
      input.id,
      input.version,
      {
        ...checked.fields,
        ...(checked.cover === undefined ? {} : { coverKey: checked.cover }),
      },
      { by: editor.id, now: deps.clock() },
    );
    if (!after) {
      const current = await findItemById(tx, input.id);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await recordRevision(tx, acting, 'edit', after, before);
    return { ok: true, item: after } as const;
  });
  if (result.ok) await libraryKeeps(deps, acting, result.item, input.coverFileName);
  return result;
}

/** A saved item's cover, in the media library from then on, under the name it was uploaded with. */
async function libraryKeeps(deps: Deps, acting: AuditContext, item: ItemRow, fileName = '') {
  if (item.coverKey)
    await addToMediaLibrary(deps, acting, {
      key: item.coverKey,
      altVi: item.coverAltVi,
      altEn: item.coverAltEn,
      fileName: keptFileName(fileName),
    });
}
