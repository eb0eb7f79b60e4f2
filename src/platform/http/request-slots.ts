// How many requests the server works on at once (decision 028). Under a surge, hundreds of
// requests interleaved on one event loop each wait for every other's callbacks between their own
// database round trips, so a transaction holds its connection (and its row locks) far longer than
// its work takes and the slowest answers lag far behind the median. A bounded number of slots,
// taken first come first served, lets the admitted few finish promptly while the rest wait in
// one queue: more answers per second and a narrower spread. A request's body is received before
// it takes a slot, so a slow upload (a phone on a weak network) never holds one.
import type { MiddlewareHandler } from 'hono';
import type { AppContext, AppEnv } from './context';
import { FORM_TYPE, JSON_TYPE } from './input-guard';
import { isBodiless, receiveUrlencodedForm } from './urlencoded-form';

export interface RequestSlots {
  middleware: MiddlewareHandler<AppEnv>;
  /** Requests working now and waiting for a slot. */
  state(): { working: number; waiting: number };
}

/**
 * Reads the body into the request's cache, the way its readers read it (the input guard parses
 * forms and JSON; a few routes take the bytes): they meet it received, and parsed once. A body
 * that does not parse is left for them to refuse with their own answer; a urlencoded form cut
 * off before its declared length is refused here, before it takes a slot.
 */
async function receiveBody(c: AppContext): Promise<void> {
  // Checked first: `c.req.raw.body` alone builds the Request this form is read without.
  if (isBodiless(c)) return;
  const form = receiveUrlencodedForm(c);
  if (form) return form;
  if (!c.req.raw.body) return;
  const type = c.req.header('content-type') ?? '';
  const reading = FORM_TYPE.test(type)
    ? c.req.formData()
    : JSON_TYPE.test(type)
      ? c.req.text()
      : c.req.arrayBuffer();
  await reading.catch(() => undefined);
}

/** `limit` slots; paths for which `isExempt` holds (health checks) never wait. */
export function requestSlots(limit: number, isExempt: (path: string) => boolean): RequestSlots {
  let working = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    // The slot passes straight to the next in line: nobody arriving meanwhile can jump the queue.
    if (next) next();
    else working--;
  };
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (limit <= 0 || isExempt(c.req.path)) return next();
    await receiveBody(c);
    if (working < limit) working++;
    else await new Promise<void>((admit) => waiting.push(admit));
    try {
      await next();
    } finally {
      release();
    }
  };
  return { middleware, state: () => ({ working, waiting: waiting.length }) };
}

/** A load balancer's checks answer at once, however busy the server is. */
export const isHealthCheck = (path: string) => path === '/healthz' || path === '/readyz';
