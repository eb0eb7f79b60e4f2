// The one boundary where text enters: the address (path and query), a posted form (its values
// and file names) and a JSON body. PostgreSQL refuses NUL, the other C0 controls break the XML of
// exports, and a lone surrogate has no UTF-8 form: a request holding any is answered 400 here, so
// that no route or service meets them (they used to end as 500s deep in a query).
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors';
import type { AppContext, AppEnv } from './context';

/** The bodies read as a form, and as JSON (this guard and request slots read them alike). */
export const FORM_TYPE = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;
export const JSON_TYPE = /^application\/([\w.+-]+\+)?json/i;

/** Deeper than any document the API takes; bounds the work of walking a body. */
export const JSON_MAX_DEPTH = 32;

const BAD_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Control characters other than tab and line breaks, or a surrogate without its pair. */
export const hasBadCharacters = (s: string) => BAD_CHARACTER.test(s);

const refuse = () => new AppError('BAD_REQUEST', { detail: { key: 'input.badCharacters' } });

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

function checkAddress(c: AppContext) {
  const url = new URL(c.req.url);
  if (url.pathname.split('/').some((s) => hasBadCharacters(decoded(s)))) throw refuse();
  for (const [name, value] of url.searchParams) {
    if (hasBadCharacters(name) || hasBadCharacters(value)) throw refuse();
  }
}

async function checkForm(c: AppContext) {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new AppError('BAD_REQUEST', { detail: { key: 'api.problem.malformedBody' } });
  }
  let isBad = false;
  form.forEach((value, name) => {
    isBad ||=
      hasBadCharacters(name) || hasBadCharacters(typeof value === 'string' ? value : value.name);
  });
  if (isBad) throw refuse();
}

/** Every string and key of a parsed JSON value, walked without recursion. */
export function checkJson(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'string') {
      if (hasBadCharacters(item)) throw refuse();
    } else if (item !== null && typeof item === 'object') {
      if (depth >= JSON_MAX_DEPTH) {
        throw new AppError('BAD_REQUEST', {
          detail: { key: 'input.tooDeep', params: { max: JSON_MAX_DEPTH } },
        });
      }
      for (const [key, child] of Object.entries(item)) {
        if (hasBadCharacters(key)) throw refuse();
        stack.push([child, depth + 1]);
      }
    }
  }
}

async function checkBody(c: AppContext) {
  const type = c.req.header('content-type') ?? '';
  if (FORM_TYPE.test(type)) {
    await checkForm(c);
  } else if (JSON_TYPE.test(type)) {
    // JSON that does not parse is left to the validators, which answer it as malformed.
    const value: unknown = await c.req.json().catch(() => undefined);
    checkJson(value);
  }
}

export function inputGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkAddress(c);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await checkBody(c);
    await next();
  };
}
