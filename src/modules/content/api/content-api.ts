// The public JSON API of the portal's content (000 §5: the local portal linked with the national
// one): published items — all, one kind, one sector, or those changed since a time, which is how
// another portal takes what is new — and the legal library.
import { createRoute, z } from '@hono/zod-openapi';
import { policies } from '../../../platform/authz';
import { AppError } from '../../../platform/errors';
import { problemResponses, type Api } from '../../../platform/http/api';
import { renderRichText } from '../../../platform/text/rich-text';
import { SECTORS } from '../../directory';
import { CONTENT_KINDS } from '../domain/content-item';
import { LEGAL_DOC_TYPES, LEGAL_STATUSES } from '../domain/legal-document';
import type { ItemRow } from '../db/items.repository';
import type { LegalRow } from '../db/legal.repository';
import { findPublished, findRemovedSince, getItemPage } from '../services/items.queries';
import { searchLegal } from '../services/legal-search';
import { itemPath, LEGAL_PATH } from '../ui/paths';

const ZLocalized = z.object({ vi: z.string(), en: z.string() });

const ZItem = z
  .object({
    slug: z.string(),
    kind: z.enum(CONTENT_KINDS),
    url: z.string().url(),
    title: ZLocalized,
    summary: ZLocalized,
    bodyHtml: ZLocalized.openapi({
      description: 'The text as clean HTML (an allow-list of tags).',
    }),
    cover: z.object({ url: z.string().url(), alt: ZLocalized }).nullable(),
    topics: z.array(z.string()),
    tags: z.array(z.string()),
    links: z.array(
      z.object({
        type: z.enum(['organization', 'person', 'programme', 'event']),
        slug: z.string(),
        label: z.string(),
      }),
    ),
    author: z.string(),
    publishedAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
  })
  .openapi('ContentItem');

const ZLegalDocument = z
  .object({
    slug: z.string(),
    url: z.string().url(),
    number: z.string(),
    docType: z.enum(LEGAL_DOC_TYPES),
    issuer: z.string(),
    issuedOn: z.string().date(),
    effectiveOn: z.string().date().nullable(),
    status: z.enum(LEGAL_STATUSES),
    title: ZLocalized,
    summary: ZLocalized,
    sectors: z.array(z.string()),
    sourceUrl: z.string(),
  })
  .openapi('LegalDocument');

const ZRemoved = z
  .object({
    slug: z.string(),
    kind: z.enum(CONTENT_KINDS),
    url: z.string().url(),
    removedAt: z.string().datetime(),
  })
  .openapi('RemovedContentItem');

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const ZPageOf = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int() }).openapi(name);

function toItemJson(item: ItemRow, origin: string) {
  return {
    slug: item.slug,
    kind: item.kind as (typeof CONTENT_KINDS)[number],
    url: `${origin}${itemPath(item)}`,
    title: { vi: item.titleVi, en: item.titleEn },
    summary: { vi: item.summaryVi, en: item.summaryEn },
    bodyHtml: {
      vi: renderRichText(item.bodyVi),
      en: item.bodyEn ? renderRichText(item.bodyEn) : '',
    },
    cover: item.coverKey
      ? {
          url: `${origin}/files/${item.coverKey}`,
          alt: { vi: item.coverAltVi, en: item.coverAltEn },
        }
      : null,
    topics: item.topics,
    tags: item.tags,
    links: item.links,
    author: item.authorName,
    publishedAt: (item.publishedAt ?? item.updatedAt).toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

function toLegalJson(doc: LegalRow, origin: string) {
  return {
    slug: doc.slug,
    url: `${origin}${LEGAL_PATH}/${doc.slug}`,
    number: doc.number,
    docType: doc.docType as (typeof LEGAL_DOC_TYPES)[number],
    issuer: doc.issuer,
    issuedOn: doc.issuedOn,
    effectiveOn: doc.effectiveOn,
    status: doc.legalStatus as (typeof LEGAL_STATUSES)[number],
    title: { vi: doc.titleVi, en: doc.titleEn },
    summary: { vi: doc.summaryVi, en: doc.summaryEn },
    sectors: doc.sectors,
    sourceUrl: doc.sourceUrl,
  };
}

const listItemsRoute = createRoute({
  method: 'get',
  path: '/content/items',
  operationId: 'listContentItems',
  tags: ['content'],
  summary: 'Published news, announcements, stories, pages, partners and FAQ',
  description:
    'Newest publication first. With `updatedSince`, only items changed at or after that instant: poll with the time of the previous poll to take what is new or changed, and drop the items listed in `removed` (published once, unpublished or taken back since; whatever the other filters, paged like the items, `removedTotal` in all).',
  request: {
    query: z.object({
      kind: z.enum(CONTENT_KINDS).optional(),
      topic: z.enum(SECTORS).optional().openapi({ description: 'A sector code.' }),
      updatedSince: z.string().datetime({ offset: true }).optional(),
      page,
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: {
      description: 'One page.',
      content: {
        'application/json': {
          schema: z
            .object({
              items: z.array(ZItem),
              total: z.number().int(),
              page: z.number().int(),
              removed: z.array(ZRemoved).optional(),
              removedTotal: z.number().int().optional(),
            })
            .openapi('ContentItemPage'),
        },
      },
    },
    ...problemResponses(422),
  },
});

const getItemRoute = createRoute({
  method: 'get',
  path: '/content/items/{slug}',
  operationId: 'getContentItem',
  tags: ['content'],
  summary: 'One published item',
  request: { params: z.object({ slug: z.string().max(100) }) },
  responses: {
    200: { description: 'The item.', content: { 'application/json': { schema: ZItem } } },
    ...problemResponses(404, 422),
  },
});

const listLegalRoute = createRoute({
  method: 'get',
  path: '/content/legal',
  operationId: 'listLegalDocuments',
  tags: ['content'],
  summary: 'The library of policies and legal documents',
  description:
    'Newest first; with `q`, by relevance over number, title, summary and issuer (diacritics and typos forgiven).',
  request: {
    query: z.object({
      q: z.string().max(200).optional(),
      docType: z.enum(LEGAL_DOC_TYPES).optional(),
      status: z.enum(LEGAL_STATUSES).optional(),
      sector: z.enum(SECTORS).optional(),
      page,
    }),
  },
  responses: {
    200: {
      description: 'One page of 20.',
      content: { 'application/json': { schema: ZPageOf(ZLegalDocument, 'LegalDocumentPage') } },
    },
    ...problemResponses(422),
  },
});

export function registerContentApi(api: Api) {
  api.operation(policies.public, listItemsRoute, async (c) => {
    const { deps } = c.get('ctx');
    const q = c.req.valid('query');
    const since = q.updatedSince ? new Date(q.updatedSince) : undefined;
    const window = { page: q.page, size: q.limit };
    const [result, removed] = await Promise.all([
      findPublished(deps, {
        kinds: q.kind ? [q.kind] : CONTENT_KINDS,
        topic: q.topic,
        updatedSince: since,
        ...window,
      }),
      since ? findRemovedSince(deps, { since, ...window }) : undefined,
    ]);
    const origin = deps.config.publicUrl;
    return c.json(
      {
        items: result.rows.map((r) => toItemJson(r, origin)),
        total: result.total,
        page: result.page,
        ...(removed && {
          removed: removed.rows.map((r) => ({
            slug: r.slug,
            kind: r.kind as (typeof CONTENT_KINDS)[number],
            url: `${origin}${itemPath(r)}`,
            removedAt: r.updatedAt.toISOString(),
          })),
          removedTotal: removed.total,
        }),
      },
      200,
    );
  });
  api.operation(policies.public, getItemRoute, async (c) => {
    const { deps } = c.get('ctx');
    // The API shows what visitors see: published items only, whoever asks.
    const item = await getItemPage(deps, { kind: 'anonymous' }, c.req.valid('param').slug);
    if (item.status !== 'published') throw new AppError('NOT_FOUND');
    return c.json(toItemJson(item, deps.config.publicUrl), 200);
  });
  api.operation(policies.public, listLegalRoute, async (c) => {
    const { deps } = c.get('ctx');
    const result = await searchLegal(deps.database.db, c.req.valid('query'));
    const origin = deps.config.publicUrl;
    return c.json(
      {
        items: result.rows.map((d) => toLegalJson(d, origin)),
        total: result.total,
        page: result.page,
      },
      200,
    );
  });
}
