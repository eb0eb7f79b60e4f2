import { createRoute, z } from '@hono/zod-openapi';
import { policies } from '../../../platform/authz';
import { ZProblem, problemResponses, type Api } from '../../../platform/http/api';
import { FEED_TYPES, readChangeFeed } from '../services/change-feed';
import { ZOrganization, toOrganizationJson } from './organization-json';
import { ZPerson, toPersonJson } from './person-json';

const ZChange = z
  .object({
    seq: z.int().openapi({ description: 'Position in the feed; increases.', example: 1042 }),
    type: z.enum(FEED_TYPES),
    id: z.uuid(),
    op: z.enum(['upsert', 'delete']).openapi({
      description:
        'upsert: store `record` (the current public view); delete: the record is no longer public (archived or merged), remove your copy.',
    }),
    at: z.iso.datetime({ offset: true }).openapi({ description: 'When the change was made.' }),
    record: z.union([ZOrganization, ZPerson]).nullable().openapi({
      description: 'An Organization or a Person, as `type` says; null with op delete.',
    }),
  })
  .openapi('Change');

const ZChangePage = z
  .object({
    items: z.array(ZChange),
    next: z.string().openapi({
      description: 'The `since` of the next request (the last item’s seq, or the given one).',
      example: '1042',
    }),
    hasMore: z.boolean().openapi({ description: 'True when more changes can be read at once.' }),
  })
  .openapi('ChangePage');

const changesRoute = createRoute({
  method: 'get',
  path: '/changes',
  operationId: 'listChanges',
  tags: ['directory'],
  summary: 'Change feed of public records',
  description:
    'Every public record of the directory (organisations and people) that changed after `since`, in seq order, each once at its latest change, with its public fields only. Start with since=0, store `next`, ask again with it (at once while `hasMore`, later otherwise): applying the items in order reproduces the public state. How another instance (the national hub) follows this one.',
  request: {
    query: z.object({
      since: z
        .string()
        .regex(/^\d{1,15}$/, { message: 'directory.api.since.invalid' })
        .default('0')
        .openapi({ description: 'A cursor: 0, or the `next` of the previous page.', example: '0' }),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    }),
  },
  responses: {
    200: {
      description: 'One page of changes.',
      content: { 'application/json': { schema: ZChangePage } },
    },
    ...problemResponses(422),
    503: {
      description: 'A long write (an import) holds the change log: ask again after Retry-After.',
      content: { 'application/problem+json': { schema: ZProblem } },
    },
  },
});

export function registerChangesApi(api: Api) {
  api.operation(policies.public, changesRoute, async (c) => {
    const { deps } = c.get('ctx');
    const query = c.req.valid('query');
    const page = await readChangeFeed(deps, {
      since: Number(query.since),
      limit: query.limit,
    });
    const today = deps.clock();
    return c.json(
      {
        items: page.items.map((item) => ({
          seq: item.seq,
          type: item.type,
          id: item.id,
          op: item.op,
          at: item.at.toISOString(),
          record:
            item.type === 'person'
              ? item.record && toPersonJson(item.record, item.links)
              : item.record && toOrganizationJson(item.record, today),
        })),
        next: String(page.next),
        hasMore: page.hasMore,
      },
      200,
    );
  });
}
