import { createRoute, z } from '@hono/zod-openapi';
import { installedApiScopes, policies, type ApiScope } from '../../../platform/authz';
import { problemResponses, type Api } from '../../../platform/http/api';
import { AppError } from '../../../platform/errors';
import { type TApiKeyView, ZApiKeyName } from '../services/api-key-contracts';
import { createApiKey, createRefusalFields } from '../services/api-key-create';
import { findMyApiKeys } from '../services/api-key-queries';
import { revokeApiKey } from '../services/api-key-revoke';

const dateTime = () => z.iso.datetime({ offset: true });

const toJson = (key: TApiKeyView) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes as ApiScope[],
  status: key.status,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  expiresAt: key.expiresAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

/** One or more of the scopes, each once. */
const scopesInput = (scope: z.ZodType<ApiScope>) =>
  z
    .array(scope)
    .min(1, { message: 'identity.apiKeys.scopes.required' })
    .max(installedApiScopes().length)
    .transform((scopes) => [...new Set(scopes)]);

/**
 * The operations and their schemas, built once the modules are installed: the scopes a key may
 * carry are the installed modules' (listed in the OpenAPI document as an enum).
 */
function apiKeyRoutes() {
  const scope = z.enum(installedApiScopes() as [ApiScope, ...ApiScope[]]);
  const ZApiKey = z
    .object({
      id: z.string().openapi({ example: '5f0c2a4e-8d7b-4a43-9a51-3c1c0b9e7d21' }),
      name: z.string().openapi({ example: 'Quarterly report sheet' }),
      prefix: z.string().openapi({
        description: 'The 8 characters after `ihk_`, to recognise the key.',
        example: '3fa85f64',
      }),
      scopes: z.array(scope),
      status: z.enum(['active', 'expired', 'revoked']),
      createdAt: dateTime(),
      lastUsedAt: dateTime().nullable(),
      expiresAt: dateTime().nullable(),
      revokedAt: dateTime().nullable(),
    })
    .openapi('ApiKey');

  const ZCreatedApiKey = ZApiKey.extend({
    secret: z.string().openapi({
      description: 'The key itself. Shown only in this response: store it now.',
      example: 'ihk_3fa85f64_q3Jm4Yb0Vt0k6n1yZ2oQ2mO8QvH1cX2y4s9kZ7mU1aE',
    }),
  }).openapi('CreatedApiKey');

  const ZCreateApiKeyInput = z
    .object({
      name: ZApiKeyName.openapi({ example: 'Quarterly report sheet' }),
      scopes: scopesInput(scope).openapi({
        description: 'One or more scopes; each must be a right the caller’s roles grant.',
        example: ['identity.profile:read:own'],
      }),
      expiresAt: z.iso
        .datetime({ offset: true, error: 'identity.apiKeys.expiresAt.invalid' })
        .optional()
        .openapi({
          description: 'When the key stops working (ISO 8601 with offset); omit for no expiry.',
          example: '2027-01-31T23:59:59+07:00',
        }),
    })
    .openapi('CreateApiKeyInput');

  const SESSION_ONLY =
    'Only from a signed-in browser session: an API key can neither list, create nor revoke keys (403).';

  const listApiKeysRoute = createRoute({
    method: 'get',
    path: '/api-keys',
    operationId: 'listApiKeys',
    tags: ['identity'],
    summary: 'The caller’s API keys',
    description: `Newest first, including revoked and expired ones. ${SESSION_ONLY}`,
    responses: {
      200: {
        description: 'The keys; never their secrets.',
        content: { 'application/json': { schema: z.object({ items: z.array(ZApiKey) }) } },
      },
      ...problemResponses(401, 403),
    },
  });

  const createApiKeyRoute = createRoute({
    method: 'post',
    path: '/api-keys',
    operationId: 'createApiKey',
    tags: ['identity'],
    summary: 'Create an API key',
    description: `Returns the secret once; only its SHA-256 is stored. ${SESSION_ONLY}`,
    request: {
      body: { required: true, content: { 'application/json': { schema: ZCreateApiKeyInput } } },
    },
    responses: {
      201: {
        description: 'The new key, with its secret.',
        content: { 'application/json': { schema: ZCreatedApiKey } },
      },
      ...problemResponses(400, 401, 403, 415, 422),
    },
  });

  const revokeApiKeyRoute = createRoute({
    method: 'delete',
    path: '/api-keys/{id}',
    operationId: 'revokeApiKey',
    tags: ['identity'],
    summary: 'Revoke an API key',
    description: `The key stops working at once; revoking a revoked key changes nothing. Another user’s key answers 404. ${SESSION_ONLY}`,
    request: {
      params: z.object({
        id: z
          .string()
          .max(100)
          .openapi({
            param: { name: 'id', in: 'path' },
            example: '5f0c2a4e-8d7b-4a43-9a51-3c1c0b9e7d21',
          }),
      }),
    },
    responses: {
      204: { description: 'Revoked.' },
      ...problemResponses(401, 403, 404),
    },
  });
  return { listApiKeysRoute, createApiKeyRoute, revokeApiKeyRoute };
}

export function registerApiKeysApi(api: Api) {
  const { listApiKeysRoute, createApiKeyRoute, revokeApiKeyRoute } = apiKeyRoutes();
  api.operation(policies.session, listApiKeysRoute, async (c) => {
    const ctx = c.get('ctx');
    const keys = await findMyApiKeys(ctx.deps, ctx);
    return c.json({ items: keys.map(toJson) }, 200);
  });

  api.operation(policies.session, createApiKeyRoute, async (c) => {
    const ctx = c.get('ctx');
    const input = c.req.valid('json');
    const result = await createApiKey(ctx.deps, ctx, {
      name: input.name,
      scopes: input.scopes,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    });
    if (!result.ok) throw new AppError('INVALID', { fields: createRefusalFields(result.reason) });
    c.header('Cache-Control', 'no-store');
    return c.json({ ...toJson(result.key), secret: result.secret }, 201);
  });

  api.operation(policies.session, revokeApiKeyRoute, async (c) => {
    const ctx = c.get('ctx');
    await revokeApiKey(ctx.deps, ctx, { keyId: c.req.valid('param').id });
    return c.body(null, 204);
  });
}
