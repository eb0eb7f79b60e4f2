// What modules keep is forgotten around every write request and every job, even a job that fails
// (it may have committed before it threw); a read request leaves it kept.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../deps';
import type { AppEnv, RequestContext } from '../http/context';
import type { JobRun } from '../jobs';
import { forgetAroundJob, forgetAroundWriteRequests } from './forget-on-write';
import type { ModuleManifest } from './manifest';

const deps = {} as AppDeps;
const job = { id: 'j', name: 'test.job', payload: {}, key: null, attempt: 1 } as JobRun;

function keeping() {
  const events: string[] = [];
  const modules: ModuleManifest[] = [
    { id: 'kept', forgetOnWrite: (d) => void events.push(d === deps ? 'forgot' : 'other deps') },
    { id: 'plain' },
  ];
  return { events, modules };
}

describe('forgetting what modules keep', () => {
  it('happens before and after a job, succeeded or failed', async () => {
    const { events, modules } = keeping();
    await forgetAroundJob(modules, async () => void events.push('ran'))(job, deps);
    expect(events).toEqual(['forgot', 'ran', 'forgot']);
    events.length = 0;
    const failing = forgetAroundJob(modules, async () => {
      events.push('wrote, then threw');
      throw new Error('SMTP down');
    });
    await expect(failing(job, deps)).rejects.toThrow('SMTP down');
    expect(events).toEqual(['forgot', 'wrote, then threw', 'forgot']);
  });

  it('happens around write requests, not reads', async () => {
    const { events, modules } = keeping();
    const app = new Hono<AppEnv>();
    app.use('*', async (c, next) => {
      c.set('ctx', { deps } as RequestContext);
      await next();
    });
    app.use('*', forgetAroundWriteRequests(modules));
    app.all('/x', (c) => {
      events.push(c.req.method);
      return c.text('ok');
    });
    for (const method of ['GET', 'HEAD', 'OPTIONS']) await app.request('/x', { method });
    expect(events).toEqual(['GET', 'HEAD', 'OPTIONS']);
    events.length = 0;
    for (const method of ['POST', 'DELETE']) await app.request('/x', { method });
    expect(events).toEqual(['forgot', 'POST', 'forgot', 'forgot', 'DELETE', 'forgot']);
  });
});
