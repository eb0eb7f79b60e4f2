import type { Context } from 'hono';
import type { Actor } from '../authz';
import type { AppDeps } from '../deps';
import type { Locale, Translate } from '../i18n';

export interface RequestContext {
  requestId: string;
  locale: Locale;
  t: Translate;
  actor: Actor;
  deps: AppDeps;
  /** Client address, for audit and rate limits. */
  ip: string;
}

export type AppEnv = { Variables: { ctx: RequestContext } };
export type AppContext = Context<AppEnv>;
