// The exchange's public JSON API: listed offers, open needs and the change feed of their public
// state, so that another exchange (the national S&T exchange, Techport) can take our listings and
// keep them current. Only public fields leave (services/open-listings.ts); the mapping of these
// fields to theirs is docs/marketplace-exchange-mapping.md.
import { createRoute, z } from '@hono/zod-openapi';
import { policies } from '../../../platform/authz';
import { AppError } from '../../../platform/errors';
import { problemResponses, type Api } from '../../../platform/http/api';
import { SECTORS } from '../../directory';
import { NEED_TIMELINES } from '../domain/need';
import { IP_KINDS, TRANSFER_FORMS } from '../domain/offer';
import {
  findListedOffers,
  findOpenNeeds,
  pointOf,
  readListingFeed,
  type FeedItem,
  type PublicNeed,
  type PublicOffer,
} from '../services/open-listings';
import { needPath, offerPath } from '../ui/paths';

const held = (schema: z.ZodTypeAny) =>
  schema.nullable().openapi({
    description: 'null when its owner restricts it (after the NDA, or to the parties).',
  });
const ZDay = z.string().openapi({ example: '2034-05-01' });
const ZVndText = z
  .string()
  .regex(/^\d+$/)
  .openapi({ description: 'Whole đồng, as digits.', example: '450000000' });

const ZOwner = z
  .object({
    name: z.string(),
    slug: z
      .string()
      .openapi({ description: 'Its profile in the directory API: /api/v1/organizations/{slug}.' }),
    kind: z.string(),
    provinceCode: z.string().nullable(),
  })
  .nullable()
  .openapi('MarketplaceOwner');

const ZImageVariant = z
  .object({
    url: z.url().openapi({ description: 'The WebP copy in the public file store.' }),
    width: z.int().openapi({ description: 'In pixels.' }),
    height: z.int().openapi({ description: 'In pixels.' }),
  })
  .openapi('TechnologyOfferImageVariant');

const ZOfferImage = z
  .object({
    url: z.url().openapi({ description: 'The image in the public file store.' }),
    width: z.int().openapi({ description: 'In pixels.' }),
    height: z.int().openapi({ description: 'In pixels.' }),
    altVi: z
      .string()
      .openapi({ description: 'What the image shows, in Vietnamese (its alt text).' }),
    altEn: z
      .string()
      .nullable()
      .openapi({ description: 'What the image shows, in English; null when not given.' }),
    variants: z.array(ZImageVariant).openapi({
      description:
        'WebP copies at smaller widths (and at the image’s own), narrowest first; empty for an image without them, whose url is then the only one.',
    }),
  })
  .openapi('TechnologyOfferImage');

const ZOffer = z
  .object({
    id: z.uuid(),
    url: z.url(),
    title: z.string(),
    summary: z.string(),
    problem: held(z.string()),
    advantages: held(z.string()),
    applications: held(z.string()),
    sectors: z.array(z.enum(SECTORS)),
    trl: z.int().min(1).max(9).openapi({ description: 'Technology readiness level, 1–9.' }),
    ipKind: z.enum(IP_KINDS),
    ipNumber: held(z.string()),
    ipJurisdiction: z.string(),
    ipExpiresOn: ZDay.nullable(),
    coOwners: held(z.array(z.object({ name: z.string(), share: z.int() }))),
    isStateFunded: z.boolean(),
    transferForms: z.array(z.enum(TRANSFER_FORMS)),
    priceVnd: held(ZVndText).openapi({
      description: 'Indicative; null when negotiable or restricted.',
    }),
    isNegotiable: z.boolean(),
    inventors: held(z.array(z.string())),
    contactEmail: held(z.string()),
    owner: ZOwner,
    images: z.array(ZOfferImage).openapi({
      description: 'Public images, oldest first (the first is the listing’s picture).',
    }),
    publishedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('TechnologyOffer');

const ZNeed = z
  .object({
    id: z.uuid(),
    url: z.url(),
    title: z.string(),
    teaser: z.string(),
    problem: held(z.string()),
    currentSolution: held(z.string()),
    constraints: held(z.string()),
    budgetMinVnd: held(ZVndText),
    budgetMaxVnd: held(ZVndText),
    timeline: z.enum(NEED_TIMELINES),
    sectors: z.array(z.enum(SECTORS)),
    transferForms: z.array(z.enum(TRANSFER_FORMS)),
    owner: ZOwner,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('TechnologyNeed');

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function offerJson(o: PublicOffer, origin: string) {
  return {
    ...o,
    url: `${origin}${offerPath(o.id)}`,
    sectors: o.sectors as (typeof SECTORS)[number][],
    ipKind: o.ipKind as (typeof IP_KINDS)[number],
    transferForms: o.transferForms as (typeof TRANSFER_FORMS)[number][],
    images: o.images.map(({ path, variants, ...image }) => ({
      url: `${origin}${path}`,
      ...image,
      variants: variants.map((v) => ({
        url: `${origin}${v.path}`,
        width: v.width,
        height: v.height,
      })),
    })),
    publishedAt: iso(o.publishedAt),
    expiresAt: iso(o.expiresAt),
    updatedAt: o.updatedAt.toISOString(),
  };
}

function needJson(n: PublicNeed, origin: string) {
  return {
    ...n,
    url: `${origin}${needPath(n.id)}`,
    sectors: n.sectors as (typeof SECTORS)[number][],
    timeline: n.timeline as (typeof NEED_TIMELINES)[number],
    transferForms: n.transferForms as (typeof TRANSFER_FORMS)[number][],
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

const ZWindow = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
const pageOf = (item: z.ZodTypeAny, name: string) =>
  z.object({ items: z.array(item), total: z.int(), page: z.int() }).openapi(name);

const listOffersRoute = createRoute({
  method: 'get',
  path: '/marketplace/offers',
  operationId: 'listTechnologyOffers',
  tags: ['marketplace'],
  summary: 'Listed technology offers',
  description:
    'Offers listed now (approved and not expired), newest first, with their public fields only.',
  request: { query: ZWindow },
  responses: {
    200: {
      description: 'One page.',
      content: { 'application/json': { schema: pageOf(ZOffer, 'TechnologyOfferPage') } },
    },
    ...problemResponses(422),
  },
});

const listNeedsRoute = createRoute({
  method: 'get',
  path: '/marketplace/needs',
  operationId: 'listTechnologyNeeds',
  tags: ['marketplace'],
  summary: 'Open technology needs',
  description:
    "Open needs, newest first: each one's teaser, and its details only where its owner made them public.",
  request: { query: ZWindow },
  responses: {
    200: {
      description: 'One page.',
      content: { 'application/json': { schema: pageOf(ZNeed, 'TechnologyNeedPage') } },
    },
    ...problemResponses(422),
  },
});

const ZListingChange = z
  .object({
    cursor: z.string().openapi({ description: 'This change’s place in the feed.' }),
    type: z.enum(['offer', 'need']),
    id: z.uuid(),
    op: z.enum(['upsert', 'delete']).openapi({
      description:
        'upsert: store `record` (the current public view); delete: the listing is no longer public (withdrawn, expired, closed), remove your copy.',
    }),
    at: z.iso.datetime(),
    record: z.union([ZOffer, ZNeed]).nullable(),
  })
  .openapi('ListingChange');

const changesRoute = createRoute({
  method: 'get',
  path: '/marketplace/changes',
  operationId: 'listListingChanges',
  tags: ['marketplace'],
  summary: 'Change feed of public listings',
  description:
    'Every offer and need whose public state changed after `since`, oldest first, each at its latest change, with its public fields only. Start with since=0, store `next`, ask again with it (at once while `hasMore`, later otherwise): applying the items in order reproduces the public state of the exchange. Changes appear 10 seconds after they are made.',
  request: {
    query: z.object({
      since: z
        .string()
        .regex(/^(0|\d{1,15}_[0-9a-f-]{36})$/, { message: 'marketplace.api.since' })
        .default('0')
        .openapi({ description: 'A cursor: 0, or the `next` of the previous page.', example: '0' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'One page of changes.',
      content: {
        'application/json': {
          schema: z
            .object({ items: z.array(ZListingChange), next: z.string(), hasMore: z.boolean() })
            .openapi('ListingChangePage'),
        },
      },
    },
    ...problemResponses(422),
  },
});

function changeJson(item: FeedItem, origin: string) {
  const record =
    item.record === null
      ? null
      : item.type === 'offer'
        ? offerJson(item.record as PublicOffer, origin)
        : needJson(item.record as PublicNeed, origin);
  return {
    cursor: item.cursor,
    type: item.type,
    id: item.id,
    op: item.op,
    at: item.at.toISOString(),
    record,
  };
}

export function registerMarketplaceApi(api: Api) {
  api.operation(policies.public, listOffersRoute, async (c) => {
    const { deps } = c.get('ctx');
    const q = c.req.valid('query');
    const { items, total } = await findListedOffers(deps, q);
    const origin = deps.config.publicUrl;
    return c.json({ items: items.map((o) => offerJson(o, origin)), total, page: q.page }, 200);
  });
  api.operation(policies.public, listNeedsRoute, async (c) => {
    const { deps } = c.get('ctx');
    const q = c.req.valid('query');
    const { items, total } = await findOpenNeeds(deps, q);
    const origin = deps.config.publicUrl;
    return c.json({ items: items.map((n) => needJson(n, origin)), total, page: q.page }, 200);
  });
  api.operation(policies.public, changesRoute, async (c) => {
    const { deps } = c.get('ctx');
    const q = c.req.valid('query');
    const from = pointOf(q.since);
    if (!from)
      throw new AppError('INVALID', { fields: { since: { key: 'marketplace.api.since' } } });
    const page = await readListingFeed(deps, { from, limit: q.limit });
    const origin = deps.config.publicUrl;
    return c.json(
      {
        items: page.items.map((i) => changeJson(i, origin)),
        next: page.next,
        hasMore: page.hasMore,
      },
      200,
    );
  });
}
