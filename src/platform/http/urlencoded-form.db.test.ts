// Forms posted to a served app (a real socket, as browsers post them): a urlencoded form of
// declared length is read straight from Node's request, everything else as before.
import { serve } from '@hono/node-server';
import http, { type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { ANONYMOUS, policies } from '../authz';
import { createApp } from './app';
import type { AppContext } from './context';
import { readBody } from './form-reader';

const LIMIT = 150_000;
const UPLOAD_LIMIT = 400_000;
const FORM = 'application/x-www-form-urlencoded';

/** Whether @hono/node-server has built the undici Request behind `c.req.raw` (what is saved). */
const requestBuilt = (c: AppContext) =>
  Object.getOwnPropertySymbols(c.req.raw).some(
    (s) => s.description === 'requestCache' && (c.req.raw as never)[s] !== undefined,
  );

/** What a route reads of a form (files by name and content), also kept in `seen`. */
async function echo(c: AppContext, seen: unknown[]) {
  const body = await readBody(c);
  const fields = Object.fromEntries(
    await Promise.all(
      Object.entries(body).map(async ([name, value]) => {
        const one = async (v: string | File) =>
          typeof v === 'string' ? v : { file: v.name, text: await v.text() };
        return [name, Array.isArray(value) ? await Promise.all(value.map(one)) : await one(value)];
      }),
    ),
  );
  seen.push(fields);
  const entries: string[] = [];
  (await c.req.formData()).forEach((_, name) => entries.push(name));
  return c.json({ fields, entries, built: requestBuilt(c) });
}

interface Answer {
  status: number;
  text: string;
}

describe('urlencoded forms on a served app', () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>['app'];
  let server: Server;
  let port: number;
  const ran: string[] = [];
  const seen: unknown[] = [];
  /** Requests the app has not finished handling: one that never settles is a hang. */
  let handling = 0;

  beforeAll(async () => {
    // One slot: a request that kept it would leave every later one waiting.
    t = await createTestApp('pglite', { BODY_LIMIT_BYTES: String(LIMIT), REQUEST_SLOTS: '1' });
    ({ app } = createApp(t.deps, {
      resolveActor: async () => ANONYMOUS,
      modules: [
        {
          id: 'forms',
          uploadLimits: { '/upload': UPLOAD_LIMIT },
          register(router) {
            router.page('GET', '/page', policies.public, (c) => c.json({ built: requestBuilt(c) }));
            for (const path of ['/echo', '/upload']) {
              router.page('POST', path, policies.public, (c) => {
                ran.push(path);
                return echo(c, seen);
              });
            }
          },
        },
      ],
    }));
    server = await new Promise<Server>((resolve) => {
      const fetch = async (request: Request, env: unknown) => {
        handling++;
        try {
          return await app.fetch(request, env);
        } finally {
          handling--;
        }
      };
      const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const headers = (type: string, more: Record<string, string | number> = {}) => ({
    'content-type': type,
    origin: TEST_ORIGIN,
    ...more,
  });

  /** A request on its own connection; `body` undefined sends the headers and waits. */
  function send(
    path: string,
    head: Record<string, string | number>,
    body?: string | Uint8Array | (string | Uint8Array)[],
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: head },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode!, text });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      if (body === undefined) req.flushHeaders();
      else if (Array.isArray(body)) {
        for (const part of body) req.write(part);
        req.end();
      } else req.end(body);
    });
  }

  const postForm = (path: string, body: string | Uint8Array<ArrayBuffer>, more = {}) =>
    send(path, headers(FORM, { 'content-length': Buffer.byteLength(body), ...more }), body);

  /** The same form through `app.request()`, which takes the WHATWG path (no socket). */
  async function postInProcess(path: string, body: string | Uint8Array<ArrayBuffer>, more = {}) {
    const res = await app.request(path, { method: 'POST', headers: headers(FORM, more), body });
    return { status: res.status, text: await res.text() };
  }

  const json = (answer: Answer) => JSON.parse(answer.text) as Record<string, unknown>;

  it('answers a page (GET) without building the Request either', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/page', agent: false }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        })
        .on('error', reject);
    });
    expect(answer.status).toBe(200);
    expect(json(answer)).toEqual({ built: false });
  });
  const withoutRequestId = (html: string) => html.replace(/[0-9a-f-]{36}/g, '<id>');

  it('reads a form exactly as the WHATWG path does, without building the Request', async () => {
    const nfc = 'Nguyễn Thị Hương'.normalize('NFC');
    const nfd = 'Đà Nẵng, Quảng Nam'.normalize('NFD');
    const utf8 = new TextEncoder();
    const bodies: (string | Uint8Array<ArrayBuffer>)[] = [
      new URLSearchParams([
        ['name', nfc],
        ['city', nfd],
        ['tag', 'ai'],
        ['tag', 'nông nghiệp'],
        ['tag', 'ai'],
      ]).toString(),
      'a=1+2&b=%20x&a=%E1%BB%8D&c=%ff&&=v&k&d=%zz&e=100%&tên=Ngọc+Ánh',
      utf8.encode('\ufeffghi+chú=Cà+Mau&x=%2B%26%3D'),
      new Uint8Array([...utf8.encode('lỗi='), 0xc3, 0x28, 0xff]),
      'note=%01',
      '',
    ];
    for (const body of bodies) {
      const served = await postForm('/echo', body);
      const before = await postInProcess('/echo', body);
      expect(served.status).toBe(before.status);
      if (served.status === 200) expect(json(served)).toEqual({ ...json(before), built: false });
      else expect(withoutRequestId(served.text)).toBe(withoutRequestId(before.text));
    }

    const first = json(await postForm('/echo', bodies[0]!));
    expect(first.fields).toEqual({
      name: nfc,
      city: nfd,
      tag: ['ai', 'nông nghiệp', 'ai'],
    });
    expect(first.entries).toEqual(['name', 'city', 'tag', 'tag', 'tag']);
    expect(json(await postForm('/echo', bodies[1]!)).fields).toMatchObject({
      a: ['1 2', 'ọ'],
      b: ' x',
      c: '\ufffd',
      tên: 'Ngọc Ánh',
    });
    // A control character is refused by the input guard, as before.
    expect((await postForm('/echo', 'note=%01')).status).toBe(400);
  });

  it('answers a declared length above the limit with the same 413 page, before the body', async () => {
    ran.length = 0;
    for (const [cookie, limit] of [
      ['lang=vi', '0,2 MB'],
      ['lang=en', '0.2 MB'],
    ] as const) {
      // Only the headers are sent: the answer cannot have waited for the body.
      const served = await send(
        '/echo',
        headers(FORM, { 'content-length': LIMIT + 1, cookie }),
        undefined,
      );
      expect(served.status).toBe(413);
      expect(served.text).toContain(limit);
      const before = await postInProcess('/echo', 'x'.repeat(LIMIT + 1), { cookie });
      expect(before.status).toBe(413);
      expect(withoutRequestId(served.text)).toBe(withoutRequestId(before.text));
    }
    // A path that declares a larger upload limit takes a form within it, and refuses above it.
    const large = `note=${'a'.repeat(300_000)}`;
    const upload = await postForm('/upload', large);
    expect(upload.status).toBe(200);
    expect(json(upload).fields).toEqual({ note: 'a'.repeat(300_000) });
    expect((await postForm('/echo', large)).status).toBe(413);
    const above = await send('/upload', headers(FORM, { 'content-length': UPLOAD_LIMIT + 1 }));
    expect(above.status).toBe(413);
    expect(above.text).toContain('0,4 MB');
    expect(ran).toEqual(['/upload']);
  });

  it('drops a form whose client leaves mid-body, and keeps answering', async () => {
    ran.length = 0;
    for (const sent of ['name=Ng', '']) {
      const cut = http.request({
        host: '127.0.0.1',
        port,
        path: '/echo',
        method: 'POST',
        agent: false,
        headers: headers(FORM, { 'content-length': 1000 }),
      });
      const closed = new Promise<void>((resolve) => cut.on('close', resolve).on('error', () => {}));
      if (sent) cut.write(sent);
      else cut.flushHeaders();
      await new Promise((r) => setTimeout(r, 100));
      cut.destroy();
      await closed;
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(handling).toBe(0);
    // With one slot, a cut-off form that had kept it would leave these waiting.
    for (const name of ['An', 'Bình', 'Chi']) {
      expect(json(await postForm('/echo', `name=${name}`)).fields).toEqual({ name });
    }
    expect(ran).toEqual(['/echo', '/echo', '/echo']);
  });

  it('never reads past the declared length of a longer body, and keeps answering', async () => {
    seen.length = 0;
    const socket = connect(port, '127.0.0.1');
    let raw = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk));
    const ended = new Promise((resolve) => socket.on('close', resolve));
    socket.write(
      `POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${TEST_ORIGIN}\r\n` +
        `Content-Type: ${FORM}\r\nContent-Length: 5\r\n\r\na=1&b=2222222222`,
    );
    await ended;
    // Node's parser takes the bytes past the declared length for a next request, and refuses it.
    expect(raw).toMatch(/^HTTP\/1\.1 /);
    expect(raw).not.toContain('2222');
    expect(raw).toContain('HTTP/1.1 400 Bad Request');
    // Whether the route still ran races the refusal; if it did, it saw the declared bytes.
    for (const fields of seen) expect(fields).toEqual({ a: '1', b: '' });
    expect(json(await postForm('/echo', 'after=1')).fields).toEqual({ after: '1' });
  });

  it('takes no slot while a form is still arriving', async () => {
    const slow = http.request({
      host: '127.0.0.1',
      port,
      path: '/echo',
      method: 'POST',
      agent: false,
      headers: headers(FORM, { 'content-length': Buffer.byteLength('name=Ngọc') }),
    });
    const answer = new Promise<Answer>((resolve) =>
      slow.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      }),
    );
    slow.write('name=Ng');
    await new Promise((r) => setTimeout(r, 100));
    // The only slot is free for another form meanwhile.
    expect(json(await postForm('/echo', 'quick=1')).fields).toEqual({ quick: '1' });
    slow.end(Buffer.from('ọc'));
    expect(json(await answer).fields).toEqual({ name: 'Ngọc' });
  });

  it('reads multipart, chunked and undeclared forms as before', async () => {
    const form = new FormData();
    form.append('name', 'Nguyễn Văn Bình');
    form.append('tag', 'a');
    form.append('tag', 'b');
    form.append('deck', new Blob(['Thuyết minh']), 'thuyết-minh.txt');
    const encoded = new Request('http://x', { method: 'POST', body: form });
    const multipart = await send(
      '/echo',
      headers(encoded.headers.get('content-type')!),
      new Uint8Array(await encoded.arrayBuffer()),
    );
    expect(json(multipart).fields).toEqual({
      name: 'Nguyễn Văn Bình',
      tag: ['a', 'b'],
      deck: { file: 'thuyết-minh.txt', text: 'Thuyết minh' },
    });
    // No content-length: Node sends it chunked.
    const chunked = await send('/echo', headers(FORM), ['name=Nguy%E1%BB', '%85n&tag=a&tag=b']);
    expect(json(chunked).fields).toEqual({ name: 'Nguyễn', tag: ['a', 'b'] });
  });
});
