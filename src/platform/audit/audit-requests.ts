import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/context';
import { log } from '../log/logger';
import { isAuditedActor, recordAuditOnce } from './audit';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The safety net under "every write by staff or admins is audited": a successful write by such
 * an actor that no command recorded in detail still leaves a request-level entry.
 */
export function auditRequestsOfStaff(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const ctx = c.get('ctx');
    if (!WRITE_METHODS.has(c.req.method) || !isAuditedActor(ctx.actor) || c.res.status >= 400)
      return;
    try {
      await recordAuditOnce(ctx.deps.database.db, ctx, {
        action: `http:${c.req.method}`,
        entityType: 'route',
        entityId: c.req.path,
        after: { status: c.res.status },
      });
    } catch (err) {
      log.error('audit of request failed', { requestId: ctx.requestId, err });
    }
  };
}
