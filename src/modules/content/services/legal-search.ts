// The legal library's search: number, title, summary and issuer, diacritics and typos forgiven
// (the platform's index), filtered by type, status and sector, newest first without a query.
import type { Db } from '../../../platform/db/client';
import type { Condition } from '../../../platform/search';
import { TableIndex } from '../../../platform/search/table-index';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import { findLegalByIds, legalStamp, publishedLegal, type LegalRow } from '../db/legal.repository';

const index = new TableIndex({
  stamp: legalStamp,
  documents: async (db) =>
    (await publishedLegal(db)).map((d: LegalRow) => ({
      id: d.id,
      // The number is searched as typed ("188/QĐ-TTg") and as its parts ("188", "qd ttg").
      names: searchKey(`${d.number} ${d.titleVi} ${d.titleEn}`),
      title: searchKey(d.titleVi),
      body: searchKey(`${d.summaryVi} ${d.summaryEn} ${d.issuer}`),
      sortKey: sortKey(d.titleVi),
      createdAt: Date.parse(`${d.issuedOn}T00:00:00Z`),
      updatedAt: d.updatedAt.getTime(),
      facets: { docType: [d.docType], status: [d.legalStatus], sector: d.sectors },
    })),
});

export interface LegalQuery {
  q?: string;
  docType?: string;
  status?: string;
  sector?: string;
  page: number;
}

export const LEGAL_PAGE_SIZE = 20;

export async function searchLegal(db: Db, query: LegalQuery) {
  const where: Condition[] = [];
  if (query.docType) where.push({ key: 'docType', field: 'docType', anyOf: [query.docType] });
  if (query.status) where.push({ key: 'status', field: 'status', anyOf: [query.status] });
  if (query.sector) where.push({ key: 'sector', field: 'sector', anyOf: [query.sector] });
  const text = query.q ? searchKey(query.q) : '';
  const found = (await index.of(db)).search({
    text,
    where,
    sort: text ? 'relevance' : 'newest',
    offset: (query.page - 1) * LEGAL_PAGE_SIZE,
    limit: LEGAL_PAGE_SIZE,
    facets: ['docType', 'status'],
  });
  const rows = new Map((await findLegalByIds(db, found.ids)).map((r) => [r.id, r]));
  return {
    rows: found.ids.map((id) => rows.get(id)).filter((r): r is LegalRow => r !== undefined),
    total: found.total,
    page: query.page,
    facets: found.facets,
  };
}
