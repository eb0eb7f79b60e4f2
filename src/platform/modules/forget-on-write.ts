// What modules keep in memory between requests that a write may change (plans' indicator
// figures) is forgotten whenever this process writes: before and after every write request and
// every durable job it runs, whatever the outcome — a job commits its own transactions, and a
// failing one may have committed some. Forgetting is a map cleared, so a read-only job (a mail
// sent) costs nothing but the next view's count. Writes of other processes are not seen here:
// what a module keeps must also age out (decision 025).
import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../http/context';
import type { JobHandler } from '../jobs';
import type { ModuleManifest } from './manifest';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function forgetKept(modules: readonly ModuleManifest[], deps: AppDeps): void {
  for (const module of modules) module.forgetOnWrite?.(deps);
}

/** Before a write request (a report it issues counts the data as it is) and after it. */
export function forgetAroundWriteRequests(
  modules: readonly ModuleManifest[],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const isWrite = !READS.has(c.req.method);
    const { deps } = c.get('ctx');
    if (isWrite) forgetKept(modules, deps);
    await next();
    if (isWrite) forgetKept(modules, deps);
  };
}

/** The job's handler, forgetting before it runs and after it ends, succeeded or not. */
export function forgetAroundJob(
  modules: readonly ModuleManifest[],
  handler: JobHandler<AppDeps>,
): JobHandler<AppDeps> {
  return async (job, deps) => {
    forgetKept(modules, deps);
    try {
      await handler(job, deps);
    } finally {
      forgetKept(modules, deps);
    }
  };
}
