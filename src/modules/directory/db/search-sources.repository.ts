// What the in-memory search index reads: the search texts and filterable fields of listed
// records, in batches of table pages (a full build) or by id (changes from the change table).
// Reading by ranges of pages (TID range scans) follows the table's layout; reading in primary-key
// order jumps between pages for every row, three times slower on the embedded engine.
import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryOrganizations as o, directoryPeople as p } from './tables';

const organizationSource = {
  id: o.id,
  legalName: o.legalName,
  shortName: o.shortName,
  nameSearch: o.nameSearch,
  bodySearch: o.bodySearch,
  sortKey: o.sortKey,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
  version: o.version,
  kind: o.kind,
  provinceCode: o.provinceCode,
  sectors: o.sectors,
  stage: o.stage,
  certifications: o.certifications,
  firstRegisteredOn: o.firstRegisteredOn,
  verifiedAt: o.verifiedAt,
};
export type OrganizationSource = {
  [K in keyof typeof organizationSource]: (typeof o.$inferSelect)[K];
};

const personSource = {
  id: p.id,
  nameSearch: p.nameSearch,
  bodySearch: p.bodySearch,
  sortKey: p.sortKey,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
  version: p.version,
  roles: p.roles,
  provinceCode: p.provinceCode,
  expertise: p.expertise,
  visibility: p.visibility,
};
export type PersonSource = { [K in keyof typeof personSource]: (typeof p.$inferSelect)[K] };

const listedOrganization = () => and(isNull(o.archivedAt), isNull(o.mergedInto));

/** Pages [from, to) of the table: `ctid` between (from,0) and (to,0). */
const pages = (range: PageRange) =>
  sql`ctid >= ${`(${range.from},0)`}::tid and ctid < ${`(${range.to},0)`}::tid`;

export interface PageRange {
  from: number;
  to: number;
}

/** How many pages a directory table has now. */
export async function tablePages(db: Db, table: 'organizations' | 'people'): Promise<number> {
  const name = table === 'organizations' ? 'directory_organizations' : 'directory_people';
  const [row] = await db
    .execute<{ n: number }>(
      sql`select (pg_relation_size(${name}) / current_setting('block_size')::int)::int as n`,
    )
    .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
  return Number(row?.n ?? 0);
}

/** Listed organisations stored in these pages of the table. */
export function organizationSources(db: Db, range: PageRange): Promise<OrganizationSource[]> {
  return db
    .select(organizationSource)
    .from(o)
    .where(and(listedOrganization(), pages(range)));
}

/** Those of these organisations still listed; the others are to leave the index. */
export function organizationSourcesByIds(
  db: Db,
  ids: readonly string[],
): Promise<OrganizationSource[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select(organizationSource)
    .from(o)
    .where(and(listedOrganization(), inArray(o.id, [...ids])));
}

export function personSources(db: Db, range: PageRange): Promise<PersonSource[]> {
  return db
    .select(personSource)
    .from(p)
    .where(and(isNull(p.archivedAt), pages(range)));
}

export function personSourcesByIds(db: Db, ids: readonly string[]): Promise<PersonSource[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select(personSource)
    .from(p)
    .where(and(isNull(p.archivedAt), inArray(p.id, [...ids])));
}
