// A urlencoded form of declared length (what the pages' forms post: an event registration, a
// sign-in) is read straight from Node's IncomingMessage. The first touch of `c.req.raw.body`
// (hono's bodyLimit makes it on every request) has @hono/node-server build an undici Request,
// and undici then parses the form through web streams: 6–8 % of the server's main thread in a
// profile of an event-registration surge, for a body of a few hundred bytes. Other bodies
// (multipart uploads, JSON, chunked or of no declared length) and requests made with
// `app.request()`, which have no IncomingMessage, keep that path.
import { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors';
import type { AppContext, AppEnv } from './context';

const DIGITS = /^\d+$/;
// undici's formData() keeps a leading BOM (the urlencoded parser of the URL standard does).
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** GET and HEAD carry no body: asking for it would build the Request all the same. */
export const isBodiless = (c: AppContext) => c.req.method === 'GET' || c.req.method === 'HEAD';

/** The IncomingMessage and declared length of a urlencoded form, for a request that has both. */
function declaredForm(c: AppContext): { incoming: IncomingMessage; length: number } | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (!(incoming instanceof IncomingMessage) || isBodiless(c)) return undefined;
  const { headers } = incoming;
  const length = headers['content-length'];
  if (!length || !DIGITS.test(length) || headers['transfer-encoding'] !== undefined) {
    return undefined;
  }
  const type = headers['content-type']?.split(';')[0]!.trim().toLowerCase();
  return type === 'application/x-www-form-urlencoded'
    ? { incoming, length: Number(length) }
    : undefined;
}

/**
 * Answers a body above `maxBytes` with `tooLarge`. A urlencoded form's declared length is checked
 * without building the Request; receiving it then reads no more than that length.
 */
export function limitBody(
  maxBytes: number,
  tooLarge: (c: AppContext) => never,
): MiddlewareHandler<AppEnv> {
  const otherBodies = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return (c, next) => {
    if (isBodiless(c)) return next();
    const form = declaredForm(c);
    if (!form) return otherBodies(c, next);
    return form.length > maxBytes ? tooLarge(c) : next();
  };
}

/** A body that stopped before its declared length (the client left) or ran past it. */
const cutOff = () => new AppError('BAD_REQUEST', { detail: { key: 'api.problem.malformedBody' } });

/** Exactly `length` bytes of the body, or a refusal as soon as it is cut off or runs past. */
function readDeclared(incoming: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (incoming.destroyed || incoming.readableEnded) return reject(cutOff());
    const chunks: Buffer[] = [];
    let received = 0;
    const settle = (error?: AppError) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onCut).off('close', onCut);
      if (error) reject(error);
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received));
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      // Node's parser ends the body at its declared length, which is within the limit; this
      // guard holds even if a future server did not.
      if (received > length) return settle(cutOff());
      chunks.push(chunk);
    };
    const onEnd = () => settle(received === length ? undefined : cutOff());
    const onCut = () => settle(cutOff());
    incoming.on('data', onData).on('end', onEnd).on('error', onCut).on('close', onCut);
  });
}

/**
 * Receives a urlencoded form of declared length into the request's body cache, parsed as
 * undici parses it (UTF-8, then URLSearchParams, every pair in order), where parseBody and
 * formData() find it. Undefined for any other request, whose body takes the WHATWG path.
 */
export function receiveUrlencodedForm(c: AppContext): Promise<void> | undefined {
  const form = declaredForm(c);
  if (!form) return undefined;
  return readDeclared(form.incoming, form.length).then((bytes) => {
    const formData = new FormData();
    for (const [name, value] of new URLSearchParams(UTF8.decode(bytes))) {
      formData.append(name, value);
    }
    // hono types the cache's entries as the bodies, but stores and awaits promises of them.
    c.req.bodyCache.formData = Promise.resolve(formData) as unknown as FormData;
  });
}
