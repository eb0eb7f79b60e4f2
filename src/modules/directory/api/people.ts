import { createRoute, z } from '@hono/zod-openapi';
import { ANONYMOUS, can, hasRole, isSignedIn, policies, type Actor } from '../../../platform/authz';
import { ZProblem, problemResponses, type Api } from '../../../platform/http/api';
import type { AppContext } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';
import { linksOfPerson, livePersonByRef, type PersonRow } from '../services/person-refs.queries';
import { PROVINCE_CODES } from '../domain/provinces';
import { PERSON_ROLES } from '../domain/taxonomy';
import { ZPersonFields, createPerson, type TPersonFieldsInput } from '../services/create-person';
import { updatePerson } from '../services/update-person';
import { withVisibleFields } from '../services/visibility';
import { VARY_BY_CALLER } from './common';
import { listPeople } from '../services/people-pages';
import { ZPerson, toPersonJson } from './person-json';
import {
  etagOf,
  expectedVersion,
  isNotModified,
  requireIfMatch,
  staleEditResponse,
} from './preconditions';

const BASE = '/api/v1/directory/people';

/**
 * Whose rights decide which personal fields are shown: the caller's, except an API key without
 * the people curation scope, which sees what a visitor sees (personal data leaves by key only
 * for staff integrations).
 */
const viewerOf = (actor: Actor): Actor =>
  actor.kind === 'user' && actor.apiKey && !can(actor, 'directory.person:curate')
    ? ANONYMOUS
    : actor;

const ZPersonInput = ZPersonFields.openapi('PersonInput', {
  description:
    'Every editable field of a person; an update replaces them all. `visibility` says who sees e-mail, phone, website, province and bio (e-mail and phone: staff only unless the person allows more).',
});

const ZListQuery = z.object({
  q: z.string().max(200).optional().openapi({
    description: 'Words of the name, headline or expertise, with or without diacritics.',
  }),
  role: z.enum(PERSON_ROLES).optional(),
  province: z.enum(PROVINCE_CODES).optional().openapi({ description: 'A province code.' }),
  expertise: z
    .string()
    .max(60)
    .optional()
    .openapi({ description: 'An expertise tag, as written.' }),
  sort: z.enum(['relevance', 'name']).optional().openapi({
    description:
      'relevance (the default with q) or name (by given name, the only order without q).',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .max(2000)
    .optional()
    .openapi({ description: 'The `next` of the previous page, with the same query.' }),
});

const ZPersonPage = z
  .object({
    items: z.array(ZPerson),
    next: z
      .string()
      .nullable()
      .openapi({ description: 'Cursor of the next page; null on the last one.' }),
  })
  .openapi('PersonPage');

const ZRef = z.object({
  ref: z
    .string()
    .max(200)
    .openapi({
      param: { name: 'ref', in: 'path' },
      description: 'The id (UUID) or the slug of the person.',
      example: 'nguyen-thi-hoa',
    }),
});

const etagHeader = {
  ETag: {
    description: 'W/"<version>": send it back in If-Match to update.',
    schema: { type: 'string' as const },
  },
};

const listRoute = createRoute({
  method: 'get',
  path: '/directory/people',
  operationId: 'listPeople',
  tags: ['directory'],
  summary: 'List or search people',
  description:
    'Founders, experts, mentors, investors and researchers who are listed (not archived). Without `q` in roster order (given name); with `q` ranked by relevance. Personal fields the caller may not see are null; a province filter only matches provinces the caller may see.',
  request: { query: ZListQuery },
  responses: {
    200: { description: 'One page.', content: { 'application/json': { schema: ZPersonPage } } },
    ...problemResponses(422),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/directory/people/{ref}',
  operationId: 'getPerson',
  tags: ['directory'],
  summary: 'One person, by id or slug',
  description: 'Answers 304 to an If-None-Match naming its current ETag.',
  request: { params: ZRef },
  responses: {
    200: {
      description: 'The person, with the fields the caller may see.',
      headers: etagHeader,
      content: { 'application/json': { schema: ZPerson } },
    },
    304: { description: 'Not modified since the ETag given in If-None-Match.' },
    ...problemResponses(404, 422),
  },
});

const createPersonRoute = createRoute({
  method: 'post',
  path: '/directory/people',
  operationId: 'createPerson',
  tags: ['directory'],
  summary: 'Create a person',
  description:
    'Any signed-in account (an API key needs the scope `directory.person:create`); accounts other than staff may create 60 an hour.',
  request: {
    body: { required: true, content: { 'application/json': { schema: ZPersonInput } } },
  },
  responses: {
    201: {
      description: 'Created; Location is its address in the API.',
      headers: {
        ...etagHeader,
        Location: { description: 'The new person.', schema: { type: 'string' as const } },
      },
      content: { 'application/json': { schema: ZPerson } },
    },
    ...problemResponses(400, 401, 403, 415, 422, 429),
  },
});

const updatePersonRoute = createRoute({
  method: 'put',
  path: '/directory/people/{ref}',
  operationId: 'updatePerson',
  tags: ['directory'],
  middleware: [requireIfMatch] as const,
  summary: 'Replace a person’s fields',
  description:
    'Staff only (scope `directory.person:curate` for an API key). Requires If-Match with the ETag of the version read: without it 428; when someone saved in between, 409 with the current ETag, and nothing is changed.',
  request: {
    params: ZRef,
    headers: z.object({
      'if-match': z.string().openapi({
        description: 'The ETag of the version the change is based on, e.g. W/"3".',
        example: 'W/"3"',
      }),
    }),
    body: { required: true, content: { 'application/json': { schema: ZPersonInput } } },
  },
  responses: {
    200: {
      description: 'Updated.',
      headers: etagHeader,
      content: { 'application/json': { schema: ZPerson } },
    },
    ...problemResponses(400, 401, 403, 404, 409, 415, 422),
    428: {
      description: 'If-Match is missing.',
      content: { 'application/problem+json': { schema: ZProblem } },
    },
  },
});

const findByRef = (c: AppContext, ref: string) => livePersonByRef(c.get('ctx').deps, { ref });

async function personResponse<S extends 200 | 201>(c: AppContext, row: PersonRow, status: S) {
  const { actor, deps } = c.get('ctx');
  const links = await linksOfPerson(deps, { personId: row.id });
  c.header('ETag', etagOf(row.version));
  c.header('Vary', VARY_BY_CALLER);
  return c.json(toPersonJson(withVisibleFields(row, viewerOf(actor)), links), status);
}

/**
 * The body as sent: the service parses it itself (its parsed form, e.g. the visibility map,
 * is not an input again). The route's schema has already refused an invalid one.
 */
const rawBody = async (c: AppContext) => (await c.req.json()) as TPersonFieldsInput;

export function registerPeopleApi(api: Api) {
  api.operation(policies.public, listRoute, async (c) => {
    const { actor, deps } = c.get('ctx');
    const page = await listPeople(deps, { actor: viewerOf(actor) }, c.req.valid('query'));
    c.header('Vary', VARY_BY_CALLER);
    return c.json(
      { items: page.rows.map((r) => toPersonJson(r, page.links)), next: page.next },
      200,
    );
  });

  api.operation(policies.public, getRoute, async (c) => {
    const row = await findByRef(c, c.req.valid('param').ref);
    if (!row) throw new AppError('NOT_FOUND');
    if (isNotModified(c, row.version)) return c.body(null, 304) as never;
    return personResponse(c, row, 200);
  });

  api.operation(policies.capability('directory.person:create'), createPersonRoute, async (c) => {
    const ctx = c.get('ctx');
    if (isSignedIn(ctx.actor) && !hasRole(ctx.actor, 'admin', 'staff')) {
      const hit = await ctx.deps.rateLimiter.hit(`directory-create:${ctx.actor.user.id}`, 60, 3600);
      if (!hit.ok) throw new AppError('RATE_LIMITED', { retryAfterSeconds: hit.retryAfterSeconds });
    }
    const result = await createPerson(ctx.deps.database.db, ctx, await rawBody(c));
    if (!result.ok) throw new AppError('INVALID', { fields: result.fields });
    c.header('Location', `${BASE}/${result.person.id}`);
    return personResponse(c, result.person, 201);
  });

  api.operation(policies.capability('directory.person:curate'), updatePersonRoute, async (c) => {
    const ctx = c.get('ctx');
    const current = await findByRef(c, c.req.valid('param').ref);
    if (!current) throw new AppError('NOT_FOUND');
    const result = await updatePerson(
      ctx.deps.database.db,
      ctx,
      current.id,
      expectedVersion(c.req.valid('header')['if-match'], current.version),
      await rawBody(c),
    );
    if (result.ok) return personResponse(c, result.person, 200);
    if (result.reason === 'NOT_FOUND') throw new AppError('NOT_FOUND');
    if (result.reason === 'INVALID') throw new AppError('INVALID', { fields: result.fields });
    return staleEditResponse(c, result.current.version) as never;
  });
}
