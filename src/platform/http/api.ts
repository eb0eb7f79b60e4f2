// The public API under /api/v1: routes declared with their zod contract (@hono/zod-openapi),
// each recorded in the route registry with its policy, answering problem+json on every refusal.
import { OpenAPIHono, createRoute, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { Hook } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { policies, type Policy } from '../authz';
import type { AppDeps } from '../deps';
import type { AppContext, AppEnv } from './context';
import { AppError } from '../errors';
import { fieldErrors } from '../input/validation';
import { ZOpenApiDocument, ZProblem, problemResponses, PROBLEM_JSON } from './api-schemas';
import { toProblem, type Problem } from './problem';
import { authorize, type Method, type Router } from './router';
import { registerApiDocs } from './api-docs';

export const API_BASE = '/api/v1';
export const API_VERSION = '1.0.0';
export { ZProblem, problemResponses, PROBLEM_JSON };

/** OpenAPI `{id}` → Hono `:id`, the syntax the route registry uses. */
export const honoPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiRouteConfig = RouteConfig & { method: ApiMethod };

const SECURITY_SCHEMES = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'ihk_<prefix>_<secret>',
    description:
      'An API key created on /account/api-keys, sent as `Authorization: Bearer ihk_…`. It acts for its owner, limited to its scopes.',
  },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'innohub.session_token',
    description:
      'The session cookie of a signed-in browser (`__Secure-` prefixed over HTTPS). Writes must come from this site (Origin checked).',
  },
} as const;

/** Which credentials can satisfy a policy, for the operation's `security` in the document. */
function securityOf(policy: Policy): Record<string, string[]>[] {
  if (policy.isPublic) return [];
  if (policy === policies.session) return [{ session: [] }];
  return [{ apiKey: [] }, { session: [] }];
}

/** What modules receive to add their operations. */
export class Api {
  constructor(
    readonly app: OpenAPIHono<AppEnv>,
    private readonly router: Router,
  ) {}

  /**
   * Adds one operation: recorded in the route registry with its policy, the policy enforced
   * before the input is validated, and documented with the credentials it accepts.
   */
  operation<R extends ApiRouteConfig>(
    policy: Policy,
    route: R,
    handler: RouteHandler<R, AppEnv>,
  ): void {
    this.router.declare({
      method: route.method.toUpperCase() as Method,
      path: API_BASE + honoPath(route.path),
      policy,
      kind: 'api',
    });
    this.app.openapi(
      {
        ...route,
        middleware: [authorize(policy), ...[route.middleware ?? []].flat()],
        security: securityOf(policy),
        'x-policy': policy.name,
      },
      handler as never,
    );
  }
}

/** Modules that contribute API operations (see ModuleManifest.registerApi). */
export interface ApiContributor {
  registerApi?(api: Api, deps: AppDeps): void;
}

/** Failed zod validation of any part of the request → 422 with one message per field. */
const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (!result.success) throw new AppError('INVALID', { fields: fieldErrors(result.error) });
  return undefined;
};

function problemOf(c: AppContext, error: AppError): AppError {
  const { actor } = c.get('ctx');
  const authorization = c.req.header('authorization') ?? '';
  if (error.code === 'UNAUTHENTICATED' && /^bearer\s/i.test(authorization)) {
    return new AppError('UNAUTHENTICATED', { detail: { key: 'api.problem.invalidKey' } });
  }
  if (
    error.code === 'FORBIDDEN' &&
    actor.kind === 'user' &&
    actor.apiKey &&
    !error.options.detail
  ) {
    return new AppError('FORBIDDEN', { detail: { key: 'api.problem.keyNotAllowed' } });
  }
  return error;
}

function problemJson(c: AppContext, problem: Problem, headers: Record<string, string> = {}) {
  return c.json(problem, problem.status as ContentfulStatusCode, {
    'Content-Type': PROBLEM_JSON,
    ...headers,
  });
}

/** The one error mapper of the API: AppError and client-side HTTP faults → RFC 9457 problems. */
export function apiProblemResponse(c: AppContext, err: AppError): Response {
  const { t } = c.get('ctx');
  const error = problemOf(c, err);
  const headers: Record<string, string> = {};
  if (error.code === 'RATE_LIMITED' || error.code === 'UNAVAILABLE') {
    headers['Retry-After'] = String(error.options.retryAfterSeconds ?? 60);
  }
  if (error.code === 'UNAUTHENTICATED') {
    const sentToken = /^bearer\s/i.test(c.req.header('authorization') ?? '');
    headers['WWW-Authenticate'] =
      `Bearer realm="InnoHub"${sentToken ? ', error="invalid_token"' : ''}`;
  }
  return problemJson(c, toProblem(error, t, c.req.path), headers);
}

function apiErrorHandler(err: Error, c: AppContext): Response {
  if (err instanceof AppError) return apiProblemResponse(c, err);
  if (err instanceof HTTPException && err.status === 415) {
    const { t } = c.get('ctx');
    return problemJson(c, {
      type: '/problems/unsupported-media-type',
      title: t('api.problem.unsupportedMediaType.title'),
      status: 415,
      detail: t('api.problem.unsupportedMediaType.body'),
      instance: c.req.path,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  }
  if (err instanceof HTTPException && err.status === 413) {
    return apiProblemResponse(c, new AppError('PAYLOAD_TOO_LARGE'));
  }
  if (err instanceof HTTPException && err.status < 500) {
    // The validators' only client faults: JSON that does not parse, a form that does not decode.
    return apiProblemResponse(
      c,
      new AppError('BAD_REQUEST', { detail: { key: 'api.problem.malformedBody' } }),
    );
  }
  throw err;
}

const getOpenApiDocumentRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  operationId: 'getOpenApiDocument',
  tags: ['meta'],
  summary: 'This OpenAPI 3.1 document',
  responses: {
    200: {
      description: 'The OpenAPI document describing every operation of /api/v1.',
      content: { 'application/json': { schema: ZOpenApiDocument } },
    },
  },
});

/** Builds the OpenAPI document from the registered operations; stable for a given code base. */
function buildDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'InnoHub API',
      version: API_VERSION,
      description:
        'The API of InnoHub, the platform of a province’s startup and innovation ecosystem. Errors are RFC 9457 problem details (`application/problem+json`) in the caller’s language: the `lang` cookie, else the signed-in user’s language, else `Accept-Language` (Vietnamese by default).',
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    },
    servers: [{ url: API_BASE }],
  });
}

/** Every handler of the sub-app must have come through Api.operation (and so be in the registry). */
function assertDeclared(app: OpenAPIHono<AppEnv>, router: Router) {
  const declared = new Set(router.routes.map((r) => `${r.method} ${r.path}`));
  for (const r of app.routes) {
    if (r.method === 'ALL') continue;
    const key = `${r.method} ${API_BASE}${r.path}`;
    if (!declared.has(key)) throw new Error(`API route ${key} is not in the route registry`);
  }
}

/**
 * Creates the OpenAPI sub-app, lets each module add its operations, serves the document at
 * /api/v1/openapi.json and mounts everything under /api/v1, then the docs under /api/docs.
 */
export function mountApi(router: Router, modules: readonly ApiContributor[], deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never });
  app.onError(apiErrorHandler);
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    app.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  }
  const api = new Api(app, router);
  let document: ReturnType<typeof buildDocument> | undefined;
  api.operation(policies.public, getOpenApiDocumentRoute, (c) => {
    document ??= buildDocument(app);
    return c.json(document as never, 200);
  });
  for (const module of modules) module.registerApi?.(api, deps);
  assertDeclared(app, router);
  document = buildDocument(app);
  router.app.route(API_BASE, app);
  registerApiDocs(router);
  return { api, document };
}
