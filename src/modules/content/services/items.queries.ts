// Reads of content: the public lists and pages (published items only, as of the clock), a
// draft through its preview link, and the back-office's lists.
import { timingSafeEqual } from 'node:crypto';
import type { AuditContext } from '../../../platform/audit';
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { isUuid } from '../../../platform/input/uuid';
import { AppError } from '../../../platform/errors';
import { pageWindow, type Paged } from '../../../platform/input/paging';
import { NEWS_KINDS, type ContentKind, type ContentStatus } from '../domain/content-item';
import {
  countItems,
  findItemById,
  findItemBySlug,
  countRemovedSince,
  listItems,
  listRemovedSince,
  listRevisions,
  type ItemFilter,
  type ItemRow,
  type RevisionRow,
} from '../db/items.repository';
import { canEditContent } from '../permissions';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export const NEWS_PAGE_SIZE = 12;

async function paged(deps: Deps, filter: ItemFilter, page: number, size: number) {
  const db = deps.database.db;
  const [rows, total] = await Promise.all([
    listItems(db, filter, pageWindow(page, size)),
    countItems(db, filter),
  ]);
  return { rows, total, page } satisfies Paged<ItemRow>;
}

/** Items taken off the portal since a time (see listRemovedSince), a page at a time. */
export async function findRemovedSince(
  deps: Deps,
  query: { since: Date; page: number; size: number },
) {
  const db = deps.database.db;
  const [rows, total] = await Promise.all([
    listRemovedSince(db, query.since, pageWindow(query.page, query.size)),
    countRemovedSince(db, query.since),
  ]);
  return { rows, total, page: query.page };
}

export interface PublicListQuery {
  kinds?: readonly ContentKind[];
  topic?: string;
  tag?: string;
  featured?: boolean;
  updatedSince?: Date;
  page: number;
  size?: number;
}

/** Published items, newest first. */
export function findPublished(deps: Deps, query: PublicListQuery): Promise<Paged<ItemRow>> {
  return paged(
    deps,
    {
      kinds: query.kinds ?? NEWS_KINDS,
      statuses: ['published'],
      topic: query.topic,
      tag: query.tag,
      featured: query.featured,
      updatedSince: query.updatedSince,
      publishedBy: deps.clock(),
    },
    query.page,
    query.size ?? NEWS_PAGE_SIZE,
  );
}

/**
 * An item's page: published ones for everyone; staff who edit content also see the others
 * (their page says so). Anyone else finds nothing.
 */
export async function getItemPage(deps: Deps, actor: Actor, slug: string): Promise<ItemRow> {
  const item = await findItemBySlug(deps.database.db, slug);
  if (!item) throw new AppError('NOT_FOUND');
  if (item.status === 'published' || canEditContent(actor)) return item;
  throw new AppError('NOT_FOUND');
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A draft through its private preview link; a wrong or old token finds nothing. */
export async function getPreview(deps: Deps, slug: string, token: string): Promise<ItemRow> {
  const item = await findItemBySlug(deps.database.db, slug);
  if (!item || !sameSecret(item.previewToken, token)) throw new AppError('NOT_FOUND');
  return item;
}

export interface StaffListQuery {
  status?: ContentStatus;
  kind?: ContentKind;
  page: number;
}

export function findItemsForStaff(
  deps: Deps,
  acting: AuditContext,
  query: StaffListQuery,
): Promise<Paged<ItemRow>> {
  if (!canEditContent(acting.actor)) throw new AppError('NOT_FOUND');
  return paged(
    deps,
    {
      statuses: query.status ? [query.status] : undefined,
      kinds: query.kind ? [query.kind] : undefined,
    },
    query.page,
    25,
  );
}

export async function getItemForStaff(
  deps: Deps,
  acting: AuditContext,
  id: string,
): Promise<{ item: ItemRow; revisions: RevisionRow[] }> {
  if (!canEditContent(acting.actor) || !isUuid(id)) throw new AppError('NOT_FOUND');
  const item = await findItemById(deps.database.db, id);
  if (!item) throw new AppError('NOT_FOUND');
  return { item, revisions: await listRevisions(deps.database.db, id) };
}

/** The featured story and the latest news for the home page (two lists, no counts). */
export async function frontPageContent(deps: Deps) {
  const db = deps.database.db;
  const published: ItemFilter = {
    kinds: NEWS_KINDS,
    statuses: ['published'],
    publishedBy: deps.clock(),
  };
  const [[featured], latest] = await Promise.all([
    listItems(db, { ...published, featured: true }, { limit: 1, offset: 0 }),
    listItems(db, published, { limit: 7, offset: 0 }),
  ]);
  return {
    featured,
    latest: latest.filter((r) => r.id !== featured?.id).slice(0, 6),
  };
}

/** The centre's partners the home page shows: published ones, the most recent first. */
export function partnersForHome(deps: Deps, limit = 8): Promise<ItemRow[]> {
  return listItems(
    deps.database.db,
    { kinds: ['partner'], statuses: ['published'], publishedBy: deps.clock() },
    { limit, offset: 0 },
  );
}
