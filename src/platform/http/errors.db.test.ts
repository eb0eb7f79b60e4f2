import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { ANONYMOUS, policies } from '../authz';
import { createApp } from './app';

describe('unexpected faults', () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>['app'];
  beforeAll(async () => {
    t = await createTestApp('pglite');
    ({ app } = createApp(t.deps, {
      resolveActor: async () => ANONYMOUS,
      modules: [
        {
          id: 'faulty',
          register(router) {
            const fail = () => {
              throw new Error('database on fire');
            };
            router.page('GET', '/broken', policies.public, fail);
            router.on(
              { method: 'GET', path: '/api/v1/broken', policy: policies.public, kind: 'api' },
              fail,
            );
          },
        },
      ],
    }));
  });
  afterAll(() => t.close());

  it('show a 500 page in the visitor language with a reference, never the error itself', async () => {
    const vi = await app.request('/broken');
    expect(vi.status).toBe(500);
    const html = await vi.text();
    expect(html).toContain('Đã xảy ra lỗi');
    expect(html).toContain(vi.headers.get('x-request-id')!);
    expect(html).not.toContain('database on fire');

    const en = await app.request('/broken', { headers: { cookie: 'lang=en' } });
    expect(await en.text()).toContain('Something went wrong');
  });

  it('answer the API with problem+json 500', async () => {
    const res = await app.request('/api/v1/broken', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body).toMatchObject({ status: 500, title: 'Something went wrong' });
    expect(JSON.stringify(body)).not.toContain('database on fire');
  });
});
