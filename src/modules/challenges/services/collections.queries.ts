// The collections of challenges: by problem owner (an agency's or an enterprise's page listing its
// challenges) and by sector, each with an index counting them. They show what the public list
// shows the actor (confidential challenges only to those who may see them), solved ones included.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { offsetOf, PAGE_SIZE, type Paged } from '../../../platform/input/paging';
import {
  organizationFactsByIds,
  organizationFactsBySlug,
  SECTORS,
  type DirectoryOrganizationFacts,
} from '../../directory';
import {
  countPublic,
  countPublicBy,
  listPublic,
  type ChallengeRow,
  type PublicFilter,
} from '../db/challenges.repository';
import { isOwnerKind } from '../domain/problem';
import { confidentialScope } from './challenge-access';

type Deps = Pick<AppDeps, 'database'>;

/** Current and solved challenges: a collection keeps its history. */
const LISTED = ['open', 'closed', 'solved'] as const;

export interface CollectionEntry<K> {
  key: K;
  count: number;
}

export interface Collection extends Paged<ChallengeRow> {
  owners: Map<string, DirectoryOrganizationFacts>;
}

async function filterFor(deps: Deps, acting: AuditContext, narrow: Partial<PublicFilter>) {
  const confidential = await confidentialScope(deps.database.db, acting.actor);
  return { statuses: LISTED, confidential, ...narrow } satisfies PublicFilter;
}

async function collectionOf(deps: Deps, filter: PublicFilter, page: number): Promise<Collection> {
  const db = deps.database.db;
  const [rows, total] = await Promise.all([
    listPublic(db, filter, PAGE_SIZE, offsetOf(page)),
    countPublic(db, filter),
  ]);
  const owners = await organizationFactsByIds(
    db,
    rows.map((r) => r.ownerOrganizationId),
  );
  return { rows, total, page, owners };
}

/** The owners that have challenges the actor may see, by name, with how many. */
export async function ownerCollections(
  deps: Deps,
  acting: AuditContext,
): Promise<CollectionEntry<DirectoryOrganizationFacts>[]> {
  const db = deps.database.db;
  const counts = await countPublicBy(db, await filterFor(deps, acting, {}), 'owner');
  const owners = await organizationFactsByIds(
    db,
    counts.map((c) => c.key!),
  );
  return counts
    .flatMap((c) => {
      const owner = owners.get(c.key!);
      return owner ? [{ key: owner, count: c.n }] : [];
    })
    .sort((a, b) => a.key.name.localeCompare(b.key.name, 'vi'));
}

/** The sectors that have challenges the actor may see, with how many. */
export async function sectorCollections(
  deps: Deps,
  acting: AuditContext,
): Promise<CollectionEntry<string>[]> {
  const counts = await countPublicBy(deps.database.db, await filterFor(deps, acting, {}), 'sector');
  return counts
    .map((c) => ({ key: c.key!, count: c.n }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** An owner's challenges; NOT_FOUND for an address that is no live agency or enterprise. */
export async function ownerCollection(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; page: number },
): Promise<Collection & { owner: DirectoryOrganizationFacts }> {
  const owner = await organizationFactsBySlug(deps.database.db, input.slug);
  if (!owner?.isLive || !isOwnerKind(owner.kind)) throw new AppError('NOT_FOUND');
  const filter = await filterFor(deps, acting, { ownerId: owner.id });
  return { ...(await collectionOf(deps, filter, input.page)), owner };
}

/** A sector's challenges; NOT_FOUND for what is no sector of the directory. */
export async function sectorCollection(
  deps: Deps,
  acting: AuditContext,
  input: { sector: string; page: number },
): Promise<Collection> {
  if (!(SECTORS as readonly string[]).includes(input.sector)) throw new AppError('NOT_FOUND');
  const filter = await filterFor(deps, acting, { sector: input.sector });
  return collectionOf(deps, filter, input.page);
}
