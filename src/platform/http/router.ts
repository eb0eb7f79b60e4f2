import type { Hono, MiddlewareHandler } from 'hono';
import type { H } from 'hono/types';
import type { Policy } from '../authz';
import { AppError } from '../errors';
import type { AppEnv } from './context';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** pages answer with HTML and redirect anonymous visitors to log in; api answers problem+json. */
export type RouteKind = 'page' | 'api' | 'system';

export interface RouteSpec {
  method: Method;
  path: string;
  policy: Policy;
  kind: RouteKind;
}

/** Checks the declared policy before any handler runs. */
export function authorize(policy: Policy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { actor } = c.get('ctx');
    if (!policy.allows(actor)) {
      if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
      throw new AppError(policy.hidesRefusal ? 'NOT_FOUND' : 'FORBIDDEN');
    }
    await next();
  };
}

/**
 * The only way to add a route: each one declares its policy, and the registry lets a test walk
 * every route as every kind of actor.
 */
export class Router {
  readonly routes: RouteSpec[] = [];
  constructor(readonly app: Hono<AppEnv>) {}

  on(spec: RouteSpec, ...handlers: H<AppEnv>[]): void {
    this.routes.push(spec);
    this.app.on(
      spec.method,
      spec.path,
      authorize(spec.policy),
      ...(handlers as MiddlewareHandler<AppEnv>[]),
    );
  }

  page(method: Method, path: string, policy: Policy, ...handlers: H<AppEnv>[]) {
    this.on({ method, path, policy, kind: 'page' }, ...handlers);
  }

  /** Records a route whose handler another sub-app (the OpenAPI app) registers. */
  declare(spec: RouteSpec): void {
    this.routes.push(spec);
  }
}
