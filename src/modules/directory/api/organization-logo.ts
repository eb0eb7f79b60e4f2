// The logo of an organisation over the API: the image itself is the request body, checked by its
// content like an upload from the form (the Content-Type sent is not trusted), then stored by
// content hash before the row that names it changes. Staff only, with If-Match like an update.
import { createRoute, z } from '@hono/zod-openapi';
import { policies } from '../../../platform/authz';
import { problemResponses, type Api } from '../../../platform/http/api';
import type { AppContext } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';
import type { OrganizationRow } from '../db/organizations.repository';
import { setOrganizationLogo } from '../services/set-organization-logo';
import { ZOrganization } from './organization-json';
import {
  etagHeader,
  findByRef,
  ifMatchRequired,
  organizationResponse,
  ZIfMatch,
  ZRef,
} from './organizations';
import { expectedVersion, requireIfMatch, staleEditResponse } from './preconditions';

export const LOGO_API_PATH = '/api/v1/directory/organizations/:ref/logo';

const binary = { schema: z.string().openapi({ type: 'string', format: 'binary' }) };

const PATH = '/directory/organizations/{ref}/logo';

const updated = {
  description: 'The organisation, with its new logo.',
  headers: etagHeader,
  content: { 'application/json': { schema: ZOrganization } },
};

const putRoute = createRoute({
  method: 'put',
  path: PATH,
  tags: ['directory'],
  middleware: [requireIfMatch] as const,
  operationId: 'putOrganizationLogo',
  summary: 'Set an organisation’s logo',
  description:
    'Staff only (scope `directory.organization:curate` for an API key). The body is the image: PNG, JPEG, WebP or GIF, at most 1 MB (larger: 413) and 4096 × 4096 pixels, recognised by its content whatever the Content-Type; SVG and anything else is refused with 422. Requires If-Match like an update (428 without, 409 when stale, nothing changed).',
  request: {
    params: ZRef,
    headers: ZIfMatch,
    body: {
      required: true,
      content: {
        'image/png': binary,
        'image/jpeg': binary,
        'image/webp': binary,
        'image/gif': binary,
      },
    },
  },
  responses: {
    200: updated,
    ...problemResponses(401, 403, 404, 409, 413, 422),
    ...ifMatchRequired,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: PATH,
  tags: ['directory'],
  middleware: [requireIfMatch] as const,
  request: { params: ZRef, headers: ZIfMatch },
  operationId: 'deleteOrganizationLogo',
  summary: 'Remove an organisation’s logo',
  description:
    'Staff only (scope `directory.organization:curate` for an API key); If-Match like an update.',
  responses: {
    200: { ...updated, description: 'The organisation, without a logo.' },
    ...problemResponses(401, 403, 404, 409),
    ...ifMatchRequired,
  },
});

async function editable(c: AppContext, ref: string) {
  const row = await findByRef(c, ref);
  if (!row || row.archivedAt || row.mergedInto) throw new AppError('NOT_FOUND');
  return row;
}

async function saveLogo(
  c: AppContext,
  current: OrganizationRow,
  ifMatch: string,
  image: File | null,
) {
  const ctx = c.get('ctx');
  const result = await setOrganizationLogo(ctx.deps, ctx, {
    id: current.id,
    expectedVersion: expectedVersion(ifMatch, current.version),
    image,
  });
  if (result.ok) return organizationResponse(c, result.organization, 200);
  if (result.reason === 'NOT_FOUND') throw new AppError('NOT_FOUND');
  return staleEditResponse(c, result.current.version);
}

export function registerOrganizationLogoApi(api: Api) {
  const canCurate = policies.capability('directory.organization:curate');

  api.operation(canCurate, putRoute, async (c) => {
    const current = await editable(c, c.req.valid('param').ref);
    // The body is the image; its Content-Type is not trusted (the service reads the bytes).
    const image = new File([await c.req.arrayBuffer()], 'logo');
    return (await saveLogo(c, current, c.req.valid('header')['if-match'], image)) as never;
  });

  api.operation(canCurate, deleteRoute, async (c) => {
    const current = await editable(c, c.req.valid('param').ref);
    return (await saveLogo(c, current, c.req.valid('header')['if-match'], null)) as never;
  });
}
