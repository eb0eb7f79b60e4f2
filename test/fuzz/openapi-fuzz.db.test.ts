import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../support/actors';
import { createTestApp, NO_RATE_LIMITS, TEST_ORIGIN, type TestApp } from '../support/app';
import { BrowserSession } from '../support/browser-session';
import { testEngines } from '../support/db';
import {
  anyCursor,
  anyEtag,
  anyText,
  anyValue,
  hostile,
  nastyText,
  type OpenApiDocument,
  type Operation,
} from '../support/openapi-arbitraries';

/**
 * Every operation of the OpenAPI document and every page form, sent values drawn from their
 * contracts mixed with hostile ones: no answer may be a 5xx. FUZZ_RUNS raises the runs per
 * operation (npm test keeps it short; the benchmark runs longer).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const API = '/api/v1';
/** Sent to every form besides the fields its page shows (some forms live on another page). */
const COMMON_FIELDS = ['name', 'title', 'legalName', 'fullName', 'email', 'comment', 'version'];

type Caller = 'staff' | 'key' | 'anonymous';
interface ApiRequest {
  caller: Caller;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** A lone surrogate has no UTF-8 form: the client (not the server) would throw on it. */
const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

describe.each(testEngines)('OpenAPI fuzz: no 5xx from any operation or form on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let doc: OpenApiDocument;
  let keySecret = '';
  const refs: string[] = [];
  const etags: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.deps.rateLimiter = NO_RATE_LIMITS;
    await createUser(t, { email: 'fuzz@fuzz.example', roles: ['staff', 'admin'] });
    staff = await signIn(t, 'fuzz@fuzz.example');
    doc = (await (await t.app.request(`${API}/openapi.json`)).json()) as OpenApiDocument;
    const json = { 'content-type': 'application/json' };
    const key = await staff.send(
      'POST',
      `${API}/api-keys`,
      JSON.stringify({
        name: 'Fuzz',
        scopes: [
          'directory.organization:create',
          'directory.organization:curate',
          'directory.person:curate',
        ],
      }),
      json,
    );
    keySecret = ((await key.json()) as { secret: string }).secret;
    for (const [path, body] of [
      [
        '/directory/organizations',
        { kind: 'startup', legalName: 'Công ty Thử Lỗi', provinceCode: 'Huế' },
      ],
      ['/directory/people', { fullName: 'Nguyễn Thử Lỗi', provinceCode: 'Huế' }],
    ] as const) {
      const res = await staff.send('POST', API + path, JSON.stringify(body), json);
      const created = (await res.json()) as { id?: string; slug?: string };
      refs.push(...[created.id, created.slug].filter((x): x is string => Boolean(x)));
      if (res.headers.get('etag')) etags.push(res.headers.get('etag')!);
    }
  });
  afterAll(() => t.close());

  function requestOf(path: string, method: string, op: Operation): fc.Arbitrary<ApiRequest> {
    const params = op.parameters ?? [];
    const segment = (schema: Operation['parameters']) =>
      fc.oneof(fc.constantFrom(...refs), anyText(schema?.[0]?.schema, doc));
    const pathArb = fc
      .tuple(...params.filter((p) => p.in === 'path').map((p) => segment([p])))
      .map((values) => {
        let i = 0;
        return API + path.replace(/\{\w+\}/g, () => encodeURIComponent(wellFormed(values[i++]!)));
      });
    const queryArb = fc
      .tuple(
        ...params
          .filter((p) => p.in === 'query')
          .map((p) =>
            fc.option(
              (p.name === 'cursor' ? anyCursor : anyText(p.schema, doc)).map(
                (v) => [p.name, v] as [string, string],
              ),
            ),
          ),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.tuple(nastyText, nastyText) },
        ),
      )
      .map((pairs) => pairs.filter((p): p is [string, string] => p !== null));
    const etagArb = fc.option(fc.oneof(anyEtag, fc.constantFrom(...etags, `${etags[0]}, "x"`)));
    const content = Object.entries(op.requestBody?.content ?? {})[0];
    const bodyArb: fc.Arbitrary<{ type?: string; body?: string | Uint8Array<ArrayBuffer> }> =
      !content
        ? fc.constant({})
        : content[0].startsWith('image/')
          ? fc
              .uint8Array({ maxLength: 4_000 })
              .map((b) => ({ type: content[0], body: new Uint8Array(b) }))
          : fc.oneof(
              {
                weight: 6,
                arbitrary: anyValue(content[1].schema ?? {}, doc).map((v) => ({
                  type: content[0],
                  body: JSON.stringify(v) ?? 'null',
                })),
              },
              {
                weight: 1,
                arbitrary: hostile.map((v) => ({
                  type: content[0],
                  body: JSON.stringify(v) ?? '',
                })),
              },
              {
                weight: 1,
                arbitrary: nastyText.map((s) => ({ type: content[0], body: wellFormed(s) })),
              },
              {
                weight: 1,
                arbitrary: fc
                  .constantFrom('text/plain', 'application/x-www-form-urlencoded')
                  .map((type) => ({ type, body: 'a=b' })),
              },
            );
    return fc
      .record({
        caller: fc.constantFrom<Caller>('staff', 'staff', 'key', 'anonymous'),
        path: pathArb,
        query: queryArb,
        etag: etagArb,
        body: bodyArb,
        method: fc.constant(method),
      })
      .map(({ caller, path, query, etag, body }) => ({
        caller,
        path,
        query,
        headers: {
          ...(etag ? { 'if-match': etag, 'if-none-match': etag } : {}),
          ...(body.type ? { 'content-type': body.type } : {}),
        },
        body: body.body,
      }));
  }

  async function send(method: string, r: ApiRequest): Promise<Response> {
    const search = new URLSearchParams(r.query.map(([k, v]) => [wellFormed(k), wellFormed(v)]));
    const url = `${r.path}${search.size > 0 ? `?${search}` : ''}`;
    const headers: Record<string, string> = { origin: TEST_ORIGIN, ...r.headers };
    if (r.caller === 'staff') headers.cookie = staff.cookieHeader;
    if (r.caller === 'key') headers.authorization = `Bearer ${keySecret}`;
    const hasBody = method !== 'GET' && method !== 'HEAD';
    return t.app.request(url, { method, headers, body: hasBody ? r.body : undefined });
  }

  it('every operation answers hostile input without a 5xx', async () => {
    const failures: string[] = [];
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const verb = method.toUpperCase();
        try {
          await fc.assert(
            fc.asyncProperty(requestOf(path, verb, op), async (r) => {
              const res = await send(verb, r);
              expect(res.status, `${verb} ${r.path}`).toBeLessThan(500);
            }),
            { numRuns: RUNS, endOnFailure: true },
          );
        } catch (err) {
          failures.push(`${verb} ${path}: ${(err as Error).message.slice(0, 1_500)}`);
        }
      }
    }
    expect(operations).toBeGreaterThanOrEqual(16);
    expect(failures).toEqual([]);
  }, 300_000);

  /** The fields of the forms a page shows: their names, and which take files. */
  async function formFields(path: string): Promise<{ text: string[]; files: string[] }> {
    const html = await (await staff.get(path)).text();
    const names = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!))];
    const files = names(/<input[^>]*type="file"[^>]*name="([^"]+)"/g);
    const text = names(/<(?:input|textarea|select)[^>]*name="([^"]+)"/g).filter(
      (n) => !files.includes(n),
    );
    return { text, files };
  }

  it('every page form answers hostile input without a 5xx', async () => {
    const pages = t.router.routes.filter(
      (r) =>
        r.kind === 'page' && r.method === 'POST' && !r.path.includes(':') && r.path !== '/logout',
    );
    const failures: string[] = [];
    for (const route of pages) {
      const fields = await formFields(route.path);
      const text = [...new Set([...fields.text, ...COMMON_FIELDS])];
      const formArb = fc.record({
        values: fc.tuple(...text.map(() => fc.option(anyText(undefined, doc), { freq: 4 }))),
        file: fc.option(fc.tuple(fc.uint8Array({ maxLength: 2_000 }), nastyText)),
        multipart: fc.boolean(),
      });
      try {
        await fc.assert(
          fc.asyncProperty(formArb, async ({ values, file, multipart }) => {
            const pairs = text.flatMap((n, i) =>
              values[i] === null ? [] : [[n, wellFormed(values[i]!)] as [string, string]],
            );
            let res: Response;
            if (multipart || file) {
              const form = new FormData();
              for (const [n, v] of pairs) form.append(n, v);
              if (file)
                form.append(
                  fields.files[0] ?? 'file',
                  new File([new Uint8Array(file[0])], wellFormed(file[1])),
                );
              res = await staff.postMultipart(route.path, form);
            } else {
              res = await staff.post(route.path, Object.fromEntries(pairs));
            }
            expect(res.status, route.path).toBeLessThan(500);
          }),
          { numRuns: Math.max(5, Math.round(RUNS / 3)), endOnFailure: true },
        );
      } catch (err) {
        failures.push(`POST ${route.path}: ${(err as Error).message.slice(0, 1_500)}`);
      }
      if (!(await staff.get('/account')).ok) staff = await signIn(t, 'fuzz@fuzz.example');
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  }, 300_000);
});
