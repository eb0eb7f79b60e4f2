// The indicator figures kept for the targets' pages (services/indicator-figures.ts) are forgotten
// before and after any write request this process handles, whatever its outcome: what the write
// changes shows at the next view, and a report issued by the request counts the data as it is.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { forgetIndicatorFigures } from './services/indicator-figures';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const forgetFiguresAroundWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  const isWrite = !READS.has(c.req.method);
  const db = c.get('ctx').deps.database.db;
  if (isWrite) forgetIndicatorFigures(db);
  await next();
  if (isWrite) forgetIndicatorFigures(db);
};
