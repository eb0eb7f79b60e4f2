import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './context';
import { isHealthCheck, requestSlots } from './request-slots';

/** An app whose handler waits until the test lets each request go, in the order it chooses. */
function appWith(limit: number) {
  const slots = requestSlots(limit, isHealthCheck);
  const app = new Hono<AppEnv>();
  const entered: string[] = [];
  const gates = new Map<string, () => void>();
  app.use('*', slots.middleware);
  app.all('*', async (c) => {
    const name = c.req.query('n') ?? c.req.path;
    entered.push(name);
    await new Promise<void>((go) => gates.set(name, go));
    const body = c.req.method === 'POST' ? await c.req.parseBody() : {};
    return c.json({ name, body });
  });
  const letGo = async (name: string) => {
    await until(() => gates.has(name));
    gates.get(name)!();
  };
  return { app, slots, entered, letGo };
}

const tick = () => new Promise((r) => setTimeout(r, 5));
async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await tick();
  expect(condition()).toBe(true);
}

describe('request slots', () => {
  it('works on at most `limit` requests at once and admits the others in arrival order', async () => {
    const { app, slots, entered, letGo } = appWith(2);
    const answers = ['a', 'b', 'c', 'd', 'e'].map((n) => app.request(`/page?n=${n}`));
    await until(() => entered.length === 2);
    await tick();
    expect(entered).toEqual(['a', 'b']);
    expect(slots.state()).toEqual({ working: 2, waiting: 3 });

    await letGo('b');
    await until(() => entered.length === 3);
    expect(entered).toEqual(['a', 'b', 'c']);
    for (const n of ['a', 'c', 'd', 'e']) await letGo(n);
    const names = await Promise.all(
      answers.map(async (r) => ((await (await r).json()) as { name: string }).name),
    );
    expect(names).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(slots.state()).toEqual({ working: 0, waiting: 0 });
  });

  it('frees the slot when a request fails', async () => {
    const slots = requestSlots(1, isHealthCheck);
    const app = new Hono<AppEnv>();
    app.use('*', slots.middleware);
    app.get('/fails', () => {
      throw new Error('boom');
    });
    app.get('/works', (c) => c.text('ok'));
    expect((await app.request('/fails')).status).toBe(500);
    expect(await (await app.request('/works')).text()).toBe('ok');
    expect(slots.state()).toEqual({ working: 0, waiting: 0 });
  });

  it('answers health checks even when every slot is taken', async () => {
    const { app, entered, letGo } = appWith(1);
    const busy = app.request('/page?n=busy');
    await until(() => entered.includes('busy'));
    const health = app.request('/healthz');
    await until(() => entered.includes('/healthz'));
    await letGo('/healthz');
    expect((await health).status).toBe(200);
    await letGo('busy');
    expect((await busy).status).toBe(200);
  });

  it('takes no slot while a body is still arriving, and hands the body to its readers', async () => {
    const { app, slots, entered, letGo } = appWith(1);
    let sendRest!: () => void;
    const slowUpload = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode('name=Ng'));
        await new Promise<void>((r) => (sendRest = r));
        controller.enqueue(new TextEncoder().encode('%E1%BB%8Dc'));
        controller.close();
      },
    });
    const upload = app.request('/page?n=upload', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: slowUpload,
      duplex: 'half',
    } as RequestInit);
    await tick();
    expect(slots.state()).toEqual({ working: 0, waiting: 0 });

    // Another request passes while the upload is still arriving.
    const quick = app.request('/page?n=quick');
    await letGo('quick');
    expect((await quick).status).toBe(200);

    sendRest();
    await letGo('upload');
    const answer = (await (await upload).json()) as { body: Record<string, string> };
    expect(answer.body).toEqual({ name: 'Ngọc' });
    expect(entered).toEqual(['quick', 'upload']);
  });
});
