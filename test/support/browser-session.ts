import type { Hono } from 'hono';
import { TEST_ORIGIN } from './app';

/** A cookie jar in front of app.request(), behaving like one browser. */
export class BrowserSession {
  private cookies = new Map<string, string>();
  constructor(private readonly app: Hono<never> | { request: Hono['request'] }) {}

  private store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  has(name: string) {
    return this.cookies.has(name);
  }

  set(name: string, value: string) {
    this.cookies.set(name, value);
  }

  async get(path: string, headers: Record<string, string> = {}) {
    const url = new URL(path, TEST_ORIGIN);
    const res = await this.app.request(url.pathname + url.search, {
      headers: { cookie: this.cookieHeader, ...headers },
    });
    this.store(res);
    return res;
  }

  async post(
    path: string,
    fields: Record<string, string> = {},
    headers: Record<string, string> = {},
  ) {
    return this.send('POST', path, new URLSearchParams(fields).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    });
  }

  /** A multipart form with files, as a browser sends it from one of our pages. */
  async postMultipart(path: string, form: FormData) {
    const res = await this.app.request(path, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, cookie: this.cookieHeader },
      body: form,
    });
    this.store(res);
    return res;
  }

  /** Any method, as our own pages' scripts would send it (same origin, with cookies). */
  async send(method: string, path: string, body: string, headers: Record<string, string> = {}) {
    const res = await this.app.request(path, {
      method,
      headers: { origin: TEST_ORIGIN, cookie: this.cookieHeader, ...headers },
      body,
    });
    this.store(res);
    return res;
  }
}
