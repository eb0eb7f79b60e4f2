import { z } from 'zod';
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { CERTIFICATIONS, ORGANIZATION_KINDS, SECTORS, STAGES } from '../domain/taxonomy';
import { PROVINCE_CODES } from '../domain/provinces';
import {
  facetCounts,
  findOrganizationBySlug,
  searchOrganizations,
  type FacetName,
  type OrganizationFilters,
  type OrganizationRow,
} from '../db/organizations.repository';
import { searchTerms } from './search-fields';
import { withVisibleFields } from './visibility';

export const PAGE_SIZE = 20;

/** Directory query string; unknown values are dropped rather than refused (links get shared). */
export const ZDirectoryQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  kind: z.enum(ORGANIZATION_KINDS).optional().catch(undefined),
  province: z.enum(PROVINCE_CODES).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  certification: z
    .enum(['innovative_startup', ...CERTIFICATIONS])
    .optional()
    .catch(undefined),
  sort: z.enum(['relevance', 'name', 'newest']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TDirectoryQuery = z.infer<typeof ZDirectoryQuery>;

/** The first registration date that still makes an innovative startup today (≤ 5 years). */
export function innovativeSince(today: Date): string {
  const local = new Date(today.getTime() + 7 * 3600 * 1000);
  local.setUTCFullYear(local.getUTCFullYear() - 5);
  return local.toISOString().slice(0, 10);
}

function filtersOf(query: TDirectoryQuery, today: Date): OrganizationFilters {
  const innovative = query.certification === 'innovative_startup';
  return {
    kind: query.kind,
    provinceCode: query.province,
    sector: query.sector,
    stage: query.stage,
    certification: innovative ? undefined : query.certification,
    registeredSince: innovative ? innovativeSince(today) : undefined,
  };
}

const FACETS: FacetName[] = ['kind', 'provinceCode', 'sector', 'stage', 'certification'];

export interface DirectoryPage {
  rows: OrganizationRow[];
  total: number;
  page: number;
  pages: number;
  facets: Record<FacetName, Map<string, number>>;
  /** How many results the computed innovative-startup filter would give. */
  innovativeCount: number;
  sort: 'relevance' | 'name' | 'newest';
}

export async function findOrganizations(
  db: Db,
  actor: Actor,
  query: TDirectoryQuery,
  today: Date,
): Promise<DirectoryPage> {
  const terms = searchTerms(query.q);
  const filters = filtersOf(query, today);
  const sort = query.sort ?? (terms ? 'relevance' : 'name');
  const { rows, total } = await searchOrganizations(db, {
    terms,
    filters,
    sort,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const facets = {} as DirectoryPage['facets'];
  for (const facet of FACETS) facets[facet] = await facetCounts(db, facet, { terms, filters });
  const innovative = await searchOrganizations(db, {
    terms,
    filters: { ...filters, certification: undefined, registeredSince: innovativeSince(today) },
    sort: 'name',
    limit: 0,
    offset: 0,
  });
  return {
    innovativeCount: innovative.total,
    rows: rows.map((r) => withVisibleFields(r, actor)),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    facets,
    sort,
  };
}

/** A public organisation profile, or undefined when it does not exist, is archived or merged. */
export async function getPublicOrganization(db: Db, actor: Actor, slug: string) {
  const row = await findOrganizationBySlug(db, slug);
  if (!row || row.archivedAt) return undefined;
  return { organization: withVisibleFields(row, actor), mergedInto: row.mergedInto };
}
