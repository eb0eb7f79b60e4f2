import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import { ANONYMOUS, policies } from '../authz';
import { loadConfig } from '../config/config';
import type { Database } from '../db/client';
import { createDiskFileStore } from '../files';
import { withJobRunner } from '../jobs';
import { createMailer } from '../mail/mailer';
import { problemResponses } from './api';
import { createApp } from './app';
import type { ModuleManifest } from '../modules/manifest';
import type { AppDeps } from '../deps';
import { AppError } from '../errors';
import { createDatabaseRateLimiter } from '../rate-limit';

const COMMITTED = path.resolve(import.meta.dirname, '../../../docs/openapi.json');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string }[];
  responses?: Record<string, unknown>;
  'x-policy'?: string;
};
type OpenApiDoc = {
  openapi: string;
  info: { title: string; version: string };
  servers: { url: string }[];
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components: { securitySchemes: Record<string, Record<string, string>> };
};

function operationsOf(doc: OpenApiDoc) {
  return Object.entries(doc.paths).flatMap(([p, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ method: m, path: p, op: item[m]! })),
  );
}

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function resolvePointer(doc: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe.each(testEngines)('the API on %s', (engine) => {
  let t: TestApp;
  let doc: OpenApiDoc;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const res = await t.app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    doc = (await res.json()) as OpenApiDoc;
  });
  afterAll(() => t.close());

  it('serves a well-formed OpenAPI 3.1 document with both ways to authenticate', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'InnoHub API', version: expect.any(String) });
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });

    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(0);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path: p, op } of ops) {
      expect(Object.keys(op.responses ?? {}).length, p).toBeGreaterThan(0);
      for (const [, param] of p.matchAll(/\{(\w+)\}/g)) {
        expect(
          op.parameters?.some((x) => x.in === 'path' && x.name === param),
          p,
        ).toBe(true);
      }
      for (const requirement of op.security ?? []) {
        for (const scheme of Object.keys(requirement)) {
          expect(doc.components.securitySchemes[scheme], scheme).toBeDefined();
        }
      }
    }
    for (const ref of refsIn(doc)) expect(resolvePointer(doc, ref), ref).toBeDefined();
  });

  it('documents exactly the /api/v1 routes of the registry, each with its policy', () => {
    const registered = t.router.routes
      .filter((r) => r.path.startsWith('/api/v1/'))
      .map((r) => `${r.method} ${r.path} ${r.policy.name}`)
      .sort();
    const documented = operationsOf(doc)
      .map(
        (o) =>
          `${o.method.toUpperCase()} /api/v1${o.path.replace(/\{(\w+)\}/g, ':$1')} ${o.op['x-policy']}`,
      )
      .sort();
    expect(documented).toEqual(registered);
    expect(t.router.routes.filter((r) => r.path.startsWith('/api/v1/')).map((r) => r.kind)).toEqual(
      expect.arrayContaining(['api']),
    );
    expect(
      t.router.routes.filter((r) => r.path.startsWith('/api/v1/') && r.kind !== 'api'),
    ).toEqual([]);
  });

  it('matches the committed docs/openapi.json (regenerate with npm run openapi:write)', async () => {
    if (process.env.OPENAPI_WRITE === '1') {
      const options = (await resolveConfig(COMMITTED)) ?? {};
      writeFileSync(
        COMMITTED,
        await format(JSON.stringify(doc), { ...options, filepath: COMMITTED }),
      );
    }
    expect(doc).toEqual(JSON.parse(readFileSync(COMMITTED, 'utf8')));
  });

  it('serves the interactive docs from local files only, with a policy that allows their styles', async () => {
    const res = await t.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("img-src 'self' data:");
    const page = await res.text();
    expect(page).toContain('<title>Tài liệu API · InnoHub</title>');
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\//);
      expect(body!.trim()).toBe('');
    }
    const urls = [...page.matchAll(/(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1]!);
    const docsUrls = urls.filter((u) => u.startsWith('/api/'));
    expect(docsUrls).toEqual(
      expect.arrayContaining([
        '/api/docs/assets/swagger-ui.css',
        '/api/docs/assets/swagger-ui-bundle.js',
        '/api/docs/init.js',
      ]),
    );
    for (const url of docsUrls) {
      const asset = await t.app.request(url);
      expect(asset.status, url).toBe(200);
      const body = await asset.text();
      if (url.endsWith('.css')) expect(body).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
      if (url.endsWith('init.js')) {
        expect(body).not.toMatch(/https?:\/\//);
        expect(body).toContain('"/api/v1/openapi.json"');
        expect(body).toContain('validatorUrl: null');
      }
    }
    const english = await t.app.request('/api/docs', { headers: { cookie: 'lang=en' } });
    expect(await english.text()).toContain('<title>API documentation · InnoHub</title>');
  });

  it('keeps the strict policy elsewhere and serves no other package file', async () => {
    const home = await t.app.request('/');
    expect(home.headers.get('content-security-policy')).toContain("style-src 'self';");
    const json = await t.app.request('/api/v1/openapi.json');
    expect(json.headers.get('content-security-policy')).toContain("style-src 'self';");
    for (const p of ['/api/docs/assets/package.json', '/api/docs/assets/%2e%2e%2fpackage.json']) {
      const res = await t.app.request(p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const res = await t.app.request('/api/v1/nothing-here', {
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

/** A module with one public operation, to test the platform's validation and error mapping. */
const echoModule: ModuleManifest = {
  id: 'echo',
  register() {},
  registerApi(api) {
    api.operation(
      policies.public,
      createRoute({
        method: 'post',
        path: '/echo/{n}',
        operationId: 'echo',
        request: {
          params: z.object({ n: z.coerce.number().int().min(1) }),
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z.object({ title: z.string().trim().min(1).max(10), email: z.email() }),
              },
            },
          },
        },
        responses: {
          200: {
            description: 'ok',
            content: { 'application/json': { schema: z.object({ title: z.string() }) } },
          },
          ...problemResponses(400, 404, 415, 422),
        },
      }),
      (c) => {
        if (c.req.valid('param').n === 404) throw new AppError('NOT_FOUND');
        return c.json({ title: c.req.valid('json').title }, 200);
      },
    );
    api.operation(
      policies.signedIn,
      createRoute({
        method: 'get',
        path: '/private',
        operationId: 'private',
        responses: { 204: { description: 'ok' }, ...problemResponses(401) },
      }),
      (c) => c.body(null, 204),
    );
  },
};

describe('the API machinery', () => {
  let database: Database;
  let deps: AppDeps;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: TEST_ORIGIN });
    const clock = () => new Date();
    deps = withJobRunner<AppDeps>(
      {
        config,
        database,
        clock,
        mail: createMailer(database.db, { from: config.MAIL_FROM }),
        rateLimiter: createDatabaseRateLimiter(database.db, clock),
        files: createDiskFileStore(path.join(tmpdir(), 'innohub-api-test-files-unused')),
      },
      { db: database.db, clock, handlers: {} },
    );
  });
  afterAll(() => database.close());

  const appWith = (modules: ModuleManifest[]) =>
    createApp(deps, { resolveActor: async () => ANONYMOUS, modules }).app;

  const post = (body: string, headers: Record<string, string> = {}, n = '1') =>
    appWith([echoModule]).request(`/api/v1/echo/${n}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, ...headers },
      body,
    });

  it('passes valid input through', async () => {
    const res = await post(JSON.stringify({ title: ' Xin chào ', email: 'a@example.vn' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ title: 'Xin chào' });
  });

  it('answers invalid fields with 422 and a message per field, in Vietnamese by default', async () => {
    const res = await post(JSON.stringify({ title: 'much too long', email: 'nope' }));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: 422,
      code: 'INVALID',
      title: 'Dữ liệu không hợp lệ',
      errors: [
        { field: 'title', message: 'Tối đa 10 ký tự.' },
        { field: 'email', message: 'Địa chỉ e-mail không hợp lệ.' },
      ],
    });
  });

  it('speaks the language Accept-Language asks for, before the lang cookie; the cookie decides otherwise', async () => {
    const en = await post(JSON.stringify({ email: 'a@example.vn' }), { 'accept-language': 'en' });
    expect(en.status).toBe(422);
    expect(await en.json()).toMatchObject({
      title: 'Invalid input',
      errors: [{ field: 'title', message: 'This field is required.' }],
    });
    const asked = await post(JSON.stringify({ email: 'a@example.vn' }), {
      'accept-language': 'en',
      cookie: 'lang=vi',
    });
    expect(await asked.json()).toMatchObject({
      errors: [{ field: 'title', message: 'This field is required.' }],
    });
    const cookie = await post(JSON.stringify({ email: 'a@example.vn' }), { cookie: 'lang=en' });
    expect(await cookie.json()).toMatchObject({
      errors: [{ field: 'title', message: 'This field is required.' }],
    });
    const unsupported = await post(JSON.stringify({ email: 'a@example.vn' }), {
      'accept-language': 'fr',
    });
    expect(await unsupported.json()).toMatchObject({
      errors: [{ field: 'title', message: 'Vui lòng nhập trường này.' }],
    });
  });

  it('validates path parameters the same way', async () => {
    const res = await post(JSON.stringify({ title: 'a', email: 'a@example.vn' }), {}, 'zero');
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('n');
  });

  it('answers malformed JSON with a 400 problem, never a 500', async () => {
    const res = await post('{"title": "a",', { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
      detail: expect.stringContaining('invalid JSON'),
    });
  });

  it('answers a body that is not JSON with a 415 problem', async () => {
    const res = await post('title=a', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('maps errors thrown by handlers, and denied policies, to problems', async () => {
    const missing = await post(JSON.stringify({ title: 'a', email: 'a@example.vn' }), {}, '404');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND' });

    const app = appWith([echoModule]);
    const anonymous = await app.request('/api/v1/private');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="InnoHub"');
    const badKey = await app.request('/api/v1/private', {
      headers: { authorization: 'Bearer ihk_nope', 'accept-language': 'en' },
    });
    expect(badKey.status).toBe(401);
    expect(badKey.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(await badKey.json()).toMatchObject({
      detail: expect.stringContaining('invalid, expired or revoked'),
    });
  });

  it('refuses to start when a module adds an API route that bypasses the registry', () => {
    const sneaky: ModuleManifest = {
      id: 'sneaky',
      register() {},
      registerApi(api) {
        api.app.get('/sneaky', (c) => c.text('hi'));
      },
    };
    expect(() => appWith([sneaky])).toThrow(/GET \/api\/v1\/sneaky is not in the route registry/);
  });
});
