import { createRoute, z } from '@hono/zod-openapi';
import { ANONYMOUS, can, hasRole, isSignedIn, policies, type Actor } from '../../../platform/authz';
import { ZProblem, problemResponses, type Api } from '../../../platform/http/api';
import type { AppContext } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';
import {
  FIELD_NAMES,
  fieldSpec,
  RESTRICTABLE_FIELDS,
  ZOrganizationFields,
  type TOrganizationFields,
} from '../organization-fields';
import {
  liveMergeTarget,
  organizationByRef,
  type OrganizationRow,
} from '../services/organization-refs.queries';
import { PROVINCE_CODES } from '../domain/provinces';
import { CERTIFICATIONS, ORGANIZATION_KINDS, SECTORS, STAGES } from '../domain/taxonomy';
import { createOrganization } from '../services/create-organization';
import { updateOrganization } from '../services/update-organization';
import { withVisibleFields } from '../services/visibility';
import { VARY_BY_CALLER } from './common';
import { listOrganizations } from '../services/organization-pages';
import { ZOrganization, toOrganizationJson } from './organization-json';
import {
  etagOf,
  expectedVersion,
  isNotModified,
  requireIfMatch,
  staleEditResponse,
} from './preconditions';

const BASE = '/api/v1/directory/organizations';

/**
 * Whose rights decide which fields are shown: the caller's, except an API key without the
 * directory read scope, which sees what a visitor sees.
 */
const viewerOf = (actor: Actor): Actor =>
  can(actor, 'directory.organization:read') ? actor : ANONYMOUS;

/** The contract, each field described as its declaration says. */
const ZOrganizationInput = ZOrganizationFields.extend({
  ...Object.fromEntries(
    FIELD_NAMES.flatMap((f) => {
      const doc = fieldSpec(f).apiInput;
      return doc ? [[f, ZOrganizationFields.shape[f].openapi(doc)]] : [];
    }),
  ),
  visibility: ZOrganizationFields.shape.visibility.openapi({
    description: `Who may see a restricted field (${RESTRICTABLE_FIELDS.join(', ')}): public, members or staff.`,
    example: { phone: 'members' },
  }),
}).openapi('OrganizationInput', {
  description:
    'Every editable field of an organisation; an update replaces them all (the logo has its own operations).',
});

const ZListQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Words of the name or description, with or without diacritics.' }),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  province: z.enum(PROVINCE_CODES).optional().openapi({ description: 'A province code.' }),
  sector: z.enum(SECTORS).optional(),
  stage: z.enum(STAGES).optional(),
  certification: z.enum(['innovative_startup', ...CERTIFICATIONS]).optional(),
  sort: z.enum(['relevance', 'name']).optional().openapi({
    description:
      'relevance (the default with q) or name (the default, and the only order without q).',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .max(2000)
    .optional()
    .openapi({ description: 'The `next` of the previous page, with the same query.' }),
});

const ZOrganizationPage = z
  .object({
    items: z.array(ZOrganization),
    next: z
      .string()
      .nullable()
      .openapi({ description: 'Cursor of the next page; null on the last one.' }),
  })
  .openapi('OrganizationPage');

export const etagHeader = {
  ETag: {
    description: 'W/"<version>": send it back in If-Match to update.',
    schema: { type: 'string' as const },
  },
};

const listRoute = createRoute({
  method: 'get',
  path: '/directory/organizations',
  operationId: 'listOrganizations',
  tags: ['directory'],
  summary: 'List or search organisations',
  description:
    'Active and inactive organisations that are neither archived nor merged, filtered like the directory page. Without `q` in name order (Vietnamese alphabet); with `q` ranked by relevance, diacritic- and typo-tolerant. Pages are followed with `cursor`; fields the caller may not see are null.',
  request: { query: ZListQuery },
  responses: {
    200: {
      description: 'One page.',
      content: { 'application/json': { schema: ZOrganizationPage } },
    },
    ...problemResponses(422),
  },
});

export const ZRef = z.object({
  ref: z
    .string()
    .max(200)
    .openapi({
      param: { name: 'ref', in: 'path' },
      description: 'The id (UUID) or the slug of the organisation.',
      example: 'nong-nghiep-xanh',
    }),
});

const getRoute = createRoute({
  method: 'get',
  path: '/directory/organizations/{ref}',
  operationId: 'getOrganization',
  tags: ['directory'],
  summary: 'One organisation, by id or slug',
  description:
    'A merged duplicate redirects (301) to the organisation it was merged into. Answers 304 to an If-None-Match naming its current ETag.',
  request: { params: ZRef },
  responses: {
    200: {
      description: 'The organisation, with the fields the caller may see.',
      headers: etagHeader,
      content: { 'application/json': { schema: ZOrganization } },
    },
    301: { description: 'Merged into another organisation (see Location).' },
    304: { description: 'Not modified since the ETag given in If-None-Match.' },
    ...problemResponses(404, 422),
  },
});

const createRoute_ = createRoute({
  method: 'post',
  path: '/directory/organizations',
  operationId: 'createOrganization',
  tags: ['directory'],
  summary: 'Create an organisation',
  description:
    'Any signed-in account (an API key needs the scope `directory.organization:create`); accounts other than staff may create 60 an hour. The tax code must be valid and not yet in the directory.',
  request: {
    body: { required: true, content: { 'application/json': { schema: ZOrganizationInput } } },
  },
  responses: {
    201: {
      description: 'Created; Location is its address in the API.',
      headers: {
        ...etagHeader,
        Location: { description: 'The new organisation.', schema: { type: 'string' as const } },
      },
      content: { 'application/json': { schema: ZOrganization } },
    },
    ...problemResponses(400, 401, 403, 415, 422, 429),
  },
});

/** The header an update must send (see preconditions.ts), and the 428 without it. */
export const ZIfMatch = z.object({
  'if-match': z.string().openapi({
    description: 'The ETag of the version the change is based on, e.g. W/"3".',
    example: 'W/"3"',
  }),
});
export const ifMatchRequired = {
  428: {
    description: 'If-Match is missing.',
    content: { 'application/problem+json': { schema: ZProblem } },
  },
};

const updateRoute = createRoute({
  method: 'put',
  path: '/directory/organizations/{ref}',
  operationId: 'updateOrganization',
  tags: ['directory'],
  middleware: [requireIfMatch] as const,
  summary: 'Replace an organisation’s fields',
  description:
    'Staff only (scope `directory.organization:curate` for an API key). Requires If-Match with the ETag of the version read: without it 428; when someone saved in between, 409 with the current ETag, and nothing is changed.',
  request: {
    params: ZRef,
    headers: ZIfMatch,
    body: { required: true, content: { 'application/json': { schema: ZOrganizationInput } } },
  },
  responses: {
    200: {
      description: 'Updated.',
      headers: etagHeader,
      content: { 'application/json': { schema: ZOrganization } },
    },
    ...problemResponses(400, 401, 403, 404, 409, 415, 422),
    ...ifMatchRequired,
  },
});

/** The output of the contract as its input again (the services parse what they receive). */
const asInput = (fields: TOrganizationFields) => ({
  ...fields,
  capitalRaisedVnd: fields.capitalRaisedVnd?.toString(),
});

export function organizationResponse<S extends 200 | 201>(
  c: AppContext,
  row: OrganizationRow,
  status: S,
) {
  const { actor, deps } = c.get('ctx');
  c.header('ETag', etagOf(row.version));
  c.header('Vary', VARY_BY_CALLER);
  return c.json(toOrganizationJson(withVisibleFields(row, viewerOf(actor)), deps.clock()), status);
}

export async function findByRef(c: AppContext, ref: string) {
  return organizationByRef(c.get('ctx').deps, { ref });
}

export function registerOrganizationsApi(api: Api) {
  api.operation(policies.public, listRoute, async (c) => {
    const { actor, deps } = c.get('ctx');
    const page = await listOrganizations(deps, { actor: viewerOf(actor) }, c.req.valid('query'));
    c.header('Vary', VARY_BY_CALLER);
    const today = deps.clock();
    return c.json(
      { items: page.rows.map((r) => toOrganizationJson(r, today)), next: page.next },
      200,
    );
  });

  api.operation(policies.public, getRoute, async (c) => {
    const row = await findByRef(c, c.req.valid('param').ref);
    if (!row || row.archivedAt) throw new AppError('NOT_FOUND');
    if (row.mergedInto) {
      const target = await liveMergeTarget(c.get('ctx').deps, { id: row.mergedInto });
      if (!target) throw new AppError('NOT_FOUND');
      return c.redirect(`${BASE}/${target.id}`, 301) as never;
    }
    if (isNotModified(c, row.version)) return c.body(null, 304) as never;
    return organizationResponse(c, row, 200);
  });

  api.operation(policies.capability('directory.organization:create'), createRoute_, async (c) => {
    const ctx = c.get('ctx');
    if (isSignedIn(ctx.actor) && !hasRole(ctx.actor, 'admin', 'staff')) {
      const hit = await ctx.deps.rateLimiter.hit(`directory-create:${ctx.actor.user.id}`, 60, 3600);
      if (!hit.ok) throw new AppError('RATE_LIMITED', { retryAfterSeconds: hit.retryAfterSeconds });
    }
    const result = await createOrganization(
      ctx.deps.database.db,
      ctx,
      asInput(c.req.valid('json')),
    );
    if (!result.ok) throw new AppError('INVALID', { fields: result.fields });
    c.header('Location', `${BASE}/${result.organization.id}`);
    return organizationResponse(c, result.organization, 201);
  });

  api.operation(policies.capability('directory.organization:curate'), updateRoute, async (c) => {
    const ctx = c.get('ctx');
    const current = await findByRef(c, c.req.valid('param').ref);
    if (!current || current.archivedAt || current.mergedInto) throw new AppError('NOT_FOUND');
    const result = await updateOrganization(
      ctx.deps.database.db,
      ctx,
      current.id,
      expectedVersion(c.req.valid('header')['if-match'], current.version),
      asInput(c.req.valid('json')),
    );
    if (result.ok) return organizationResponse(c, result.organization, 200);
    if (result.reason === 'NOT_FOUND') throw new AppError('NOT_FOUND');
    if (result.reason === 'INVALID') throw new AppError('INVALID', { fields: result.fields });
    return staleEditResponse(c, result.current.version) as never;
  });
}
