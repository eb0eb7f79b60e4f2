// Reads of the legal library: a document's page with the documents it relates to (both ways),
// and the back-office's list. Unpublished documents exist for content staff only.
import type { AuditContext } from '../../../platform/audit';
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { pageWindow, type Paged } from '../../../platform/input/paging';
import { isUuid } from '../../../platform/input/uuid';
import type { LegalRelation } from '../domain/legal-document';
import {
  countLegal,
  findLegalById,
  findLegalByIds,
  findLegalBySlug,
  listLegal,
  relationsOf,
  type LegalRow,
} from '../db/legal.repository';
import { canManageLegal } from '../permissions';

type Deps = Pick<AppDeps, 'database'>;

export interface RelatedDocument {
  kind: LegalRelation;
  /** "this replaces that" (out) or "that replaces this" (in). */
  direction: 'out' | 'in';
  document: LegalRow;
}

export async function relatedDocuments(
  deps: Deps,
  actor: Actor,
  doc: LegalRow,
): Promise<RelatedDocument[]> {
  const db = deps.database.db;
  const links = await relationsOf(db, doc.id);
  const others = new Map(
    (
      await findLegalByIds(
        db,
        links.map((l) => (l.fromId === doc.id ? l.toId : l.fromId)),
      )
    ).map((d) => [d.id, d]),
  );
  return links.flatMap((l) => {
    const direction = l.fromId === doc.id ? 'out' : 'in';
    const other = others.get(direction === 'out' ? l.toId : l.fromId);
    if (!other || (!other.isPublished && !canManageLegal(actor))) return [];
    return [{ kind: l.kind as LegalRelation, direction, document: other }];
  });
}

export async function getLegalPage(deps: Deps, actor: Actor, slug: string) {
  const doc = await findLegalBySlug(deps.database.db, slug);
  if (!doc || (!doc.isPublished && !canManageLegal(actor))) throw new AppError('NOT_FOUND');
  return { document: doc, related: await relatedDocuments(deps, actor, doc) };
}

export async function findLegalForStaff(
  deps: Deps,
  acting: AuditContext,
  page: number,
): Promise<Paged<LegalRow>> {
  if (!canManageLegal(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const [rows, total] = await Promise.all([
    listLegal(db, { publishedOnly: false }, pageWindow(page, 25)),
    countLegal(db, { publishedOnly: false }),
  ]);
  return { rows, total, page };
}

export async function getLegalForStaff(deps: Deps, acting: AuditContext, id: string) {
  if (!canManageLegal(acting.actor) || !isUuid(id)) throw new AppError('NOT_FOUND');
  const doc = await findLegalById(deps.database.db, id);
  if (!doc) throw new AppError('NOT_FOUND');
  return { document: doc, related: await relatedDocuments(deps, acting.actor, doc) };
}

/** The newest documents in force, for the home page. */
export function latestLegal(deps: Deps, limit: number): Promise<LegalRow[]> {
  return listLegal(deps.database.db, { publishedOnly: true }, { limit, offset: 0 });
}
