import { z } from 'zod';
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { CERTIFICATIONS, ORGANIZATION_KINDS, SECTORS, STAGES } from '../domain/taxonomy';
import { PROVINCE_CODES } from '../domain/provinces';
import {
  findOrganizationBySlug,
  findOrganizationsByIds,
  type OrganizationRow,
} from '../db/organizations.repository';
import { countInnovative, searchOrganizationIds } from './directory-search';
import { searchTerms } from './search-fields';
import { listedRowsInOrder } from './search-index';
import { withVisibleFields } from './visibility';
import { pageWindow, pageCount } from '../../../platform/input/paging';
import { respell } from '../../../platform/search';

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

export type FacetName = 'kind' | 'provinceCode' | 'sector' | 'stage' | 'certification';

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
  /** What was typed as the best close match spells it, when nothing matched it as typed. */
  suggestion?: string;
}

/** One page of the directory for this viewer (fields they may not see are null). */
export async function findOrganizations(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  query: TDirectoryQuery,
): Promise<DirectoryPage> {
  const db = deps.database.db;
  const today = deps.clock();
  const sort = query.sort ?? (searchTerms(query.q) ? 'relevance' : 'name');
  const found = await searchOrganizationIds(db, query, today, {
    sort,
    ...pageWindow(query.page, PAGE_SIZE),
    facets: FACETS,
  });
  const rows = await listedRowsInOrder(db, 'organization', found.ids, findOrganizationsByIds);
  return {
    innovativeCount: await countInnovative(db, query, today),
    rows: rows.map((r) => withVisibleFields(r, acting.actor)),
    total: found.total,
    page: query.page,
    pages: pageCount(found.total, PAGE_SIZE),
    facets: found.facets as DirectoryPage['facets'],
    sort,
    suggestion: found.suggestion && respell(query.q ?? '', found.suggestion),
  };
}

/** A public organisation profile, or undefined when it does not exist, is archived or merged. */
export async function getPublicOrganization(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { slug: string },
) {
  const row = await findOrganizationBySlug(deps.database.db, input.slug);
  if (!row || row.archivedAt) return undefined;
  return { organization: withVisibleFields(row, acting.actor), mergedInto: row.mergedInto };
}
